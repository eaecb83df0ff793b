import { afterEach, describe, expect, it, vi } from 'vitest';
import { pollPairs, type PairSource } from '$lib/webrtc/icePairs';

describe('pair polling', () => {
	afterEach(() => vi.useRealTimers());

	it('stops by itself after the call failed or closed, with one last picture', async () => {
		vi.useFakeTimers();
		let state = 'checking';
		let polls = 0;
		const call: PairSource = {
			pairs: async () => {
				polls++;
				return { local: [], remote: [], pairs: [], selectedPairId: null };
			},
			ended: () => state === 'failed' || state === 'closed'
		};
		const shown: number[] = [];
		const stop = pollPairs(call, 'A', () => shown.push(polls), 500);
		await vi.advanceTimersByTimeAsync(1100);
		expect(polls).toBe(3);
		state = 'failed';
		await vi.advanceTimersByTimeAsync(500);
		expect(polls).toBe(4);
		expect(shown.at(-1)).toBe(4);
		await vi.advanceTimersByTimeAsync(10_000);
		expect(polls).toBe(4);
		stop();
	});
});
