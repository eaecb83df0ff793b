import { reportLabel } from '../reportLabel';
import { DROP_RATIO, SUSTAINED_MS } from './thresholds';
import { chartEvidence, MAX_STRETCHES, stretchEvidence, type MediaContext } from './chartEvidence';
import { memberRuns, metricSeries, seconds, sustainedAbove, tenths } from './series';
import type { Finding } from './types';

/** qualityLimitationReason over time, with the seconds spent in each limitation. */
function qualityLimited(ctx: MediaContext): Finding[] {
	const findings: Finding[] = [];
	for (const report of ctx.history.ofType('outbound-rtp')) {
		const durations = report.latest?.qualityLimitationDurations as
			Record<string, number> | undefined;
		const runs = memberRuns(report, 'qualityLimitationReason', ctx.originMs);
		const limited = runs.filter((run) => run.value === 'bandwidth' || run.value === 'cpu');
		const spent = (reason: string) => tenths(durations?.[reason] ?? 0);
		if (limited.length === 0 && spent('bandwidth') === 0 && spent('cpu') === 0) continue;
		findings.push({
			id: 'qualityLimited',
			severity: 'warning',
			peer: ctx.peer,
			params: {
				stream: reportLabel(report),
				bandwidth: spent('bandwidth'),
				cpu: spent('cpu'),
				reasons: [...new Set(limited.map((run) => String(run.value)))].join(', ') || '-'
			},
			evidence: limited
				.slice(0, MAX_STRETCHES)
				.map((run) =>
					chartEvidence(
						ctx,
						report,
						'bitrate',
						'qualityLimitation',
						run.t,
						run.t,
						String(run.value)
					)
				)
		});
	}
	return findings;
}

/** Resolution or frame rate below DROP_RATIO of the stream's best, for SUSTAINED_MS or longer. */
function drops(ctx: MediaContext, id: 'resolutionDrop' | 'fpsDrop'): Finding[] {
	const findings: Finding[] = [];
	for (const type of ['outbound-rtp', 'inbound-rtp']) {
		for (const report of ctx.history.ofType(type)) {
			if (report.latest?.kind !== 'video') continue;
			const metric =
				id === 'fpsDrop'
					? type === 'outbound-rtp'
						? 'fpsOut'
						: 'fpsIn'
					: type === 'outbound-rtp'
						? 'heightOut'
						: 'heightIn';
			const samples = metricSeries(report, metric, ctx.originMs);
			if (samples.length < 3) continue;
			const best = Math.max(...samples.map((s) => s.value));
			if (best <= 0) continue;
			const limit = best * DROP_RATIO;
			const low = sustainedAbove(
				samples.map((s) => ({ t: s.t, value: limit - s.value })),
				0,
				SUSTAINED_MS
			);
			if (low.length === 0) continue;
			const lowest = Math.min(
				...samples.filter((s) => s.t >= low[0]!.from && s.t <= low[0]!.to).map((s) => s.value)
			);
			findings.push({
				id,
				severity: 'warning',
				peer: ctx.peer,
				params: {
					stream: reportLabel(report),
					best: Math.round(best),
					lowest: Math.round(lowest),
					seconds: seconds(low.reduce((n, r) => n + r.to - r.from, 0))
				},
				evidence: stretchEvidence(
					ctx,
					report,
					id === 'fpsDrop' ? 'fps' : 'resolution',
					metric,
					low,
					() => String(Math.round(lowest))
				),
				threshold: {
					value: DROP_RATIO * 100,
					unit: 'percent',
					source: 'Peerscope: 75 % of the stream’s best'
				}
			});
		}
	}
	return findings;
}

/** What limited the video sent, and video that fell below its best (resolution, then frame rate). */
export function videoQualityFindings(ctx: MediaContext): Finding[] {
	return [...qualityLimited(ctx), ...drops(ctx, 'resolutionDrop'), ...drops(ctx, 'fpsDrop')];
}
