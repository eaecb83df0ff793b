/**
 * The ICE view's getStats polling: the pair matrix of one peer of an IceCall, read at a fixed
 * interval while the call lives, on the same poll loop as the stats views (PollLoop).
 */
import type { PairMatrix } from '$lib/ice/pairs';
import type { PeerRole } from '$lib/vocabulary';
import { PollLoop } from './pollLoop';

/** Twice a second: fast enough to watch checks move through their states on loopback. */
export const PAIR_POLL_MS = 500;

/** What the poller needs of an IceCall. */
export interface PairSource {
	pairs(peer: PeerRole): Promise<PairMatrix>;
	/** nothing can change any more (failed or closed): the last poll was the final picture */
	ended(peer: PeerRole): boolean;
}

/**
 * Starts polling; returns the function that stops it. A poll never overlaps the previous one.
 * Polling stops by itself after the first poll that finds the call ended (failed or closed), so
 * that poll still shows the final states of the pairs.
 */
export function pollPairs(
	call: PairSource,
	peer: PeerRole,
	onMatrix: (matrix: PairMatrix) => void,
	intervalMs = PAIR_POLL_MS
): () => void {
	const loop = new PollLoop(async () => {
		try {
			const matrix = await call.pairs(peer);
			if (loop.running) onMatrix(matrix);
		} catch {
			// the call was closed under us: ended() says so and the loop stops
		}
		if (call.ended(peer)) loop.stop();
	}, intervalMs);
	loop.start();
	return () => loop.stop();
}
