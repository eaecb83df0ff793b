// @ts-check
/**
 * The protocol of the fault lab's UDP pipe (peer-vanishes): the browser asks the app server, over
 * a WebSocket on the app's own origin, for a pipe between its two peers, tells it each peer's real
 * address, and later cuts it. One source of truth for the browser and the server (plain
 * JavaScript with JSDoc, like src/lib/signaling/protocol.js, so Node loads it as it is); every
 * frame is checked here with valibot before anyone looks at it, in both directions.
 *
 * A pipe has two faces, one per peer: the face a peer talks to is the candidate that peer is
 * given for the other peer. What arrives at one face from its peer's real address leaves from the
 * other face to the other peer's real address, so each peer sees every packet come from the
 * candidate it was given (ICE checks are authenticated by ufrag and password, not by addresses:
 * RFC 8445 §7.2.2).
 */
import * as v from 'valibot';
import { FRAME_ERROR_CODES, parseFrame } from '../signaling/frames.js';
import { PEER_ROLES } from '../vocabulary.js';

/** The path of the WebSocket endpoint on the app's own origin. */
export const PIPE_PATH = '/fault-pipe';
/** Control frames are tiny; anything larger is refused by the WebSocket server itself. */
export const PIPE_MAX_PAYLOAD_BYTES = 1024;

/** Error codes the server sends; the browser explains each one (i18n `pipe.error.<code>`). */
export const PIPE_ERROR_CODES = /** @type {const} */ ([
	...FRAME_ERROR_CODES,
	// the text is no IP address (a host name, an mDNS name ending in .local)
	'not-an-address',
	// an IPv6 address with a zone (fe80::1%eth0): a link-local pipe is not offered
	'zoned-address',
	// the address is no address of this server's own interfaces
	'not-local',
	// a peer's address is of the other family than the pipe's (IPv4 against IPv6)
	'family-mismatch',
	// a peer's address is a face of a pipe: a pipe never forwards into a pipe (that would loop)
	'loop',
	// no pipe of this connection has that number (never opened, closed or expired)
	'unknown-pipe',
	// this connection holds as many pipes as one may
	'too-many-pipes',
	// the server holds as many pipe connections as it takes
	'server-busy',
	// the browser does not run on this server's machine (its connection comes from elsewhere)
	'not-local-client',
	// the operating system refused the UDP sockets
	'bind-failed',
	// more messages than the connection's budget allows
	'rate-limited'
]);
/** @typedef {(typeof PIPE_ERROR_CODES)[number]} PipeErrorCode */

const RefSchema = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(2 ** 31));
const PipeIdSchema = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(2 ** 31));
/** An IP address in text: at most 45 characters (RFC 4291 §2.2 with an IPv4 tail). */
const AddressSchema = v.pipe(v.string(), v.minLength(1), v.maxLength(64));
const PortSchema = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(65535));
const RoleSchema = v.picklist(PEER_ROLES);
const CountSchema = v.pipe(v.number(), v.integer(), v.minValue(0));
const FacesSchema = v.strictObject({ A: PortSchema, B: PortSchema });

/** What the browser may send. */
export const PIPE_CLIENT_SCHEMAS = {
	/** open a pipe on this address of the server (the address of the peers' candidates) */
	open: v.strictObject({ type: v.literal('open'), ref: RefSchema, address: AddressSchema }),
	/** the real address of one peer: packets from it are forwarded, to it are delivered */
	route: v.strictObject({
		type: v.literal('route'),
		ref: RefSchema,
		pipe: PipeIdSchema,
		peer: RoleSchema,
		address: AddressSchema,
		port: PortSchema
	}),
	/** stop forwarding, both ways, for good: the path between the peers is gone */
	cut: v.strictObject({ type: v.literal('cut'), ref: RefSchema, pipe: PipeIdSchema }),
	/** how many packets the pipe forwarded and dropped so far */
	stats: v.strictObject({ type: v.literal('stats'), ref: RefSchema, pipe: PipeIdSchema }),
	close: v.strictObject({ type: v.literal('close'), ref: RefSchema, pipe: PipeIdSchema })
};

/** The packet counts of a pipe: forwarded from each peer to the other, and dropped. */
const CountsEntries = {
	pipe: PipeIdSchema,
	state: v.picklist(/** @type {const} */ (['open', 'cut'])),
	forwarded: v.strictObject({ A: CountSchema, B: CountSchema }),
	/** packets from an address that is not a routed peer's, before both peers were routed, or after the cut */
	dropped: CountSchema
};

