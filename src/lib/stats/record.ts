import * as v from 'valibot';
import type { LogEntry } from '$lib/log/eventLog';
import { createMasker, type SessionMasker } from '$lib/sdp/mask';
import { type PeerRole, PEER_ROLES } from '$lib/vocabulary';
import { ReportHistory, StatsHistory } from './history';
import { ImportError } from './importErrors';

/**
 * A recorded session as one JSON file: the event log (with every SDP and candidate in its
 * payloads), and every stats sample of both peers, stored by report as columns (one times array,
 * one array per member, `null` where a member was missing). Versioned so that later readers can
 * still open it.
 */
export const SESSION_FORMAT = 'peerscope-session';
export const SESSION_VERSION = 1;

export interface RecordedReport {
	id: string;
	type: string;
	/** each sample's report timestamp, epoch ms */
	times: number[];
	/**
	 * member → one value per sample (null where it was missing), or, for a member that rarely
	 * changes (ids, ssrc, codec, qualityLimitationReason), its runs: `[first sample, value]` pairs,
	 * each value holding until the next run. Keeps a 2-hour export small.
	 */
	members: Record<string, RecordedColumn>;
}

export type RecordedColumn = unknown[] | { runs: [number, unknown][] };

/** A column as one value per sample. */
export function expandColumn(column: RecordedColumn, length: number): unknown[] {
	if (Array.isArray(column)) return column;
	const values = new Array<unknown>(length).fill(null);
	const runs = column.runs;
	for (let k = 0; k < runs.length; k++) {
		const [start, value] = runs[k]!;
		const end = Math.min(length, runs[k + 1]?.[0] ?? length);
		for (let i = Math.max(0, start); i < end; i++) values[i] = value ?? null;
	}
	return values;
}

/** Runs take less room than a value per sample when there are fewer than a quarter as many. */
const RUNS_RATIO = 4;

export interface SessionRecord {
	format: typeof SESSION_FORMAT;
	version: typeof SESSION_VERSION;
	createdAt: string;
	/** true when addresses, ICE credentials and fingerprints were masked */
	masked: boolean;
	userAgent: string;
	/** epoch ms of the session's start: log entry times are relative to it */
	startedAt: number;
	pollIntervalMs: number;
	log: LogEntry[];
	stats: Partial<Record<PeerRole, RecordedReport[]>>;
	/**
	 * Optional, added by the NAT lab (src/lib/nat/record/): topology, mapping-table snapshots
	 * and decoded packets, with its own `format` and `version`. A reader that does not know the
	 * part drops it and still has the whole session, so the session version stays 1.
	 */
	lab?: { format: string; version: number } & Record<string, unknown>;
}

export interface ImportedSession {
	kind: 'session';
	record: SessionRecord;
	stats: Partial<Record<PeerRole, StatsHistory>>;
}

function recordReports(history: StatsHistory): RecordedReport[] {
	const reports: RecordedReport[] = [];
	for (const report of history.reports.values()) {
		const times: number[] = [];
		const oldest = report.oldestIndex;
		for (let i = oldest; i < report.count; i++) times.push(report.time(i));
		const members: Record<string, RecordedColumn> = {};
		for (const [name, series] of report.members) {
			const runs = series.runs();
			if (runs.length * RUNS_RATIO <= times.length) {
				members[name] = {
					runs: runs.map((run) => [run.index - oldest, run.value === undefined ? null : run.value])
				};
				continue;
			}
			const column: unknown[] = [];
			for (let i = oldest; i < report.count; i++) {
				const value = series.get(i);
				column.push(value === undefined ? null : value);
			}
			members[name] = column;
		}
		reports.push({ id: report.id, type: report.type, times, members });
	}
	return reports;
}

export interface RecordInput {
	log: readonly LogEntry[];
	stats: Partial<Record<PeerRole, StatsHistory>>;
	startedAt: number;
	pollIntervalMs: number;
	userAgent: string;
	mask: boolean;
	now?: Date;
}

