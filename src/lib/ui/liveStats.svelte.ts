import { StatsHistory } from '$lib/stats/history';
import { DEFAULT_POLL_MS, StatsPoller, type StatsSource } from '$lib/webrtc/statsPoller';
import type { PeerSession } from '$lib/webrtc/peerSession';
import type { PeerId } from '$lib/webrtc/types';

/**
 * A call's live stats: one bounded history per peer this page runs (both in a loopback
 * call, this device's own in a two-device call), filled by a StatsPoller that runs beside the
 * lifecycle machine, never through it. Views re-read the histories when `version`
 * changes; the histories themselves are plain objects, so a tick touches one rune only.
 */
export class LiveStats {
	histories: Record<PeerId, StatsHistory> = { A: new StatsHistory(), B: new StatsHistory() };
	version = $state(0);
	intervalMs = $state(DEFAULT_POLL_MS);
	/** the session the histories belong to (the machine's startedAt); a reset starts new ones */
	#session: number | null = null;
	readonly #poller: StatsPoller;
	/** the peers whose stats are polled: the session's local ones */
	readonly peers: readonly PeerId[];

	constructor(session: PeerSession) {
		this.peers = session.local;
		this.#poller = new StatsPoller(
			() => {
				const sources: Partial<Record<PeerId, StatsSource>> = {};
				for (const id of session.local) {
					if (session.openPeerCount === 0) break;
					try {
						const peer = session.peer(id);
						sources[id] = () => peer.getStats();
					} catch {
						// not created yet, or closed by a reset: nothing to poll
					}
				}
				return sources;
			},
			(ticks) => {
				for (const tick of ticks) this.histories[tick.peer].addSnapshot(tick.snapshot);
				this.version++;
			},
			this.intervalMs
		);
	}

	/** Keeps the histories of this session, or starts new ones when the walkthrough was reset. */
	useSession(startedAt: number): void {
		if (this.#session === startedAt) return;
		this.#session = startedAt;
		this.#poller.stop();
		this.histories = { A: new StatsHistory(), B: new StatsHistory() };
		this.version++;
	}

	get samples(): number {
		void this.version;
		return this.peers.reduce((sum, id) => sum + this.histories[id].ticks, 0);
	}

	get running(): boolean {
		return this.#poller.running;
	}

	start(): void {
		this.#poller.start();
	}

	stop(): void {
		this.#poller.stop();
	}

	setInterval(ms: number): void {
		this.intervalMs = ms;
		this.#poller.setInterval(ms);
	}
}
