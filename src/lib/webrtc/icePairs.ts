/**
 * A small getStats poller for the ICE view: the pair matrix of one peer of an IceCall, read at a
 * fixed interval while the call lives. (The general stats views have their own poller.)
 */
import type { PairMatrix } from '$lib/ice/pairs';
import type { IceCall } from './iceCall';
import type { PeerId } from './types';

/** Twice a second: fast enough to watch checks move through their states on loopback. */
export const PAIR_POLL_MS = 500;

/** Starts polling; returns the function that stops it. A poll never overlaps the previous one. */
export function pollPairs(
	call: IceCall,
	peer: PeerId,
	onMatrix: (matrix: PairMatrix) => void,
	intervalMs = PAIR_POLL_MS
): () => void {
	let stopped = false;
	let timer: ReturnType<typeof setTimeout> | undefined;
	const poll = async () => {
		try {
			const matrix = await call.pairs(peer);
			if (!stopped) onMatrix(matrix);
		} catch {
			// the call was closed under us; the next check of `stopped` ends the loop
		}
		if (!stopped) timer = setTimeout(poll, intervalMs);
	};
	void poll();
	return () => {
		stopped = true;
		clearTimeout(timer);
	};
}
