import { formatBytes, safeFileName } from './format';
import {
	CHUNK_BYTES,
	HIGH_WATER_BYTES,
	LOW_WATER_BYTES,
	MAX_FILE_BYTES,
	parseControl,
	RECEIVED_MIME,
	sha256Hex,
	TOO_LARGE_REASON,
	type FileControl,
	type ProtocolError,
	type TransferError,
	type TransferProgress
} from './framing';

/** The channel closed while a file was on its way. */
class ChannelClosedError extends Error {}

/**
 * The parts of an RTCDataChannel that file transfer uses, so the same code runs over a real
 * channel in the browser and a simulated one in the unit tests.
 */
export interface ByteChannel {
	readonly readyState: string;
	readonly bufferedAmount: number;
	bufferedAmountLowThreshold: number;
	send(data: string | ArrayBuffer): void;
	addEventListener(type: 'bufferedamountlow' | 'close', listener: () => void): void;
	removeEventListener(type: 'bufferedamountlow' | 'close', listener: () => void): void;
}

/** What a file to send must offer (a DOM File or Blob has all of it). */
export interface FileSource {
	name: string;
	type: string;
	size: number;
	slice(start: number, end: number): { arrayBuffer(): Promise<ArrayBuffer> };
	arrayBuffer(): Promise<ArrayBuffer>;
}

export interface ReceivedFile {
	id: string;
	/** always RECEIVED_MIME: the type the sender claimed is in the transfer's `mime`, as text */
	blob: Blob;
}

export interface FileTransferOptions {
	now?: () => number;
	newId?: () => string;
	/** called with every transfer each time one changes */
	onChange?: (transfers: TransferProgress[]) => void;
	onReceived?: (file: ReceivedFile) => void;
	/** a frame the peer sent that makes no sense: shown, never thrown */
	onProtocolError?: (error: ProtocolError) => void;
}

/**
 * Both directions of file transfer over one channel: `send` streams a file with back-pressure,
 * `receive` takes every message that arrives. The sender waits whenever more than
 * HIGH_WATER_BYTES sit in the channel's buffer, until `bufferedamountlow` says it has drained to
 * LOW_WATER_BYTES: without this a big file would be copied into the browser's buffer all at once
 * and the channel would close when the buffer overflows (Chromium closes at 16 MB).
 */
export class FileTransfer {
	readonly #channel: ByteChannel;
	readonly #now: () => number;
	readonly #newId: () => string;
	readonly #options: FileTransferOptions;
	readonly #transfers = new Map<string, TransferProgress>();
	/** the file arriving; `refused` (too large): its chunks still in flight are dropped quietly */
	#incoming: { id: string; chunks: ArrayBuffer[]; bytes: number; refused: boolean } | null = null;
	#queue: Promise<unknown> = Promise.resolve();
	/** the most that was ever waiting in the channel's buffer (the tests check the back-pressure) */
	maxBuffered = 0;

	constructor(channel: ByteChannel, options: FileTransferOptions = {}) {
		this.#channel = channel;
		this.#options = options;
		this.#now = options.now ?? (() => performance.now());
		this.#newId = options.newId ?? (() => crypto.randomUUID());
		channel.bufferedAmountLowThreshold = LOW_WATER_BYTES;
	}

