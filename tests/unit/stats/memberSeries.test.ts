import { describe, expect, it } from 'vitest';
import { ReportHistory } from '$lib/stats/history';
import { MemberSeries } from '$lib/stats/memberSeries';

describe('MemberSeries', () => {
	it('switches a member to change points when a number turns into text', () => {
		const report = new ReportHistory('x', 'codec', 10);
		report.add(0, { v: 1 });
		report.add(1, { v: 2 });
		report.add(2, { v: 'two' });
		expect([0, 1, 2].map((i) => report.member('v')!.get(i))).toEqual([1, 2, 'two']);
	});

	it('reads a lazy column once, aligned from the end, when a sample is first asked for', () => {
		const report = ReportHistory.fromColumns('R', 'inbound-rtp', [1, 2, 3], []);
		let reads = 0;
		const series = MemberSeries.lazy('jitter', report, {
			read: () => {
				reads++;
				return [0.1, 0.2];
			}
		});
		expect(reads).toBe(0);
		expect(series.byteSize).toBe(0);
		expect([0, 1, 2].map((i) => series.get(i))).toEqual([undefined, 0.1, 0.2]);
		expect(series.firstIndex).toBe(1);
		expect(reads).toBe(1);
	});
});

describe('runs', () => {
	it('lists the kept change points of a member, the first kept sample starting a run', () => {
		const report = new ReportHistory('x', 'outbound-rtp', 4);
		['none', 'cpu', 'cpu', 'none', 'none', 'bandwidth'].forEach((reason, i) =>
			report.add(i, { reason, n: i < 3 ? 1 : 2 })
		);
		// kept: samples 2..5
		expect(report.member('reason')!.runs()).toEqual([
			{ index: 2, value: 'cpu' },
			{ index: 3, value: 'none' },
			{ index: 5, value: 'bandwidth' }
		]);
		expect(report.member('n')!.runs()).toEqual([
			{ index: 2, value: 1 },
			{ index: 3, value: 2 }
		]);
	});
});
