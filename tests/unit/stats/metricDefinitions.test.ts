import { describe, expect, it } from 'vitest';
import { METRICS, metricById, rawMetric, specUrl } from '$lib/stats/metricDefinitions';

describe('the metric definitions', () => {
	it('every metric names a webrtc-stats member anchor and a unique id', () => {
		expect(new Set(METRICS.map((m) => m.id)).size).toBe(METRICS.length);
		for (const metric of METRICS) expect(metric.spec).toMatch(/^dom-rtc[a-z]+stats-[a-z]+$/);
	});

	it('a rate prints its formula from its member and scale, and links its definition', () => {
		expect(metricById('bitrateOut')!.formula).toBe('8 × ΔbytesSent / (Δtimestamp / 1000)');
		expect(metricById('packetsOut')!.formula).toBe('ΔpacketsSent / (Δtimestamp / 1000)');
		expect(metricById('jitter')!.formula).toBe('jitter × 1000');
		expect(metricById('fpsIn')!.formula).toBe('framesPerSecond');
		expect(specUrl(metricById('bitrateOut')!)).toBe(
			'https://www.w3.org/TR/webrtc-stats/#dom-rtcsentrtpstreamstats-bytessent'
		);
		expect(metricById('nope')).toBeUndefined();
	});

	it('a raw member is a gauge of itself, with no spec anchor', () => {
		expect(rawMetric('candidate-pair', 'goog-x')).toMatchObject({
			kind: 'value',
			a: 'goog-x',
			scale: 1,
			unit: 'raw',
			formula: 'goog-x',
			spec: ''
		});
	});
});
