import type { PeerRole } from '$lib/vocabulary';
import type { ReportHistory, StatsHistory } from '../history';
import { reportLabel } from '../reportLabel';
import {
	CONCEALED_RATIO,
	DROP_RATIO,
	FRAMES_DROPPED_RATIO,
	JITTER_MAX,
	LOSS_MAX,
	NO_MEDIA_MS,
	RTT_MAX,
	SUSTAINED_MS,
	type Threshold
} from './thresholds';
import { firstLast, memberRuns, metricSeries, seconds, sustainedAbove } from './series';
import type { DiagnosisInput, Evidence, Finding, FindingId } from './types';

interface Ctx {
	peer: PeerRole;
	history: StatsHistory;
	originMs: number;
}

const chart = (
	ctx: Ctx,
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

/** Loss, jitter and RTT above their thresholds for SUSTAINED_MS or longer. */
function sustained(
	ctx: Ctx,
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
				peak: `${Math.round(peak * 10) / 10} ${unit}`,
				seconds: seconds(total),
				limit: `${threshold.value} ${unit}`
			},
			evidence: runs
				.slice(0, 5)
				.map((run) =>
					chart(
						ctx,
						report,
						group,
						metric,
						run.from,
						run.to,
						`${Math.round(run.peak * 10) / 10} ${unit}`
					)
				),
			threshold
		});
	}
	return findings;
}

/** qualityLimitationReason over time, with the seconds spent in each limitation. */
function qualityLimited(ctx: Ctx): Finding[] {
	const findings: Finding[] = [];
	for (const report of ctx.history.ofType('outbound-rtp')) {
		const durations = report.latest?.qualityLimitationDurations as
			Record<string, number> | undefined;
		const runs = memberRuns(report, 'qualityLimitationReason', ctx.originMs);
		const limited = runs.filter((run) => run.value === 'bandwidth' || run.value === 'cpu');
		const spent = (reason: string) => Math.round((durations?.[reason] ?? 0) * 10) / 10;
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
				.slice(0, 5)
				.map((run) =>
					chart(ctx, report, 'bitrate', 'qualityLimitation', run.t, run.t, String(run.value))
				)
		});
	}
	return findings;
}

