// @ts-check
/**
 * Reading one frame of a JSON protocol whose messages are told apart by their `type`: what the
 * signaling protocol (./protocol.js), the classroom's (../classroom/protocol.js) and the fault
 * pipe's (../faults/pipeProtocol.js) share. JSON first, then the type, then its fields against
 * that type's valibot schema; a frame that fails says which of the three broke, with a code every
 * protocol lists first among its error codes. Also the `error` message the signaling and classroom
 * servers answer with.
 */
import * as v from 'valibot';

/**
 * The codes a frame that cannot be read fails with, the first codes of every protocol's list:
 * not JSON, a type the protocol does not have, fields that do not fit the type.
 */
export const FRAME_ERROR_CODES = /** @type {const} */ ([
	'bad-json',
	'unknown-type',
	'invalid-message'
]);
/** @typedef {(typeof FRAME_ERROR_CODES)[number]} FrameErrorCode */

/**
 * @template T
 * @typedef {{ ok: true; message: T } | { ok: false; code: FrameErrorCode; reason: string; type?: string }} ParsedFrame
 */

/** An unknown type is echoed back (in the reason and the error's `inReplyTo`) this long at most. */
const MAX_TYPE_ECHO = 40;
/** An error's sentence for the log, at most. */
const MAX_ERROR_MESSAGE = 500;

/**
 * The `error` message a server answers a frame with: one of the protocol's codes, a sentence for
 * the log and, when there was one, the type of the message that caused it.
 * @template {readonly [string, ...string[]]} C
 * @param {C} codes
 */
export function errorSchema(codes) {
	return v.strictObject({
		type: v.literal('error'),
		code: v.picklist(codes),
		message: v.pipe(v.string(), v.maxLength(MAX_ERROR_MESSAGE)),
		inReplyTo: v.optional(v.pipe(v.string(), v.maxLength(MAX_TYPE_ECHO)))
	});
}

/**
 * Parses one frame against a set of schemas, one per message type.
 * @template {Record<string, v.GenericSchema>} S
 * @param {S} schemas
 * @param {string} text
 * @returns {ParsedFrame<v.InferOutput<S[keyof S]>>}
 */
export function parseFrame(schemas, text) {
	/** @type {unknown} */
	let data;
	try {
		data = JSON.parse(text);
	} catch (error) {
		return { ok: false, code: 'bad-json', reason: /** @type {Error} */ (error).message };
	}
	if (typeof data !== 'object' || data === null || Array.isArray(data)) {
		return { ok: false, code: 'invalid-message', reason: 'a message is a JSON object' };
	}
	const type = /** @type {{ type?: unknown }} */ (data).type;
	if (typeof type !== 'string') {
		return { ok: false, code: 'invalid-message', reason: 'the message has no string "type"' };
	}
	if (!Object.hasOwn(schemas, type)) {
		const echoed = type.slice(0, MAX_TYPE_ECHO);
		return {
			ok: false,
			code: 'unknown-type',
			reason: `unknown message type "${echoed}"`,
			type: echoed
		};
	}
	const result = v.safeParse(/** @type {v.GenericSchema} */ (schemas[type]), data);
	if (!result.success) {
		const issue = result.issues[0];
		const path = v.getDotPath(issue);
		return {
			ok: false,
			code: 'invalid-message',
			reason: `${type}: ${path ? `${path}: ` : ''}${issue.message}`,
			type
		};
	}
	return { ok: true, message: result.output };
}

/**
 * The reader of one side of a protocol: frames parsed against that side's schemas.
 * @template {Record<string, v.GenericSchema>} S
 * @param {S} schemas
 * @returns {(text: string) => ParsedFrame<v.InferOutput<S[keyof S]>>}
 */
export function frameParser(schemas) {
	return (text) => parseFrame(schemas, text);
}
