import * as v from 'valibot';

/**
 * File transfer over an RTCDataChannel: a text frame announces the file, binary frames carry it
 * in order, a text frame ends it with the SHA-256 of the whole file, and the receiver answers with
 * the result of its own check. The channel is reliable and ordered, so chunks need no sequence
 * numbers: SCTP delivers each message once and in order (RFC 8831 §6.1).
 */

/**
 * 16 KiB per message: RFC 8831 §6.6 says messages over 16 KiB may not interoperate between
 * implementations (older browsers split or refused them), and it keeps each send cheap.
 */
export const CHUNK_BYTES = 16 * 1024;
/** Stop handing chunks to the channel while this much is waiting in its send buffer. */
export const HIGH_WATER_BYTES = 1024 * 1024;
/** ... and go on when the buffer has drained to this (bufferedAmountLowThreshold). */
export const LOW_WATER_BYTES = 256 * 1024;
/**
 * The receiver keeps the file in memory until it is saved, so it refuses bigger ones (with a
 * file-cancel, so the sender stops); the sender checks first and does not start.
 */
export const MAX_FILE_BYTES = 512 * 1024 * 1024;
/** The file-cancel reason a receiver gives for a file over MAX_FILE_BYTES. */
export const TOO_LARGE_REASON = 'too-large';
/**
 * The type every received file is saved with, whatever the sender claims: a blob: URL is
 * same-origin, so a text/html or SVG file opened in a new tab would run its script as Peerscope.
 */
export const RECEIVED_MIME = 'application/octet-stream';
/** The label and id of the file channel; both sides create it with `negotiated: true`. */
export const FILE_CHANNEL = {
	label: 'file',
	options: { ordered: true, negotiated: true, id: 1000 } satisfies RTCDataChannelInit
};

const Sha256Hex = v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/));
const TransferId = v.pipe(v.string(), v.regex(/^[A-Za-z0-9-]{1,40}$/));

export const ControlSchema = v.variant('kind', [
	v.strictObject({
		kind: v.literal('file-offer'),
		id: TransferId,
		/** untrusted: shown as text, never used as a path */
		name: v.pipe(v.string(), v.maxLength(1024)),
		mime: v.pipe(v.string(), v.maxLength(255)),
		// any size parses: the receiver refuses one over MAX_FILE_BYTES by its id (file-cancel)
		size: v.pipe(v.number(), v.safeInteger(), v.minValue(0))
	}),
	v.strictObject({ kind: v.literal('file-done'), id: TransferId, sha256: Sha256Hex }),
	v.strictObject({
		kind: v.literal('file-result'),
		id: TransferId,
		ok: v.boolean(),
		sha256: Sha256Hex
	}),
	v.strictObject({
		kind: v.literal('file-cancel'),
		id: TransferId,
		reason: v.pipe(v.string(), v.maxLength(200))
	})
]);
export type FileControl = v.InferOutput<typeof ControlSchema>;

export type ControlParse =
	| { ok: true; control: FileControl }
	| { ok: false; code: 'notJson' | 'badControl'; reason: string };

/** Reads a text frame of the file channel; the peer is not trusted. */
export function parseControl(text: string): ControlParse {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return { ok: false, code: 'notJson', reason: 'not JSON' };
	}
	const result = v.safeParse(ControlSchema, data);
	if (!result.success) {
		const issue = result.issues[0];
		const path = v.getDotPath(issue);
		return { ok: false, code: 'badControl', reason: `${path ? `${path}: ` : ''}${issue.message}` };
	}
	return { ok: true, control: result.output };
}

export function chunkCount(size: number, chunkBytes = CHUNK_BYTES): number {
	return Math.ceil(size / chunkBytes);
}

/** The hex SHA-256 of some bytes (Web Crypto, in browsers and Node). */
export async function sha256Hex(data: ArrayBuffer | Uint8Array<ArrayBuffer>): Promise<string> {
	const digest = await crypto.subtle.digest('SHA-256', data);
	return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Progress of one transfer as both sides show it. */
export interface TransferProgress {
	id: string;
	direction: 'send' | 'receive';
	name: string;
	mime: string;
	size: number;
	/** bytes that have left this side's buffer (sender) or arrived (receiver) */
	bytes: number;
	startedAt: number;
	updatedAt: number;
	status: 'hashing' | 'sending' | 'receiving' | 'verifying' | 'verified' | 'mismatch' | 'failed';
	sha256: string | null;
	/** the receiver's hash, as the receiver computed it */
	receivedSha256: string | null;
	error: TransferError | null;
}

/**
 * Why a transfer failed, as a catalog key suffix (`transfer.error.<code>`) and its parameters:
 * the page says it in the reader's language. `reason` and `detail` are text from the other
 * device or the browser, shown as text.
 */
export type TransferError =
	| { code: 'tooLarge'; params: { size: string; max: string } }
	| { code: 'refusedTooLarge'; params: { max: string } }
	| { code: 'cancelled'; params: { reason: string } }
	| { code: 'channelClosed'; params: Record<string, never> }
	| { code: 'replaced'; params: Record<string, never> }
	| { code: 'overflow'; params: Record<string, never> }
	| { code: 'short'; params: { bytes: number; size: number } }
	| { code: 'sendFailed'; params: { detail: string } };

/** Something the other device sent that is not part of the file protocol (`transfer.protocol.<code>`). */
export type ProtocolError =
	| { code: 'notJson'; params: Record<string, never> }
	| { code: 'badControl'; params: { detail: string } }
	| { code: 'unannouncedBinary'; params: Record<string, never> }
	| { code: 'unknownDone'; params: { id: string } };

/** Bytes per second over the whole transfer so far. */
export function throughput(progress: Pick<TransferProgress, 'bytes' | 'startedAt' | 'updatedAt'>) {
	const seconds = (progress.updatedAt - progress.startedAt) / 1000;
	return seconds > 0 ? progress.bytes / seconds : 0;
}
