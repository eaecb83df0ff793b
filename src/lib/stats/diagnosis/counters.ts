import type { ReportHistory } from '../history';
import { reportLabel } from '../reportLabel';
import { CONCEALED_RATIO, FRAMES_DROPPED_RATIO, type Threshold } from './thresholds';
import { chartEvidence, type MediaContext } from './chartEvidence';
import { firstLast, tenths } from './series';
import type { Finding } from './types';

/**
 * How much a counter grew over the report's kept samples, and that as a share of its base's
 * growth (100 × Δcounter / Δbase, to a tenth); null when the base did not grow or the share is
 * not above the threshold.
 */
function shareAbove(
	report: ReportHistory,
	counter: string,
	base: string,
	threshold: Threshold
): { count: number; share: number } | null {
	const part = firstLast(report, counter);
	const whole = firstLast(report, base);
	if (!part || !whole || !(whole[1] > whole[0])) return null;
	const count = part[1] - part[0];
	const share = (100 * count) / (whole[1] - whole[0]);
	return share > threshold.value ? { count, share: tenths(share) } : null;
}

/** Counters that should stay at zero, or low against their base: freezes, dropped frames, concealment. */
export function counterFindings(ctx: MediaContext): Finding[] {
	const findings: Finding[] = [];
	for (const report of ctx.history.ofType('inbound-rtp')) {
		const t = report.time(report.count - 1) - ctx.originMs;
		const t0 = report.time(report.oldestIndex) - ctx.originMs;
		const kind = report.latest?.kind;
		if (kind === 'video') {
			const freezes = firstLast(report, 'freezeCount');
			const duration = firstLast(report, 'totalFreezesDuration');
			if (freezes && freezes[1] > freezes[0]) {
				const count = freezes[1] - freezes[0];
				findings.push({
					id: 'freezes',
					severity: 'problem',
					peer: ctx.peer,
					params: {
						stream: reportLabel(report),
						count,
						seconds: duration ? tenths(duration[1] - duration[0]) : 0
					},
					evidence: [chartEvidence(ctx, report, 'fps', 'fpsIn', t0, t, String(count))],
					threshold: {
						value: 0,
						unit: 'ms',
						source:
							'webrtc-stats §8.3 freezeCount (a frame late by max(3 × average, average + 150 ms))'
					}
				});
			}
			const dropped = shareAbove(report, 'framesDropped', 'framesReceived', FRAMES_DROPPED_RATIO);
			if (dropped)
				findings.push({
					id: 'framesDropped',
					severity: 'warning',
					peer: ctx.peer,
					params: { stream: reportLabel(report), count: dropped.count, share: dropped.share },
					evidence: [
						chartEvidence(
							ctx,
							report,
							'framesDropped',
							'framesDropped',
							t0,
							t,
							String(dropped.count)
						)
					],
					threshold: FRAMES_DROPPED_RATIO
				});
		}
		if (kind === 'audio') {
			const concealed = shareAbove(
				report,
				'concealedSamples',
				'totalSamplesReceived',
				CONCEALED_RATIO
			);
			if (concealed)
				findings.push({
					id: 'concealment',
					severity: 'warning',
					peer: ctx.peer,
					params: { stream: reportLabel(report), share: concealed.share },
					evidence: [
						chartEvidence(
							ctx,
							report,
							'concealed',
							'concealedSamples',
							t0,
							t,
							`${concealed.share} %`
						)
					],
					threshold: CONCEALED_RATIO
				});
		}
	}
	return findings;
}
