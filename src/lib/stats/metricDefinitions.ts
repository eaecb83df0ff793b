/**
 * The derived metrics the charts draw, as data: each one's formula and the raw getStats() members
 * it reads, as the W3C "Identifiers for WebRTC's Statistics API" (webrtc-stats) defines them, so
 * "show the math" can print the two raw samples, the formula and the definition for any point.
 * metrics.ts computes them; workedFormula.ts prints the math.
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
