import { describe, expect, it } from 'vitest';
import { StatsHistory } from '$lib/stats/history';
import { METRICS, metricAt, metricById, specUrl, reportLabel } from '$lib/stats/metrics';

function historyOf(samples: Record<string, unknown>[], type = 'inbound-rtp'): StatsHistory {
	const history = new StatsHistory(100);
	samples.forEach((members, i) =>
		history.addSnapshot({
			takenAt: i,
			reports: { R: { id: 'R', type, timestamp: 1000 * i, kind: 'video', ...members } }
		})
	);
	return history;
}

describe('derived metrics', () => {
	it('bitrate = 8 × Δbytes / Δt, with the two raw samples', () => {
		const history = new StatsHistory(10);
		history.addSnapshot({
			takenAt: 0,
			reports: { O: { id: 'O', type: 'outbound-rtp', timestamp: 10_000, bytesSent: 1000 } }
		});
		history.addSnapshot({
			takenAt: 0,
			reports: { O: { id: 'O', type: 'outbound-rtp', timestamp: 10_500, bytesSent: 26_000 } }
		});
		const point = metricAt(history.report('O')!, metricById('bitrateOut')!, 1);
		expect(point.value).toBe((8 * 25_000) / 0.5);
		expect(point.samples).toEqual([
			{ index: 0, timestamp: 10_000, a: 1000 },
			{ index: 1, timestamp: 10_500, a: 26_000 }
		]);
		expect(metricById('bitrateOut')!.formula).toBe('8 × ΔbytesSent / (Δtimestamp / 1000)');
		expect(specUrl(metricById('bitrateOut')!)).toBe(
			'https://www.w3.org/TR/webrtc-stats/#dom-rtcsentrtpstreamstats-bytessent'
		);
	});

	it('the first sample has no rate, a counter that goes back is a gap, not a negative rate', () => {
		const history = historyOf([{ bytesReceived: 100 }, { bytesReceived: 50 }]);
		const metric = metricById('bitrateIn')!;
		expect(metricAt(history.report('R')!, metric, 0).gap).toBe('first');
		expect(metricAt(history.report('R')!, metric, 1)).toMatchObject({ value: null, gap: 'reset' });
	});

	it('packet loss % uses lost and received in the interval', () => {
		const history = historyOf([
			{ packetsLost: 0, packetsReceived: 0 },
			{ packetsLost: 5, packetsReceived: 95 },
			{ packetsLost: 5, packetsReceived: 95 }
		]);
		const metric = metricById('packetLoss')!;
		expect(metricAt(history.report('R')!, metric, 1).value).toBe(5);
		// nothing expected in the interval: 0 %, not a gap
		expect(metricAt(history.report('R')!, metric, 2).value).toBe(0);
	});

	it('jitter-buffer delay per emitted frame is Δdelay / Δcount in ms, and no frames is a gap', () => {
		const history = historyOf([
			{ jitterBufferDelay: 1, jitterBufferEmittedCount: 10 },
			{ jitterBufferDelay: 2.5, jitterBufferEmittedCount: 40 },
			{ jitterBufferDelay: 2.5, jitterBufferEmittedCount: 40 }
		]);
		const metric = metricById('jitterBufferDelay')!;
		expect(metricAt(history.report('R')!, metric, 1).value).toBeCloseTo(50);
		expect(metricAt(history.report('R')!, metric, 2).gap).toBe('zeroDenominator');
	});

	it('gauges scale the member (jitter in s → ms) and text metrics give the text', () => {
		const history = historyOf([{ jitter: 0.012 }]);
		expect(metricAt(history.report('R')!, metricById('jitter')!, 0).value).toBeCloseTo(12);
		const out = historyOf([{ qualityLimitationReason: 'bandwidth' }], 'outbound-rtp');
		expect(metricAt(out.report('R')!, metricById('qualityLimitation')!, 0).text).toBe('bandwidth');
	});

	it('Δt = 0 is a gap', () => {
		const history = new StatsHistory(10);
		for (const bytesSent of [0, 10])
			history.addSnapshot({
				takenAt: 0,
				reports: { O: { id: 'O', type: 'outbound-rtp', timestamp: 5, bytesSent } }
			});
		expect(metricAt(history.report('O')!, metricById('bitrateOut')!, 1).gap).toBe('noTime');
	});

	it('every metric names a webrtc-stats member anchor and a unique id', () => {
		expect(new Set(METRICS.map((m) => m.id)).size).toBe(METRICS.length);
		for (const metric of METRICS) expect(metric.spec).toMatch(/^dom-rtc[a-z]+stats-[a-z]+$/);
	});

	it('labels a report by kind, type, mid and ssrc', () => {
		const history = historyOf([{ mid: '1', ssrc: 99 }]);
		expect(reportLabel(history.report('R')!)).toBe('video · inbound-rtp · mid 1 · ssrc 99');
	});
});

describe('show the math', () => {
	it('puts the two samples into the formula', async () => {
		const { workedFormula, formatNumber } = await import('$lib/stats/metrics');
		const history = new StatsHistory(10);
		const samples: [number, number][] = [
			[10_000, 1000],
			[10_500, 26_000]
		];
		for (const [timestamp, bytesSent] of samples)
			history.addSnapshot({
				takenAt: 0,
				reports: { O: { id: 'O', type: 'outbound-rtp', timestamp, bytesSent } }
			});
		const metric = metricById('bitrateOut')!;
		const point = metricAt(history.report('O')!, metric, 1);
		expect(workedFormula(metric, point)).toBe('8 × (26000 − 1000) / ((10500 − 10000) / 1000)');
		expect(formatNumber(point.value!)).toBe('400000');
		// The printed formula, with the deltas put in, gives the plotted value (Δtimestamp is in ms).
		const printed = metric.formula
			.replace('ΔbytesSent', '25000')
			.replace('Δtimestamp', '500')
			.replaceAll('×', '*');
		expect(printed).toMatch(/^[\d\s*/()]+$/);
		expect(new Function(`return ${printed}`)()).toBe(point.value);
		expect(workedFormula(metric, metricAt(history.report('O')!, metric, 0))).toBeNull();
		const jitter = historyOf([{ jitter: 0.0125 }]);
		const j = metricById('jitter')!;
		expect(workedFormula(j, metricAt(jitter.report('R')!, j, 0))).toBe('0.0125 × 1000');
	});
});
