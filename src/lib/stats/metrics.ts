import type { ReportHistory } from './history';

/**
 * The derived metrics the charts draw, each computed from raw getStats() members as the W3C
 * "Identifiers for WebRTC's Statistics API" (webrtc-stats) defines them. Every metric keeps its
 * formula and the members it reads, so "show the math" can print the two raw samples, the
 * formula and the definition for any point.
 */

/** Where the members are defined. */
export const WEBRTC_STATS_URL = 'https://www.w3.org/TR/webrtc-stats/';

export type MetricUnit =
	'bps' | 'pps' | 'percent' | 'ms' | 'fps' | 'px' | 'count' | 'level' | 'text' | 'raw';

/**
 * - `rate`: scale × Δa / Δt (seconds), e.g. bitrate = 8 × ΔbytesSent / (Δtimestamp / 1000)
 * - `ratio`: scale × Δa / Δb, e.g. jitter-buffer delay per emitted frame
 * - `lossRatio`: 100 × Δlost / (Δlost + Δreceived)
 * - `value`: scale × a, a gauge the browser already averages (jitter, RTT, framesPerSecond)
 * - `text`: a string member shown as a band (qualityLimitationReason)
 */
export type MetricKind = 'rate' | 'ratio' | 'lossRatio' | 'value' | 'text';

export interface MetricDefinition {
	/** catalog key suffix and stable id, e.g. `bitrateOut` */
	id: string;
	/** the report type it reads */
	reportType: string;
	kind: MetricKind;
	/** the members it reads: `a` (and `b` for ratio / lossRatio) */
	a: string;
	b?: string;
	scale: number;
	unit: MetricUnit;
	/** the formula as printed, with the members' names */
	formula: string;
	/** the member's anchor in webrtc-stats, e.g. `dom-rtcsentrtpstreamstats-bytessent` */
	spec: string;
	/** only for reports of this media kind */
	mediaKind?: 'audio' | 'video';
}

/**
 * A metric definition builder for one kind: the table below lists each metric as
 * `rate(id, reportType, a, scale, unit, spec, mediaKind?)` and the kind's formula text is derived.
 */
const definer =
	(kind: 'rate' | 'value', formulaOf: (a: string, scale: number) => string) =>
	(
		id: string,
		reportType: string,
		a: string,
		scale: number,
		unit: MetricUnit,
		spec: string,
		mediaKind?: 'audio' | 'video'
	): MetricDefinition => ({
		id,
		reportType,
		kind,
		a,
		scale,
		unit,
		formula: formulaOf(a, scale),
		spec,
		mediaKind
	});

// timestamps are in milliseconds (DOMHighResTimeStamp) and the rate is per second
const rate = definer(
	'rate',
	(a, scale) => `${scale === 1 ? '' : `${scale} × `}Δ${a} / (Δtimestamp / ${MS_PER_S})`
);
const gauge = definer('value', (a, scale) => (scale === 1 ? a : `${a} × ${scale}`));

/** Δt is in seconds: RTCStats.timestamp is in milliseconds (webrtc-stats §5.1, DOMHighResTimeStamp). */
export const MS_PER_S = 1000;
/** bytes → bits */
export const BITS_PER_BYTE = 8;

