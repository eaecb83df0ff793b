/**
 * A loopback call made only to watch ICE: two Peers in this page under one RTCConfiguration, a
 * data channel (enough for ICE and DTLS to run, no camera needed), candidates trickled straight
 * across as soon as the other side can take them. Every candidate, state change and candidate
 * error is reported with its time since the call started. The ICE page shows one live; the lab
 * runs one per configuration and records it.
 */
import { candidateErrorDetail, type CandidateErrorDetail } from '$lib/ice/candidateError';
import type { LabConfigId, LabRunRecord } from '$lib/ice/lab';
import { pairMatrix, selectedPair, type PairMatrix } from '$lib/ice/pairs';
import { Peer } from './peer';
import type { PeerEvent } from './peerEvents';
import { otherPeer, type CandidateInit, type PeerField, type PeerRole } from '$lib/vocabulary';

export type IceCallEvent =
	| { type: 'candidate'; peer: PeerRole; at: number; candidate: string | null }
	| { type: 'state'; peer: PeerRole; at: number; field: PeerField; value: string }
	| { type: 'error'; peer: PeerRole; at: number; detail: CandidateErrorDetail };

export class IceCall {
	readonly #peers: Record<PeerRole, Peer>;
	readonly #startedAt = performance.now();
	readonly #listener: (event: IceCallEvent) => void;
	/** candidates that arrived before the other side had a remote description (RFC 8838 §11) */
	readonly #pending: Record<PeerRole, (CandidateInit | null)[]> = { A: [], B: [] };
	readonly #ready: Record<PeerRole, boolean> = { A: false, B: false };
	#closed = false;
	readonly #connectionState: Record<PeerRole, string> = { A: 'new', B: 'new' };

	/** `new RTCPeerConnection` throws for a configuration it rejects; so does this constructor. */
	constructor(configuration: RTCConfiguration, listener: (event: IceCallEvent) => void) {
		this.#listener = listener;
		const emit = (event: PeerEvent) => this.#onPeerEvent(event);
		const a = new Peer('A', configuration, emit);
		let b: Peer;
		try {
			b = new Peer('B', configuration, emit);
		} catch (error) {
			a.close();
			throw error;
		}
		this.#peers = { A: a, B: b };
	}

	/** ms since the call was created */
	now(): number {
		return performance.now() - this.#startedAt;
	}

	/** Offer/answer in the page; ICE then runs on its own. Rejects if a call fails. */
	async start(): Promise<void> {
		const { A, B } = this.#peers;
		A.createDataChannel('ice-lab', { ordered: true });
		const offer = await A.createOffer();
		await A.setLocalDescription(offer);
		await B.setRemoteDescription(offer);
		await this.#flush('B');
		const answer = await B.createAnswer();
		await B.setLocalDescription(answer);
		await A.setRemoteDescription(answer);
		await this.#flush('A');
	}

	/**
	 * True once nothing about this peer's pairs can change any more: the call was closed, or its
	 * connectionState is failed or closed (no ICE restart here), so polling can stop.
	 */
	ended(peer: PeerRole): boolean {
		const state = this.#connectionState[peer];
		return this.#closed || state === 'failed' || state === 'closed';
	}

