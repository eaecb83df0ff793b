import { StatsHistory } from '$lib/stats/history';
import type { StatsReport } from '$lib/vocabulary';

/**
 * A history of `capacity` samples that has taken `count` getStats() snapshots, snapshot `i`
 * holding the one report `reportAt(i)`.
 */
export function historyOfOneReport(
	capacity: number,
	count: number,
	reportAt: (i: number) => StatsReport
): StatsHistory {
	const history = new StatsHistory(capacity);
	for (let i = 0; i < count; i++) {
		const report = reportAt(i);
		history.addSnapshot({ takenAt: 0, reports: { [report.id]: report } });
	}
	return history;
}
