import { ReportHistory, StatsHistory } from './history';
import type { StatsReport } from '$lib/vocabulary';
import { SeriesText, lastElements } from './dumpSeries';
import { ImportError, type ImportProblem } from './importErrors';
import type { RtcstatsInfo } from './rtcstats/reader';
import type { KeptSamples } from './dumpStream';

/**
 * The chrome://webrtc-internals dump ("Create a WebRTC-Internals dump"), checked against dumps
 * captured from Chromium 156 (tests/fixtures/webrtc-internals, scripts/capture-webrtc-internals):
 *
 *   { getUserMedia: [...], PeerConnections: { "<rid>-<lid>": { pid, url, rtcConfiguration,
 *     constraints?, updateLog: [{ type, value, timestamp }], stats: { "<statsId>-<member>":
 *     { statsType, startTime, endTime, values: "<JSON array as a string>" } } } },
 *     UserAgent, UserAgentData, ... }
 *
 * - `values` is JSON inside JSON: it is parsed a second time, one series at a time.
 * - `<statsId>-timestamp` gives each sample's time. Older dumps have none: samples are then
 *   taken to be 1 s apart, ending at `endTime` (Chrome's internals page polls once a second).
 * - Computed series are bracketed, `OT01V...-[bytesSent_in_bits/s]`; Peerscope computes its own
 *   (metrics.ts), so they are counted and left out.
 * - A member that appeared late has fewer values: its values are the last ones (aligned from the end).
 * - updateLog entries are `{type, value, timestamp}` now and were `{time, type, value}` in older
 *   Chrome; recent versions prefix events with `on` and JSON-encode values.
 */

/** Chrome's internals page polls getStats once a second (used when a dump has no timestamps). */
export const LEGACY_SAMPLE_SPACING_MS = 1000;

export interface DumpEvent {
	/** epoch milliseconds, or NaN when the entry had no readable time */
	time: number;
	/** the entry's type as written (`onicecandidate`, `setLocalDescriptionOnSuccess`, ...) */
	type: string;
	/** the value, JSON-decoded when it was JSON, else the text as written */
	value: unknown;
}

export interface DumpDescription {
	/** `local` for setLocalDescription, `remote` for setRemoteDescription */
	side: 'local' | 'remote';
	type: string;
	sdp: string;
	time: number;
}

export interface DumpPeerConnection {
	/** `<rid>-<lid>`: render process id and the connection's id in that process */
	key: string;
	pid: number | null;
	url: string;
	rtcConfiguration: unknown;
	constraints: unknown;
	updateLog: DumpEvent[];
	descriptions: DumpDescription[];
	/** candidate lines this connection gathered (`onicecandidate`) and was given (`addIceCandidate`) */
	candidates: { side: 'local' | 'remote'; candidate: string; time: number }[];
	stats: StatsHistory;
	/** computed (bracketed) series Chrome added, left out */
	computedSeries: number;
}

