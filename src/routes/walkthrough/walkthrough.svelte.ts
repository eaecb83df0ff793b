import { createContext } from 'svelte';
import { createActor } from 'xstate';
import { createBrowserActors } from '$lib/lifecycle/browserActors';
import { progressOf } from '$lib/lifecycle/progress';
import { STEPS } from '$lib/lifecycle/steps';
import { walkthroughMachine, type WalkthroughEvent } from '$lib/lifecycle/walkthroughMachine';
import type { MediaSourceChoice, PeerId } from '$lib/lifecycle/types';
import type { SignalingChannel } from '$lib/signaling/channel';
import { createLoopbackChannel } from '$lib/signaling/loopbackChannel';
import { ActorState } from '$lib/ui/actorState.svelte';
import { LoopbackSession } from '$lib/webrtc/loopbackSession';
import type { TurnOffer } from '$lib/ice/lab';
import { IceConfigDraft } from '$lib/ui/iceConfig.svelte';
import { fetchTurnOffer } from '$lib/webrtc/turnOffer';
import type { NewLogEntry } from '$lib/log/eventLog';
import { LiveStats } from './liveStats.svelte';
import type { FaultId } from '$lib/faults/catalogue';
import { faultConfiguration } from '$lib/faults/configuration';
import { interceptedChannel, interceptorFor } from '$lib/faults/inTransit';
import { createFaultActors } from '$lib/lifecycle/faultActors';
import { isDegraded } from '$lib/lifecycle/progress';
import { receiverCodecNames } from '$lib/webrtc/faults';

export interface WalkthroughOptions {
	session?: LoopbackSession;
	openChannel?: () => SignalingChannel;
	/** the peers this page runs; a two-device call runs one (see `/call`) */
	local?: readonly PeerId[];
	/** the fault lab's fault for the first run (from `?fault=`) */
	fault?: FaultId | null;
}

/**
 * The walkthrough page's state: one loopback session, the lifecycle machine driving it, and the
 * commands the controls send. Components read it through the context pair below.
 */
export class Walkthrough {
	/** ICE servers, policy and pool size for this call, editable until the peers are created */
	readonly iceConfig = new IceConfigDraft();
	turn = $state<TurnOffer | null>(null);
	readonly session: LoopbackSession;
	/** getStats polling, beside the machine (a tick must not rebuild the machine's log) */
	readonly stats: LiveStats;
	readonly #actor;
	readonly #state;

	/** the fault of the current run (the fault lab), or null for a good call */
	fault = $state<FaultId | null>(null);

	constructor(options: WalkthroughOptions = {}) {
		this.fault = options.fault ?? null;
		this.session =
			options.session ?? new LoopbackSession(() => this.#configuration(), options.local);
		this.stats = new LiveStats(this.session);
		const openChannel = options.openChannel ?? createLoopbackChannel;
		this.#actor = createActor(
			walkthroughMachine.provide({
				actors: {
					...createBrowserActors(this.session, () => this.#openChannel(openChannel)),
					...createFaultActors(this.session)
				}
			}),
			{ input: { ...(options.local ? { local: options.local } : {}), fault: this.fault } }
		);
		this.#state = this.#createState();
		if (this.fault === 'turn-bad-credential') void this.loadTurn();
	}

	/** The peers' configuration: the page's, or the one a Connection fault makes them with. */
	#configuration(): RTCConfiguration {
		const turn = this.turn?.available
			? { urls: this.turn.turnUrls, username: this.turn.username, credential: this.turn.credential }
			: null;
		const faulted = this.fault ? faultConfiguration(this.fault, turn) : null;
		if (!faulted) return this.iceConfig.configuration();
		if (!faulted.ok) {
			throw Object.assign(
				new Error('this fault needs the TURN server of this app, and none runs'),
				{
					name: 'NotSupportedError'
				}
			);
		}
		return faulted.configuration;
	}

	/** A fresh signaling channel for a run, with the fault's loss or change on its path. */
	#openChannel(open: () => SignalingChannel): SignalingChannel {
		const channel = open();
		const intercept = this.fault
			? interceptorFor(this.fault, { receiverVideoCodecs: receiverCodecNames('video') })
			: null;
		if (!intercept) return channel;
		return interceptedChannel(channel, intercept, (event) =>
			this.#send({ type: 'fault.transit', event })
		);
	}

	/** Starts over with this fault (or none): the next run is made with it. */
	selectFault = (fault: FaultId | null) => {
		this.fault = fault;
		if (fault === 'turn-bad-credential') void this.loadTurn();
		this.#send({ type: 'fault.select', fault });
	};

	applyFault = () => this.#send({ type: 'fault.apply' });

	get degraded(): boolean {
		return isDegraded(this.#state.snapshot.value);
	}

	// During Run all the page re-renders a few times a second rather than every frame until the
	// call is up, so that rendering does not sit between one WebRTC call and the next.
	#createState() {
		return new ActorState(this.#actor, {
			slowDown: (snapshot) => {
				const progress = progressOf(snapshot.value);
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
		return progressOf(this.#state.snapshot.value);
	}

	get step() {
		const id = this.progress.step;
		return id ? STEPS.find((s) => s.id === id)! : null;
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
		if (event.ctrlKey || event.metaKey || event.altKey || dialogOpen) return;
		const target = event.target as HTMLElement | null;
		if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
		if (event.key === 'ArrowRight' && this.canStep) {
			event.preventDefault();
			this.next();
		} else if (event.key === 'r' || event.key === 'R') {
			event.preventDefault();
			this.runAll();
		} else if (event.key === 'Escape') {
			event.preventDefault();
			this.reset();
		}
	};

	stop(): void {
		this.stats.stop();
		this.#actor.stop();
		this.session.close();
	}

	#send(event: WalkthroughEvent): void {
		this.#actor.send(event);
	}

	next = () => this.#send({ type: 'step.next' });
	runAll = () => this.#send({ type: 'mode.set', mode: 'run' });
	stepMode = () => this.#send({ type: 'mode.set', mode: 'step' });
	reset = () => this.#send({ type: 'walkthrough.reset' });
	deliver = (messageId?: number) => this.#send({ type: 'lane.deliver', messageId });
	deliverAll = () => this.#send({ type: 'lane.deliverAll' });
	selectSource = (source: MediaSourceChoice) => this.#send({ type: 'media.selectSource', source });
	refreshDevices = () => this.#send({ type: 'media.refreshDevices' });
	useSynthetic = () => this.#send({ type: 'media.useSynthetic' });
	sendChat = (from: PeerId, text: string) => this.#send({ type: 'chat.send', from, text });
	hangUp = () => this.#send({ type: 'call.hangUp' });
	restartIce = () => this.#send({ type: 'ice.restart' });
	/** Records a call made outside the steps (the stats panel's sender controls) in the log. */
	record = (entry: NewLogEntry) => this.#send({ type: 'log.record', entry });
}

/** What the walkthrough asks the SDP inspector dialog to show. */
export type { InspectRequest } from '$lib/components/sdp/inspectRequest';

export const [getWalkthrough, setWalkthrough] = createContext<Walkthrough>();
