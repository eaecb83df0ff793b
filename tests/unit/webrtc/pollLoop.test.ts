import { afterEach, describe, expect, it, vi } from 'vitest';
import { PollLoop } from '$lib/webrtc/pollLoop';

afterEach(() => vi.useRealTimers());

describe('PollLoop', () => {
	it('goes on after a poll that rejects, and stops for good on stop()', async () => {
		vi.useFakeTimers();
		let calls = 0;
		const loop = new PollLoop(async () => {
			calls++;
			if (calls % 2 === 1) throw new Error('closed under us');
		}, 100);
		loop.start();
		await vi.advanceTimersByTimeAsync(350);
		expect(calls).toBe(4);
		expect(loop.running).toBe(true);
		loop.stop();
		await vi.advanceTimersByTimeAsync(1000);
		expect(calls).toBe(4);
		expect(loop.running).toBe(false);
	});

	it('a poll may stop its own loop: nothing is scheduled after it', async () => {
		vi.useFakeTimers();
		let calls = 0;
		const loop: PollLoop = new PollLoop(async () => {
			if (++calls === 2) loop.stop();
		}, 100);
		loop.start();
		await vi.advanceTimersByTimeAsync(1000);
		expect(calls).toBe(2);
	});
});
