/**
 * The thresholds the findings use, each with where it comes from. Where no spec or well-known tool
 * states a number, the constant says it is Peerscope's own choice and why.
 */
export interface Threshold {
	value: number;
	unit: 'ms' | 'percent' | 'ratio';
	/** where the number comes from, as shown beside the finding */
	source: string;
}

function threshold(value: number, unit: Threshold['unit'], source: string): Threshold {
	return { value, unit, source };
}

/**
 * Round-trip time: ITU-T G.114 (05/2003) §3 recommends at most 150 ms one-way (mouth-to-ear) delay
 * for most interactive applications; twice that is the round trip.
 */
export const RTT_MAX = threshold(
	300,
	'ms',
	'ITU-T G.114 §3: ≤ 150 ms one way, so ≤ 300 ms round trip'
);

/**
 * Jitter: the voice targets of Cisco's Enterprise QoS Solution Reference Network Design Guide
 * (loss ≤ 1 %, one-way latency ≤ 150 ms, average one-way jitter ≤ 30 ms).
 */
export const JITTER_MAX = threshold(30, 'ms', 'Cisco Enterprise QoS SRND, voice: jitter ≤ 30 ms');

/** Packet loss: the same Cisco voice target, loss ≤ 1 %. */
export const LOSS_MAX = threshold(1, 'percent', 'Cisco Enterprise QoS SRND, voice: loss ≤ 1 %');

/**
 * How long a value must stay over its threshold to count as sustained: Peerscope's choice, five
 * samples at the default 1 s getStats interval, so one late RTCP report is not a finding.
 */
export const SUSTAINED_MS = 5000;

/**
 * Time from the first description to connectionState "connected" above which setup is called
 * slow: Peerscope's choice (no spec states one); a loopback call takes well under a second, and
 * RFC 8445 §14 paces checks at Ta = 50 ms, so seconds mean retransmissions or a far relay.
 */
export const SLOW_CONNECT_MS = 3000;

/**
 * No media flowing: bytes not increasing for this long on a connected connection. Peerscope's
 * choice: three samples at 1 s, more than an RTCP interval (RFC 3550 §6.2 minimum 5 s is for
 * reports, not media; media at any bitrate moves bytes every second).
 */
export const NO_MEDIA_MS = 3000;

/** Frames dropped above this share of frames received is a finding: Peerscope's choice (2 %). */
export const FRAMES_DROPPED_RATIO = threshold(2, 'percent', 'Peerscope: 2 % of frames received');

/**
 * Audio concealment: concealedSamples / totalSamplesReceived (webrtc-stats §7.5) above 2 %:
 * Peerscope's choice, roughly where concealment becomes audible as warble in NetEQ.
 */
export const CONCEALED_RATIO = threshold(2, 'percent', 'Peerscope: 2 % of samples concealed');

/**
 * A resolution or frame-rate drop: below this share of the stream's own best sustained value.
 * Peerscope's choice (three quarters).
 */
export const DROP_RATIO = 0.75;
