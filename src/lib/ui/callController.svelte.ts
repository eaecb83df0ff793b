import type { PeerRole, TurnOffer } from '$lib/vocabulary';
import { createContext } from 'svelte';
import { createActor, type AnyActorLogic } from 'xstate';
import type { FaultId } from '$lib/faults/catalogue';
import { createBrowserActors } from '$lib/lifecycle/browserActors';
import { progressOf } from '$lib/lifecycle/progress';
import { stepById } from '$lib/lifecycle/steps';
import { walkthroughMachine, type WalkthroughEvent } from '$lib/lifecycle/walkthroughMachine';
import type { MediaSourceChoice } from '$lib/lifecycle/types';
import type { SignalingChannel } from '$lib/signaling/channel';
import { createLoopbackChannel } from '$lib/signaling/loopbackChannel';
import { PeerSession } from '$lib/webrtc/peerSession';
import { fetchTurnOffer } from '$lib/webrtc/turnOffer';
import type { NewLogEntry } from '$lib/log/eventLog';
import { ActorState } from './actorState.svelte';
import { IceConfigDraft } from './iceConfig.svelte';
import { runPageShortcut } from './keyboard';
import { LiveStats } from './liveStats.svelte';

export interface CallControllerOptions {
	/** the peers' browser side; by default a loopback session running `local` */
	session?: PeerSession;
	/** the signaling channel the machine talks through; by default in-page (loopback) */
	openChannel?: () => SignalingChannel;
	/** the peers this page runs; a two-device call runs one (see `/call`) */
	local?: readonly PeerRole[];
	/**
	 * What Reset does (the button, Esc and the failure panel). By default the machine starts the
	 * call over in this page; a two-device call leaves the room and joins again instead, so that
	 * the other device starts over too.
	 */
	onReset?: () => void;
	/** actors beside the browser ones (the fault lab's `faultStep` and `applyFault`) */
	actors?: Record<string, AnyActorLogic>;
	/** the fault lab's fault for the first run */
	fault?: FaultId | null;
}

/**
 * The state of a page that runs a call through the lifecycle machine (the walkthrough, and each
 * device of a two-device call): its peer session, the machine driving it, and the commands the
 * controls send. Components read it through the context pair below.
 */
export class CallController {
	/** ICE servers, policy and pool size for this call, editable until the peers are created */
	readonly iceConfig = new IceConfigDraft();
	turn = $state<TurnOffer | null>(null);
	readonly session: PeerSession;
	/** getStats polling, beside the machine (a tick must not rebuild the machine's log) */
	readonly stats: LiveStats;
	/** Reset: see `CallControllerOptions.onReset` */
	readonly reset: () => void;
	readonly #actor;
	readonly #state;

	constructor(options: CallControllerOptions = {}) {
		this.session =
			options.session ?? new PeerSession(() => this.iceConfig.configuration(), options.local);
		this.reset = options.onReset ?? (() => this.#send({ type: 'walkthrough.reset' }));
		this.stats = new LiveStats(this.session);
		this.#actor = createActor(
			walkthroughMachine.provide({
				actors: {
					...createBrowserActors(this.session, options.openChannel ?? createLoopbackChannel),
					...options.actors
				}
			}),
			{
				input: {
					...(options.local ? { local: options.local } : {}),
					...(options.fault ? { fault: options.fault } : {})
				}
			}
		);
		this.#state = this.#createState();
	}

