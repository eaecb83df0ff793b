import { Gunzip } from 'fflate';
import { ImportError, isGzip, MAX_IMPORT_BYTES } from './importErrors';
import { importText, type Imported } from './importFile';
import { RtcstatsReader } from './rtcstats/reader';
import { SLICE_BYTES } from './gunzip';
import { DumpStreamParser } from './dumpStream';
import { readDump } from './dump';
import { DEFAULT_CAPACITY } from './history';
import { isSessionRecord, readSession } from './record';

/**
 * Reads a file as a stream of byte chunks (File.stream() in the worker, fs streams in tests and
 * the bench), so the size of the file is no limit on its own:
 *
 * - an **rtcstats dump** (line format) is read line by line into bounded histories: memory is
 *   what is kept (rtcstats/reader.ts), never the file; a file of any size opens;
 * - a **JSON** file (webrtc-internals dump, Peerscope session) up to `limit` characters
 *   (MAX_IMPORT_BYTES) is held and parsed whole with JSON.parse (the fastest way); a larger one is
 *   read as it streams (dumpStream.ts): a webrtc-internals dump keeps the last `capacity` samples
 *   of each series and opens, whatever its size, as long as what is kept fits `limit`; anything
 *   else that large (a session) is refused with `tooLarge`.
 *
 * gzip is inflated on the way, in slices (gunzip.ts), up to `maxInflated` (a gzip bomb would
 * otherwise keep the reader busy for hours).
 */
export interface StreamOptions {
	/** the file's size in bytes when known (progress, and the early refusal of a large JSON) */
	size?: number;
	/** limit on the JSON text held (default MAX_IMPORT_BYTES) */
	limit?: number;
	/** JSON longer than this is read as it streams (default `limit`; tests lower it) */
	streamAbove?: number;
	/** limit on the inflated bytes of a gzip line file */
	maxInflated?: number;
	/** samples kept per stats member for an rtcstats dump, and for a JSON dump over `limit` */
	capacity?: number;
	/** bytes of the file read so far */
	onProgress?: (read: number, size: number) => void;
	signal?: AbortSignal;
}

/** A gzip line file may inflate to this much: a day-long call at one getStats a second is less. */
export const MAX_INFLATED_BYTES = 8 * 1024 * 1024 * 1024;
/** The longest line kept: a getStats result of a large call is a few hundred kB. */
export const MAX_LINE_CHARS = 32 * 1024 * 1024;

type Mode = 'unknown' | 'json' | 'lines';

class TextSink {
	mode: Mode = 'unknown';
	#json: string[] = [];
	#jsonLength = 0;
	/** set when the JSON is over the held limit: it is read as it streams */
	#stream: DumpStreamParser | null = null;
	readonly #streamAbove: number;
	#carry = '';
	#reader: RtcstatsReader;
	#decoder = new TextDecoder('utf-8', { fatal: true });
	#skippingLongLine = false;

	constructor(
		private readonly options: StreamOptions,
		private readonly limit: number
	) {
		this.#reader = new RtcstatsReader(options.capacity);
		this.#streamAbove = Math.min(limit, options.streamAbove ?? limit);
	}

	bytes(chunk: Uint8Array, final: boolean): void {
		let text: string;
		try {
			text = this.#decoder.decode(chunk, { stream: !final });
		} catch {
			throw new ImportError('notText');
		}
		this.text(text, final);
	}

