// @ts-check
/**
 * Reading one frame of a JSON protocol whose messages are told apart by their `type`: what the
 * signaling protocol (./protocol.js) and the classroom's (../classroom/protocol.js) share. JSON
 * first, then the type, then its fields against that type's valibot schema; a frame that fails
 * says which of the three broke, with a code both protocols list among their error codes.
 */
import * as v from 'valibot';

/** @typedef {'bad-json' | 'unknown-type' | 'invalid-message'} FrameErrorCode */

/**
 * @template T
 * @typedef {{ ok: true; message: T } | { ok: false; code: FrameErrorCode; reason: string; type?: string }} ParsedFrame
 */

/** An unknown type is echoed back (in the reason and the error's `inReplyTo`) this long at most. */
const MAX_TYPE_ECHO = 40;

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
