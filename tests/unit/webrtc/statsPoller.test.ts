import { afterEach, describe, expect, it, vi } from 'vitest';
import { StatsPoller, type StatsTick } from '$lib/webrtc/statsPoller';

afterEach(() => vi.useRealTimers());

const snapshot = (n: number) => ({ takenAt: n, reports: {} });

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
		let inFlight = 0;
		let most = 0;
		const poller = new StatsPoller(
			() => ({
				A: async () => {
					inFlight++;
					most = Math.max(most, inFlight);
					await new Promise((r) => setTimeout(r, 2500));
					inFlight--;
					return snapshot(1);
				},
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
		expect(most).toBe(1);
		expect(ticks.length).toBeGreaterThan(1);
		expect(ticks.every((t) => t.length === 1 && t[0]!.peer === 'A')).toBe(true);
	});

	it('never starts a second poll while one is in flight: not on setInterval, not on stop then start', async () => {
		vi.useFakeTimers();
		let inFlight = 0;
		let most = 0;
		let calls = 0;
		const poller = new StatsPoller(
			() => ({
				A: async () => {
					calls++;
					inFlight++;
					most = Math.max(most, inFlight);
					await new Promise((r) => setTimeout(r, 2500));
					inFlight--;
					return snapshot(calls);
				}
			}),
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
		expect(most).toBe(1);
		expect(calls).toBe(1);
		// the poll in flight ends at 2500 ms; the next starts 250 ms later (the new interval)
		await vi.advanceTimersByTimeAsync(2200 + 250);
		expect(calls).toBe(2);
		await vi.advanceTimersByTimeAsync(10_000);
		poller.stop();
		expect(most).toBe(1);
	});
});