export const METRICS: readonly MetricDefinition[] = [
	rate(
		'bitrateOut',
		'outbound-rtp',
		'bytesSent',
		BITS_PER_BYTE,
		'bps',
		'dom-rtcsentrtpstreamstats-bytessent'
	),
	rate(
		'bitrateIn',
		'inbound-rtp',
		'bytesReceived',
		BITS_PER_BYTE,
		'bps',
		'dom-rtcinboundrtpstreamstats-bytesreceived'
	),
	rate(
		'packetsOut',
		'outbound-rtp',
		'packetsSent',
		1,
		'pps',
		'dom-rtcsentrtpstreamstats-packetssent'
	),
	rate(
		'packetsIn',
		'inbound-rtp',
		'packetsReceived',
		1,
		'pps',
		'dom-rtcreceivedrtpstreamstats-packetsreceived'
	),
	{
		id: 'packetLoss',
		reportType: 'inbound-rtp',
		kind: 'lossRatio',
		a: 'packetsLost',
		b: 'packetsReceived',
		scale: 100,
		unit: 'percent',
		formula: '100 × ΔpacketsLost / (ΔpacketsLost + ΔpacketsReceived)',
		spec: 'dom-rtcreceivedrtpstreamstats-packetslost'
	},
	{
		id: 'remoteLoss',
		reportType: 'remote-inbound-rtp',
		kind: 'value',
		a: 'fractionLost',
		scale: 100,
		unit: 'percent',
		formula: 'fractionLost × 100',
		spec: 'dom-rtcremoteinboundrtpstreamstats-fractionlost'
	},
	gauge('jitter', 'inbound-rtp', 'jitter', MS_PER_S, 'ms', 'dom-rtcreceivedrtpstreamstats-jitter'),
	gauge(
		'remoteRtt',
		'remote-inbound-rtp',
		'roundTripTime',
		MS_PER_S,
		'ms',
		'dom-rtcremoteinboundrtpstreamstats-roundtriptime'
	),
	gauge(
		'pairRtt',
		'candidate-pair',
		'currentRoundTripTime',
		MS_PER_S,
		'ms',
		'dom-rtcicecandidatepairstats-currentroundtriptime'
	),
	gauge(
		'availableOutgoingBitrate',
		'candidate-pair',
		'availableOutgoingBitrate',
		1,
		'bps',
		'dom-rtcicecandidatepairstats-availableoutgoingbitrate'
	),
	gauge(
		'fpsOut',
		'outbound-rtp',
		'framesPerSecond',
		1,
		'fps',
		'dom-rtcoutboundrtpstreamstats-framespersecond',
		'video'
	),
	gauge(
		'fpsIn',
		'inbound-rtp',
		'framesPerSecond',
		1,
		'fps',
		'dom-rtcinboundrtpstreamstats-framespersecond',
		'video'
	),
	gauge(
		'widthOut',
		'outbound-rtp',
		'frameWidth',
		1,
		'px',
		'dom-rtcoutboundrtpstreamstats-framewidth',
		'video'
	),
	gauge(
		'heightOut',
		'outbound-rtp',
		'frameHeight',
		1,
		'px',
		'dom-rtcoutboundrtpstreamstats-frameheight',
		'video'
	),
	gauge(
		'widthIn',
		'inbound-rtp',
		'frameWidth',
		1,
		'px',
		'dom-rtcinboundrtpstreamstats-framewidth',
		'video'
	),
	gauge(
		'heightIn',
		'inbound-rtp',
		'frameHeight',
		1,
		'px',
		'dom-rtcinboundrtpstreamstats-frameheight',
		'video'
	),
	rate(
		'framesDropped',
		'inbound-rtp',
		'framesDropped',
		1,
		'fps',
		'dom-rtcinboundrtpstreamstats-framesdropped',
		'video'
	),
	{
		id: 'jitterBufferDelay',
		reportType: 'inbound-rtp',
		kind: 'ratio',
		a: 'jitterBufferDelay',
		b: 'jitterBufferEmittedCount',
		scale: MS_PER_S,
		unit: 'ms',
		formula: '1000 × ΔjitterBufferDelay / ΔjitterBufferEmittedCount',
		spec: 'dom-rtcinboundrtpstreamstats-jitterbufferdelay'
	},
	gauge(
		'audioLevel',
		'inbound-rtp',
		'audioLevel',
		1,
		'level',
		'dom-rtcinboundrtpstreamstats-audiolevel',
		'audio'
	),
	rate(
		'concealedSamples',
		'inbound-rtp',
		'concealedSamples',
		1,
		'count',
		'dom-rtcinboundrtpstreamstats-concealedsamples',
		'audio'
	),
	{
		id: 'qualityLimitation',
		reportType: 'outbound-rtp',
		kind: 'text',
		a: 'qualityLimitationReason',
		scale: 1,
		unit: 'text',
		formula: 'qualityLimitationReason',
		spec: 'dom-rtcoutboundrtpstreamstats-qualitylimitationreason',
		mediaKind: 'video'
	}
];