	async pairs(peer: PeerRole): Promise<PairMatrix> {
		return pairMatrix(await this.#peers[peer].getStats());
	}

	close(): void {
		if (this.#closed) return;
		this.#closed = true;
		this.#peers.A.close();
		this.#peers.B.close();
	}

	#onPeerEvent(event: PeerEvent): void {
		if (this.#closed) return;
		const at = this.now();
		if (event.type === 'ice.candidateGathered') {
			this.#listener({
				type: 'candidate',
				peer: event.peer,
				at,
				candidate: event.candidate?.candidate ?? null
			});
			void this.#deliver(otherPeer(event.peer), event.candidate);
		} else if (event.type === 'peer.stateChanged') {
			if (event.field === 'connectionState') this.#connectionState[event.peer] = event.value;
			this.#listener({
				type: 'state',
				peer: event.peer,
				at,
				field: event.field,
				value: event.value
			});
		} else if (event.type === 'ice.candidateError') {
			this.#listener({
				type: 'error',
				peer: event.peer,
				at,
				detail: candidateErrorDetail(event.detail)
			});
		}
	}

	async #deliver(to: PeerRole, candidate: CandidateInit | null): Promise<void> {
		if (!this.#ready[to]) {
			this.#pending[to].push(candidate);
			return;
		}
		try {
			await this.#peers[to].addIceCandidate(candidate);
		} catch {
			// closed meanwhile, or a candidate the other side cannot use; ICE goes on without it
		}
	}

	async #flush(peer: PeerRole): Promise<void> {
		this.#ready[peer] = true;
		const queued = this.#pending[peer].splice(0);
		for (const candidate of queued) await this.#deliver(peer, candidate);
	}
}

/** How long a lab run may take to connect before it counts as failed. */
export const LAB_RUN_TIMEOUT_MS = 20_000;

/**
 * One lab run: a call under `configuration` until Peer A is connected or fails, then its
 * selected pair from getStats. Always closes the call; when `signal` aborts, closes it at once and
 * rejects with the signal's reason.
 */
export function runLabCall(
	config: LabConfigId,
	configuration: RTCConfiguration,
	timeoutMs = LAB_RUN_TIMEOUT_MS,
	signal?: AbortSignal
): Promise<LabRunRecord> {
	const record: LabRunRecord = {
		config,
		candidates: [],
		gatheringComplete: { A: null, B: null },
		connectedAt: null,
		failure: null,
		selected: null,
		errors: []
	};
	return new Promise((resolve, reject) => {
		let call: IceCall | null = null;
		let settled = false;
		const onAbort = () => {
			if (settled) return;
			settled = true;
			clearTimeout(timer);
			call?.close();
			reject(signal!.reason);
		};
		const finish = async (failure: LabRunRecord['failure']) => {
			if (settled) return;
			settled = true;
			clearTimeout(timer);
			record.failure = failure;
			if (!failure && call) {
				try {
					const selected = selectedPair(await call.pairs('A'));
					if (selected) {
						record.selected = {
							localType: selected.local?.candidateType ?? '?',
							remoteType: selected.remote?.candidateType ?? '?',
							protocol: selected.local?.protocol ?? '?',
							relayProtocol: selected.local?.relayProtocol ?? null,
							roundTripTime: selected.pair.currentRoundTripTime
						};
					}
				} catch {
					// stats are a bonus; the times are already recorded
				}
			}
			call?.close();
			signal?.removeEventListener('abort', onAbort);
			resolve(record);
		};
		const timer = setTimeout(() => void finish('timeout'), timeoutMs);
		if (signal?.aborted) {
			onAbort();
			return;
		}
		signal?.addEventListener('abort', onAbort, { once: true });
		const counted: Record<PeerRole, number> = { A: 0, B: 0 };
		try {
			call = new IceCall(configuration, (event) => {
				if (event.type === 'candidate' && event.candidate !== null) {
					counted[event.peer]++;
					record.candidates.push({ peer: event.peer, at: event.at, candidate: event.candidate });
				} else if (event.type === 'error') {
					record.errors.push(event.detail);
				} else if (event.type === 'state' && event.field === 'iceGatheringState') {
					if (event.value === 'complete') {
						record.gatheringComplete[event.peer] = event.at;
						// nothing to pair with: no check can ever start, so say so now rather than time out
						if (counted[event.peer] === 0) void finish('noCandidates');
					}
				} else if (event.type === 'state' && event.peer === 'A') {
					if (event.field === 'connectionState' && event.value === 'connected') {
						record.connectedAt = event.at;
						void finish(null);
					} else if (event.field === 'connectionState' && event.value === 'failed') {
						void finish('failed');
					}
				}
			});
			call.start().catch(() => void finish('error'));
		} catch {
			void finish('error');
		}
	});
}
