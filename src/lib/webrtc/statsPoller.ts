import type { PeerRole, StatsSnapshot } from '$lib/vocabulary';
import { PollLoop } from './pollLoop';

/** The polling intervals a user can pick; 1 s is the default, as in chrome://webrtc-internals. */
export const POLL_INTERVALS_MS = [250, 500, 1000, 2000, 5000] as const;
export const DEFAULT_POLL_MS = 1000;

export type StatsSource = () => Promise<StatsSnapshot>;

export interface StatsTick {
	peer: PeerRole;
	snapshot: StatsSnapshot;
}

/**
 * Calls getStats() on each peer every `intervalMs` (on the one poll loop, PollLoop), outside the
 * lifecycle machine: a stats tick is not a lifecycle event, and sending one through the machine
 * would rebuild its context (and re-render the log) every second. A peer whose getStats() fails
 * (closed) is skipped.
 */
export class StatsPoller {
	readonly #loop: PollLoop;

	constructor(
		private readonly sources: () => Partial<Record<PeerRole, StatsSource>>,
		private readonly onTick: (ticks: StatsTick[]) => void,
		intervalMs = DEFAULT_POLL_MS
	) {
		this.#loop = new PollLoop(() => this.poll(), intervalMs);
	}

	get intervalMs(): number {
		return this.#loop.intervalMs;
	}

	get running(): boolean {
		return this.#loop.running;
	}

	/** Takes effect at once when waiting; a poll in flight schedules the next with the new value. */
	setInterval(ms: number): void {
		this.#loop.setInterval(ms);
	}

	start(): void {
		this.#loop.start();
	}

	stop(): void {
		this.#loop.stop();
	}

	/** One poll of every peer, now. */
	async poll(): Promise<StatsTick[]> {
		const entries = Object.entries(this.sources()) as [PeerRole, StatsSource][];
		const results = await Promise.allSettled(entries.map(([, source]) => source()));
		const ticks: StatsTick[] = [];
		results.forEach((result, i) => {
			if (result.status === 'fulfilled')
				ticks.push({ peer: entries[i]![0], snapshot: result.value });
		});
		if (ticks.length > 0 && this.#loop.running) this.onTick(ticks);
		return ticks;
	}
}