/** The id of every raw-member "metric": the member as the browser reports it. */
export const RAW_METRIC = 'raw';

/**
 * Any numeric member of a report as its own series, unchanged (the explorer's "chart this
 * member"; every series of an imported dump can be drawn this way). No spec anchor: the member
 * may be a browser's own (goog*, Chrome extras).
 */
export function rawMetric(reportType: string, member: string): MetricDefinition {
	return {
		id: RAW_METRIC,
		reportType,
		kind: 'value',
		a: member,
		scale: 1,
		unit: 'raw',
		formula: member,
		spec: ''
	};
}

export function metricById(id: string): MetricDefinition | undefined {
	return METRICS.find((m) => m.id === id);
}

export function specUrl(metric: MetricDefinition): string {
	return `${WEBRTC_STATS_URL}#${metric.spec}`;
}

/** Whether a metric applies to a report (its type and, for audio- or video-only ones, its kind). */
export function metricApplies(metric: MetricDefinition, report: ReportHistory): boolean {
	if (metric.reportType !== report.type) return false;
	if (!metric.mediaKind) return true;
	const kind = report.latest?.kind ?? report.member('kind')?.get(report.count - 1);
	return kind === undefined || kind === metric.mediaKind;
}

/** One raw sample a derived value was computed from. */
export interface RawSample {
	index: number;
	/** the report's timestamp, ms */
	timestamp: number;
	a: number;
	b?: number;
}

/** A derived value and everything needed to show how it was computed. */
export interface MetricPoint {
	value: number | null;
	text?: string;
	/** the earlier and the later sample (one sample for gauges) */
	samples: RawSample[];
	/** why no value: the first sample, a counter that went backwards, Δt = 0, missing members */
	gap?: 'first' | 'reset' | 'noTime' | 'missing' | 'zeroDenominator';
}

function sample(report: ReportHistory, metric: MetricDefinition, index: number): RawSample {
	const s: RawSample = {
		index,
		timestamp: report.time(index),
		a: report.member(metric.a)?.number(index) ?? NaN
	};
	if (metric.b) s.b = report.member(metric.b)?.number(index) ?? NaN;
	return s;
}

/**
 * The metric's value at sample `index` of `report`, with the samples it came from. Rates use the
 * previous kept sample; a counter that goes backwards (a restarted stream) gives a gap, not a
 * negative rate.
 */
export function metricAt(
	report: ReportHistory,
	metric: MetricDefinition,
	index: number
): MetricPoint {
	if (metric.kind === 'text') {
		const value = report.member(metric.a)?.get(index);
		return {
			value: null,
			text: typeof value === 'string' ? value : undefined,
			samples: [],
			gap: typeof value === 'string' ? undefined : 'missing'
		};
	}
	const current = sample(report, metric, index);
	if (metric.kind === 'value') {
		if (!Number.isFinite(current.a)) return { value: null, samples: [current], gap: 'missing' };
		return { value: current.a * metric.scale, samples: [current] };
	}
	if (index - 1 < report.oldestIndex) return { value: null, samples: [current], gap: 'first' };
	const before = sample(report, metric, index - 1);
	const samples = [before, current];
	const da = current.a - before.a;
	if (!Number.isFinite(da)) return { value: null, samples, gap: 'missing' };
	if (da < 0) return { value: null, samples, gap: 'reset' };
	if (metric.kind === 'rate') {
		const dt = (current.timestamp - before.timestamp) / MS_PER_S;
		if (!(dt > 0)) return { value: null, samples, gap: 'noTime' };
		return { value: (metric.scale * da) / dt, samples };
	}
	const db = (current.b ?? NaN) - (before.b ?? NaN);
	if (!Number.isFinite(db)) return { value: null, samples, gap: 'missing' };
	if (db < 0) return { value: null, samples, gap: 'reset' };
	if (metric.kind === 'ratio') {
		if (db === 0) return { value: null, samples, gap: 'zeroDenominator' };
		return { value: (metric.scale * da) / db, samples };
	}
	// lossRatio: nothing expected in the interval is 0 % lost, not a gap.
	const expected = da + db;
	return { value: expected === 0 ? 0 : (metric.scale * da) / expected, samples };
}

