import { reportLabel } from '../reportLabel';
import { JITTER_MAX, LOSS_MAX, RTT_MAX, SUSTAINED_MS, type Threshold } from './thresholds';
import { stretchEvidence, type MediaContext } from './chartEvidence';
import { metricSeries, seconds, sustainedAbove, tenths } from './series';
import type { Finding, FindingId } from './types';

/** One metric above its threshold for SUSTAINED_MS or longer, in every report of its type. */
function sustained(
	ctx: MediaContext,
	id: FindingId,
	reportType: string,
	metric: string,
	group: string,
	threshold: Threshold,
	unit: string
): Finding[] {
	const findings: Finding[] = [];
	for (const report of ctx.history.ofType(reportType)) {
		const runs = sustainedAbove(
			metricSeries(report, metric, ctx.originMs),
			threshold.value,
			SUSTAINED_MS
		);
		if (runs.length === 0) continue;
		const total = runs.reduce((sum, run) => sum + run.to - run.from, 0);
		const peak = Math.max(...runs.map((run) => run.peak));
		findings.push({
			id,
			severity: 'problem',
			peer: ctx.peer,
			params: {
				stream: reportLabel(report),
				peak: `${tenths(peak)} ${unit}`,
				seconds: seconds(total),
				limit: `${threshold.value} ${unit}`
			},
			evidence: stretchEvidence(
				ctx,
				report,
				group,
				metric,
				runs,
				(run) => `${tenths(run.peak)} ${unit}`
			),
			threshold
		});
	}
	return findings;
}

/** Loss, jitter and RTT above their thresholds for SUSTAINED_MS or longer. */
export function sustainedFindings(ctx: MediaContext): Finding[] {
	return [
		...sustained(ctx, 'highLoss', 'inbound-rtp', 'packetLoss', 'loss', LOSS_MAX, '%'),
		...sustained(ctx, 'highLoss', 'remote-inbound-rtp', 'remoteLoss', 'loss', LOSS_MAX, '%'),
		...sustained(ctx, 'highJitter', 'inbound-rtp', 'jitter', 'jitter', JITTER_MAX, 'ms'),
		...sustained(ctx, 'highRtt', 'remote-inbound-rtp', 'remoteRtt', 'rtt', RTT_MAX, 'ms')
	];
}
