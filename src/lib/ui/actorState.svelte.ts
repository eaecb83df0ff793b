import { createSubscriber } from 'svelte/reactivity';
import type { AnyActorRef, EventFrom, SnapshotFrom } from 'xstate';

/**
 * A hidden tab gets no animation frames; this bounds how stale the page can get there (and how
 * long a test waits) when updates are coalesced per frame.
 */
const FALLBACK_UPDATE_MS = 100;

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

	constructor(actor: TActor) {
		this.#actor = actor;
		this.#snapshot = actor.getSnapshot();
		this.#subscribe = createSubscriber((update) => {
			this.#listeners += 1;
			this.#snapshot = actor.getSnapshot();
			let frame: number | null = null;
			let timer: ReturnType<typeof setTimeout> | null = null;
			const flush = () => {
				if (frame !== null) cancelAnimationFrame(frame);
				if (timer !== null) clearTimeout(timer);
				frame = timer = null;
				this.#snapshot = actor.getSnapshot();
				update();
			};
			const subscription = actor.subscribe(() => {
				if (frame !== null || timer !== null) return;
				frame = requestAnimationFrame(flush);
				timer = setTimeout(flush, FALLBACK_UPDATE_MS);
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
		this.#actor.send(event);
	}
}