/**
 * The value `metricAt` gives at sample `index`, without the samples it came from: what a chart
 * draws, thousands of times per series, so nothing is allocated per point.
 */
export function metricValueAt(
	report: ReportHistory,
	metric: MetricDefinition,
	index: number
): number | null {
	if (metric.kind === 'text') return null;
	const a = report.member(metric.a);
	const current = a ? a.number(index) : NaN;
	if (metric.kind === 'value') return Number.isFinite(current) ? current * metric.scale : null;
	if (index - 1 < report.oldestIndex) return null;
	const da = current - (a ? a.number(index - 1) : NaN);
	if (!Number.isFinite(da) || da < 0) return null;
	if (metric.kind === 'rate') {
		const dt = (report.time(index) - report.time(index - 1)) / MS_PER_S;
		return dt > 0 ? (metric.scale * da) / dt : null;
	}
	const b = metric.b ? report.member(metric.b) : undefined;
	const db = b ? b.number(index) - b.number(index - 1) : NaN;
	if (!Number.isFinite(db) || db < 0) return null;
	if (metric.kind === 'ratio') return db === 0 ? null : (metric.scale * da) / db;
	const expected = da + db;
	return expected === 0 ? 0 : (metric.scale * da) / expected;
}

/** A short label for a report in a legend: `video out 0 (ssrc 1234)`. */
export function reportLabel(report: ReportHistory): string {
	const latest: Record<string, unknown> = report.latest ?? {};
	const kind = typeof latest.kind === 'string' ? latest.kind : '';
	const mid = latest.mid ?? latest.trackIdentifier;
	const ssrc = latest.ssrc;
	const parts = [kind, report.type];
	if (mid !== undefined && mid !== null && mid !== '') parts.push(`mid ${String(mid)}`);
	if (ssrc !== undefined) parts.push(`ssrc ${String(ssrc)}`);
	if (parts.length === 2 && !kind) parts.push(report.id);
	return parts.filter(Boolean).join(' · ');
}

/**
 * A number as printed in "show the math": integers as they are, large values to the thousandth
 * (a timestamp keeps its microseconds), small ones to 6 significant digits.
 */
export function formatNumber(value: number): string {
	if (!Number.isFinite(value)) return String(value);
	if (Number.isInteger(value)) return String(value);
	// Large values (timestamps in ms, byte counters) keep every digit before the point.
	if (Math.abs(value) >= 1000) return String(Math.round(value * 1000) / 1000);
	return String(Number(value.toPrecision(6)));
}

/**
 * The formula with the two samples put in, e.g.
 * `8 × (26000 − 1000) / ((10500 − 10000) / 1000)`; null when there is no value.
 */
export function workedFormula(metric: MetricDefinition, point: MetricPoint): string | null {
	if (point.value === null) return null;
	const n = formatNumber;
	const scale = metric.scale === 1 ? '' : `${n(metric.scale)} × `;
	const [before, after] = point.samples;
	switch (metric.kind) {
		case 'value':
			return metric.scale === 1 ? n(after?.a ?? before!.a) : `${n(before!.a)} × ${n(metric.scale)}`;
		case 'rate':
			return `${scale}(${n(after!.a)} − ${n(before!.a)}) / ((${n(after!.timestamp)} − ${n(before!.timestamp)}) / ${MS_PER_S})`;
		case 'ratio':
			return `${scale}(${n(after!.a)} − ${n(before!.a)}) / (${n(after!.b!)} − ${n(before!.b!)})`;
		case 'lossRatio': {
			const lost = `(${n(after!.a)} − ${n(before!.a)})`;
			return `${scale}${lost} / (${lost} + (${n(after!.b!)} − ${n(before!.b!)}))`;
		}
		case 'text':
			return null;
	}
}
