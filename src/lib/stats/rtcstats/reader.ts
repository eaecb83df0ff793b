// The rtcstats reader: one line at a time into the dump model, memory bounded by what is kept.
import { DEFAULT_CAPACITY } from '../history';
import { ImportError, type ImportProblem } from '../importErrors';
import { candidateOf, decodeValue, type DumpPeerConnection, type ImportedDump } from '../dump';
import { expandStats, type StatsShape } from './expand';
import { methodName } from './tables';
import { newConnection, recordDescription, type Connection } from './connection';
import {
	chromeVersionOf,
	describeJson,
	isRecord,
	MAX_EVENTS,
	RTCSTATS_MAGIC,
	type RtcstatsGeneration
} from './format';

export {
	describeJson,
	MAX_EVENTS,
	RTCSTATS_MAGIC,
	type RtcstatsGeneration,
	type RtcstatsInfo
} from './format';

/** Problems listed one by one; more are counted in the last one. */
const MAX_PROBLEMS = 200;

export class RtcstatsReader {
	#state: 'start' | 'metadata' | 'body' = 'start';
	#generation: RtcstatsGeneration = 'rtcstats-dump';
	#fileFormat: number | null = null;
	#clientProtocol: string | null = null;
	#shape: StatsShape | null = null;
	#lastTime = 0;
	#lineNo = 0;
	#statsResults = 0;
	#pending: { line: number; detail: string } | null = null;
	#userAgent = '';
	#chromeVersion: number | null = null;
	readonly #connections = new Map<string, Connection>();
	readonly #getUserMedia: unknown[] = [];
	readonly #problems: ImportProblem[] = [];
	#moreProblems = 0;

	constructor(
		readonly capacity = DEFAULT_CAPACITY,
		readonly maxEvents = MAX_EVENTS
	) {}

	/** Whether a file's first line says it is an rtcstats file (either generation). */
	static sniff(firstLine: string): boolean {
		const line = firstLine.trim();
		return /^RTCStats/i.test(line) || line.startsWith('[');
	}

	#problem(problem: ImportProblem): void {
		if (this.#problems.length < MAX_PROBLEMS) this.#problems.push(problem);
		else this.#moreProblems++;
	}

	/** One line of the file, without its line break. */
	push(text: string): void {
		this.#lineNo++;
		const line = text.endsWith('\r') ? text.slice(0, -1) : text;
		if (this.#state === 'start') {
			const trimmed = line.replace(/^\uFEFF/, '').trim();
			if (trimmed === '') {
				this.#lineNo--;
				return;
			}
			if (trimmed === RTCSTATS_MAGIC) {
				this.#state = 'metadata';
				return;
			}
			if (/^RTCStats/i.test(trimmed))
				throw new ImportError('badMagic', { found: trimmed.slice(0, 40), magic: RTCSTATS_MAGIC });
			this.#generation = 'protocol-3';
			this.#state = 'body';
		} else if (this.#state === 'metadata') {
			let metadata: unknown;
			try {
				metadata = JSON.parse(line);
			} catch (error) {
				throw new ImportError('badMetadata', { found: line.slice(0, 60) }, String(error));
			}
			if (!isRecord(metadata))
				throw new ImportError('badMetadata', { found: describeJson(metadata) });
			this.#fileFormat = typeof metadata.fileFormat === 'number' ? metadata.fileFormat : null;
			if (typeof metadata.userAgent === 'string') this.#userAgent = metadata.userAgent;
			this.#state = 'body';
			return;
		}
		if (line.trim() === '') return;
		this.#settlePending('malformedLine');
		let raw: unknown;
		try {
			raw = JSON.parse(line);
		} catch (error) {
			// Known only at the next line: a bad last line is a file cut off, one before is damage.
			this.#pending = { line: this.#lineNo, detail: String(error) };
			return;
		}
		if (!Array.isArray(raw) || raw.length < 3) {
			// The first line decides: JSON that is not an rtcstats line is another format.
			if (this.#lineNo === 1 || this.#connections.size + this.#getUserMedia.length === 0)
				throw new ImportError('notRtcstats', { found: describeJson(raw), line: this.#lineNo });
			this.#problem({
				code: 'malformedLine',
				where: `line ${this.#lineNo}`,
				detail: describeJson(raw)
			});
			return;
		}
		this.#entry(raw);
	}

	#settlePending(code: 'malformedLine' | 'truncatedLine'): void {
		if (!this.#pending) return;
		this.#problem({ code, where: `line ${this.#pending.line}`, detail: this.#pending.detail });
		this.#pending = null;
	}

	#time(raw: unknown[]): number {
		if (this.#generation === 'protocol-3') {
			const t = raw[3];
			return typeof t === 'number' ? t : NaN;
		}
		const delta = raw[raw.length - 1];
		if (typeof delta !== 'number') return NaN;
		this.#lastTime += delta;
		return this.#lastTime;
	}

