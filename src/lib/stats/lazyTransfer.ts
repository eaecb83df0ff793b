import { SeriesText } from './dumpSeries';
import { MemberSeries } from './memberSeries';
import type { ImportedDump } from './dump';
import type { Imported } from './importFile';
import { importFromColumns, importToColumns, type ColumnarImport } from './importColumns';
import { SeriesBytes } from './seriesBytes';

/**
 * The worker's answer: the import as importColumns.ts moves it, plus the series of a dump that
 * nobody has read yet (SeriesText), parsed on the page when a chart or the diagnosis first asks
 * for them. A dump read from its bytes (dumpBytes.ts) sends the file's bytes, moved, not copied,
 * and where each series is in them; a dump read from text sends each series' text (copied).
 */
export interface WorkerImport {
	imported: ColumnarImport;
	/** per connection, per report, the unread series: `[connection, report id, member, text, where]` */
	lazy: [number, string, string, string, string][];
	/** the file, when series are read from its bytes */
	bytes: Uint8Array | null;
	/** `[connection, report id, member, start, end, where]`: a series' string in `bytes` */
	lazyBytes: [number, string, string, number, number, string][];
}

/**
 * Takes the unread series out of a dump (this mutates it: the worker is done with it). The
 * transfer list moves the file's bytes too, when series are read from them: the worker's copy is
 * gone after postMessage.
 */
export function toWorkerImport(imported: Imported): {
	data: WorkerImport;
	transfer: ArrayBuffer[];
} {
	const lazy: WorkerImport['lazy'] = [];
	const lazyBytes: WorkerImport['lazyBytes'] = [];
	let bytes: Uint8Array | null = null;
	const connections = imported.kind === 'webrtc-internals' ? imported.peerConnections : [];
	for (const [n, pc] of connections.entries()) {
		for (const report of pc.stats.reports.values()) {
			for (const [name, series] of report.members) {
				const pending = series.pending;
				if (!(pending instanceof SeriesText)) continue;
				const text = pending.text;
				if (typeof text === 'string') lazy.push([n, report.id, name, text, pending.where]);
				else {
					bytes = text.bytes;
					lazyBytes.push([n, report.id, name, text.start, text.end, pending.where]);
				}
				report.members.delete(name);
			}
		}
	}
	const { data, transfer } = importToColumns(imported);
	// The file's bytes move to the page (the worker is done with them).
	if (bytes) transfer.push(bytes.buffer as ArrayBuffer);
	return { data: { imported: data, lazy, bytes, lazyBytes }, transfer };
}

type TransferredDump = Extract<ColumnarImport, { kind: 'webrtc-internals' }>;

/** Reports rebuilt per task on the page: a long recording's histories take a few hundred ms. */
const REPORTS_PER_TASK = 16;

/**
 * A new task. Not setTimeout: timers nested more than five deep wait at least 4 ms (HTML, timer
 * initialization steps), and rebuilding a recording takes a handful of tasks in a row.
 */
function nextTask(): Promise<void> {
	if (typeof MessageChannel === 'undefined') return new Promise((resolve) => setTimeout(resolve));
	return new Promise((resolve) => {
		const channel = new MessageChannel();
		channel.port1.onmessage = () => {
			channel.port1.close();
			resolve();
		};
		channel.port2.postMessage(null);
	});
}

/**
 * The import on the page. A dump's histories are rebuilt REPORTS_PER_TASK reports at a time with
 * a task between (`yieldToPage`), so a 1 GB recording does not freeze the page as it arrives.
 */
export async function fromWorkerImport(
	data: WorkerImport,
	yieldToPage: () => Promise<void> = nextTask
): Promise<Imported> {
	const imported =
		data.imported.kind === 'webrtc-internals'
			? await dumpInSteps(data.imported, yieldToPage)
			: importFromColumns(data.imported);
	if (imported.kind !== 'webrtc-internals') return imported;
	const lazy = (n: number, id: string, name: string, text: SeriesText['text'], where: string) => {
		const report = imported.peerConnections[n]?.stats.report(id);
		if (!report) return;
		report.members.set(
			name,
			MemberSeries.lazy(name, report, new SeriesText(text, where, imported.problems))
		);
	};
	for (const [n, id, name, text, where] of data.lazy) lazy(n, id, name, text, where);
	const bytes = data.bytes;
	if (bytes)
		for (const [n, id, name, start, end, where] of data.lazyBytes)
			lazy(n, id, name, new SeriesBytes(bytes, start, end), where);
	return imported;
}

async function dumpInSteps(
	data: TransferredDump,
	yieldToPage: () => Promise<void>
): Promise<ImportedDump> {
	const { peerConnections, ...rest } = data.dump;
	// Everything but the histories at once (the log, the problems), then the reports in slices.
	const whole = importFromColumns({
		kind: 'webrtc-internals',
		dump: {
			...rest,
			peerConnections: peerConnections.map((pc) => ({
				...pc,
				stats: { ticks: pc.stats.ticks, reports: [] }
			}))
		}
	}) as ImportedDump;
	for (const [n, pc] of peerConnections.entries()) {
		const history = whole.peerConnections[n]!.stats;
		for (let at = 0; at < pc.stats.reports.length; at += REPORTS_PER_TASK) {
			await yieldToPage();
			const part = importFromColumns({
				kind: 'webrtc-internals',
				dump: {
					...rest,
					getUserMedia: [],
					problems: [],
					peerConnections: [
						{
							...pc,
							updateLog: [],
							descriptions: [],
							candidates: [],
							stats: {
								ticks: pc.stats.ticks,
								reports: pc.stats.reports.slice(at, at + REPORTS_PER_TASK)
							}
						}
					]
				}
			}) as ImportedDump;
			for (const [id, report] of part.peerConnections[0]!.stats.reports)
				history.reports.set(id, report);
		}
	}
	return whole;
}
