/**
 * The one getStats() poll loop: the stats views (StatsPoller) and the ICE view's pair matrix
 * (pollPairs) both run on it. It calls `poll` at once on start, then `intervalMs` after each poll
 * has finished: the next poll is scheduled from the end of the last one, so a slow getStats()
 * never piles calls up and two polls never overlap (not on setInterval, not on stop then start).
 */
export class PollLoop {
	#timer: ReturnType<typeof setTimeout> | null = null;
	#running = false;
	/** a poll in progress: the next one is scheduled only from its end */
	#inFlight = false;
	#intervalMs: number;

	/**
	 * @param poll one round; a poll that rejects is skipped and the loop goes on (the caller
	 *   handles its own errors: a closed peer connection is not the loop's business)
	 */
	constructor(
		private readonly poll: () => Promise<unknown>,
		intervalMs: number
	) {
		this.#intervalMs = intervalMs;
	}

	get intervalMs(): number {
		return this.#intervalMs;
	}

	/** Started and not stopped: a poll that ends while this is false hands nothing on. */
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

	#run(): void {
		this.#inFlight = true;
		void this.poll()
			.catch(() => {})
			.finally(() => {
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
