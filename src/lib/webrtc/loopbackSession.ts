import { acquireMedia, type LocalMedia } from './media';
import { Peer, type PeerEvent } from './peer';
import { PEERS, type MediaSourceChoice, type PeerId } from './types';

/** A loopback call needs no servers: both peers are in this page and reach each other over host candidates. */
export const LOOPBACK_CONFIGURATION: RTCConfiguration = { iceServers: [] };

/**
 * The browser side of one loopback call: the local media and the two peers, A (the caller) and
 * B (the callee). It owns every live object, so closing it leaves no track or connection open.
 */
export class LoopbackSession {
	readonly #listeners = new Set<(event: PeerEvent) => void>();
	#media: LocalMedia | null = null;
	#peers: Partial<Record<PeerId, Peer>> = {};

	/**
	 * @param local the peers this page runs: both for a loopback call, one in a two-device call
	 *   (the other runs on the other device)
	 */
	constructor(
		readonly configuration: RTCConfiguration = LOOPBACK_CONFIGURATION,
		readonly local: readonly PeerId[] = PEERS
	) {}

	subscribe(listener: (event: PeerEvent) => void): () => void {
		this.#listeners.add(listener);
		return () => this.#listeners.delete(listener);
	}

	get localStream(): MediaStream | null {
		return this.#media?.stream ?? null;
	}

	async acquireMedia(source: MediaSourceChoice): Promise<LocalMedia> {
		this.#media?.stop();
		this.#media = null;
		this.#media = await acquireMedia(source);
		return this.#media;
	}

	createPeers(): Partial<Record<PeerId, Peer>> {
		this.#closePeers();
		const emit = (event: PeerEvent) => this.#listeners.forEach((listener) => listener(event));
		const peers: Partial<Record<PeerId, Peer>> = {};
		for (const id of this.local) peers[id] = new Peer(id, this.configuration, emit);
		this.#peers = peers;
		return peers;
	}

	has(id: PeerId): boolean {
		return this.#peers[id] !== undefined;
	}

	peer(id: PeerId): Peer {
		const peer = this.#peers[id];
		if (!peer) {
			throw Object.assign(new Error(`peer ${id} has not been created`), {
				name: 'InvalidStateError'
			});
		}
		return peer;
	}

	/** How many peer connections this session holds open (the tests check that reset leaves none). */
	get openPeerCount(): number {
		return Object.keys(this.#peers).length;
	}

	close(): void {
		this.#closePeers();
		this.#media?.stop();
		this.#media = null;
	}

	#closePeers(): void {
		for (const peer of Object.values(this.#peers)) peer.close();
		this.#peers = {};
	}
}
