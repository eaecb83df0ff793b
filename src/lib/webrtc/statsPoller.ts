import type { PeerRole, StatsSnapshot } from '$lib/vocabulary';

/** The polling intervals a user can pick; 1 s is the default, as in chrome://webrtc-internals. */
export const POLL_INTERVALS_MS = [250, 500, 1000, 2000, 5000] as const;
export const DEFAULT_POLL_MS = 1000;

export type StatsSource = () => Promise<StatsSnapshot>;

export interface StatsTick {
	peer: PeerRole;
	snapshot: StatsSnapshot;
}

/**
 * Calls getStats() on each peer every `intervalMs`, outside the lifecycle machine: a stats tick
 * is not a lifecycle event, and sending one through the machine would rebuild its context (and
 * re-render the log) every second. The next poll is scheduled when the last one has finished, so
 * a slow getStats() never piles calls up. A peer whose getStats() fails (closed) is skipped.
 */
export class StatsPoller {
	#timer: ReturnType<typeof setTimeout> | null = null;
	#running = false;
	/** the scheduled poll in progress: the next one is scheduled only from its end */
	#inFlight = false;
	#intervalMs: number;

	constructor(
		private readonly sources: () => Partial<Record<PeerRole, StatsSource>>,
		private readonly onTick: (ticks: StatsTick[]) => void,
		intervalMs = DEFAULT_POLL_MS
	) {
		this.#intervalMs = intervalMs;
	}

	get intervalMs(): number {
		return this.#intervalMs;
	}

	get running(): boolean {
		return this.#running;
	}

	/** Takes effect at once when waiting; a poll in flight schedules the next with the new value. */
	setInterval(ms: number): void {
		this.#intervalMs = ms;
		if (this.#running && this.#timer !== null) {
			this.#clear();
			this.#schedule();
		}
	}

	start(): void {
		if (this.#running) return;
		this.#running = true;
		// stop() then start() while a poll is still in flight: that poll's end schedules the next.
		if (!this.#inFlight) this.#run();
	}

	stop(): void {
		this.#running = false;
		this.#clear();
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
		if (ticks.length > 0 && this.#running) this.onTick(ticks);
		return ticks;
	}

	#run(): void {
		this.#inFlight = true;
		void this.poll().finally(() => {
			this.#inFlight = false;
			this.#schedule();
		});
	}

	#schedule(): void {
		if (!this.#running || this.#inFlight || this.#timer !== null) return;
		this.#timer = setTimeout(() => {
			this.#timer = null;
			this.#run();
		}, this.#intervalMs);
	}

	#clear(): void {
		if (this.#timer !== null) clearTimeout(this.#timer);
		this.#timer = null;
	}
}
