import { createSubscriber } from 'svelte/reactivity';
import type { AnyActorRef, EventFrom, SnapshotFrom } from 'xstate';
import { browserClock, RenderSchedule, SLOW_UPDATE_MS } from './renderSchedule';

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
			const schedule = new RenderSchedule(
				() => {
					this.#snapshot = actor.getSnapshot();
					update();
				},
				browserClock,
				slowIntervalMs
			);
			const subscription = actor.subscribe((snapshot) => {
				schedule.changed(slowDown(snapshot) && !this.#urgent ? 'slow' : 'frame');
			});
			return () => {
				this.#listeners -= 1;
				subscription.unsubscribe();
				schedule.cancel();
			};
		});
	}

	/** The actor's snapshot as of the last rendered frame. */
	get snapshot(): SnapshotFrom<TActor> {
		this.#subscribe();
		return this.#listeners > 0 ? this.#snapshot : this.#actor.getSnapshot();
	}

	/**
	 * Sends a user's own command (a click, a key): what it changes shows in the next frame, even
	 * while `slowDown` holds, and at once when a slowed-down render was waiting.
	 */
	send(event: EventFrom<TActor>): void {
		this.#urgent = true;
		try {
			this.#actor.send(event);
		} finally {
			this.#urgent = false;
		}
	}
}
