import type { LogEntry } from '$lib/log/eventLog';
import { reportLabel } from '../reportLabel';
import { NO_MEDIA_MS } from './thresholds';
import { stretchEvidence, type MediaContext } from './chartEvidence';
import { seconds } from './series';
import type { Finding } from './types';

/** RTP streams whose bytes stop increasing for NO_MEDIA_MS or longer while the call is connected. */
function noMedia(ctx: MediaContext, connected: (t: number) => boolean): Finding[] {
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
				evidence: stretchEvidence(
					ctx,
					report,
					'bitrate',
					type === 'outbound-rtp' ? 'bitrateOut' : 'bitrateIn',
					stretches,
					() => '0 bit/s'
				),
				threshold: { value: NO_MEDIA_MS, unit: 'ms', source: 'Peerscope: 3 samples at 1 s' }
			});
		}
	}
	return findings;
}

/**
 * When a peer was connected, from the log: between a connectionstatechange to connected and one
 * away from it.
 */
function connectedSpans(log: readonly LogEntry[], peer: MediaContext['peer']) {
	const spans: { from: number; to: number }[] = [];
	let from: number | null = null;
	for (const entry of log) {
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
	return spans;
}

/** Streams that carried nothing while the peer was connected (none when it never connected). */
export function noMediaFindings(ctx: MediaContext, log: readonly LogEntry[]): Finding[] {
	const spans = connectedSpans(log, ctx.peer);
	if (spans.length === 0) return [];
	return noMedia(ctx, (t) => spans.some((s) => t >= s.from && t < s.to));
}
