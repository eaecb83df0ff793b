import { SeriesText } from './dumpSeries';
import { MemberSeries } from './memberSeries';
import type { ImportedDump } from './dump';
import type { Imported } from './importFile';
import { importFromColumns, importToColumns, type ColumnarImport } from './importColumns';

/**
 * The worker's answer: the import as transfer.ts moves it, plus the series of a dump that nobody
 * has read yet, still as their JSON text (SeriesText). They cross as strings and are parsed on the
 * page when a chart or the diagnosis first asks for them, so opening a dump costs one JSON.parse
 * of the file in the worker and little on the page.
 */
export interface WorkerImport {
	imported: ColumnarImport;
	/** per connection, per report, the unread series: `[report id, member, text, where]` */
	lazy: [number, string, string, string, string][];
}

/** Takes the unread series out of a dump (this mutates it: the worker is done with it). */
export function toWorkerImport(imported: Imported): {
	data: WorkerImport;
	transfer: ArrayBuffer[];
} {
	const lazy: WorkerImport['lazy'] = [];
	if (imported.kind === 'webrtc-internals') {
		imported.peerConnections.forEach((pc, n) => {
			for (const report of pc.stats.reports.values()) {
				for (const [name, series] of report.members) {
					const pending = series.pending;
					if (!(pending instanceof SeriesText)) continue;
					lazy.push([n, report.id, name, pending.text, pending.where]);
					report.members.delete(name);
				}
			}
		});
	}
	const { data, transfer } = importToColumns(imported);
	return { data: { imported: data, lazy }, transfer };
}

type TransferredDump = Extract<ColumnarImport, { kind: 'webrtc-internals' }>;

/** Reports rebuilt per task on the page: a long recording's histories take a few hundred ms. */
const REPORTS_PER_TASK = 16;

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

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
	for (const [n, id, name, text, where] of data.lazy) {
		const report = imported.peerConnections[n]?.stats.report(id);
		if (!report) continue;
		report.members.set(
			name,
			MemberSeries.lazy(name, report, new SeriesText(text, where, imported.problems))
		);
	}
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