export interface ImportedDump {
	kind: 'webrtc-internals';
	userAgent: string;
	/** the Chrome major version from UserAgentData or UserAgent, when it says */
	chromeVersion: number | null;
	/** true when the dump uses the older layout (no timestamp series or `time` log entries) */
	legacy: boolean;
	getUserMedia: unknown[];
	peerConnections: DumpPeerConnection[];
	problems: ImportProblem[];
	/** set when the file was an rtcstats dump (rtcstats/reader.ts), not a webrtc-internals one */
	rtcstats?: RtcstatsInfo;
	/** set when a dump too large to hold whole kept only the last samples of its series */
	kept?: KeptSamples;
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Parses a value that may be JSON-encoded (recent Chrome) or plain text (older Chrome). */
export function decodeValue(value: unknown): unknown {
	if (typeof value !== 'string' || value === '') return value;
	const first = value[0];
	if (first === '{' || first === '[' || first === '"') {
		try {
			return JSON.parse(value);
		} catch {
			return value;
		}
	}
	return value;
}

function eventTime(entry: Record<string, unknown>): number {
	const raw = entry.timestamp ?? entry.time;
	if (typeof raw === 'number') return raw;
	if (typeof raw === 'string') {
		const n = Number(raw);
		if (Number.isFinite(n) && raw.trim() !== '') return n;
		return Date.parse(raw);
	}
	return NaN;
}

/** The statsId and member of a key; ids may contain `-`, members never do except inside brackets. */
export function splitStatsKey(key: string): { id: string; member: string } | null {
	const bracket = key.endsWith(']') ? key.lastIndexOf('-[') : -1;
	const dash = bracket >= 0 ? bracket : key.lastIndexOf('-');
	if (dash <= 0 || dash === key.length - 1) return null;
	return { id: key.slice(0, dash), member: key.slice(dash + 1) };
}

/** `type: offer, sdp: v=0...` (older Chrome) or `{"type":"offer","sdp":"v=0..."}`. */
export function descriptionOf(value: unknown): { type: string; sdp: string } | null {
	if (isRecord(value) && typeof value.sdp === 'string')
		return { type: typeof value.type === 'string' ? value.type : '', sdp: value.sdp };
	if (typeof value === 'string') {
		const match = /^type: (\w+), sdp: ([\s\S]*)$/.exec(value);
		if (match) return { type: match[1]!, sdp: match[2]! };
	}
	return null;
}

export function candidateOf(value: unknown): string | null {
	if (isRecord(value) && typeof value.candidate === 'string') return value.candidate;
	if (typeof value === 'string') {
		const match = /candidate: ?(candidate:[^,\n]*)/.exec(value) ?? /^(candidate:.*)$/m.exec(value);
		if (match) return match[1]!.trim();
	}
	return null;
}

/**
 * A browser event's DOM name, whatever the Chrome version wrote: `onicecandidate` (recent),
 * `onIceCandidate` and `iceConnectionStateChange` (older) become `icecandidate` and
 * `iceconnectionstatechange`; API calls (`setLocalDescriptionOnSuccess`) stay as they are.
 */
export function eventName(type: string): string {
	if (/^on[A-Za-z]/.test(type)) return type.slice(2).toLowerCase();
	if (/statechange$/i.test(type)) return type.toLowerCase();
	return type;
}

/** Whether an update-log entry is a browser event (else it is an API call or a note). */
export function isBrowserEvent(type: string): boolean {
	return /^on[A-Za-z]/.test(type) || /statechange$/i.test(type) || type === 'icecandidate';
}

const DESCRIPTION_SIDES: Record<string, 'local' | 'remote' | undefined> = {
	setLocalDescription: 'local',
	setLocalDescriptionOnSuccess: 'local',
	setRemoteDescription: 'remote',
	setRemoteDescriptionOnSuccess: 'remote'
};

const NUMBER = /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i;

function numericString(value: unknown): unknown {
	return typeof value === 'string' && NUMBER.test(value) ? Number(value) : value;
}

/**
 * The report as it was `back` samples from the end (1 = the last), members aligned from the end:
 * `valueAt(member, back)` gives a member's value there.
 */
function reportAt(
	id: string,
	type: string,
	times: readonly number[],
	members: readonly string[],
	valueAt: (index: number, back: number) => unknown,
	back: number
): StatsReport {
	// Null-prototype: member names come from the file (a `__proto__` member stays data).
	const report: Record<string, unknown> = Object.create(null);
	members.forEach((member, index) => {
		const value = valueAt(index, back);
		if (value !== undefined && value !== null) report[member] = value;
	});
	return { ...report, id, type, timestamp: times[times.length - back]! };
}

interface SeriesRaw {
	member: string;
	values: unknown[];
}

/** A series' values, parsed now; null (and a problem) when they are not a JSON array. */
function parseSeries(
	entry: Record<string, unknown>,
	where: string,
	problems: ImportProblem[]
): unknown[] | null {
	let values: unknown;
	try {
		values = typeof entry.values === 'string' ? JSON.parse(entry.values) : entry.values;
	} catch (error) {
		problems.push({
			code: 'malformedValues',
			where,
			detail: error instanceof Error ? error.message : String(error)
		});
		return null;
	}
	if (Array.isArray(values)) return values;
	problems.push({ code: 'malformedValues', where, detail: typeof values });
	return null;
}

/** Sample times that can be used as they are: an array of numbers. */
function usableTimes(values: unknown[] | null): values is number[] {
	return values !== null && values.every((t) => typeof t === 'number');
}

/**
 * One report of a connection from its series. With a usable timestamp series (every recent dump)
 * the other series stay text (SeriesText) until first used, and only their last two values are
 * read now; without one (older dumps) or when a series is longer than the timestamps, every
 * series is parsed now and the times are made up as before.
 */
function readReport(
	key: string,
	id: string,
	keys: { member: string; key: string }[],
	rawStats: Record<string, unknown>,
	problems: ImportProblem[]
): { history: ReportHistory; legacy: boolean } | null {
	let legacy = false;
	let type = 'unknown';
	let start = NaN;
	let end = NaN;
	for (const { key: statsKey } of keys) {
		const entry = rawStats[statsKey] as Record<string, unknown>;
		if (type === 'unknown' && typeof entry.statsType === 'string') type = entry.statsType;
		if (Number.isNaN(start)) start = Date.parse(String(entry.startTime));
		if (Number.isNaN(end)) end = Date.parse(String(entry.endTime));
	}
	const timeKey = keys.find((k) => k.member === 'timestamp');
	let rawTimes: unknown[] | null = null;
	if (timeKey) {
		rawTimes = parseSeries(
			rawStats[timeKey.key] as Record<string, unknown>,
			`${key} ${timeKey.key}`,
			problems
		);
		delete rawStats[timeKey.key];
	}
	const lazyTimes = usableTimes(rawTimes) && rawTimes.length > 0 ? rawTimes : null;
	const series: SeriesRaw[] = [];
	const lazy: { member: string; text: SeriesText; tail: unknown[] }[] = [];
	for (const { member, key: statsKey } of keys) {
		if (member === 'timestamp') continue;
		const entry = rawStats[statsKey] as Record<string, unknown>;
		const where = `${key} ${statsKey}`;
		const text = entry.values;
		if (lazyTimes && typeof text === 'string' && /^\s*\[/.test(text)) {
			const tail = lastElements(text, 2);
			if (tail) {
				lazy.push({ member, text: new SeriesText(text, where, problems), tail });
				// The text lives on in the SeriesText; the dump's own object lets go of it.
				delete rawStats[statsKey];
				continue;
			}
		}
		const values = parseSeries(entry, where, problems);
		// The text is parsed now: let it go (this object came from JSON.parse of the file).
		delete rawStats[statsKey];
		if (values) series.push({ member, values });
	}
	// A loop, not Math.max(...spread): a report with ~100k members would overflow the stack.
	let length = rawTimes?.length ?? 0;
	for (const s of series) length = Math.max(length, s.values.length);
	if (lazyTimes && length === lazyTimes.length) {
		const members = [...series.map((s) => s.member), ...lazy.map((l) => l.member)];
		const valueAt = (index: number, back: number) => {
			const values =
				index < series.length ? series[index]!.values : lazy[index - series.length]!.tail;
			return values[values.length - back];
		};
		const history = ReportHistory.fromColumns(id, type, lazyTimes, [
			...series.map((s) => [s.member, s.values] as [string, unknown[]]),
			...lazy.map((l) => [l.member, l.text] as [string, SeriesText])
		]);
		history.latest = reportAt(id, type, lazyTimes, members, valueAt, 1);
		if (length > 1) history.previous = reportAt(id, type, lazyTimes, members, valueAt, 2);
		return { history, legacy };
	}
	// Made-up times: every series is needed as values now.
	for (const l of lazy) series.push({ member: l.member, values: l.text.read() });
	for (const s of series) length = Math.max(length, s.values.length);
	if (length === 0) return null;
	let times: number[];
	if (usableTimes(rawTimes) && rawTimes.length === length) {
		times = rawTimes;
	} else {
		if (rawTimes) problems.push({ code: 'badTimestamps', where: `${key} ${id}` });
		else {
			legacy = true;
			// Legacy (goog*) stats wrote every number as a string: chart them as numbers.
			for (const s of series) s.values = s.values.map(numericString);
		}
		// No usable timestamps: 1 s apart, the last one at endTime (or startTime onwards).
		const last = Number.isFinite(end)
			? end
			: (Number.isFinite(start) ? start : 0) + (length - 1) * LEGACY_SAMPLE_SPACING_MS;
		times = Array.from({ length }, (_, i) => last - (length - 1 - i) * LEGACY_SAMPLE_SPACING_MS);
	}
	const history = ReportHistory.fromColumns(
		id,
		type,
		times,
		series.map((s) => [s.member, s.values] as [string, unknown[]])
	);
	const members = series.map((s) => s.member);
	const valueAt = (index: number, back: number) => {
		const values = series[index]!.values;
		return values[values.length - back];
	};
	history.latest = reportAt(id, type, times, members, valueAt, 1);
	if (length > 1) history.previous = reportAt(id, type, times, members, valueAt, 2);
	return { history, legacy };
}

function readPeerConnection(
	key: string,
	raw: Record<string, unknown>,
	problems: ImportProblem[]
): { pc: DumpPeerConnection; legacy: boolean } {
	let legacy = false;
	const updateLog: DumpEvent[] = [];
	const descriptions: DumpDescription[] = [];
	const candidates: DumpPeerConnection['candidates'] = [];
	const log = Array.isArray(raw.updateLog) ? raw.updateLog : [];
	log.forEach((entry, i) => {
		if (!isRecord(entry) || typeof entry.type !== 'string') {
			problems.push({ code: 'malformedEntry', where: `${key} updateLog[${i}]` });
			return;
		}
		if ('time' in entry && !('timestamp' in entry)) legacy = true;
		const event: DumpEvent = {
			time: eventTime(entry),
			type: entry.type,
			value: decodeValue(entry.value)
		};
		updateLog.push(event);
		const name = eventName(entry.type);
		const side = Object.hasOwn(DESCRIPTION_SIDES, name) ? DESCRIPTION_SIDES[name] : undefined;
		if (side) {
			const description = descriptionOf(event.value);
			// Recent Chrome logs the description on ...OnSuccess (the call's own value is empty when
			// it is called without arguments); older Chrome on the call itself.
			if (description) descriptions.push({ side, ...description, time: event.time });
		}
		if (name === 'icecandidate' || name === 'addIceCandidate') {
			const candidate = candidateOf(event.value);
			if (candidate)
				candidates.push({
					side: name === 'icecandidate' ? 'local' : 'remote',
					candidate,
					time: event.time
				});
		}
	});
	// A description both passed to setLocalDescription and echoed on success appears once.
	const seen = new Set<string>();
	const unique = descriptions.filter((d) => {
		const id = `${d.side} ${d.type} ${d.sdp}`;
		if (seen.has(id)) return false;
		seen.add(id);
		return true;
	});

	const stats = new StatsHistory(1);
	let computedSeries = 0;
	// First only group the keys by report (no parsing); then read one report at a time, so the
	// parsed arrays of one report are all that is alive beside the histories.
	const grouped = new Map<string, { member: string; key: string }[]>();
	const rawStats = isRecord(raw.stats) ? raw.stats : {};
	for (const statsKey of Object.keys(rawStats)) {
		const split = splitStatsKey(statsKey);
		if (!split || !isRecord(rawStats[statsKey])) {
			problems.push({ code: 'badStatsKey', where: `${key} ${statsKey}` });
			continue;
		}
		if (split.member.startsWith('[')) {
			computedSeries++;
			continue;
		}
		const list = grouped.get(split.id);
		if (list) list.push({ member: split.member, key: statsKey });
		else grouped.set(split.id, [{ member: split.member, key: statsKey }]);
	}

	for (const [id, keys] of grouped) {
		const read = readReport(key, id, keys, rawStats, problems);
		if (!read) continue;
		legacy ||= read.legacy;
		stats.reports.set(id, read.history);
		stats.ticks = Math.max(stats.ticks, read.history.count);
	}

	return {
		legacy,
		pc: {
			key,
			pid: typeof raw.pid === 'number' ? raw.pid : null,
			url: typeof raw.url === 'string' ? raw.url : '',
			rtcConfiguration: decodeValue(raw.rtcConfiguration),
			constraints: decodeValue(raw.constraints),
			updateLog,
			descriptions: unique,
			candidates,
			stats,
			computedSeries
		}
	};
}

function chromeVersionOf(dump: Record<string, unknown>): number | null {
	const data = dump.UserAgentData;
	if (isRecord(data) && Array.isArray(data.brands)) {
		for (const brand of data.brands) {
			if (isRecord(brand) && /^(Chromium|Google Chrome)$/.test(String(brand.brand))) {
				const v = Number.parseInt(String(brand.version), 10);
				if (Number.isFinite(v)) return v;
			}
		}
	}
	const match = /(?:Chrome|Chromium)\/(\d+)/.exec(String(dump.UserAgent ?? ''));
	return match ? Number(match[1]) : null;
}

/** Whether a parsed JSON value looks like a webrtc-internals dump (it has a PeerConnections map). */
export function isDump(value: unknown): value is Record<string, unknown> {
	return isRecord(value) && isRecord(value.PeerConnections);
}

/**
 * Reads a parsed webrtc-internals dump. A broken series or log entry becomes a problem and the
 * rest is still read; a file that is not a dump at all, or holds no peer connection, is an error.
 * `yieldToPage` runs between peer connections so a big dump does not freeze the page.
 */
export async function readDump(
	parsed: unknown,
	yieldToPage: () => Promise<void> = async () => {}
): Promise<ImportedDump> {
	if (!isDump(parsed)) {
		const keys = isRecord(parsed) ? Object.keys(parsed).slice(0, 5).join(', ') : typeof parsed;
		throw new ImportError('notDump', { found: Array.isArray(parsed) ? 'array' : keys || '{}' });
	}
	const connections = parsed.PeerConnections as Record<string, unknown>;
	const keys = Object.keys(connections);
	if (keys.length === 0) throw new ImportError('noPeerConnections');
	const problems: ImportProblem[] = [];
	const peerConnections: DumpPeerConnection[] = [];
	let legacy = false;
	for (const key of keys) {
		const raw = connections[key];
		if (!isRecord(raw)) {
			problems.push({ code: 'malformedEntry', where: key });
			continue;
		}
		const read = readPeerConnection(key, raw, problems);
		legacy ||= read.legacy;
		peerConnections.push(read.pc);
		await yieldToPage();
	}
	if (peerConnections.length === 0) throw new ImportError('noPeerConnections');
	return {
		kind: 'webrtc-internals',
		userAgent: typeof parsed.UserAgent === 'string' ? parsed.UserAgent : '',
		chromeVersion: chromeVersionOf(parsed),
		legacy,
		getUserMedia: Array.isArray(parsed.getUserMedia) ? parsed.getUserMedia : [],
		peerConnections,
		problems
	};
}
