import { SeriesText } from './dumpSeries';
import { MemberSeries } from './history';
import type { Imported } from './importFile';
import { fromTransfer, toTransfer, type TransferredImport } from './transfer';

/**
 * The worker's answer: the import as transfer.ts moves it, plus the series of a dump that nobody
 * has read yet, still as their JSON text (SeriesText). They cross as strings and are parsed on the
 * page when a chart or the diagnosis first asks for them, so opening a dump costs one JSON.parse
 * of the file in the worker and little on the page.
 */
export interface WorkerImport {
	imported: TransferredImport;
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
	const { data, transfer } = toTransfer(imported);
	return { data: { imported: data, lazy }, transfer };
}

export function fromWorkerImport(data: WorkerImport): Imported {
	const imported = fromTransfer(data.imported);
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