	// During Run all the page re-renders a few times a second rather than every frame until the
	// call is up, so that rendering does not sit between one WebRTC call and the next.
	#createState() {
		return new ActorState(this.#actor, {
			slowDown: (snapshot) => {
				const progress = progressOf(snapshot);
				return (
					snapshot.context.mode === 'run' &&
					progress.status === 'running' &&
					progress.step !== 'communicate'
				);
			}
		});
	}

	get snapshot() {
		return this.#state.snapshot;
	}

	get context() {
		return this.#state.snapshot.context;
	}

	get progress() {
		return progressOf(this.#state.snapshot);
	}

	get step() {
		const id = this.progress.step;
		return id ? stepById(id) : null;
	}

	get canStep(): boolean {
		const p = this.progress;
		return p.status === 'running' && p.stage === 'ready';
	}

	start(): void {
		this.#actor.start();
	}

	/** Fills the ICE configuration with the app server's STUN/TURN and fresh credentials. */
	async useLocalTurn(): Promise<void> {
		try {
			this.turn = await fetchTurnOffer();
			this.iceConfig.useOffer(this.turn);
		} catch {
			this.turn = { available: false, reason: 'failed', detail: 'no answer from /api/ice-servers' };
		}
	}

	async loadTurn(): Promise<void> {
		try {
			this.turn = await fetchTurnOffer();
		} catch {
			this.turn = null;
		}
	}

	/**
	 * The keyboard shortcuts the Controls list (→ next step, R run all, Esc reset), for the
	 * walkthrough and the call page alike; never while typing, nor while a dialog is open.
	 */
	onShortcut = (event: KeyboardEvent, dialogOpen = false): void => {
		if (dialogOpen) return;
		runPageShortcut(event, {
			ArrowRight: this.canStep ? this.next : undefined,
			r: this.runAll,
			R: this.runAll,
			Escape: this.reset
		});
	};

	stop(): void {
		this.stats.stop();
		this.#actor.stop();
		this.session.close();
	}

	/**
	 * A user's command (a click, a key) goes through the bridge's urgent path, so what it changes
	 * shows in the next frame even while Run all slows rendering down.
	 */
	#send(event: WalkthroughEvent, urgent = true): void {
		if (urgent) this.#state.send(event);
		else this.#actor.send(event);
	}

	next = () => this.#send({ type: 'step.next' });
	/**
	 * Run all's own click is the one command that does not render at once: it starts the phase in
	 * which rendering waits, and rendering it in the next frame sat between getUserMedia and the
	 * next call (bench/run.js: getUserMedia resolved about 13 ms later than the plain page).
	 */
	runAll = () => this.#send({ type: 'mode.set', mode: 'run' }, false);
	stepMode = () => this.#send({ type: 'mode.set', mode: 'step' });
	deliver = (messageId?: number) => this.#send({ type: 'lane.deliver', messageId });
	deliverAll = () => this.#send({ type: 'lane.deliverAll' });
	selectSource = (source: MediaSourceChoice) => this.#send({ type: 'media.selectSource', source });
	refreshDevices = () => this.#send({ type: 'media.refreshDevices' });
	useSynthetic = () => this.#send({ type: 'media.useSynthetic' });
	sendChat = (from: PeerRole, text: string) => this.#send({ type: 'chat.send', from, text });
	hangUp = () => this.#send({ type: 'call.hangUp' });
	restartIce = () => this.#send({ type: 'ice.restart' });
	/** Records a call made outside the steps (the stats panel's sender controls) in the log. */
	record = (entry: NewLogEntry) => this.#send({ type: 'log.record', entry });
	/** The fault lab: start over with this fault (or none), and break the call that is up. */
	selectFault = (fault: FaultId | null) => this.#send({ type: 'fault.select', fault });
	applyFault = () => this.#send({ type: 'fault.apply' });
	/** The fault lab's named degraded state: the call goes on, visibly broken. */
	get degraded(): boolean {
		return this.#state.snapshot.hasTag('degraded');
	}
	/** A failure the fault lab found outside any step (peer-vanishes without a pipe). */
	faultFailed = (call: string, error: { name: string; message: string }) =>
		this.#send({ type: 'call.failed', call, peer: null, error });
	/** A message the fault lost or changed on the signaling path, for the log. */
	faultTransit = (event: Extract<WalkthroughEvent, { type: 'fault.transit' }>['event']) =>
		this.#send({ type: 'fault.transit', event }, false);
}

export const [getCallController, setCallController] = createContext<CallController>();
