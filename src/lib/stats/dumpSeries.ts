import type { LazyColumn } from './memberSeries';
import type { ImportProblem } from './importErrors';
import type { SeriesBytes } from './seriesBytes';

/**
 * A webrtc-internals series as the dump holds it: `values` is a JSON array written as a string
 * inside the dump's JSON. Parsing every one of them doubles the work of opening a dump, and most
 * are never looked at, so a series stays text until a chart or the diagnosis first asks for one of
 * its samples (history.ts `MemberSeries.lazy`). Only its last two values are read at once, from
 * the end of the text, for the report's `latest` and `previous` (legends, the explorer, the
 * selected candidate pair).
 */
export class SeriesText implements LazyColumn {
	constructor(
		/** the JSON array as written in the dump, or where it is in the file's bytes */
		readonly text: string | SeriesBytes,
		/** `<connection> <statsId>-<member>`, as import problems name a series */
		readonly where: string,
		/** where a series that turns out to be broken when read is reported */
		readonly problems: ImportProblem[]
	) {}

	read(): unknown[] {
		let values: unknown;
		try {
			values = JSON.parse(typeof this.text === 'string' ? this.text : this.text.text());
		} catch (error) {
			this.problems.push({
				code: 'malformedValues',
				where: this.where,
				detail: error instanceof Error ? error.message : String(error)
			});
			return [];
		}
		if (Array.isArray(values)) return values;
		this.problems.push({ code: 'malformedValues', where: this.where, detail: typeof values });
		return [];
	}
}

function isSpace(code: number): boolean {
	return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;
}

/** The index of the quote that opens the JSON string closed by the quote at `close`, or -1. */
function openingQuote(text: string, close: number): number {
	let at = close;
	for (;;) {
		at = text.lastIndexOf('"', at - 1);
		if (at < 0) return -1;
		// A quote preceded by an odd number of backslashes is escaped, inside the string.
		let slashes = 0;
		while (at - 1 - slashes >= 0 && text.charCodeAt(at - 1 - slashes) === 0x5c) slashes++;
		if (slashes % 2 === 0) return at;
	}
}

/**
 * The last `count` elements of a JSON array text, oldest first (fewer when the array is shorter),
 * found by scanning back from its end; null when the text does not end like a JSON array or an
 * element does not parse (the caller then parses the whole text, which reports the error).
 */
export function lastElements(text: string, count: number): unknown[] | null {
	let close = text.length - 1;
	while (close >= 0 && isSpace(text.charCodeAt(close))) close--;
	if (text[close] !== ']') return null;
	const out: unknown[] = [];
	while (out.length < count) {
		// Scan back from the delimiter after this element (`]` or `,`) to the one before it.
		let depth = 0;
		let at = close - 1;
		for (; at >= 0; at--) {
			const c = text[at];
			if (c === '"') {
				at = openingQuote(text, at);
				if (at < 0) return null;
			} else if (c === ']' || c === '}') depth++;
			else if (c === '[' || c === '{') {
				if (depth === 0) break;
				depth--;
			} else if (c === ',' && depth === 0) break;
		}
		if (at < 0) return null;
		const element = text.slice(at + 1, close);
		if (text[at] === '[' && out.length === 0 && element.trim() === '') return out;
		try {
			out.unshift(JSON.parse(element));
		} catch {
			return null;
		}
		if (text[at] === '[') {
			// The array's opening bracket: only whitespace may come before it.
			for (let i = at - 1; i >= 0; i--) if (!isSpace(text.charCodeAt(i))) return null;
			return out;
		}
		close = at;
	}
	return out;
}