	get transfers(): TransferProgress[] {
		return [...this.#transfers.values()];
	}

	/**
	 * Sends a file after the ones already queued; resolves when it has been handed over entirely,
	 * or failed. A file over MAX_FILE_BYTES fails at once, before it is read: the other side would
	 * refuse it.
	 */
	send(file: FileSource): Promise<TransferProgress> {
		const id = this.#newId();
		const t = this.#now();
		const tooLarge = file.size > MAX_FILE_BYTES;
		const progress = this.#update({
			id,
			direction: 'send',
			name: file.name,
			mime: file.type,
			size: file.size,
			bytes: 0,
			startedAt: t,
			updatedAt: t,
			status: tooLarge ? 'failed' : 'hashing',
			sha256: null,
			receivedSha256: null,
			error: tooLarge
				? {
						code: 'tooLarge',
						params: { size: formatBytes(file.size), max: formatBytes(MAX_FILE_BYTES) }
					}
				: null
		});
		if (tooLarge) return Promise.resolve(progress);
		const run = this.#queue.then(() => this.#send(id, file));
		this.#queue = run.catch(() => undefined);
		return run;
	}

	/** The other side cancelled this transfer (file-cancel): stop sending it. */
	#cancelled(id: string): boolean {
		return this.#transfers.get(id)?.status === 'failed';
	}

	async #send(id: string, file: FileSource): Promise<TransferProgress> {
		try {
			const sha256 = await sha256Hex(await file.arrayBuffer());
			this.#patch(id, { sha256, status: 'sending', startedAt: this.#now() });
			this.#control({ kind: 'file-offer', id, name: file.name, mime: file.type, size: file.size });
			for (let offset = 0; offset < file.size; offset += CHUNK_BYTES) {
				if (this.#channel.bufferedAmount > HIGH_WATER_BYTES - CHUNK_BYTES) await this.#drained();
				if (this.#cancelled(id)) return this.#transfers.get(id)!;
				const chunk = await file.slice(offset, offset + CHUNK_BYTES).arrayBuffer();
				this.#channel.send(chunk);
				this.maxBuffered = Math.max(this.maxBuffered, this.#channel.bufferedAmount);
				const sent = offset + chunk.byteLength - this.#channel.bufferedAmount;
				this.#patch(id, { bytes: Math.max(0, sent), updatedAt: this.#now() });
			}
			if (this.#cancelled(id)) return this.#transfers.get(id)!;
			this.#control({ kind: 'file-done', id, sha256 });
			// The last chunks are still in the buffer; count them as sent once they have left it.
			if (this.#channel.bufferedAmount > 0) await this.#drained(0);
			return this.#patch(id, { bytes: file.size, updatedAt: this.#now() });
		} catch (error) {
			return this.#patch(id, {
				status: 'failed',
				error:
					error instanceof ChannelClosedError
						? { code: 'channelClosed', params: {} }
						: { code: 'sendFailed', params: { detail: (error as Error).message } }
			});
		}
	}

	/** Waits until the buffer has drained (to LOW_WATER_BYTES, or to `to`), or the channel closed. */
	#drained(to = LOW_WATER_BYTES): Promise<void> {
		const channel = this.#channel;
		channel.bufferedAmountLowThreshold = to;
		return new Promise((resolve, reject) => {
			const done = () => {
				channel.removeEventListener('bufferedamountlow', onLow);
				channel.removeEventListener('close', onClose);
				channel.bufferedAmountLowThreshold = LOW_WATER_BYTES;
			};
			const onLow = () => {
				done();
				resolve();
			};
			const onClose = () => {
				done();
				reject(new ChannelClosedError('the data channel closed during the transfer'));
			};
			channel.addEventListener('bufferedamountlow', onLow);
			channel.addEventListener('close', onClose);
			if (channel.readyState !== 'open') onClose();
			else if (channel.bufferedAmount <= to) onLow();
		});
	}

	/** Takes one message from the channel: a text control frame or a binary chunk. */
	async receive(data: string | ArrayBuffer): Promise<void> {
		if (typeof data !== 'string') {
			this.#chunk(data);
			return;
		}
		const parsed = parseControl(data);
		if (!parsed.ok) {
			this.#options.onProtocolError?.(
				parsed.code === 'notJson'
					? { code: 'notJson', params: {} }
					: { code: 'badControl', params: { detail: parsed.reason } }
			);
			return;
		}
		const control = parsed.control;
		switch (control.kind) {
			case 'file-offer': {
				if (this.#incoming && !this.#incoming.refused)
					this.#patch(this.#incoming.id, {
						status: 'failed',
						error: { code: 'replaced', params: {} }
					});
				const t = this.#now();
				const refused = control.size > MAX_FILE_BYTES;
				this.#incoming = { id: control.id, chunks: [], bytes: 0, refused };
				this.#update({
					id: control.id,
					direction: 'receive',
					// untrusted: no control or bidi characters, no path (shown and used to save it)
					name: safeFileName(control.name),
					mime: control.mime,
					size: control.size,
					bytes: 0,
					startedAt: t,
					updatedAt: t,
					status: refused ? 'failed' : 'receiving',
					sha256: null,
					receivedSha256: null,
					error: refused
						? {
								code: 'tooLarge',
								params: { size: formatBytes(control.size), max: formatBytes(MAX_FILE_BYTES) }
							}
						: null
				});
				// tell the sender, so it stops instead of streaming hundreds of megabytes for nothing
				if (refused)
					this.#control({ kind: 'file-cancel', id: control.id, reason: TOO_LARGE_REASON });
				return;
			}
			case 'file-done':
				await this.#finish(control.id, control.sha256);
				return;
			case 'file-result':
				if (this.#transfers.get(control.id)?.direction !== 'send') return;
				this.#patch(control.id, {
					status: control.ok ? 'verified' : 'mismatch',
					receivedSha256: control.sha256
				});
				return;
			case 'file-cancel': {
				if (this.#incoming?.id === control.id) this.#incoming = null;
				const transfer = this.#transfers.get(control.id);
				if (!transfer || transfer.status === 'failed') return;
				const error: TransferError =
					transfer.direction === 'send' && control.reason === TOO_LARGE_REASON
						? { code: 'refusedTooLarge', params: { max: formatBytes(MAX_FILE_BYTES) } }
						: { code: 'cancelled', params: { reason: control.reason } };
				this.#patch(control.id, { status: 'failed', error });
			}
		}
	}

	#chunk(data: ArrayBuffer): void {
		const incoming = this.#incoming;
		if (!incoming) {
			this.#options.onProtocolError?.({ code: 'unannouncedBinary', params: {} });
			return;
		}
		if (incoming.refused) return;
		const progress = this.#transfers.get(incoming.id)!;
		if (incoming.bytes + data.byteLength > progress.size) {
			this.#incoming = null;
			this.#patch(incoming.id, { status: 'failed', error: { code: 'overflow', params: {} } });
			return;
		}
		incoming.chunks.push(data);
		incoming.bytes += data.byteLength;
		this.#patch(incoming.id, { bytes: incoming.bytes, updatedAt: this.#now() });
	}

	async #finish(id: string, sha256: string): Promise<void> {
		const incoming = this.#incoming;
		if (incoming?.refused && incoming.id === id) {
			this.#incoming = null;
			return;
		}
		if (!incoming || incoming.id !== id) {
			this.#options.onProtocolError?.({ code: 'unknownDone', params: { id } });
			return;
		}
		this.#incoming = null;
		const progress = this.#patch(id, { sha256, status: 'verifying' });
		if (incoming.bytes !== progress.size) {
			this.#patch(id, {
				status: 'failed',
				error: { code: 'short', params: { bytes: incoming.bytes, size: progress.size } }
			});
			return;
		}
		const blob = new Blob(incoming.chunks, { type: RECEIVED_MIME });
		const receivedSha256 = await sha256Hex(await blob.arrayBuffer());
		const ok = receivedSha256 === sha256;
		this.#patch(id, { receivedSha256, status: ok ? 'verified' : 'mismatch' });
		this.#control({ kind: 'file-result', id, ok, sha256: receivedSha256 });
		if (ok) this.#options.onReceived?.({ id, blob });
	}

	#control(control: FileControl): void {
		this.#channel.send(JSON.stringify(control));
	}

	#update(progress: TransferProgress): TransferProgress {
		this.#transfers.set(progress.id, progress);
		this.#options.onChange?.(this.transfers);
		return progress;
	}

	#patch(id: string, changes: Partial<TransferProgress>): TransferProgress {
		const current = this.#transfers.get(id);
		if (!current) throw new Error(`unknown transfer ${id}`);
		return this.#update({ ...current, ...changes });
	}
}