/** Resolution or frame rate below DROP_RATIO of the stream's best, for SUSTAINED_MS or longer. */
function drops(ctx: Ctx, id: 'resolutionDrop' | 'fpsDrop'): Finding[] {
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
				evidence: low
					.slice(0, 5)
					.map((run) =>
						chart(
							ctx,
							report,
							id === 'fpsDrop' ? 'fps' : 'resolution',
							metric,
							run.from,
							run.to,
							String(Math.round(lowest))
						)
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

/** Counters that should stay at zero, or low against their base: freezes, dropped frames, concealment. */
function counters(ctx: Ctx): Finding[] {
	const findings: Finding[] = [];
	for (const report of ctx.history.ofType('inbound-rtp')) {
		const t = report.time(report.count - 1) - ctx.originMs;
		const t0 = report.time(report.oldestIndex) - ctx.originMs;
		const kind = report.latest?.kind;
		if (kind === 'video') {
			const freezes = firstLast(report, 'freezeCount');
			const duration = firstLast(report, 'totalFreezesDuration');
			if (freezes && freezes[1] > freezes[0]) {
				findings.push({
					id: 'freezes',
					severity: 'problem',
					peer: ctx.peer,
					params: {
						stream: reportLabel(report),
						count: freezes[1] - freezes[0],
						seconds: duration ? Math.round((duration[1] - duration[0]) * 10) / 10 : 0
					},
					evidence: [chart(ctx, report, 'fps', 'fpsIn', t0, t, String(freezes[1] - freezes[0]))],
					threshold: {
						value: 0,
						unit: 'ms',
						source:
							'webrtc-stats §8.3 freezeCount (a frame late by max(3 × average, average + 150 ms))'
					}
				});
			}
			const dropped = firstLast(report, 'framesDropped');
			const received = firstLast(report, 'framesReceived');
			if (dropped && received && received[1] > received[0]) {
				const share = (100 * (dropped[1] - dropped[0])) / (received[1] - received[0]);
				if (share > FRAMES_DROPPED_RATIO.value)
					findings.push({
						id: 'framesDropped',
						severity: 'warning',
						peer: ctx.peer,
						params: {
							stream: reportLabel(report),
							count: dropped[1] - dropped[0],
							share: Math.round(share * 10) / 10
						},
						evidence: [
							chart(
								ctx,
								report,
								'framesDropped',
								'framesDropped',
								t0,
								t,
								String(dropped[1] - dropped[0])
							)
						],
						threshold: FRAMES_DROPPED_RATIO
					});
			}
		}
		if (kind === 'audio') {
			const concealed = firstLast(report, 'concealedSamples');
			const total = firstLast(report, 'totalSamplesReceived');
			if (concealed && total && total[1] > total[0]) {
				const share = (100 * (concealed[1] - concealed[0])) / (total[1] - total[0]);
				if (share > CONCEALED_RATIO.value)
					findings.push({
						id: 'concealment',
						severity: 'warning',
						peer: ctx.peer,
						params: { stream: reportLabel(report), share: Math.round(share * 10) / 10 },
						evidence: [
							chart(
								ctx,
								report,
								'concealed',
								'concealedSamples',
								t0,
								t,
								`${Math.round(share * 10) / 10} %`
							)
						],
						threshold: CONCEALED_RATIO
					});
			}
		}
	}
	return findings;
}

/** RTP streams whose bytes stop increasing for NO_MEDIA_MS or longer while the call is connected. */
function noMedia(ctx: Ctx, connected: (t: number) => boolean): Finding[] {
	const findings: Finding[] = [];
	for (const [type, member] of [
		['outbound-rtp', 'bytesSent'],
		['inbound-rtp', 'bytesReceived']
	] as const) {
		for (const report of ctx.history.ofType(type)) {
			const series = report.member(member);
			if (!series) continue;
			let stillSince: number | null = null;
			let lastValue = NaN;
			const stretches: { from: number; to: number }[] = [];
			for (let i = report.oldestIndex; i < report.count; i++) {
				const t = report.time(i) - ctx.originMs;
				const value = series.number(i);
				if (!Number.isFinite(value)) continue;
				if (value === lastValue && connected(t)) stillSince ??= t;
				else {
					if (stillSince !== null && t - stillSince >= NO_MEDIA_MS)
						stretches.push({ from: stillSince, to: t });
					stillSince = null;
				}
				lastValue = value;
			}
			const end = report.time(report.count - 1) - ctx.originMs;
			if (stillSince !== null && end - stillSince >= NO_MEDIA_MS)
				stretches.push({ from: stillSince, to: end });
			if (stretches.length === 0) continue;
			findings.push({
				id: 'noMedia',
				severity: 'problem',
				peer: ctx.peer,
				params: {
					stream: reportLabel(report),
					member,
					seconds: seconds(stretches.reduce((n, s) => n + s.to - s.from, 0))
				},
				evidence: stretches
					.slice(0, 5)
					.map((s) =>
						chart(
							ctx,
							report,
							'bitrate',
							type === 'outbound-rtp' ? 'bitrateOut' : 'bitrateIn',
							s.from,
							s.to,
							'0 bit/s'
						)
					),
				threshold: { value: NO_MEDIA_MS, unit: 'ms', source: 'Peerscope: 3 samples at 1 s' }
			});
		}
	}
	return findings;
}

export function mediaFindings(input: DiagnosisInput): Finding[] {
	const findings: Finding[] = [];
	for (const { peer, history } of input.peers) {
		const ctx: Ctx = { peer, history, originMs: input.originMs };
		// "connected" from the log: between a connectionstatechange to connected and one away from it
		const spans: { from: number; to: number }[] = [];
		let from: number | null = null;
		for (const entry of input.log) {
			if (entry.peer !== peer || entry.kind !== 'event' || entry.name !== 'connectionstatechange')
				continue;
			const state = entry.peers[peer]?.connectionState;
			if (state === 'connected') from ??= entry.t;
			else if (from !== null) {
				spans.push({ from, to: entry.t });
				from = null;
			}
		}
		if (from !== null) spans.push({ from, to: Infinity });
		const connected = (t: number) => spans.some((s) => t >= s.from && t < s.to);
		findings.push(
			...sustained(ctx, 'highLoss', 'inbound-rtp', 'packetLoss', 'loss', LOSS_MAX, '%'),
			...sustained(ctx, 'highLoss', 'remote-inbound-rtp', 'remoteLoss', 'loss', LOSS_MAX, '%'),
			...sustained(ctx, 'highJitter', 'inbound-rtp', 'jitter', 'jitter', JITTER_MAX, 'ms'),
			...sustained(ctx, 'highRtt', 'remote-inbound-rtp', 'remoteRtt', 'rtt', RTT_MAX, 'ms'),
			...qualityLimited(ctx),
			...drops(ctx, 'resolutionDrop'),
			...drops(ctx, 'fpsDrop'),
			...counters(ctx),
			...(spans.length > 0 ? noMedia(ctx, connected) : [])
		);
	}
	return findings;
}
