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

/** A finding shows at most this many stretches of a chart: the first ones. */
export const MAX_STRETCHES = 5;

/** A finding's first MAX_STRETCHES stretches of one report's chart, each with its value. */
export function stretchEvidence<S extends { from: number; to: number }>(
	ctx: MediaContext,
	report: ReportHistory,
	group: string,
	metric: string,
	stretches: readonly S[],
	value: (stretch: S) => string
): Evidence[] {
	return stretches
		.slice(0, MAX_STRETCHES)
		.map((s) => chartEvidence(ctx, report, group, metric, s.from, s.to, value(s)));
}
