import type { StatsReport } from '$lib/vocabulary';
import { COMPRESSED_TIMESTAMP, memberName, statsTypeName } from './tables';

/**
 * getStats() lines of an rtcstats dump back to whole reports. Three shapes exist:
 *
 * - **full** (Chrome's own "rtcstats dump" from webrtc-internals): every report whole, with its
 *   `id`, plus Chrome's computed, bracketed members (`[bytesSent_in_bits/s]`).
 * - **v3 delta** (rtcstats.js protocol 3, Jitsi's rtcstats-server): each report lists only the
 *   members that changed since the previous result of the same connection; the newest report
 *   time is lifted to a top-level `timestamp` and reports at that time say `timestamp: 0`; a
 *   report with no `timestamp` kept the one it had.
 * - **v5 delta** (current rtcstats/rtcstats, file format 3): as v3, and member names and types may
 *   be numbers from the static table (tables.ts), the top-level time is `t`, a report whose time
 *   is that time leaves it out, ids are short numbers, and a report that went away is `null`.
 */
export type StatsShape = 'full' | 'v3' | 'v5';

export interface Expanded {
	reports: Record<string, StatsReport>;
	/** the result's time: the top-level timestamp of a delta, else the newest report time */
	takenAt: number;
	shape: StatsShape;
	/** ids of delta reports that name no type and were never seen before: they are skipped */
	withoutBase: string[];
	/** Chrome's computed members dropped */
	computed: number;
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The shape of one getStats payload, from the keys it uses. */
export function shapeOf(payload: Record<string, unknown>): StatsShape {
	if (COMPRESSED_TIMESTAMP in payload) return 'v5';
	if (typeof payload.timestamp === 'number') return 'v3';
	for (const value of Object.values(payload)) {
		if (isRecord(value)) return typeof value.id === 'string' ? 'full' : 'v3';
	}
	return 'full';
}

/** A member value as sent: nested objects (qualityLimitationDurations) merge into the base's. */
function merged(base: unknown, value: unknown): unknown {
	if (isRecord(value) && isRecord(base)) return { ...base, ...value };
	return value;
}

/**
 * Expands one getStats payload against the previous expanded result of the same connection
 * (`base`, empty for the first). Pure: neither argument is changed.
 */
export function expandStats(
	base: Readonly<Record<string, StatsReport>>,
	payload: Record<string, unknown>
): Expanded {
	const shape = shapeOf(payload);
	const topRaw = shape === 'v5' ? payload[COMPRESSED_TIMESTAMP] : payload.timestamp;
	const top = typeof topRaw === 'number' ? topRaw : NaN;
	const reports: Record<string, StatsReport> = Object.create(null);
	const removed = new Set<string>();
	const withoutBase: string[] = [];
	let computed = 0;
	let newest = -Infinity;

	for (const [id, raw] of Object.entries(payload)) {
		if (id === COMPRESSED_TIMESTAMP && shape === 'v5') continue;
		if (id === 'timestamp' && shape !== 'full') continue;
		if (raw === null) {
			removed.add(id);
			continue;
		}
		if (!isRecord(raw)) continue;
		const previous = shape === 'full' ? undefined : base[id];
		// A spread copies own data properties (never a setter); a plain object stays in V8's fast
		// mode, where a null-prototype one would not (this loop runs for every report of every line).
		const report: Record<string, unknown> = previous ? { ...previous } : {};
		let ownTime: unknown = undefined;
		for (const key in raw) {
			const value = raw[key];
			const name = memberName(key);
			// Member names come from the file: `__proto__` would set the prototype, not a member.
			if (name === '__proto__') continue;
			if (name.startsWith('[')) {
				computed++;
				continue;
			}
			if (name === 'timestamp') {
				ownTime = value;
				continue;
			}
			report[name] = name === 'type' ? statsTypeName(value) : merged(report[name], value);
		}
		if (typeof report.type !== 'string') {
			withoutBase.push(id);
			continue;
		}
		let time: number;
		if (typeof ownTime === 'number' && ownTime !== 0) time = ownTime;
		else if (ownTime === 0 || shape === 'v5') time = top;
		else time = typeof previous?.timestamp === 'number' ? previous.timestamp : top;
		if (shape === 'full' && !Number.isFinite(time)) time = NaN;
		if (Number.isFinite(time) && time > newest) newest = time;
		report.id = id;
		report.timestamp = time;
		reports[id] = report as StatsReport;
	}
	// A delta leaves out what did not change: the reports it does not name are as they were (a
	// v5 delta drops a report whose only change was its time, so it takes the new time).
	if (shape !== 'full') {
		for (const [id, previous] of Object.entries(base)) {
			if (id in reports || removed.has(id) || withoutBase.includes(id)) continue;
			const time = shape === 'v5' && Number.isFinite(top) ? top : previous.timestamp;
			// Unchanged and at the same time: the same object (the history copies what it keeps).
			reports[id] = time === previous.timestamp ? previous : { ...previous, timestamp: time };
		}
	}
	const takenAt = Number.isFinite(top) ? top : newest;
	return { reports, takenAt, shape, withoutBase, computed };
}

/** A section of a compressed description that only says "the same as before". */
const SAME_SECTION = /^(v=|m=)$/;

function sections(sdp: string): string[] {
	return sdp.split('\nm=').map((part, i) => (i > 0 ? `m=${part}` : part).trim());
}

/** Whether an SDP uses rtcstats description compression (a section written as `v=` or `m=`). */
export function isCompressedSdp(sdp: string): boolean {
	return sections(sdp).some((section) => SAME_SECTION.test(section));
}

/**
 * Description compression (rtcstats.js): a section equal to the same section of the previous
 * description of that type is sent as just `v=` (the session part) or `m=`; this puts the
 * previous section back. Null when there is no base of the same type to take it from.
 */
export function expandSdp(sdp: string, baseSdp: string | null): string | null {
	if (!isCompressedSdp(sdp)) return sdp;
	if (baseSdp === null) return null;
	const base = sections(baseSdp);
	const out: string[] = [];
	const parts = sections(sdp);
	for (let i = 0; i < parts.length; i++) {
		const part = parts[i]!;
		if (!SAME_SECTION.test(part)) out.push(part);
		else if (base[i] !== undefined) out.push(base[i]!);
		else return null;
	}
	return `${out.join('\r\n').trim()}\r\n`;
}
