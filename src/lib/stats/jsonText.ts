/**
 * JSON text (RFC 8259) read as text, without parsing it: the characters a reader looks for, the
 * end of one value that arrives in chunks (ValueText), and the tail of an array. What the
 * streaming dump reader (dumpStream.ts) is built from.
 */

/** The characters of JSON's structure (RFC 8259 §2) and strings (§7), by UTF-16 code unit. */
export const enum Code {
	Quote = 0x22,
	Slash = 0x5c,
	Comma = 0x2c,
	Colon = 0x3a,
	OpenBrace = 0x7b,
	CloseBrace = 0x7d,
	OpenBracket = 0x5b,
	CloseBracket = 0x5d
}

/** Insignificant whitespace (RFC 8259 §2): space, line feed, carriage return, tab. */
export function isSpace(c: number): boolean {
	return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

/** Whether a JSON value starts with this character: a string, an object, an array, a number, true, false or null. */
export function startsValue(c: number): boolean {
	return (
		c === Code.Quote ||
		c === Code.OpenBrace ||
		c === Code.OpenBracket ||
		c === 0x2d || // -
		(c >= 0x30 && c <= 0x39) ||
		c === 0x74 || // t
		c === 0x66 || // f
		c === 0x6e // n
	);
}

/**
 * One JSON value (or object key) cut out of text that arrives in chunks: `scan` follows its
 * strings (escapes included, also split across chunks), its nesting and its scalars to find where
 * it ends, and keeps the text read so far in `parts`.
 */
export class ValueText {
	parts: string[] = [];
	length = 0;
	#started = false;
	#scalar = false;
	#inString = false;
	#depth = 0;
	/** backslashes right before the end of the last chunk, inside a string */
	#slashes = 0;

	/** The value has ended (a scalar only at a delimiter: see `inScalar`). */
	get done(): boolean {
		return this.#started && !this.#inString && this.#depth === 0 && !this.#scalar;
	}

	/** A number, true, false or null still open: the end of the input ends it too. */
	get inScalar(): boolean {
		return this.#scalar;
	}

	/**
	 * Scans from `i`, where the value starts (a character `startsValue` accepts) or goes on:
	 * returns where it ends (exclusive) or `text.length`, with the text read appended to `parts`.
	 * A scalar ends at the first delimiter, left unread.
	 */
	scan(text: string, i: number): number {
		const n = text.length;
		let j = i;
		if (!this.#started) {
			const c = text.charCodeAt(j);
			this.#started = true;
			if (c === Code.Quote) this.#inString = true;
			else if (c === Code.OpenBrace || c === Code.OpenBracket) this.#depth = 1;
			else this.#scalar = true;
			j++;
		}
		while (j < n) {
			if (this.#scalar) {
				const c = text.charCodeAt(j);
				if (c === Code.Comma || c === Code.CloseBrace || c === Code.CloseBracket || isSpace(c)) {
					this.#scalar = false;
					this.#depth = 0;
					break;
				}
				j++;
				continue;
			}
			if (this.#inString) {
				const quote = text.indexOf('"', j);
				if (quote < 0) {
					// backslashes at the very end escape whatever starts the next chunk
					let run = 0;
					while (run < n - j && text.charCodeAt(n - 1 - run) === Code.Slash) run++;
					this.#slashes = run === n - j ? this.#slashes + run : run;
					j = n;
					break;
				}
				let run = 0;
				while (quote - 1 - run >= j && text.charCodeAt(quote - 1 - run) === Code.Slash) run++;
				if (quote - run === j) run += this.#slashes;
				this.#slashes = 0;
				j = quote + 1;
				if (run % 2 === 0) {
					this.#inString = false;
					if (this.#depth === 0) break;
				}
				continue;
			}
			const c = text.charCodeAt(j++);
			if (c === Code.Quote) this.#inString = true;
			else if (c === Code.OpenBrace || c === Code.OpenBracket) this.#depth++;
			else if (c === Code.CloseBrace || c === Code.CloseBracket) {
				if (--this.#depth === 0) break;
			}
		}
		if (j > i) {
			this.parts.push(text.slice(i, j));
			this.length += j - i;
		}
		return j;
	}

	/** The text read, once: the parts are let go. */
	take(): string {
		const text = this.parts.join('');
		this.parts = [];
		return text;
	}
}

/**
 * The last `count` elements of a JSON array text as a JSON array text, and whether any were cut;
 * the text as it is when it has no more (or does not read as an array: it is reported when read).
 */
export function lastOfArray(text: string, count: number): { text: string; cut: boolean } {
	// n elements take at least 2n - 1 characters between the brackets.
	if (text.length < 2 * count + 2) return { text, cut: false };
	let close = text.length - 1;
	while (close >= 0 && isSpace(text.charCodeAt(close))) close--;
	if (text.charCodeAt(close) !== Code.CloseBracket) return { text, cut: false };
	let depth = 0;
	let seen = 0;
	for (let at = close - 1; at >= 0; at--) {
		const c = text.charCodeAt(at);
		if (c === Code.Quote) {
			// back to the opening quote: one preceded by an even number of backslashes
			for (;;) {
				at = text.lastIndexOf('"', at - 1);
				if (at < 0) return { text, cut: false };
				let slashes = 0;
				while (text.charCodeAt(at - 1 - slashes) === Code.Slash) slashes++;
				if (slashes % 2 === 0) break;
			}
		} else if (c === Code.CloseBracket || c === Code.CloseBrace) depth++;
		else if (c === Code.OpenBracket || c === Code.OpenBrace) {
			if (depth === 0) return { text, cut: false };
			depth--;
		} else if (c === Code.Comma && depth === 0 && ++seen === count) {
			return { text: `[${text.slice(at + 1, close + 1)}`, cut: true };
		}
	}
	return { text, cut: false };
}
