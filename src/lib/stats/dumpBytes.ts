import { Code, isSpace } from './jsonText';
import { SeriesBytes } from './seriesBytes';
import { readDump, type ImportedDump } from './dump';

/**
 * A webrtc-internals dump read from the file's bytes as JSON.parse would read it, except for the
 * part that is most of the file: each stats series' `values`, a JSON array written as a string
 * (dump.ts), is left where it is, as a SeriesBytes, and found by a jump to its end instead of a
 * walk through it. A 2-hour dump is some 60 MB of which about 57 are series; opening it then costs
 * reading the file, a walk over its outer structure and JSON.parse of the rest (the update log,
 * the series' other fields), and each series is decoded and parsed when first charted.
 *
 * The jump: Chrome writes `values` as JSON.stringify of an array, so its text ends in `]`, and a
 * `]` right before a quote ends the string (a quote inside a JSON string is escaped, so the byte
 * before it is a backslash). The first `]"` after the opening quote is therefore the end, in any
 * dump whose series are JSON arrays. A series that is not (`"values":"abc"`) would be cut at the
 * wrong place: seriesBytesValid (seriesBytes.ts) catches that afterwards, and the import worker
 * then reads the file the old way.
 *
 * Anything unexpected (not an object, a dump too unlike Chrome's, bytes that are not JSON, a
 * session export) gives null, never an error: the caller reads the file the old way, whose errors
 * say what is wrong.
 */
export interface DumpBytes {
	/** the dump as JSON.parse gives it, with `values` of the series as SeriesBytes */
	parsed: Record<string, unknown>;
	/** every string read as SeriesBytes, [start, end) in the file, for seriesBytesValid */
	slices: [number, number][];
}

/**
 * Bytes walked one by one outside the series before the walk gives up: a Chrome dump has a few
 * megabytes there (update logs, getUserMedia); a file with far more is something else (a session
 * export, a dump that is not Chrome's), which JSON.parse reads faster than a walk in JavaScript.
 */
const MAX_WALKED = 16 * 1024 * 1024;

/** Strings read by plainString at most this long (quotes included); longer ones are decoded. */
const MAX_PLAIN = 256;

/** Thrown inside the walk when the file is not what it expects; never leaves this module. */
class NotThisWay extends Error {}

const decoder = new TextDecoder('utf-8', { fatal: true });

class Walker {
	at = 0;
	walked = 0;
	readonly slices: [number, number][] = [];

	constructor(readonly bytes: Uint8Array) {}

	space(): number {
		const { bytes } = this;
		let c = bytes[this.at];
		while (c !== undefined && isSpace(c)) c = bytes[++this.at];
		return c ?? -1;
	}

	expect(byte: number): void {
		if (this.space() !== byte) throw new NotThisWay();
		this.at++;
	}

	/** From an opening quote at `this.at` to after its closing quote. */
	skipString(): void {
		const { bytes } = this;
		let from = this.at + 1;
		for (;;) {
			const quote = bytes.indexOf(Code.Quote, from);
			if (quote < 0) throw new NotThisWay();
			let slashes = 0;
			while (bytes[quote - 1 - slashes] === Code.Slash) slashes++;
			from = quote + 1;
			if (slashes % 2 === 0) break;
		}
		this.at = from;
	}

	/** Skips one value of any kind; returns where it started. */
	skipValue(): number {
		const { bytes } = this;
		const start = this.at;
		const first = this.space();
		const from = this.at;
		if (first === Code.Quote) {
			this.skipString();
		} else if (first === Code.OpenBrace || first === Code.OpenBracket) {
			let depth = 0;
			for (;;) {
				const c = bytes[this.at];
				if (c === undefined) throw new NotThisWay();
				if (c === Code.Quote) {
					this.skipString();
					if (this.at - start > MAX_WALKED) throw new NotThisWay();
					continue;
				}
				this.at++;
				if (c === Code.OpenBrace || c === Code.OpenBracket) depth++;
				else if (c === Code.CloseBrace || c === Code.CloseBracket) {
					if (--depth === 0) break;
				}
			}
		} else {
			// a number, true, false or null: up to the next delimiter (JSON.parse checks it)
			for (;;) {
				const c = bytes[this.at];
				if (
					c === undefined ||
					c === Code.Comma ||
					c === Code.CloseBrace ||
					c === Code.CloseBracket ||
					isSpace(c)
				)
					break;
				this.at++;
			}
		}
		this.walked += this.at - start;
		if (this.walked > MAX_WALKED) throw new NotThisWay();
		return from;
	}

