import { ImportError } from './importErrors';
import { Code, isSpace, lastOfArray, startsValue, ValueText } from './jsonText';

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

/** A value (or key) being cut out: where it goes, and its text so far. */
interface Capture {
	frame: Frame | null;
	key: string | null;
	text: ValueText;
}

/** The next container the walk descends into instead of cutting it out. */
function childRole(frame: Frame, key: string): Role | null {
	if (frame.role === 'root' && key === 'PeerConnections') return 'connections';
	if (frame.role === 'connections') return 'connection';
	if (frame.role === 'connection' && key === 'stats') return 'stats';
	return null;
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
				if (this.#capture.text.done) this.#endCapture();
				continue;
			}
			if (this.#key) {
				i = this.#scan(this.#key, text, i);
				if (this.#key.text.done) this.#endKey();
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
					} else if (startsValue(c)) this.#capture = this.#newCapture(frame!, frame!.key);
					else throw this.#notJson();
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
		if (this.#capture?.text.inScalar) this.#endCapture();
		if (this.#state !== 'end')
			throw new ImportError('truncatedJson', { length: this.#read }, 'the JSON ends early');
		return this.#root ?? this.#rootValue;
	}

	#notJson(): ImportError {
		return new ImportError('notJson', {}, `unexpected text after ${this.#read} characters`);
	}

	#newCapture(frame: Frame | null, key: string | null): Capture {
		return { frame, key, text: new ValueText() };
	}

	#open(role: Role, target: Record<string, unknown>): void {
		this.#stack.push({ role, target, key: null, members: 0 });
		this.#state = 'key';
	}

	#close(): void {
		this.#stack.pop();
		this.#state = this.#stack.length === 0 ? 'end' : 'after';
	}

	/** Reads on in one value or key, within the held limit. */
	#scan(capture: Capture, text: string, i: number): number {
		const end = capture.text.scan(text, i);
		if (capture.text.length > this.limit) this.#tooLarge(capture.text.length);
		return end;
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
		let held = capture.text.length;
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
		const text = capture.text.take();
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
