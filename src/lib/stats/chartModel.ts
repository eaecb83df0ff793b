import type { LogEntry } from '$lib/log/eventLog';
import type { StatsMessageKey } from '$lib/i18n/stats/en';
import type { ReportHistory, StatsHistory } from './history';
import { metricById, rawMetric, type MetricDefinition, type MetricUnit } from './metricDefinitions';
import { metricApplies, metricValueAt } from './metrics';

/**
 * What the charts draw, as plain data: which metrics share a chart, which reports feed each
 * series, the points from a given sample on (so a chart only appends what is new), event markers
 * from the log and qualityLimitationReason bands. No chart library here.
 */

export interface ChartGroup {
	/** catalog key suffix: `stats.chart.<id>` */
	id: string;
	unit: MetricUnit;
	metrics: string[];
	/** for candidate-pair metrics: only the selected pair */
	selectedPairOnly?: boolean;
	/** a chart of one raw member of one report instead of metrics */
	member?: { reportId: string; name: string };
}

/** The chart group for one raw member (the explorer's "chart this member"). */
export function memberGroup(reportId: string, name: string): ChartGroup {
	return { id: 'member', unit: 'raw', metrics: [], member: { reportId, name } };
}

export const CHART_GROUPS: readonly ChartGroup[] = [
	{ id: 'bitrate', unit: 'bps', metrics: ['bitrateOut', 'bitrateIn'] },
	{ id: 'packets', unit: 'pps', metrics: ['packetsOut', 'packetsIn'] },
	{ id: 'loss', unit: 'percent', metrics: ['packetLoss', 'remoteLoss'] },
	{ id: 'jitter', unit: 'ms', metrics: ['jitter'] },
	{ id: 'rtt', unit: 'ms', metrics: ['remoteRtt', 'pairRtt'], selectedPairOnly: true },
	{ id: 'fps', unit: 'fps', metrics: ['fpsOut', 'fpsIn'] },
	{ id: 'resolution', unit: 'px', metrics: ['widthOut', 'heightOut', 'widthIn', 'heightIn'] },
	{ id: 'framesDropped', unit: 'fps', metrics: ['framesDropped'] },
	{ id: 'jitterBuffer', unit: 'ms', metrics: ['jitterBufferDelay'] },
	{
		id: 'availableBitrate',
		unit: 'bps',
		metrics: ['availableOutgoingBitrate'],
		selectedPairOnly: true
	},
	{ id: 'audioLevel', unit: 'level', metrics: ['audioLevel'] },
	{ id: 'concealed', unit: 'count', metrics: ['concealedSamples'] }
];

export interface SeriesRef {
	/** stable key for the dataset: `<metric> <report id>` */
	key: string;
	metric: MetricDefinition;
	report: ReportHistory;
}

/**
 * The candidate pair in use: the transport's selectedCandidatePairId (webrtc-stats), else a pair
 * marked `selected` (Firefox), else a nominated pair that succeeded.
 */
export function selectedPairIds(history: StatsHistory): Set<string> {
	const ids = new Set<string>();
	for (const transport of history.ofType('transport')) {
		const id = transport.latest?.selectedCandidatePairId;
		if (typeof id === 'string') ids.add(id);
	}
	// Firefox has no transport report; it marks the pair in use with `selected`.
	const pairs = history.ofType('candidate-pair');
	if (ids.size === 0)
		for (const pair of pairs) if (pair.latest?.selected === true) ids.add(pair.id);
	if (ids.size === 0) {
		for (const pair of pairs) {
			if (pair.latest?.nominated === true && pair.latest?.state === 'succeeded') ids.add(pair.id);
		}
	}
	return ids;
}

