import * as v from 'valibot';
import type { SessionDescription } from '$lib/vocabulary';

/**
 * Copy-paste signaling: a description travels as a small JSON text that a person copies from one
 * device to the other (or scans as a QR code). What comes back is untrusted and may have been
 * changed on the way (a chat app turning CRLF into LF, extra spaces), so it is checked and
 * repaired here before it reaches setRemoteDescription.
 */

const PastedSchema = v.strictObject({
	type: v.picklist(['offer', 'answer']),
	sdp: v.pipe(v.string(), v.maxLength(100_000), v.startsWith('v=0', 'the SDP must start with v=0'))
});

export function encodeDescription(description: SessionDescription): string {
	return JSON.stringify({ type: description.type, sdp: description.sdp });
}

export type Decoded =
	| { ok: true; description: SessionDescription }
	| { ok: false; reason: 'empty' | 'json' | 'shape' | 'type'; detail: string };

/**
 * Reads pasted text: the JSON this page produced, or a bare SDP (then its type is the expected
 * one). Line endings are restored to CRLF, as RFC 8866 §5 requires.
 */
export function decodeDescription(text: string, expected: 'offer' | 'answer'): Decoded {
	const trimmed = text.trim();
	if (!trimmed) return { ok: false, reason: 'empty', detail: 'nothing was pasted' };
	let data: unknown;
	if (trimmed.startsWith('v=0')) {
		data = { type: expected, sdp: trimmed };
	} else {
		try {
			data = JSON.parse(trimmed);
		} catch (error) {
			return { ok: false, reason: 'json', detail: (error as Error).message };
		}
	}
	const result = v.safeParse(PastedSchema, data);
	if (!result.success) {
		const issue = result.issues[0];
		const path = v.getDotPath(issue);
		return { ok: false, reason: 'shape', detail: `${path ? `${path}: ` : ''}${issue.message}` };
	}
	if (result.output.type !== expected) {
		return { ok: false, reason: 'type', detail: result.output.type };
	}
	const lines = result.output.sdp
		.split(/\r?\n/)
		.map((line) => line.trim())
		.filter((line) => line.length > 0);
	return { ok: true, description: { type: expected, sdp: lines.join('\r\n') + '\r\n' } };
}
