import { createSubscriber } from 'svelte/reactivity';
import type { AnyActorRef, EventFrom, SnapshotFrom } from 'xstate';

/**
 * A hidden tab gets no animation frames; this bounds how stale the page can get there (and how
 * long a test waits) when updates are coalesced per frame.
 */
const FALLBACK_UPDATE_MS = 100;
/** How stale the page may get while `slowDown` holds: still visibly moving, but out of the way. */
const SLOW_UPDATE_MS = 300;

/**
 * The one bridge between an xstate actor and Svelte: reading `snapshot` inside a reactive context
 * subscribes to the actor while that context lives, so components never subscribe by hand.
 *
 * The machine takes many events per second while ICE runs (candidates, state changes); the page
 * re-renders at most once per animation frame. Re-rendering on every event made each next WebRTC
 * call wait behind a render (measured in bench/run.js: about 10× slower to connect).
 */
export class ActorState<TActor extends AnyActorRef> {
	readonly #actor: TActor;
	readonly #subscribe: () => void;
	#snapshot: SnapshotFrom<TActor>;
	/** how many reactive contexts are subscribed; with none, reads go straight to the actor */
	#listeners = 0;
	/** set while a user's own command is sent: its effect shows in the next frame, never later */
	#urgent = false;

	/**
	 * @param options.slowDown while it returns true for the current snapshot, the page re-renders
	 *   at most every `slowIntervalMs` instead of every frame. The walkthrough uses it during Run
	 *   all: rendering between calls is what delayed each next call (bench/profile.js).
	 */
	constructor(
		actor: TActor,
		options: {
			slowDown?: (snapshot: SnapshotFrom<TActor>) => boolean;
			slowIntervalMs?: number;
		} = {}
	) {
		const slowDown = options.slowDown ?? (() => false);
		const slowIntervalMs = options.slowIntervalMs ?? SLOW_UPDATE_MS;
		this.#actor = actor;
		this.#snapshot = actor.getSnapshot();
		this.#subscribe = createSubscriber((update) => {
			this.#listeners += 1;
			this.#snapshot = actor.getSnapshot();
			let frame: number | null = null;
			let timer: ReturnType<typeof setTimeout> | null = null;
			let slow = false;
			const flush = () => {
				if (frame !== null) cancelAnimationFrame(frame);
				if (timer !== null) clearTimeout(timer);
				frame = timer = null;
				this.#snapshot = actor.getSnapshot();
				update();
			};
			const subscription = actor.subscribe((snapshot) => {
				const wantSlow = slowDown(snapshot) && !this.#urgent;
				if (frame !== null || timer !== null) {
					// leaving the slow phase (e.g. connected) shows at once
					if (slow && !wantSlow) flush();
					return;
				}
				slow = wantSlow;
				if (slow) {
					timer = setTimeout(flush, slowIntervalMs);
				} else {
					frame = requestAnimationFrame(flush);
					timer = setTimeout(flush, FALLBACK_UPDATE_MS);
				}
			});
			return () => {
				this.#listeners -= 1;
				subscription.unsubscribe();
				if (frame !== null) cancelAnimationFrame(frame);
				if (timer !== null) clearTimeout(timer);
			};
		});
	}

	/** The actor's snapshot as of the last rendered frame. */
	get snapshot(): SnapshotFrom<TActor> {
		this.#subscribe();
		return this.#listeners > 0 ? this.#snapshot : this.#actor.getSnapshot();
	}

	send(event: EventFrom<TActor>): void {
		this.#urgent = true;
		try {
			this.#actor.send(event);
		} finally {
			this.#urgent = false;
		}
	}
}
