import { describe, expect, it } from 'vitest';
import { StatsHistory } from '$lib/stats/history';
import { metricById } from '$lib/stats/metricDefinitions';
import { metricAt } from '$lib/stats/metrics';
import { formatNumber, workedFormula } from '$lib/stats/workedFormula';

describe('show the math', () => {
	it('puts the two samples into the formula', () => {
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
	});

	it('a gauge is its member times its scale', () => {
		const jitter = new StatsHistory(10);
		jitter.addSnapshot({
			takenAt: 0,
			reports: { R: { id: 'R', type: 'inbound-rtp', timestamp: 0, jitter: 0.0125 } }
		});
		const j = metricById('jitter')!;
		expect(workedFormula(j, metricAt(jitter.report('R')!, j, 0))).toBe('0.0125 × 1000');
	});

	it('prints integers whole, large values to the thousandth, small ones to 6 digits', () => {
		expect(formatNumber(42)).toBe('42');
		expect(formatNumber(10_500.25)).toBe('10500.25');
		expect(formatNumber(1234.56789)).toBe('1234.568');
		expect(formatNumber(0.123456789)).toBe('0.123457');
		expect(formatNumber(NaN)).toBe('NaN');
	});
});
