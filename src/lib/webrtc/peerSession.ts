import { acquireMedia, type LocalMedia } from './media';
import { Peer } from './peer';
import type { PeerEvent } from './peerEvents';
import { PEER_ROLES, type PeerRole } from '$lib/vocabulary';
import type { MediaSourceChoice } from './types';

/**
 * No STUN or TURN: the peers reach each other over host candidates. Enough for a loopback call
 * (both peers in this page) and for two devices on one network.
 */
export const HOST_ONLY_CONFIGURATION: RTCConfiguration = { iceServers: [] };

/**
 * The browser side of one call, for the peers this page runs: the local media and the peer
 * connections. In the loopback walkthrough it runs both, A (the caller) and B (the callee); in a
 * two-device call only this device's own (the other runs on the other device). It owns every live
 * object, so closing it leaves no track or connection open.
 */
export class PeerSession {
	readonly #listeners = new Set<(event: PeerEvent) => void>();
	/** each local peer's own media: in a loopback call A and B each capture their own */
	#media: Partial<Record<PeerRole, LocalMedia>> = {};
	#peers: Partial<Record<PeerRole, Peer>> = {};

	readonly #configuration: () => RTCConfiguration;

	/**
	 * @param configuration the configuration of both peers, or a function read each time the peers
	 *   are created (the walkthrough lets the user edit it until then)
	 * @param local the peers this page runs: both for a loopback call, one in a two-device call
	 *   (the other runs on the other device)
	 */
	constructor(
		configuration: RTCConfiguration | (() => RTCConfiguration) = HOST_ONLY_CONFIGURATION,
		readonly local: readonly PeerRole[] = PEER_ROLES
	) {
		this.#configuration = typeof configuration === 'function' ? configuration : () => configuration;
	}

	get configuration(): RTCConfiguration {
		return this.#configuration();
	}

	subscribe(listener: (event: PeerEvent) => void): () => void {
		this.#listeners.add(listener);
		return () => this.#listeners.delete(listener);
	}

	/** The media `id` captured (the stream its addTrack sends), or null before getUserMedia. */
	localStream(id: PeerRole): MediaStream | null {
		return this.#media[id]?.stream ?? null;
	}

	/**
	 * One getUserMedia call per local peer, so each peer sends its own media: both in a loopback
	 * call, this device's one in a two-device call. If one call fails, the media already captured
	 * is stopped and the error is thrown.
	 */
	async acquireMedia(source: MediaSourceChoice): Promise<Partial<Record<PeerRole, LocalMedia>>> {
		this.#stopMedia();
		const media: Partial<Record<PeerRole, LocalMedia>> = {};
		try {
			for (const id of this.local) media[id] = await acquireMedia(source, `Peer ${id}`);
		} catch (error) {
			for (const captured of Object.values(media)) captured.stop();
			throw error;
		}
		this.#media = media;
		return media;
	}

	createPeers(): Partial<Record<PeerRole, Peer>> {
		this.#closePeers();
		const emit = (event: PeerEvent) => this.#listeners.forEach((listener) => listener(event));
		const configuration = this.configuration;
		const peers: Partial<Record<PeerRole, Peer>> = {};
		try {
			for (const id of this.local) peers[id] = new Peer(id, configuration, emit);
		} catch (error) {
			// A bad configuration throws in the constructor: close what was already made.
			for (const peer of Object.values(peers)) peer.close();
			throw error;
		}
		this.#peers = peers;
		return peers;
	}

	has(id: PeerRole): boolean {
		return this.#peers[id] !== undefined;
	}

	peer(id: PeerRole): Peer {
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
		this.#stopMedia();
	}

	#stopMedia(): void {
		for (const media of Object.values(this.#media)) media.stop();
		this.#media = {};
	}

	#closePeers(): void {
		for (const peer of Object.values(this.#peers)) peer.close();
		this.#peers = {};
	}
}
