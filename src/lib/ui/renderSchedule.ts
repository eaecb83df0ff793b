/**
 * A hidden tab gets no animation frames; this bounds how stale the page can get there (and how
 * long a test waits) when updates are coalesced per frame.
 */
export const FALLBACK_UPDATE_MS = 100;
/** How stale the page may get while updates are slowed down: still visibly moving, but out of the way. */
export const SLOW_UPDATE_MS = 300;

/** The browser's timers, passed in so that the schedule is tested in Node with a fake clock. */
export interface FrameClock {
	requestFrame(callback: () => void): number;
	cancelFrame(handle: number): void;
	setTimer(callback: () => void, ms: number): ReturnType<typeof setTimeout>;
	clearTimer(handle: ReturnType<typeof setTimeout>): void;
}

export const browserClock: FrameClock = {
	requestFrame: (callback) => requestAnimationFrame(callback),
	cancelFrame: (handle) => cancelAnimationFrame(handle),
	setTimer: (callback, ms) => setTimeout(callback, ms),
	clearTimer: (handle) => clearTimeout(handle)
};

/**
 * How soon a change must show: `slow` may wait up to the slow interval (Run all while the call is
 * being set up); `frame` shows in the next animation frame, and at once when a slow render was
 * already waiting (a user's own command, or leaving the slow phase).
 */
export type Urgency = 'slow' | 'frame';

/**
 * When to re-render after a change: many changes in a row become one render, at the next frame or,
 * while updates are slowed down, after `slowIntervalMs`. A change that must not wait that long
 * renders at once when a slow render was pending.
 */
export class RenderSchedule {
	#frame: number | null = null;
	#timer: ReturnType<typeof setTimeout> | null = null;
	#slow = false;

	constructor(
		readonly render: () => void,
		readonly clock: FrameClock = browserClock,
		readonly slowIntervalMs = SLOW_UPDATE_MS
	) {}

	/** Whether a render is scheduled and not yet done. */
	get pending(): boolean {
		return this.#frame !== null || this.#timer !== null;
	}

	/** A change happened; `urgency` says how long its render may wait. */
	changed(urgency: Urgency): void {
		const slow = urgency === 'slow';
		if (this.pending) {
			// a slow render is waiting and this change may not wait that long: render now
			if (this.#slow && !slow) this.flush();
			return;
		}
		this.#slow = slow;
		if (slow) {
			this.#timer = this.clock.setTimer(this.flush, this.slowIntervalMs);
		} else {
			this.#frame = this.clock.requestFrame(this.flush);
			this.#timer = this.clock.setTimer(this.flush, FALLBACK_UPDATE_MS);
		}
	}

	/** Renders now, and drops whatever was scheduled. */
	flush = (): void => {
		this.cancel();
		this.render();
	};

	cancel(): void {
		if (this.#frame !== null) this.clock.cancelFrame(this.#frame);
		if (this.#timer !== null) this.clock.clearTimer(this.#timer);
		this.#frame = this.#timer = null;
	}
}
