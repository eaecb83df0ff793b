import type { FaultId } from '$lib/faults/catalogue';
import { faultConfiguration } from '$lib/faults/configuration';
import type { GlareStrategy } from '$lib/faults/perfectNegotiation';
import { STRATEGY_FAULT } from '$lib/faults/strategyParam';
import { interceptedChannel, interceptorFor } from '$lib/faults/inTransit';
import { createFaultActors } from '$lib/lifecycle/faultActors';
import type { SignalingChannel } from '$lib/signaling/channel';
import { createLoopbackChannel } from '$lib/signaling/loopbackChannel';
import { receiverCodecNames } from '$lib/webrtc/faults';
import { PeerSession } from '$lib/webrtc/peerSession';
import { CallController } from './callController.svelte';

/**
 * The walkthrough with the fault lab: a call controller whose peers, signaling channel and actors
 * carry the chosen fault. The configuration faults give the peers their ICE servers, the faults on
 * the signaling path wrap each run's channel, the rest run as the machine's fault actors.
 */
export class FaultLab {
	/** the fault of the current run, or null for a good call */
	fault = $state<FaultId | null>(null);
	/** glare's strategy for the current run (null: glare without one, the failing run) */
	strategy = $state<GlareStrategy | null>(null);
	readonly controller: CallController;

	constructor(fault: FaultId | null, strategy: GlareStrategy | null = null) {
		this.fault = fault;
		this.strategy = fault === STRATEGY_FAULT ? strategy : null;
		let controller: CallController | null = null;
		const session = new PeerSession(() => this.#configuration(controller));
		controller = new CallController({
			session,
			openChannel: () => this.#openChannel(controller!),
			actors: createFaultActors(session, {
				strategy: () => (this.fault === STRATEGY_FAULT ? this.strategy : null),
				record: (entry) => controller?.record(entry)
			}),
			fault
		});
		this.controller = controller;
		if (fault === 'turn-bad-credential') void controller.loadTurn();
	}

	/** Starts over with this fault (or none); a strategy is glare's, and goes with another fault. */
	select = (fault: FaultId | null) => {
		this.fault = fault;
		if (fault !== STRATEGY_FAULT) this.strategy = null;
		if (fault === 'turn-bad-credential') void this.controller.loadTurn();
		this.controller.selectFault(fault);
	};

	/** Starts glare over with this strategy (or none). */
	selectStrategy = (strategy: GlareStrategy | null) => {
		this.strategy = strategy;
		this.select(STRATEGY_FAULT);
	};

	/** The peers' configuration: the page's, or the one a Connection fault makes them with. */
	#configuration(controller: CallController | null): RTCConfiguration {
		const page = controller?.iceConfig.configuration() ?? { iceServers: [] };
		if (!this.fault || !controller) return page;
		const offer = controller.turn;
		const turn = offer?.available
			? { urls: offer.turnUrls, username: offer.username, credential: offer.credential }
			: null;
		const faulted = faultConfiguration(this.fault, turn);
		if (!faulted) return page;
		if (!faulted.ok) {
			throw Object.assign(
				new Error('this fault needs the TURN server of this app (coturn), and none runs'),
				{ name: 'NotSupportedError' }
			);
		}
		return faulted.configuration;
	}

	/** A fresh signaling channel for a run, with the fault's loss or change on its path. */
	#openChannel(controller: CallController): SignalingChannel {
		const channel = createLoopbackChannel();
		const intercept = this.fault
			? interceptorFor(this.fault, { receiverVideoCodecs: receiverCodecNames('video') })
			: null;
		return intercept
			? interceptedChannel(channel, intercept, (event) => controller.faultTransit(event))
			: channel;
	}
}