	/** One value, parsed by JSON.parse (a short plain string without it: see plainString). */
	value(): unknown {
		const from = this.skipValue();
		const plain = this.plainString(from, this.at);
		if (plain !== null) return plain;
		try {
			return JSON.parse(decoder.decode(this.bytes.subarray(from, this.at)));
		} catch {
			throw new NotThisWay();
		}
	}

	/**
	 * A short string of printable ASCII without escapes, as JSON.parse would give it, read without
	 * a decoder: keys, report types and times, thousands of them (RFC 8259 §7: such characters
	 * stand for themselves). Null for anything else.
	 */
	plainString(from: number, to: number): string | null {
		const { bytes } = this;
		if (bytes[from] !== Code.Quote || to - from > MAX_PLAIN) return null;
		for (let i = from + 1; i < to - 1; i++) {
			const c = bytes[i]!;
			if (c < 0x20 || c > 0x7e || c === Code.Slash || c === Code.Quote) return null;
		}
		return String.fromCharCode.apply(null, bytes.subarray(from + 1, to - 1) as unknown as number[]);
	}

	/** Calls `member` for each key of the object at `this.at`, with `this.at` on its value. */
	object(member: (key: string) => void): void {
		this.expect(Code.OpenBrace);
		if (this.space() === Code.CloseBrace) {
			this.at++;
			return;
		}
		for (;;) {
			if (this.space() !== Code.Quote) throw new NotThisWay();
			const key = this.value();
			if (typeof key !== 'string') throw new NotThisWay();
			this.expect(Code.Colon);
			member(key);
			const c = this.space();
			this.at++;
			if (c === Code.CloseBrace) return;
			if (c !== Code.Comma) throw new NotThisWay();
		}
	}

	/** A series' `values`: a string starting `[` is jumped over to its `]"`, else parsed. */
	seriesValues(): unknown {
		const { bytes } = this;
		if (this.space() !== Code.Quote || bytes[this.at + 1] !== Code.OpenBracket) return this.value();
		const start = this.at + 1;
		let close = start;
		for (;;) {
			close = bytes.indexOf(Code.CloseBracket, close + 1);
			if (close < 0) throw new NotThisWay();
			if (bytes[close + 1] === Code.Quote) break;
		}
		this.at = close + 2;
		this.slices.push([start, close + 1]);
		return new SeriesBytes(bytes, start, close + 1);
	}

	/** An object whose members are read by `read` (a new object, as JSON.parse makes them). */
	record(read: (key: string) => unknown): Record<string, unknown> {
		const target: Record<string, unknown> = {};
		this.object((key) => {
			const value = read(key);
			// JSON.parse makes `__proto__` an own member, not the object's prototype.
			if (key === '__proto__')
				Object.defineProperty(target, key, {
					value,
					enumerable: true,
					writable: true,
					configurable: true
				});
			else target[key] = value;
		});
		return target;
	}

	/** The value at `this.at`: an object read by `read` when it is one, else parsed. */
	recordOr(read: (key: string) => unknown): unknown {
		return this.space() === Code.OpenBrace ? this.record(read) : this.value();
	}
}

/** The dump in `bytes` with its series left as bytes, or null when it is not read this way. */
export function readDumpBytes(bytes: Uint8Array): DumpBytes | null {
	const walker = new Walker(bytes);
	// A byte order mark is not JSON; editors on Windows add one when a dump is saved again.
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) walker.at = 3;
	if (walker.space() !== Code.OpenBrace) return null;
	try {
		let sawConnections = false;
		// PeerConnections → connection → stats → series → values
		const stats = () =>
			walker.recordOr(() =>
				walker.recordOr((field) => (field === 'values' ? walker.seriesValues() : walker.value()))
			);
		const parsed = walker.record((key) => {
			// A session export (record.ts) is read the old way.
			if (key === 'format') throw new NotThisWay();
			if (key !== 'PeerConnections') return walker.value();
			sawConnections = true;
			return walker.recordOr(() =>
				walker.recordOr((member) => (member === 'stats' ? stats() : walker.value()))
			);
		});
		if (walker.space() !== -1 || !sawConnections) return null;
		return { parsed, slices: walker.slices };
	} catch (error) {
		if (error instanceof NotThisWay) return null;
		throw error;
	}
}

/**
 * A webrtc-internals dump imported from its bytes (readDumpBytes, then dump.ts as for any dump),
 * or null when it is not read this way: the caller then imports the file as before. The slices
 * go to seriesBytesValid.
 */
export async function importDumpBytes(
	bytes: Uint8Array
): Promise<{ imported: ImportedDump; slices: [number, number][] } | null> {
	const read = readDumpBytes(bytes);
	if (!read) return null;
	try {
		return { imported: await readDump(read.parsed), slices: read.slices };
	} catch {
		// No peer connection, or not a dump after all: the old way says which.
		return null;
	}
}
