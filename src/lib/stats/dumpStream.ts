import { ImportError } from './importErrors';

/**
 * A webrtc-internals dump larger than what may be held (MAX_IMPORT_BYTES) is read as it streams:
 * the dump's outer structure (`PeerConnections` → connection → `stats` → series) is followed here
 * character by character, and every other value, and each series entry, is cut out as text and
 * parsed on its own with JSON.parse. A series keeps only its last `capacity` values (sliced from
 * the end of its `values` text, still unparsed: dumpSeries.ts reads it when charted), so what is
 * held is bounded by what is kept, not by the file. Whatever does not fit the held limit anyway
 * (a session, a single enormous value) is refused with `tooLarge`; what is not JSON with the
 * errors JSON.parse gives the whole file (`notJson`, `truncatedJson`, `notDump`).
 */
export interface KeptSamples {
	/** values kept per series */
	capacity: number;
	/** the most samples a series had in the file (its timestamps) */
	samples: number;
	/** series cut to `capacity` */
	trimmed: number;
}

type Role = 'root' | 'connections' | 'connection' | 'stats';

interface Frame {
	role: Role;
	target: Record<string, unknown>;
	key: string | null;
	members: number;
}

interface Capture {
	frame: Frame | null;
	key: string | null;
	parts: string[];
	length: number;
	started: boolean;
	scalar: boolean;
	inString: boolean;
	depth: number;
	/** backslashes right before the end of the last chunk, inside a string */
	slashes: number;
}

const enum Code {
	Quote = 0x22,
	Slash = 0x5c,
	Comma = 0x2c,
	Colon = 0x3a,
	OpenBrace = 0x7b,
	CloseBrace = 0x7d,
	OpenBracket = 0x5b,
	CloseBracket = 0x5d
}

