import type { PeerRole } from '$lib/vocabulary';
import type { ReportHistory, StatsHistory } from '../history';
import type { Evidence } from './types';

/** What the media rules read for one peer: its stats, and t = 0 of the call (epoch ms). */
export interface MediaContext {
	peer: PeerRole;
	history: StatsHistory;
	originMs: number;
}

/** A stretch of one report's chart, from t to tEnd (ms since origin), as a finding's evidence. */
export const chartEvidence = (
	ctx: MediaContext,
	report: ReportHistory,
	group: string,
	metric: string,
	t: number,
	tEnd: number,
	value: string
): Evidence => ({
	kind: 'chart',
	peer: ctx.peer,
	group,
	metric,
	reportId: report.id,
	t,
	tEnd,
	value
});