export function createSessionRecord(input: RecordInput): SessionRecord {
	const record: SessionRecord = {
		format: SESSION_FORMAT,
		version: SESSION_VERSION,
		createdAt: (input.now ?? new Date()).toISOString(),
		masked: input.mask,
		userAgent: input.userAgent,
		startedAt: input.startedAt,
		pollIntervalMs: input.pollIntervalMs,
		log: structuredClone([...input.log]) as LogEntry[],
		stats: {}
	};
	for (const [peer, history] of Object.entries(input.stats) as [PeerRole, StatsHistory][]) {
		record.stats[peer] = recordReports(history);
	}
	return input.mask ? maskRecord(record) : record;
}

/** Members and payload keys that carry an address, ICE credential or certificate. */
const ADDRESS_KEYS = new Set(['address', 'ip', 'relatedAddress', 'raddr']);
const UFRAG_KEYS = new Set(['usernameFragment', 'iceLocalUsernameFragment', 'ufrag']);
const FINGERPRINT_KEYS = new Set(['fingerprint']);
/**
 * A DER certificate as base64 identifies the peer as surely as its fingerprint; an ICE server's
 * `credential` (a TURN password or REST-scheme HMAC) and `username` let whoever reads the file
 * use the relay until they expire.
 */
const DROPPED_KEYS = new Set(['base64Certificate', 'credential', 'username']);
export const MASKED_TEXT = '(masked)';

function maskString(key: string, value: string, masker: SessionMasker): string {
	if (key === 'sdp') return masker.sdp(value);
	if (key === 'candidate' && value.startsWith('candidate:'))
		return masker.sdp(`a=${value}`).slice(2);
	if (ADDRESS_KEYS.has(key)) return masker.value('address', value);
	if (UFRAG_KEYS.has(key)) return masker.value('ufrag', value);
	if (FINGERPRINT_KEYS.has(key)) return masker.value('fingerprint', value);
	if (DROPPED_KEYS.has(key)) return MASKED_TEXT;
	return value;
}

function maskDeep(value: unknown, key: string, masker: SessionMasker): unknown {
	if (typeof value === 'string') return maskString(key, value, masker);
	if (Array.isArray(value)) return value.map((item) => maskDeep(item, key, masker));
	if (value && typeof value === 'object') {
		const out: Record<string, unknown> = {};
		for (const [k, v] of Object.entries(value)) out[k] = maskDeep(v, k, masker);
		return out;
	}
	return value;
}

/**
 * Masks every SDP, candidate, address, ufrag, fingerprint, certificate and TURN credential, with
 * one mapping.
 */
export function maskRecord(record: SessionRecord): SessionRecord {
	const masker = createMasker();
	const stats: SessionRecord['stats'] = {};
	for (const [peer, reports] of Object.entries(record.stats) as [PeerRole, RecordedReport[]][]) {
		stats[peer] = reports.map((report) => {
			// Each value is masked by its member's name (`address`, `usernameFragment`, ...).
			const members: Record<string, RecordedColumn> = {};
			for (const [name, column] of Object.entries(report.members)) {
				members[name] = Array.isArray(column)
					? column.map((value) => maskDeep(value, name, masker))
					: { runs: column.runs.map(([start, value]) => [start, maskDeep(value, name, masker)]) };
			}
			return { ...report, members };
		});
	}
	return {
		...record,
		masked: true,
		log: maskDeep(record.log, '', masker) as LogEntry[],
		stats
	};
}

const ReportSchema = v.object({
	id: v.string(),
	type: v.string(),
	times: v.array(v.number()),
	members: v.record(
		v.string(),
		v.union([v.array(v.unknown()), v.object({ runs: v.array(v.tuple([v.number(), v.unknown()])) })])
	)
});

const PeerViewSchema = v.nullable(
	v.looseObject({
		signalingState: v.string(),
		iceGatheringState: v.string(),
		iceConnectionState: v.string(),
		connectionState: v.string()
	})
);

