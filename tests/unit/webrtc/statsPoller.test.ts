import { afterEach, describe, expect, it, vi } from 'vitest';
import { StatsPoller, type StatsTick } from '$lib/webrtc/statsPoller';

afterEach(() => vi.useRealTimers());

const snapshot = (n: number) => ({ takenAt: n, reports: {} });

/** A getStats that takes 2.5 s (a slow peer), counting its calls and how many ran at once. */
function slowGetStats() {
	const seen = { calls: 0, inFlight: 0, most: 0 };
	const getStats = async () => {
		seen.calls++;
		seen.inFlight++;
		seen.most = Math.max(seen.most, seen.inFlight);
		await new Promise((r) => setTimeout(r, 2500));
		seen.inFlight--;
		return snapshot(seen.calls);
	};
	return { seen, getStats };
}

describe('StatsPoller', () => {
	it('polls every peer at the interval, and the interval can change while it runs', async () => {
		vi.useFakeTimers();
		const ticks: StatsTick[][] = [];
		let n = 0;
		const poller = new StatsPoller(
			() => ({ A: async () => snapshot(++n), B: async () => snapshot(++n) }),
			(t) => ticks.push(t),
			1000
		);
		poller.start();
		await vi.advanceTimersByTimeAsync(0);
		expect(ticks).toHaveLength(1);
		expect(ticks[0]!.map((t) => t.peer)).toEqual(['A', 'B']);
		await vi.advanceTimersByTimeAsync(3000);
		expect(ticks).toHaveLength(4);
		poller.setInterval(250);
		await vi.advanceTimersByTimeAsync(1000);
		expect(ticks).toHaveLength(8);
		poller.stop();
		await vi.advanceTimersByTimeAsync(5000);
		expect(ticks).toHaveLength(8);
	});

	it('skips a peer whose getStats fails and never overlaps a slow poll', async () => {
		vi.useFakeTimers();
		const ticks: StatsTick[][] = [];
		const { seen, getStats } = slowGetStats();
		const poller = new StatsPoller(
			() => ({
				A: getStats,
				B: async () => {
					throw new Error('closed');
				}
			}),
			(t) => ticks.push(t),
			1000
		);
		poller.start();
		await vi.advanceTimersByTimeAsync(10_000);
		poller.stop();
		expect(seen.most).toBe(1);
		expect(ticks.length).toBeGreaterThan(1);
		expect(ticks.every((t) => t.length === 1 && t[0]!.peer === 'A')).toBe(true);
	});

	it('never starts a second poll while one is in flight: not on setInterval, not on stop then start', async () => {
		vi.useFakeTimers();
		const { seen, getStats } = slowGetStats();
		const poller = new StatsPoller(
			() => ({ A: getStats }),
			() => {},
			1000
		);
		poller.start();
		await vi.advanceTimersByTimeAsync(100); // the first poll is in flight
		poller.setInterval(250);
		await vi.advanceTimersByTimeAsync(100);
		poller.stop();
		poller.start();
		await vi.advanceTimersByTimeAsync(100);
		expect(seen.most).toBe(1);
		expect(seen.calls).toBe(1);
		// the poll in flight ends at 2500 ms; the next starts 250 ms later (the new interval)
		await vi.advanceTimersByTimeAsync(2200 + 250);
		expect(seen.calls).toBe(2);
		await vi.advanceTimersByTimeAsync(10_000);
		poller.stop();
		expect(seen.most).toBe(1);
	});
});