function isSpace(c: number): boolean {
	return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

/** The next container the walk descends into instead of cutting it out. */
function childRole(frame: Frame, key: string): Role | null {
	if (frame.role === 'root' && key === 'PeerConnections') return 'connections';
	if (frame.role === 'connections') return 'connection';
	if (frame.role === 'connection' && key === 'stats') return 'stats';
	return null;
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

function countSamples(text: string): number {
	let commas = 0;
	for (let at = text.indexOf(','); at >= 0; at = text.indexOf(',', at + 1)) commas++;
	return /^\s*\[\s*\]\s*$/.test(text) ? 0 : commas + 1;
}

export class DumpStreamParser {
	readonly kept: KeptSamples;
	#root: Record<string, unknown> | null = null;
	#rootValue: unknown = undefined;
	#stack: Frame[] = [];
	#state: 'start' | 'key' | 'colon' | 'value' | 'after' | 'end' = 'start';
	#key: Capture | null = null;
	#capture: Capture | null = null;
	#held = 0;
	#read = 0;

	constructor(
		capacity: number,
		private readonly limit: number,
		/** the file's size, for the message when even what is kept is too large */
		private readonly size?: number
	) {
		this.kept = { capacity, samples: 0, trimmed: 0 };
	}

	push(text: string): void {
		this.#read += text.length;
		let i = 0;
		const n = text.length;
		while (i < n) {
			if (this.#capture) {
				i = this.#scan(this.#capture, text, i);
				if (this.#done(this.#capture)) this.#endCapture();
				continue;
			}
			if (this.#key) {
				i = this.#scan(this.#key, text, i);
				if (this.#done(this.#key)) this.#endKey();
				continue;
			}
			const c = text.charCodeAt(i);
			if (isSpace(c)) {
				i++;
				continue;
			}
			const frame = this.#stack[this.#stack.length - 1];
			switch (this.#state) {
				case 'start':
					if (c === Code.OpenBrace) {
						this.#root = Object.create(null) as Record<string, unknown>;
						this.#open('root', this.#root);
						i++;
					} else if (c === Code.OpenBracket) {
						throw new ImportError('notDump', { found: 'array' });
					} else throw new ImportError('notJson');
					break;
				case 'key':
					if (c === Code.Quote) {
						frame!.members++;
						this.#key = this.#newCapture(null, null);
					} else if (c === Code.CloseBrace && frame!.members === 0) {
						this.#close();
						i++;
					} else throw this.#notJson();
					break;
				case 'colon':
					if (c !== Code.Colon) throw this.#notJson();
					this.#state = 'value';
					i++;
					break;
				case 'value': {
					const role = c === Code.OpenBrace ? childRole(frame!, frame!.key!) : null;
					if (role) {
						const target = Object.create(null) as Record<string, unknown>;
						frame!.target[frame!.key!] = target;
						this.#open(role, target);
						i++;
					} else this.#capture = this.#newCapture(frame!, frame!.key);
					break;
				}
				case 'after':
					if (c === Code.Comma) this.#state = 'key';
					else if (c === Code.CloseBrace) this.#close();
					else throw this.#notJson();
					i++;
					break;
				case 'end':
					throw this.#notJson();
			}
		}
	}

	/** The dump as parsed JSON (connections, their values, series trimmed to what is kept). */
	finish(): unknown {
		if (this.#capture?.scalar) this.#endCapture();
		if (this.#state !== 'end')
			throw new ImportError('truncatedJson', { length: this.#read }, 'the JSON ends early');
		return this.#root ?? this.#rootValue;
	}

	#notJson(): ImportError {
		return new ImportError('notJson', {}, `unexpected text after ${this.#read} characters`);
	}

	#newCapture(frame: Frame | null, key: string | null): Capture {
		return {
			frame,
			key,
			parts: [],
			length: 0,
			started: false,
			scalar: false,
			inString: false,
			depth: 0,
			slashes: 0
		};
	}

	#open(role: Role, target: Record<string, unknown>): void {
		this.#stack.push({ role, target, key: null, members: 0 });
		this.#state = 'key';
	}

	#close(): void {
		this.#stack.pop();
		this.#state = this.#stack.length === 0 ? 'end' : 'after';
	}

	#done(capture: Capture): boolean {
		return capture.started && !capture.inString && capture.depth === 0 && !capture.scalar;
	}

	/**
	 * Scans one value (or key) from `i`: returns where it ends (exclusive) or `text.length`, with
	 * the text read appended to the capture. A scalar ends at the first delimiter, left unread.
	 */
	#scan(capture: Capture, text: string, i: number): number {
		const n = text.length;
		let j = i;
		if (!capture.started) {
			const c = text.charCodeAt(j);
			capture.started = true;
			if (c === Code.Quote) capture.inString = true;
			else if (c === Code.OpenBrace || c === Code.OpenBracket) capture.depth = 1;
			else if (c === 0x2d || (c >= 0x30 && c <= 0x39) || c === 0x74 || c === 0x66 || c === 0x6e)
				capture.scalar = true;
			else throw this.#notJson();
			j++;
		}
		while (j < n) {
			if (capture.scalar) {
				const c = text.charCodeAt(j);
				if (c === Code.Comma || c === Code.CloseBrace || c === Code.CloseBracket || isSpace(c)) {
					capture.scalar = false;
					capture.depth = 0;
					break;
				}
				j++;
				continue;
			}
			if (capture.inString) {
				const quote = text.indexOf('"', j);
				if (quote < 0) {
					// backslashes at the very end escape whatever starts the next chunk
					let run = 0;
					while (run < n - j && text.charCodeAt(n - 1 - run) === Code.Slash) run++;
					capture.slashes = run === n - j ? capture.slashes + run : run;
					j = n;
					break;
				}
				let run = 0;
				while (quote - 1 - run >= j && text.charCodeAt(quote - 1 - run) === Code.Slash) run++;
				if (quote - run === j) run += capture.slashes;
				capture.slashes = 0;
				j = quote + 1;
				if (run % 2 === 0) {
					capture.inString = false;
					if (capture.depth === 0) break;
				}
				continue;
			}
			const c = text.charCodeAt(j++);
			if (c === Code.Quote) capture.inString = true;
			else if (c === Code.OpenBrace || c === Code.OpenBracket) capture.depth++;
			else if (c === Code.CloseBrace || c === Code.CloseBracket) {
				if (--capture.depth === 0) break;
			}
		}
		if (j > i) {
			capture.parts.push(text.slice(i, j));
			capture.length += j - i;
			if (capture.length > this.limit) this.#tooLarge(capture.length);
		}
		return j;
	}

	#endKey(): void {
		const key = this.#key!;
		this.#key = null;
		const frame = this.#stack[this.#stack.length - 1]!;
		frame.key = this.#parse(key) as string;
		this.#state = 'colon';
	}

	#endCapture(): void {
		const capture = this.#capture!;
		this.#capture = null;
		let value = this.#parse(capture);
		const frame = capture.frame;
		if (!frame) {
			this.#rootValue = value;
			this.#state = 'end';
			return;
		}
		let held = capture.length;
		if (frame.role === 'stats' && value && typeof value === 'object' && !Array.isArray(value)) {
			const entry = value as Record<string, unknown>;
			if (typeof entry.values === 'string') {
				const kept = lastOfArray(entry.values, this.kept.capacity);
				if (capture.key?.endsWith('-timestamp'))
					this.kept.samples = Math.max(this.kept.samples, countSamples(entry.values));
				if (kept.cut) {
					this.kept.trimmed++;
					value = { ...entry, values: kept.text };
					held = kept.text.length;
				}
			}
		}
		this.#held += held;
		if (this.#held > this.limit) this.#tooLarge(this.size ?? this.#read);
		frame.target[capture.key!] = value;
		this.#state = 'after';
	}

	#parse(capture: Capture): unknown {
		const text = capture.parts.join('');
		capture.parts = [];
		try {
			return JSON.parse(text);
		} catch (error) {
			throw new ImportError('notJson', {}, error instanceof Error ? error.message : String(error));
		}
	}

	#tooLarge(size: number): never {
		throw new ImportError('tooLarge', {
			sizeMb: Math.round(size / 1048576),
			limitMb: Math.round(this.limit / 1048576)
		});
	}
}