const EntrySchema = v.looseObject({
	id: v.number(),
	t: v.number(),
	kind: v.picklist(['call', 'event', 'signal', 'machine']),
	name: v.string(),
	peer: v.nullable(v.picklist(PEER_ROLES)),
	peers: v.object({ A: PeerViewSchema, B: PeerViewSchema })
});

const RecordSchema = v.object({
	format: v.literal(SESSION_FORMAT),
	version: v.number(),
	createdAt: v.string(),
	masked: v.boolean(),
	userAgent: v.string(),
	startedAt: v.number(),
	pollIntervalMs: v.number(),
	log: v.array(EntrySchema),
	stats: v.object({ A: v.optional(v.array(ReportSchema)), B: v.optional(v.array(ReportSchema)) }),
	lab: v.optional(v.looseObject({ format: v.string(), version: v.number() }))
});

export function isSessionRecord(value: unknown): boolean {
	return (
		typeof value === 'object' &&
		value !== null &&
		(value as { format?: unknown }).format === SESSION_FORMAT
	);
}

/** Rebuilds the stats history of one peer from its recorded columns. */
function historyOf(reports: RecordedReport[]): StatsHistory {
	const history = new StatsHistory(1);
	for (const recorded of reports) {
		const length = recorded.times.length;
		if (length === 0) continue;
		const members = Object.entries(recorded.members).map(
			([name, column]) => [name, expandColumn(column, length)] as [string, unknown[]]
		);
		const report = ReportHistory.fromColumns(recorded.id, recorded.type, recorded.times, members);
		const at = (back: number) => {
			const sample: Record<string, unknown> = Object.create(null);
			for (const [name, values] of members) {
				const value = values[length - back];
				if (value !== null && value !== undefined) sample[name] = value;
			}
			return {
				...sample,
				id: recorded.id,
				type: recorded.type,
				timestamp: recorded.times[length - back]!
			};
		};
		report.latest = at(1);
		if (length > 1) report.previous = at(2);
		history.reports.set(recorded.id, report);
		history.ticks = Math.max(history.ticks, length);
	}
	return history;
}

/**
 * Every run must start at a whole sample index, inside the report's samples, after the run before
 * it: that is what an export writes, and `expandColumn` fills each sample once only then. A
 * crafted file with runs that jump back (0, length, 0, length, ...) would make it fill the whole
 * column once per run, which for a million runs keeps the import busy for hours.
 */
function checkRuns(record: SessionRecord): void {
	for (const peer of PEER_ROLES) {
		const reports = record.stats[peer] ?? [];
		reports.forEach((report, r) => {
			const length = report.times.length;
			for (const [name, column] of Object.entries(report.members)) {
				if (Array.isArray(column)) continue;
				let previous = -1;
				column.runs.forEach(([start], k) => {
					if (!Number.isInteger(start) || start <= previous || start >= length) {
						throw new ImportError('badSession', {
							path: `stats.${peer}.${r}.members.${name}.runs.${k}`,
							message: `a run starts at sample ${start}: runs start at whole sample indexes in ascending order, below ${length}`
						});
					}
					previous = start;
				});
			}
		});
	}
}

/** Reads a parsed session file; a newer version or a broken structure is an error that says so. */
export function readSession(parsed: unknown): ImportedSession {
	const version = (parsed as { version?: unknown }).version;
	if (typeof version === 'number' && version > SESSION_VERSION) {
		throw new ImportError('unsupportedVersion', { version, supported: SESSION_VERSION });
	}
	const result = v.safeParse(RecordSchema, parsed);
	if (!result.success) {
		const issue = result.issues[0];
		const path = v.getDotPath(issue) ?? '';
		throw new ImportError('badSession', { path: path || '(top level)', message: issue.message });
	}
	const record = result.output as unknown as SessionRecord;
	checkRuns(record);
	const stats: ImportedSession['stats'] = {};
	for (const peer of PEER_ROLES) {
		const reports = record.stats[peer];
		if (reports) stats[peer] = historyOf(reports);
	}
	return { kind: 'session', record, stats };
}
