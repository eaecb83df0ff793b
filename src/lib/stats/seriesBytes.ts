import { lastElements } from './dumpSeries';

/**
 * A webrtc-internals series' `values` as it sits in the file's bytes: the content of a JSON string
 * (between its quotes, escapes and all) whose text is a JSON array. It is neither decoded nor
 * unescaped until read, so a dump opens without touching the tens of megabytes of series nobody
 * charts, and the bytes cross from the import worker to the page by transfer, not by copy.
 */
export class SeriesBytes {
	constructor(
		/** the whole file */
		readonly bytes: Uint8Array,
		/** the string's content: after its opening quote, up to its closing quote */
		readonly start: number,
		readonly end: number
	) {}

	/**
	 * The series' text: decoded (UTF-8, strict) and unescaped. Throws when either fails; a quote or
	 * a control character left unescaped is for seriesBytesValid to find.
	 */
	text(): string {
		return seriesContent(decode(this.bytes.subarray(this.start, this.end)));
	}

	/**
	 * The last `count` values, read from a window at the end of the bytes that grows until it
	 * holds them: null when even the whole series does not end like a JSON array (the caller then
	 * parses it all, which reports the error).
	 */
	tail(count: number): unknown[] | null {
		for (let size = TAIL_WINDOW; ; size *= 8) {
			const from = this.end - size;
			if (from <= this.start) {
				try {
					return lastElements(this.text(), count);
				} catch {
					return null;
				}
			}
			// Start the window at a comma: never part of an escape sequence (RFC 8259 §7), and an
			// ASCII byte, so never inside a multi-byte UTF-8 character. lastElements reads such a
			// suffix as it reads the whole text, and says null when the values it needs start
			// before it (an element cut in two does not parse, a string cut in two has no opening
			// quote).
			const comma = this.bytes.subarray(from, this.end).indexOf(COMMA);
			if (comma < 0) continue;
			let text: string;
			try {
				text = seriesContent(decode(this.bytes.subarray(from + comma, this.end)));
			} catch {
				continue;
			}
			const values = lastElements(text, count);
			if (values) return values;
		}
	}
}

/** Bytes read back from the end of a series for its last values, at first (×8 until enough). */
const TAIL_WINDOW = 256;
const COMMA = 0x2c;

const decoder = new TextDecoder('utf-8', { fatal: true });

function decode(bytes: Uint8Array): string {
	return decoder.decode(bytes);
}

/** Characters a JSON string cannot hold as they are (RFC 8259 §7): they need unescaping or are errors. */
const NOT_PLAIN = /["\\]|[^\u0020-\uffff]/;

/** The text a JSON string's content stands for (unescaped); throws when it is not valid content. */
function stringContent(raw: string): string {
	return NOT_PLAIN.test(raw) ? unescape(raw) : raw;
}

/**
 * The text of a series' content for reading: unescaped when it has a backslash, else as it is
 * (a quick search, where stringContent tests every character). A quote or a control character
 * left in it is found by seriesBytesValid, which the worker runs on every series.
 */
function seriesContent(raw: string): string {
	return raw.includes('\\') ? unescape(raw) : raw;
}

function unescape(raw: string): string {
	const text: unknown = JSON.parse(`"${raw}"`);
	return text as string;
}

/**
 * Whether every series read as bytes is valid JSON string content, as JSON.parse of the whole
 * file would have required: UTF-8, escapes, control characters, and above all no unescaped quote
 * (a series that does not end in `]` would have been cut at the wrong quote, so the rest of the
 * file was read out of step). dumpBytes.ts does not check this while it indexes the file: the
 * import worker checks it after the page has the dump, and reads the file the old way when false.
 */
export function seriesBytesValid(bytes: Uint8Array, slices: readonly [number, number][]): boolean {
	try {
		for (const [start, end] of slices) stringContent(decode(bytes.subarray(start, end)));
		return true;
	} catch {
		return false;
	}
}
