/**
 * A small getStats poller for the ICE view: the pair matrix of one peer of an IceCall, read at a
 * fixed interval while the call lives. (The general stats views have their own poller.)
 */
import type { PairMatrix } from '$lib/ice/pairs';
import type { PeerRole } from '$lib/vocabulary';

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
	let stopped = false;
	let timer: ReturnType<typeof setTimeout> | undefined;
	const poll = async () => {
		try {
			const matrix = await call.pairs(peer);
			if (!stopped) onMatrix(matrix);
		} catch {
			// the call was closed under us: ended() says so and the loop stops
		}
		if (call.ended(peer)) stopped = true;
		if (!stopped) timer = setTimeout(poll, intervalMs);
	};
	void poll();
	return () => {
		stopped = true;
		clearTimeout(timer);
	};
}
