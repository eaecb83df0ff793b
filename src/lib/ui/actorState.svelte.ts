import { createSubscriber } from 'svelte/reactivity';
import type { AnyActorRef, EventFrom, SnapshotFrom } from 'xstate';

/**
 * The one bridge between an xstate actor and Svelte: reading `snapshot` inside a reactive context
 * subscribes to the actor while that context lives, so components never subscribe by hand.
 */
export class ActorState<TActor extends AnyActorRef> {
	readonly #actor: TActor;
	readonly #subscribe: () => void;

	constructor(actor: TActor) {
		this.#actor = actor;
		this.#subscribe = createSubscriber((update) => {
			const subscription = actor.subscribe(update);
			return () => subscription.unsubscribe();
		});
	}

	get snapshot(): SnapshotFrom<TActor> {
		this.#subscribe();
		return this.#actor.getSnapshot();
	}

	send(event: EventFrom<TActor>): void {
		this.#actor.send(event);
	}
}