	#connection(key: string): Connection {
		let pc = this.#connections.get(key);
		if (!pc) {
			pc = newConnection(key, this.capacity);
			this.#connections.set(key, pc);
		}
		return pc;
	}

	#entry(raw: unknown[]): void {
		const time = this.#time(raw);
		const method = methodName(raw[0]);
		if (method === null) {
			if (this.#lineNo === 1)
				throw new ImportError('notRtcstats', { found: describeJson(raw), line: 1 });
			this.#problem({
				code: 'unknownMethod',
				where: `line ${this.#lineNo}`,
				detail: String(raw[0])
			});
			return;
		}
		const id = raw[1];
		const payload = raw[2];
		if (typeof id !== 'string' || method.startsWith('navigator.mediaDevices.')) {
			this.#global(method, payload, time);
			return;
		}
		if (method.startsWith('MediaStreamTrack.') && !this.#connections.has(id)) {
			this.#getUserMedia.push({ method, value: payload, time });
			return;
		}
		const pc = this.#connection(id);
		if (method === 'getStats' || method === 'getstats') {
			this.#stats(pc, payload, time);
			return;
		}
		if (method === 'create') {
			pc.rtcConfiguration = payload ?? null;
			const url = raw.slice(3, -1).find((v) => typeof v === 'string' && /^[a-z]+:/.test(v));
			if (typeof url === 'string') pc.url = url;
		}
		if (method === 'constraints') pc.constraints = payload;
		let value = decodeValue(payload);
		value = recordDescription(pc, method, value, time, () =>
			this.#problem({
				code: 'descriptionWithoutBase',
				where: `${pc.key} line ${this.#lineNo}`,
				detail: method
			})
		);
		if (method === 'onicecandidate' || method === 'addIceCandidate') {
			const candidate = candidateOf(value);
			if (candidate)
				pc.candidates.push({
					side: method === 'onicecandidate' ? 'local' : 'remote',
					candidate,
					time
				});
		}
		if (pc.updateLog.length < this.maxEvents)
			pc.updateLog.push({ time, type: method, value: value ?? '' });
		else pc.droppedEvents++;
	}

	#global(method: string, payload: unknown, time: number): void {
		if (method === 'create' && isRecord(payload)) {
			// rtcstats.js and Chrome: the page's navigator (userAgentData, hardware) as the first line.
			const data = payload.userAgentData;
			if (isRecord(data)) this.#chromeVersion ??= chromeVersionOf(data.brands);
			if (typeof payload.userAgent === 'string') this.#userAgent ||= payload.userAgent;
			return;
		}
		if (method === 'connectionInfo') {
			// Jitsi: a JSON string with the user agent and the client's protocol.
			const info = decodeValue(payload);
			if (isRecord(info)) {
				if (typeof info.userAgent === 'string') this.#userAgent ||= info.userAgent;
				if (typeof info.clientProtocol === 'string') this.#clientProtocol = info.clientProtocol;
			}
			return;
		}
		if (method.startsWith('navigator.mediaDevices.') || method.startsWith('MediaStreamTrack.'))
			this.#getUserMedia.push({ method, value: payload, time });
	}

	#stats(pc: Connection, payload: unknown, time: number): void {
		if (!isRecord(payload)) {
			this.#problem({
				code: 'malformedLine',
				where: `${pc.key} line ${this.#lineNo}`,
				detail: 'getStats payload is not an object'
			});
			return;
		}
		const expanded = expandStats(pc.base, payload);
		this.#shape ??= expanded.shape;
		for (const id of expanded.withoutBase)
			this.#problem({
				code: 'deltaWithoutBase',
				where: `${pc.key} line ${this.#lineNo}`,
				detail: id
			});
		pc.computed += expanded.computed;
		pc.base = expanded.reports;
		this.#statsResults++;
		pc.stats.addSnapshot({
			takenAt: Number.isFinite(expanded.takenAt) ? expanded.takenAt : time,
			reports: expanded.reports
		});
	}

	/** The whole file has been given: the model, or why there is none. */
	finish(): ImportedDump {
		this.#settlePending('truncatedLine');
		if (this.#state !== 'body' && this.#lineNo === 0) throw new ImportError('empty');
		if (this.#state === 'metadata')
			throw new ImportError('badMetadata', { found: '(end of file)' });
		if (this.#connections.size === 0) {
			throw new ImportError('noRtcstatsConnections', {
				media: this.#getUserMedia.length,
				lines: this.#lineNo
			});
		}
		const problems = [...this.#problems];
		const peerConnections: DumpPeerConnection[] = [];
		let trimmed = false;
		for (const pc of this.#connections.values()) {
			if (pc.droppedEvents > 0)
				problems.push({ code: 'eventsDropped', where: pc.key, detail: String(pc.droppedEvents) });
			if (pc.stats.ticks > this.capacity) trimmed = true;
			peerConnections.push({
				key: pc.key,
				pid: null,
				url: pc.url,
				rtcConfiguration: pc.rtcConfiguration,
				constraints: pc.constraints,
				updateLog: pc.updateLog,
				descriptions: pc.descriptions,
				candidates: pc.candidates,
				stats: pc.stats,
				computedSeries: pc.computed
			});
		}
		if (this.#moreProblems > 0)
			problems.push({
				code: 'malformedLine',
				where: `+${this.#moreProblems}`,
				detail: 'more problems not listed'
			});
		const uaVersion = /(?:Chrome|Chromium)\/(\d+)/.exec(this.#userAgent);
		return {
			kind: 'webrtc-internals',
			userAgent: this.#userAgent,
			chromeVersion: this.#chromeVersion ?? (uaVersion ? Number(uaVersion[1]) : null),
			legacy: false,
			getUserMedia: this.#getUserMedia,
			peerConnections,
			problems,
			rtcstats: {
				generation: this.#generation,
				fileFormat: this.#fileFormat,
				clientProtocol: this.#clientProtocol,
				statsShape: this.#shape,
				lines: this.#lineNo,
				capacity: this.capacity,
				statsResults: this.#statsResults,
				trimmed
			}
		};
	}
}

/** Reads a whole rtcstats text (tests and small files; the worker streams, see stream.ts). */
export function readRtcstatsText(text: string, capacity?: number): ImportedDump {
	const reader = new RtcstatsReader(capacity);
	let start = 0;
	for (;;) {
		const end = text.indexOf('\n', start);
		if (end === -1) {
			if (start < text.length) reader.push(text.slice(start));
			break;
		}
		reader.push(text.slice(start, end));
		start = end + 1;
	}
	return reader.finish();
}