/** The series of one chart: every report each metric applies to. */
export function seriesOf(history: StatsHistory, group: ChartGroup): SeriesRef[] {
	if (group.member) {
		const report = history.report(group.member.reportId);
		if (!report?.member(group.member.name)) return [];
		const metric = rawMetric(report.type, group.member.name);
		return [{ key: `raw ${report.id} ${group.member.name}`, metric, report }];
	}
	const selected = group.selectedPairOnly ? selectedPairIds(history) : null;
	const refs: SeriesRef[] = [];
	for (const id of group.metrics) {
		const metric = metricById(id);
		if (!metric) continue;
		for (const report of history.reports.values()) {
			if (!metricApplies(metric, report)) continue;
			if (selected && report.type === 'candidate-pair' && !selected.has(report.id)) continue;
			if (!report.member(metric.a)) continue;
			refs.push({ key: `${metric.id} ${report.id}`, metric, report });
		}
	}
	return refs;
}

/**
 * The metrics of a chart that this browser does not report: reports of the type each reads are
 * there (so the browser has been asked), but none carries the member. Firefox, for one, has
 * candidate-pair reports without availableOutgoingBitrate. An empty chart then says why instead
 * of looking like a chart that is still waiting for data.
 */
export function unreportedMetrics(history: StatsHistory, group: ChartGroup): MetricDefinition[] {
	if (group.member) return [];
	const selected = group.selectedPairOnly ? selectedPairIds(history) : null;
	const missing: MetricDefinition[] = [];
	for (const id of group.metrics) {
		const metric = metricById(id);
		if (!metric) continue;
		let asked = false;
		let reported = false;
		for (const report of history.reports.values()) {
			if (!metricApplies(metric, report) || report.count === 0) continue;
			if (selected && report.type === 'candidate-pair' && !selected.has(report.id)) continue;
			asked = true;
			if (report.member(metric.a)) reported = true;
		}
		if (asked && !reported) missing.push(metric);
	}
	return missing;
}

export interface ChartPoint {
	/** seconds since the session's origin */
	x: number;
	/** null draws a gap */
	y: number | null;
	/** the absolute sample index, for "show the math" */
	i: number;
}

/** Points of one series from absolute sample `from` on (clamped to what is kept). */
export function pointsFrom(ref: SeriesRef, from: number, originMs: number): ChartPoint[] {
	const report = ref.report;
	const points: ChartPoint[] = [];
	for (let i = Math.max(from, report.oldestIndex); i < report.count; i++)
		points.push({
			x: (report.time(i) - originMs) / 1000,
			y: metricValueAt(report, ref.metric, i),
			i
		});
	return points;
}

export interface Marker {
	/** seconds since the origin */
	x: number;
	label: string;
	/** the log entry id, for a link back to the timeline */
	entryId: number;
	/** a sentence for the marker in the catalog (the view translates it; `label` is its fallback) */
	text?: { key: StatsMessageKey; params: Record<string, string> };
}

/** Calls and events that move the graphs, shown as vertical lines on every chart. */
const MARKER_CALLS = new Set([
	'setLocalDescription',
	'setRemoteDescription',
	'setParameters',
	'replaceTrack',
	'restartIce',
	'addTrack'
]);
/**
 * Calls a webrtc-internals dump logs once, when made (they are synchronous: no `…OnSuccess`
 * follows), so their start is their marker.
 */
const DUMP_SYNC_CALLS = new Set(['restartIce', 'addTrack']);
const MARKER_EVENTS = new Set(['iceconnectionstatechange', 'connectionstatechange']);
/** A remote track's events, with the sentence each marker says. */
const TRACK_EVENTS: Record<string, StatsMessageKey> = {
	track: 'stats.marker.track',
	mute: 'stats.marker.mute',
	unmute: 'stats.marker.unmute',
	ended: 'stats.marker.ended'
};

/**
 * Markers from the event log; `offsetMs` turns the log's session time into the charts' time
 * (the charts count from the same origin, so for a live session it is 0).
 */
