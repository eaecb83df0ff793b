import { describe, expect, it } from 'vitest';
import { StatsHistory } from '$lib/stats/history';
import { metricById } from '$lib/stats/metricDefinitions';
import { metricAt } from '$lib/stats/metrics';

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
});
