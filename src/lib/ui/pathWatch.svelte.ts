import { inboundVideoOf, type InboundSample } from '$lib/faults/pathReport';
import { PollLoop } from '$lib/webrtc/pollLoop';
import type { PeerSession } from '$lib/webrtc/peerSession';

/** Once a second, as chrome://webrtc-internals polls (the stats panel's default too). */
const WATCH_INTERVAL_MS = 1000;
/** Ten minutes of readings, the pipe's own lifetime: a run with the fault never needs more. */
const MAX_SAMPLES = 600;

/**
 * Peer A's inbound video during a peer-vanishes run, read with getStats() once a second from the
 * moment the pipe opens: the bytes and frames that stop at the cut and grow again after the ICE
 * restart. Beside the machine (a reading is no lifecycle event), like the stats panel's poller;
 * the panel draws it against the moments the log records.
 */
export class PathWatch {
	samples = $state<InboundSample[]>([]);
	readonly #loop: PollLoop;

	constructor(
		readonly session: PeerSession,
		/** ms since the current session started */
		readonly elapsed: () => number
	) {
		this.#loop = new PollLoop(() => this.#read(), WATCH_INTERVAL_MS);
	}

	async #read(): Promise<void> {
		if (!this.session.has('A')) return;
		const inbound = inboundVideoOf(await this.session.peer('A').getStats());
		if (!inbound || !this.#loop.running) return;
		this.samples = [...this.samples.slice(-(MAX_SAMPLES - 1)), { t: this.elapsed(), ...inbound }];
	}

	/** Starts reading for a new run (the readings of the run before are dropped). */
	start(): void {
		this.#loop.stop();
		this.samples = [];
		this.#loop.start();
	}

	stop(): void {
		this.#loop.stop();
	}
}
