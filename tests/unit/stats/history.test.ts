import { describe, expect, it } from 'vitest';
import { DEFAULT_CAPACITY, ReportHistory, StatsHistory } from '$lib/stats/history';
import type { StatsSnapshot } from '$lib/vocabulary';

function snapshot(
	t: number,
	bytesSent: number,
	extra: Record<string, unknown> = {}
): StatsSnapshot {
	return {
		takenAt: t,
		reports: {
			OT1: { id: 'OT1', type: 'outbound-rtp', timestamp: t, ssrc: 42, bytesSent, ...extra }
		}
	};
}

describe('StatsHistory', () => {
	it('covers two hours at one sample a second by default', () => {
		expect(DEFAULT_CAPACITY).toBeGreaterThanOrEqual(7200);
	});

	it('keeps constants without allocating a ring and counters in one', () => {
		const history = new StatsHistory(100);
		for (let i = 0; i < 10; i++) history.addSnapshot(snapshot(1000 * i, 100 * i));
		const report = history.report('OT1')!;
		expect(report.count).toBe(10);
		expect(report.member('ssrc')!.byteSize).toBe(8);
		expect(report.member('bytesSent')!.byteSize).toBe(800);
		expect(report.member('ssrc')!.get(7)).toBe(42);
		expect(report.member('bytesSent')!.get(7)).toBe(700);
		expect(report.time(7)).toBe(7000);
	});

	it('drops the oldest samples past its capacity and keeps the newest', () => {
		const history = new StatsHistory(5);
		for (let i = 0; i < 12; i++)
			history.addSnapshot(snapshot(1000 * i, 100 * i, { reason: i < 9 ? 'none' : 'cpu' }));
		const report = history.report('OT1')!;
		expect(report.oldestIndex).toBe(7);
		expect(report.member('bytesSent')!.get(6)).toBeUndefined();
		expect(report.time(6)).toBeNaN();
		expect([7, 8, 9, 10, 11].map((i) => report.member('bytesSent')!.get(i))).toEqual([
			700, 800, 900, 1000, 1100
		]);
		expect([7, 8, 9, 11].map((i) => report.member('reason')!.get(i))).toEqual([
			'none',
			'none',
			'cpu',
			'cpu'
		]);
	});

	it('marks a member that is missing from a sample as missing there', () => {
		const history = new StatsHistory(10);
		history.addSnapshot(snapshot(0, 0, { jitter: 0.01, reason: 'none' }));
		history.addSnapshot(snapshot(1000, 10));
		history.addSnapshot(snapshot(2000, 20, { jitter: 0.02, reason: 'cpu' }));
		const report = history.report('OT1')!;
		expect(report.member('jitter')!.get(1)).toBeUndefined();
		expect(report.member('jitter')!.get(2)).toBe(0.02);
		expect(report.member('reason')!.get(1)).toBeUndefined();
	});

	it('marks a member missing in the sample where another appears (as many members as before)', () => {
		const history = new StatsHistory(10);
		history.addSnapshot(snapshot(0, 0, { jitter: 0.01 }));
		history.addSnapshot(snapshot(1000, 10, { framesPerSecond: 30 }));
		const report = history.report('OT1')!;
		expect(report.member('jitter')!.get(0)).toBe(0.01);
		expect(report.member('jitter')!.get(1)).toBeUndefined();
		expect(report.member('framesPerSecond')!.get(1)).toBe(30);
	});

	it('keeps a member that appears late from its first sample on', () => {
		const history = new StatsHistory(10);
		history.addSnapshot(snapshot(0, 0));
		history.addSnapshot(snapshot(1000, 10, { framesPerSecond: 30 }));
		const member = history.report('OT1')!.member('framesPerSecond')!;
		expect(member.firstIndex).toBe(1);
		expect(member.get(0)).toBeUndefined();
		expect(member.get(1)).toBe(30);
	});

	it('gives its kept times oldest first, across the wrap of its ring', () => {
		const history = new StatsHistory(5);
		for (let i = 0; i < 12; i++) history.addSnapshot(snapshot(1000 * i, 100 * i));
		expect([...history.report('OT1')!.keptTimes()]).toEqual([7000, 8000, 9000, 10000, 11000]);
		const times = new Float64Array([1, 2, 3]);
		const imported = ReportHistory.fromColumns('R', 'codec', times, []);
		times[0] = 0.5; // kept as the report's own, not copied
		expect([0, 1, 2].map((i) => imported.time(i))).toEqual([0.5, 2, 3]);
		expect([...imported.keptTimes()]).toEqual([0.5, 2, 3]);
	});

	it('remembers the latest and the previous report for the explorer', () => {
		const history = new StatsHistory(10);
		history.addSnapshot(snapshot(0, 0));
		history.addSnapshot(snapshot(1000, 10));
		const report = history.report('OT1')!;
		expect(report.previous?.bytesSent).toBe(0);
		expect(report.latest?.bytesSent).toBe(10);
	});
});

describe('fromColumns (import)', () => {
	it('builds the same history as sample by sample, members aligned from the end', () => {
		const report = ReportHistory.fromColumns(
			'R',
			'inbound-rtp',
			[1000, 2000, 3000, 4000],
			[
				['bytesReceived', [0, 10, 30, 60]],
				['ssrc', [7, 7, 7, 7]],
				['jitter', [0.1, 0.2]],
				['late', [null, null, 5, 6]],
				['codecId', ['C1', 'C1', 'C2', 'C2']]
			]
		);
		expect(report.count).toBe(4);
		expect(report.time(3)).toBe(4000);
		expect([0, 1, 2, 3].map((i) => report.member('bytesReceived')!.get(i))).toEqual([
			0, 10, 30, 60
		]);
		expect(report.member('ssrc')!.byteSize).toBe(8);
		expect([0, 1, 2, 3].map((i) => report.member('jitter')!.get(i))).toEqual([
			undefined,
			undefined,
			0.1,
			0.2
		]);
		expect(report.member('late')!.firstIndex).toBe(2);
		expect(report.member('late')!.numeric).toBe(true);
		expect(report.member('codecId')!.runs()).toEqual([
			{ index: 0, value: 'C1' },
			{ index: 2, value: 'C2' }
		]);
	});
});
