import type { DumpPeerConnection, ImportedDump } from './dump';
import { ReportHistory, StatsHistory } from './history';
import type { ImportedSession } from './record';
import type { Imported } from './importFile';
import { type StatsReport, PEER_ROLES, type PeerRole } from '$lib/vocabulary';

/**
 * An import crosses from the worker that read it to the page as plain, transferable data: each
 * report's times and numeric members as Float64Arrays (moved, not copied; NaN where missing),
 * other members as their runs. The page rebuilds the histories from columns in one pass.
 */
interface ReportColumns {
	id: string;
	type: string;
	times: Float64Array;
	numeric: [string, Float64Array][];
	runs: [string, number[], unknown[]][];
	latest: StatsReport | null;
	previous: StatsReport | null;
}

type HistoryColumns = { ticks: number; reports: ReportColumns[] };

export type ColumnarImport =
	| {
			kind: 'webrtc-internals';
			dump: Omit<ImportedDump, 'peerConnections'> & {
				peerConnections: (Omit<DumpPeerConnection, 'stats'> & { stats: HistoryColumns })[];
			};
	  }
	| {
			kind: 'session';
			record: ImportedSession['record'];
			stats: Partial<Record<PeerRole, HistoryColumns>>;
	  };

function historyColumns(history: StatsHistory, transfer: ArrayBuffer[]): HistoryColumns {
	const reports: ReportColumns[] = [];
	for (const report of history.reports.values()) {
		const from = report.oldestIndex;
		const times = report.keptTimes();
		const length = times.length;
		transfer.push(times.buffer);
		const numeric: ReportColumns['numeric'] = [];
		const runs: ReportColumns['runs'] = [];
		for (const [name, series] of report.members) {
			if (series.numeric) {
				const column = new Float64Array(length);
				for (let i = 0; i < length; i++) column[i] = series.number(from + i);
				transfer.push(column.buffer);
				numeric.push([name, column]);
			} else {
				const list = series.runs();
				runs.push([name, list.map((r) => r.index - from), list.map((r) => r.value)]);
			}
		}
		reports.push({
			id: report.id,
			type: report.type,
			times,
			numeric,
			runs,
			latest: report.latest,
			previous: report.previous
		});
	}
	return { ticks: history.ticks, reports };
}

function historyFrom(columns: HistoryColumns): StatsHistory {
	const history = new StatsHistory(1);
	for (const report of columns.reports) {
		const length = report.times.length;
		if (length === 0) continue;
		const members: [string, ArrayLike<unknown>][] = [...report.numeric];
		for (const [name, starts, values] of report.runs) {
			const column = new Array<unknown>(length).fill(null);
			for (let k = 0; k < starts.length; k++) {
				const end = Math.min(length, starts[k + 1] ?? length);
				for (let i = Math.max(0, starts[k]!); i < end; i++) column[i] = values[k] ?? null;
			}
			members.push([name, column]);
		}
		// the transferred times become the report's own
		const rebuilt = ReportHistory.fromColumns(report.id, report.type, report.times, members);
		rebuilt.latest = report.latest;
		rebuilt.previous = report.previous;
		history.reports.set(report.id, rebuilt);
	}
	history.ticks = columns.ticks;
	return history;
}

/** The import as transferable data, and the buffers to move with it. */
export function importToColumns(imported: Imported): {
	data: ColumnarImport;
	transfer: ArrayBuffer[];
} {
	const transfer: ArrayBuffer[] = [];
	if (imported.kind === 'session') {
		const stats: Partial<Record<PeerRole, HistoryColumns>> = {};
		for (const peer of PEER_ROLES) {
			const history = imported.stats[peer];
			if (history) stats[peer] = historyColumns(history, transfer);
		}
		return { data: { kind: 'session', record: imported.record, stats }, transfer };
	}
	return {
		data: {
			kind: 'webrtc-internals',
			dump: {
				...imported,
				peerConnections: imported.peerConnections.map((pc) => ({
					...pc,
					stats: historyColumns(pc.stats, transfer)
				}))
			}
		},
		transfer
	};
}

export function importFromColumns(data: ColumnarImport): Imported {
	if (data.kind === 'session') {
		const stats: ImportedSession['stats'] = {};
		for (const peer of PEER_ROLES) {
			const columns = data.stats[peer];
			if (columns) stats[peer] = historyFrom(columns);
		}
		return { kind: 'session', record: data.record, stats };
	}
	return {
		...data.dump,
		kind: 'webrtc-internals',
		peerConnections: data.dump.peerConnections.map((pc) => ({
			...pc,
			stats: historyFrom(pc.stats)
		}))
	};
}