export function markersFromLog(log: readonly LogEntry[], offsetMs = 0): Marker[] {
	const markers: Marker[] = [];
	for (const entry of log) {
		const peer = entry.peer ?? '';
		let label: string | null = null;
		let text: Marker['text'];
		if (
			entry.kind === 'call' &&
			MARKER_CALLS.has(entry.name) &&
			(entry.status !== 'start' || (entry.step === 'dump' && DUMP_SYNC_CALLS.has(entry.name)))
		) {
			label = `${peer} ${entry.name}${entry.status === 'error' ? ' ✕' : ''}`;
			if (entry.name === 'setParameters' || entry.name === 'replaceTrack') {
				label += ` ${markerDetail(entry.payload)}`;
			}
			if (entry.name === 'restartIce' && entry.status !== 'error')
				text = { key: 'stats.marker.iceRestart', params: { peer } };
		} else if (entry.kind === 'machine' && entry.name === 'ice.restart') {
			// the walkthrough's restart: the next createOffer asks for new ICE credentials
			label = `${peer} ICE restart`;
			text = { key: 'stats.marker.iceRestart', params: { peer } };
		} else if (entry.kind === 'event' && Object.hasOwn(TRACK_EVENTS, entry.name)) {
			// the walkthrough logs the track's { id, kind, label }; a dump's ontrack a text with the ids
			const payload = entry.payload as { kind?: unknown } | null | undefined;
			const kind = typeof payload?.kind === 'string' ? payload.kind : '';
			label = `${peer} ${entry.name}${kind ? ` ${kind}` : ''}`;
			text = { key: TRACK_EVENTS[entry.name]!, params: { peer, kind } };
		} else if (entry.kind === 'event' && MARKER_EVENTS.has(entry.name)) {
			// a dump logs `{ value }`, the walkthrough `{ connectionState: 'connected' }`
			const payload = entry.payload;
			const value =
				payload && typeof payload === 'object'
					? Object.values(payload as Record<string, unknown>).find((v) => typeof v === 'string')
					: undefined;
			label = `${peer} ${entry.name}${typeof value === 'string' ? `: ${value}` : ''}`;
		}
		if (label !== null)
			markers.push({
				x: (entry.t + offsetMs) / 1000,
				label: label.trim(),
				entryId: entry.id,
				...(text ? { text } : {})
			});
	}
	return markers;
}

function markerDetail(payload: unknown): string {
	if (!payload || typeof payload !== 'object') return '';
	const p = payload as Record<string, unknown>;
	const parts: string[] = [];
	if (typeof p.kind === 'string') parts.push(p.kind);
	if (p.maxBitrate !== undefined)
		parts.push(`maxBitrate=${p.maxBitrate === null ? '∞' : String(p.maxBitrate)}`);
	if (p.scaleResolutionDownBy !== undefined) parts.push(`scale=${String(p.scaleResolutionDownBy)}`);
	if (typeof p.sending === 'boolean') parts.push(p.sending ? 'resume' : 'pause');
	return parts.join(' ');
}

export interface Band {
	from: number;
	to: number;
	reason: string;
}

/** Spans where qualityLimitationReason was not `none`, per outbound video report. */
export function qualityBands(history: StatsHistory, originMs: number): Band[] {
	const metric = metricById('qualityLimitation')!;
	const bands: Band[] = [];
	for (const report of history.ofType('outbound-rtp')) {
		if (!metricApplies(metric, report)) continue;
		const member = report.member(metric.a);
		if (!member) continue;
		// Walk the change points, not every sample: a 2-hour history has few changes.
		const runs = member.runs();
		const x = (i: number) => (report.time(i) - originMs) / 1000;
		runs.forEach((run, k) => {
			const reason = typeof run.value === 'string' ? run.value : 'none';
			if (reason === 'none') return;
			const last = (runs[k + 1]?.index ?? report.count) - 1;
			bands.push({ from: x(run.index), to: x(last), reason });
		});
	}
	return bands;
}