/** What the server sends. */
export const PIPE_SERVER_SCHEMAS = {
	opened: v.strictObject({
		type: v.literal('opened'),
		ref: RefSchema,
		pipe: PipeIdSchema,
		address: AddressSchema,
		/** the UDP port of each peer's face: the port that peer is given as the other's candidate */
		faces: FacesSchema,
		/** the pipe closes by itself after this long */
		lifetimeMs: CountSchema
	}),
	routed: v.strictObject({
		type: v.literal('routed'),
		ref: RefSchema,
		pipe: PipeIdSchema,
		peer: RoleSchema
	}),
	/** the answer to `cut` and `stats` */
	counts: v.strictObject({ type: v.literal('counts'), ref: RefSchema, ...CountsEntries }),
	closed: v.strictObject({
		type: v.literal('closed'),
		/** null when the server closed it by itself (its lifetime ended) */
		ref: v.nullable(RefSchema),
		pipe: PipeIdSchema,
		reason: v.picklist(/** @type {const} */ (['asked', 'expired']))
	}),
	error: v.strictObject({
		type: v.literal('error'),
		/** the request that failed, when it could be read */
		ref: v.nullable(RefSchema),
		code: v.picklist(PIPE_ERROR_CODES),
		message: v.pipe(v.string(), v.maxLength(500))
	})
};

/**
 * @typedef {{ [K in keyof typeof PIPE_CLIENT_SCHEMAS]: v.InferOutput<(typeof PIPE_CLIENT_SCHEMAS)[K]> }} PipeClientMessages
 * @typedef {{ [K in keyof typeof PIPE_SERVER_SCHEMAS]: v.InferOutput<(typeof PIPE_SERVER_SCHEMAS)[K]> }} PipeServerMessages
 * @typedef {PipeClientMessages[keyof PipeClientMessages]} PipeRequest
 * @typedef {PipeServerMessages[keyof PipeServerMessages]} PipeReply
 */

/**
 * A pipe's packet counts, as the `counts` reply carries them.
 * @typedef {object} PipeCounts
 * @property {'open' | 'cut'} state
 * @property {{ A: number; B: number }} forwarded datagrams from each peer delivered to the other
 * @property {number} dropped datagrams not forwarded
 */

/**
 * @template T
 * @typedef {{ ok: true; message: T } | { ok: false; code: PipeErrorCode; reason: string; ref: number | null }} PipeParsed
 */

/**
 * The `ref` of a message that failed to parse, when it has a usable one, so that the answer
 * reaches the request that caused it.
 * @param {unknown} data
 */
function refOf(data) {
	const ref = /** @type {{ ref?: unknown }} */ (data).ref;
	return v.is(RefSchema, ref) ? ref : null;
}

/**
 * Parses one frame against a set of schemas with the protocols' one frame reader, and keeps the
 * `ref` of a frame that fails, so that the error answers the request that caused it.
 * @template {Record<string, v.GenericSchema>} S
 * @param {S} schemas
 * @param {string} text
 * @returns {PipeParsed<v.InferOutput<S[keyof S]>>}
 */
function parseWith(schemas, text) {
	const parsed = parseFrame(schemas, text);
	if (parsed.ok) return parsed;
	// a failed frame is read once more for its ref (frames are 1 KiB at most)
	return { ok: false, code: parsed.code, reason: parsed.reason, ref: refOfText(text) };
}

/**
 * @param {string} text
 * @returns {number | null}
 */
function refOfText(text) {
	try {
		const data = JSON.parse(text);
		return typeof data === 'object' && data !== null ? refOf(data) : null;
	} catch {
		return null;
	}
}

/**
 * A frame from the browser, as the server reads it.
 * @param {string} text
 * @returns {PipeParsed<PipeRequest>}
 */
export function parsePipeRequest(text) {
	return parseWith(PIPE_CLIENT_SCHEMAS, text);
}

/**
 * A frame from the server, as the browser reads it.
 * @param {string} text
 * @returns {PipeParsed<PipeReply>}
 */
export function parsePipeReply(text) {
	return parseWith(PIPE_SERVER_SCHEMAS, text);
}
