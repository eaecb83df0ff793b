// @ts-check
/**
 * The signaling protocol between a browser and Peerscope's WebSocket server: one source of truth
 * for both. Plain JavaScript with JSDoc so that Node (server.js, the Vite plugin, benchmarks)
 * imports it as it is and the browser code gets its types.
 *
 * A client joins a room, then sends offer / answer / candidate / bye; the server relays each to
 * the other peer of the room, stamped with `from`. Everything that arrives from the network is
 * checked here with valibot before anyone looks at it, in both directions.
 */
import * as v from 'valibot';
import { FRAME_ERROR_CODES, errorSchema, frameParser } from './frames.js';
import { MAX_ROOM_ID_INPUT, normalizeRoomId } from './roomId.js';
import { PEER_ROLES } from '../vocabulary.js';

/** The path of the WebSocket endpoint on the app's own origin. */
export const SIGNAL_PATH = '/signal';
/**
 * The largest frame the server accepts. An offer with many transceivers and all its candidates
 * is around 10 KB; 64 KB leaves room for big SDPs and stops a client from making the server
 * buffer megabytes for nothing.
 */
export const MAX_PAYLOAD_BYTES = 64 * 1024;
/** The longest SDP a message may carry (a description must fit in one frame with its envelope). */
const MAX_SDP_CHARS = 60_000;
/** RFC 8839 §5.1 puts no hard limit on a candidate line; real ones are under 300 characters. */
const MAX_CANDIDATE_CHARS = 1_000;
const MAX_MID_CHARS = 64;

/** Error codes the server sends in `error` messages; the client explains each one. */
export const ERROR_CODES = /** @type {const} */ ([
	...FRAME_ERROR_CODES,
	'room-full',
	'not-in-room',
	'no-peer',
	'already-joined',
	'rate-limited',
	'room-expired',
	// the server holds as many rooms or connections as it takes: try again later
	'server-busy',
	// this connection, or this network address, opened as many rooms as one may hold
	'too-many-rooms',
	// this network address has as many connections open as one may
	'too-many-connections'
]);
/** @typedef {(typeof ERROR_CODES)[number]} ErrorCode */

const RoomSchema = v.pipe(
	v.string(),
	v.maxLength(MAX_ROOM_ID_INPUT),
	v.check((room) => normalizeRoomId(room) !== null, 'not a room id (16 base32 symbols)'),
	v.transform((room) => /** @type {string} */ (normalizeRoomId(room)))
);
const RoleSchema = v.picklist(PEER_ROLES);
const ResumeSchema = v.pipe(v.string(), v.regex(/^[0-9a-f]{32}$/));
const MessageIdSchema = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(2 ** 31));

/** @param {'offer' | 'answer'} type */
const descriptionSchema = (type) =>
	v.strictObject({
		type: v.literal(type),
		sdp: v.pipe(v.string(), v.maxLength(MAX_SDP_CHARS))
	});

const CandidateSchema = v.nullable(
	v.object({
		candidate: v.pipe(v.string(), v.maxLength(MAX_CANDIDATE_CHARS)),
		sdpMid: v.nullable(v.pipe(v.string(), v.maxLength(MAX_MID_CHARS))),
		sdpMLineIndex: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1024))),
		usernameFragment: v.nullable(v.pipe(v.string(), v.maxLength(256)))
	})
);

/** What a client may send. */
export const CLIENT_SCHEMAS = {
	join: v.strictObject({
		type: v.literal('join'),
		room: RoomSchema,
		/** the role to take again after a reconnect; without it the server picks the free one */
		peer: v.optional(RoleSchema),
		/** the secret from `joined`: takes the role back even if the old connection still holds it */
		resume: v.optional(ResumeSchema)
	}),
	offer: v.strictObject({
		type: v.literal('offer'),
		messageId: MessageIdSchema,
		description: descriptionSchema('offer')
	}),
	answer: v.strictObject({
		type: v.literal('answer'),
		messageId: MessageIdSchema,
		description: descriptionSchema('answer')
	}),
	candidate: v.strictObject({
		type: v.literal('candidate'),
		messageId: MessageIdSchema,
		candidate: CandidateSchema
	}),
	bye: v.strictObject({ type: v.literal('bye') })
};

/** What the server sends. */
export const SERVER_SCHEMAS = {
	joined: v.strictObject({
		type: v.literal('joined'),
		room: RoomSchema,
		peer: RoleSchema,
		/** the other peers already in the room */
		peers: v.array(RoleSchema),
		/** send it back with the next join of this role (after a reconnect); keep it private */
		resume: ResumeSchema
	}),
	'peer-joined': v.strictObject({ type: v.literal('peer-joined'), peer: RoleSchema }),
	offer: v.strictObject({ ...CLIENT_SCHEMAS.offer.entries, from: RoleSchema }),
	answer: v.strictObject({ ...CLIENT_SCHEMAS.answer.entries, from: RoleSchema }),
	candidate: v.strictObject({ ...CLIENT_SCHEMAS.candidate.entries, from: RoleSchema }),
	bye: v.strictObject({ type: v.literal('bye'), from: RoleSchema }),
	error: errorSchema(ERROR_CODES)
};

/**
 * @typedef {{ [K in keyof typeof CLIENT_SCHEMAS]: v.InferOutput<(typeof CLIENT_SCHEMAS)[K]> }} ClientMessages
 * @typedef {{ [K in keyof typeof SERVER_SCHEMAS]: v.InferOutput<(typeof SERVER_SCHEMAS)[K]> }} ServerMessages
 * @typedef {ClientMessages[keyof ClientMessages]} ClientMessage
 * @typedef {ServerMessages[keyof ServerMessages]} ServerMessage
 * @typedef {ClientMessages['offer' | 'answer' | 'candidate']} RelayedClientMessage
 * @typedef {ServerMessages['offer' | 'answer' | 'candidate']} RelayedServerMessage
 */
/**
 * @template T
 * @typedef {import('./frames.js').ParsedFrame<T>} ParsedFrame
 */

/**
 * A frame from a client, as the server reads it.
 * @type {(text: string) => ParsedFrame<ClientMessage>}
 */
export const parseClientMessage = frameParser(CLIENT_SCHEMAS);

/**
 * A frame from the server, as the browser reads it.
 * @type {(text: string) => ParsedFrame<ServerMessage>}
 */
export const parseServerMessage = frameParser(SERVER_SCHEMAS);
