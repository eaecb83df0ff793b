import { StatsHistory } from './history';
import { ImportError, type ImportProblem } from './importErrors';
import type { RtcstatsInfo } from './rtcstats/reader';
import type { KeptSamples } from './dumpStream';
import { readReport } from './dumpReport';
import {
	candidateOf,
	decodeValue,
	descriptionOf,
	eventName,
	eventTime,
	isRecord,
	splitStatsKey
} from './dumpValues';

export { LEGACY_SAMPLE_SPACING_MS } from './dumpReport';
export {
	candidateOf,
	decodeValue,
	descriptionOf,
	eventName,
	isBrowserEvent,
	splitStatsKey
} from './dumpValues';

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

const DESCRIPTION_SIDES: Record<string, 'local' | 'remote' | undefined> = {
	setLocalDescription: 'local',
	setLocalDescriptionOnSuccess: 'local',
	setRemoteDescription: 'remote',
	setRemoteDescriptionOnSuccess: 'remote'
};

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
