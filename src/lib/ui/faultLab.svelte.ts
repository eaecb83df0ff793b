import { faultById, type FaultId } from '$lib/faults/catalogue';
import { faultConfiguration } from '$lib/faults/configuration';
import type { GlareStrategy } from '$lib/faults/perfectNegotiation';
import { STRATEGY_FAULT } from '$lib/faults/strategyParam';
import { interceptedChannel, interceptorFor } from '$lib/faults/inTransit';
import { connectPipe, pipeUrl } from '$lib/faults/pipeClient';
import { pipedChannel, type PipedChannel } from '$lib/faults/pipedChannel';
import type { PipeCounts } from '$lib/faults/pipeProtocol.js';
import { createFaultActors } from '$lib/lifecycle/faultActors';
import { pathUnavailable } from '$lib/lifecycle/faultRules';
import type { SignalingChannel } from '$lib/signaling/channel';
import { createLoopbackChannel } from '$lib/signaling/loopbackChannel';
import { receiverCodecNames } from '$lib/webrtc/faults';
import { PeerSession } from '$lib/webrtc/peerSession';
import { CallController } from './callController.svelte';
import { PathWatch } from './pathWatch.svelte';

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

	/** peer-vanishes: Peer A's inbound video, read from the moment the pipe opens */
	readonly watch: PathWatch;
	/** peer-vanishes: the pipe's packet counts, read once the call failed after the cut */
	pathCounts = $state<PipeCounts | null>(null);
	/** peer-vanishes: the current run's signaling path through the app server's UDP pipe */
	#path: PipedChannel | null = null;

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
				record: (entry) => controller?.record(entry),
				path: () => this.#path
			}),
			fault
		});
		this.controller = controller;
		this.watch = new PathWatch(session, () => performance.now() - controller.context.startedAt);
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

	/** Reads the pipe's counts now (what it dropped since the cut): shown with the failure. */
	readPathCounts = async () => {
		const path = this.#path;
		if (!path) return;
		try {
			const counts = await path.counts();
			if (this.#path === path) this.pathCounts = counts;
		} catch {
			// the pipe closed with its run (a reset): nothing to show
		}
	};

	/** Stops what the lab runs beside the call (the page is leaving). */
	stop = () => {
		this.watch.stop();
		this.controller.stop();
	};

	/** A fresh signaling channel for a run, with the fault's loss or change on its path. */
	#openChannel(controller: CallController): SignalingChannel {
		const channel = createLoopbackChannel();
		this.watch.stop();
		this.pathCounts = null;
		if (this.fault && faultById(this.fault).injection.action === 'cutPath') {
			return this.#pipedChannel(channel, controller);
		}
		const intercept = this.fault
			? interceptorFor(this.fault, { receiverVideoCodecs: receiverCodecNames('video') })
			: null;
		return intercept
			? interceptedChannel(channel, intercept, (event) => controller.faultTransit(event))
			: channel;
	}

	/**
	 * peer-vanishes: the candidates go through a pipe of the app server, so the path between the
	 * peers can be cut while both stay; the pipe closes with the run's channel (reset, another
	 * fault, leaving the page).
	 */
	#pipedChannel(channel: SignalingChannel, controller: CallController): SignalingChannel {
		const path = pipedChannel(channel, connectPipe(pipeUrl(location)), (event) => {
			if (event.type === 'path' && event.event.type === 'opened') this.watch.start();
			controller.faultTransit(event);
			// no pipe, no fault: the run ends at once with the server's own reason
			const unavailable = pathUnavailable(event);
			if (unavailable) controller.faultFailed('pipe', unavailable);
		});
		this.#path = path;
		return {
			...path,
			close: () => {
				if (this.#path === path) this.#path = null;
				this.watch.stop();
				path.close();
			}
		};
	}
}