	text(text: string, final = false): void {
		if (text === '' && !(final && this.#carry !== '')) return;
		if (this.mode === 'unknown') {
			const start = (this.#carry + text).replace(/^[\uFEFF\s]+/, '');
			// The magic line or the first bracket decides; wait for enough of the first line.
			if (start === '' || (start.length < 16 && !start.includes('\n') && !final)) {
				this.#carry += text;
				return;
			}
			this.mode = RtcstatsReader.sniff(start.slice(0, 16)) ? 'lines' : 'json';
			if (this.mode === 'json') {
				if (start[0] !== '{' && start[0] !== '[') throw new ImportError('notJson');
				const size = this.options.size;
				if (size !== undefined && size > this.#streamAbove) this.#streamJson();
			}
			text = this.#carry + text;
			this.#carry = '';
		}
		if (this.mode === 'json') {
			if (this.#stream) {
				this.#stream.push(text);
				return;
			}
			this.#jsonLength += text.length;
			this.#json.push(text);
			// Larger than may be held (a gzip file says its size only once inflated): stream it.
			if (this.#jsonLength > this.#streamAbove) this.#streamJson();
			return;
		}
		let start = 0;
		for (;;) {
			const end = text.indexOf('\n', start);
			if (end === -1) break;
			const piece = text.slice(start, end);
			if (this.#skippingLongLine) this.#skippingLongLine = false;
			else this.#reader.push(this.#carry + piece);
			this.#carry = '';
			start = end + 1;
		}
		if (!this.#skippingLongLine) this.#carry += text.slice(start);
		if (this.#carry.length > MAX_LINE_CHARS) {
			// Held no longer: the line is skipped (and reported as damaged) up to its line break.
			this.#reader.push('\u0000 line longer than the limit');
			this.#carry = '';
			this.#skippingLongLine = true;
		}
	}

	#streamJson(): void {
		const stream = new DumpStreamParser(
			this.options.capacity ?? DEFAULT_CAPACITY,
			this.limit,
			this.options.size
		);
		// What was held so far goes through the stream parser, a piece at a time.
		for (const piece of this.#json) stream.push(piece);
		this.#json = [];
		this.#stream = stream;
	}

	async finish(): Promise<Imported> {
		if (this.mode === 'unknown') throw new ImportError('empty');
		if (this.#stream) {
			const parsed = this.#stream.finish();
			if (isSessionRecord(parsed)) return readSession(parsed);
			const dump = await readDump(parsed);
			if (this.#stream.kept.trimmed > 0) dump.kept = this.#stream.kept;
			return dump;
		}
		if (this.mode === 'json') {
			const text = this.#json.join('');
			this.#json = [];
			return importText(text, { yieldToPage: async () => {} });
		}
		if (this.#carry !== '' && !this.#skippingLongLine) this.#reader.push(this.#carry);
		this.#carry = '';
		return this.#reader.finish();
	}
}

function tooLarge(size: number, limit: number): never {
	throw new ImportError('tooLarge', {
		sizeMb: Math.round(size / 1048576),
		limitMb: Math.round(limit / 1048576)
	});
}

async function* chunksOf(
	source: AsyncIterable<Uint8Array> | ReadableStream<Uint8Array>
): AsyncIterable<Uint8Array> {
	if (Symbol.asyncIterator in source) {
		yield* source as AsyncIterable<Uint8Array>;
		return;
	}
	const reader = (source as ReadableStream<Uint8Array>).getReader();
	try {
		for (;;) {
			const { done, value } = await reader.read();
			if (done) return;
			yield value;
		}
	} finally {
		reader.releaseLock();
	}
}

export async function importStream(
	source: AsyncIterable<Uint8Array> | ReadableStream<Uint8Array>,
	options: StreamOptions = {}
): Promise<Imported> {
	const limit = options.limit ?? MAX_IMPORT_BYTES;
	const maxInflated = options.maxInflated ?? MAX_INFLATED_BYTES;
	const sink = new TextSink(options, limit);
	let gunzip: Gunzip | null = null;
	let sniffed = false;
	let head: Uint8Array | null = null;
	let read = 0;
	let inflated = 0;
	let ended = false;
	const inflate = (chunk: Uint8Array, final: boolean) => {
		for (let at = 0; at < chunk.length || (final && at === 0); at += SLICE_BYTES) {
			const end = Math.min(chunk.length, at + SLICE_BYTES);
			try {
				gunzip!.push(chunk.subarray(at, end), final && end === chunk.length);
			} catch (error) {
				if (error instanceof ImportError) throw error;
				throw new ImportError(
					'gzipCorrupt',
					{},
					error instanceof Error ? error.message : String(error)
				);
			}
			if (end === chunk.length) break;
		}
	};
	for await (const piece of chunksOf(source)) {
		if (options.signal?.aborted) throw new ImportError('cancelled');
		read += piece.length;
		let chunk = piece;
		if (!sniffed) {
			// The gzip magic is two bytes: wait for them even if the first chunk is one byte.
			chunk = head ? concat(head, piece) : piece;
			if (chunk.length < 2) {
				head = chunk;
				continue;
			}
			head = null;
			sniffed = true;
			if (isGzip(chunk)) {
				gunzip = new Gunzip((data, final) => {
					inflated += data.length;
					if (inflated > maxInflated) tooLarge(inflated, maxInflated);
					sink.bytes(data, false);
					if (final) ended = true;
				});
			}
		}
		if (gunzip) inflate(chunk, false);
		else sink.bytes(chunk, false);
		options.onProgress?.(read, options.size ?? read);
	}
	if (options.signal?.aborted) throw new ImportError('cancelled');
	if (!sniffed) {
		if (head && head.length > 0) sink.bytes(head, false);
		else throw new ImportError('empty');
	}
	if (gunzip) {
		inflate(new Uint8Array(0), true);
		if (!ended) throw new ImportError('gzipCorrupt', {}, 'the compressed data ends early');
	}
	sink.bytes(new Uint8Array(0), true);
	return sink.finish();
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
	const out = new Uint8Array(a.length + b.length);
	out.set(a);
	out.set(b, a.length);
	return out;
}
