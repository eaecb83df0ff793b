/**
 * The signaling path of the peer-vanishes fault: a wrapper around any SignalingChannel that sends
 * the peers' candidates through the app server's UDP pipe (pipeProtocol.js). The first UDP host
 * candidate opens a pipe on its address; each peer's candidate on that address is routed (the
 * server learns the peer's real address) and delivered to the other peer rewritten to the other
 * peer's face of the pipe; every other candidate is held back with its reason. So the only path
 * ICE can find runs through the pipe, and cutting the pipe takes the path away while both peers
 * stay. After the cut, candidates (an ICE restart's) travel as gathered: the direct path.
 *
 * Messages keep their order: each waits for the one before it (a pipe request takes a round trip).
 * When no pipe can be made (a browser on another machine, addresses hidden behind mDNS names, no
 * endpoint), the wrapper says so once, with the server's code and words.
 */
import { otherPeer, type PeerRole, type SignalEnvelope } from '$lib/vocabulary';
import type { SignalingChannel } from '$lib/signaling/channel';
import type { PipeCounts } from './pipeProtocol.js';
import { PipeRequestError, type PipeConnection, type PipeProblemCode } from './pipeClient';
import {
	pipeEligibility,
	rewriteCandidate,
	sameAddress,
	type DropReason,
	type PipeEndpoint
} from './pipeRoute';

/** Why no pipe joins the peers: the server's or the connection's code, or no usable candidate. */
export type PathProblemCode = PipeProblemCode | 'no-usable-candidate';

/** What happened on the path between the peers, for the log and the fault lab's panel. */
export type PathEvent =
	| {
			type: 'opened';
			pipe: number;
			/** the address as the browser writes it in its candidates */
			address: string;
			faces: Record<PeerRole, number>;
			lifetimeMs: number;
	  }
	| { type: 'routed'; peer: PeerRole; endpoint: PipeEndpoint }
	| {
			type: 'unavailable';
			code: PathProblemCode;
			message: string;
			/** no-usable-candidate: the peer, and why each of its candidates was held back */
			peer?: PeerRole;
			reasons?: DropReason[];
	  };

/** A candidate on its way: delivered rewritten, held back (with why), or lost with the path. */
export type PipedTransit =
	| { type: 'changed'; original: SignalEnvelope; delivered: SignalEnvelope; changedLines: number }
	| { type: 'lost'; envelope: SignalEnvelope; reason: DropReason }
	| { type: 'path'; event: PathEvent };

export interface PipedChannel extends SignalingChannel {
	/** Takes the path away: the pipe stops forwarding, for good. Resolves with its counts then. */
	cut(): Promise<{ pipe: number; counts: PipeCounts }>;
	/** the pipe's counts now (packets forwarded before the cut, dropped since) */
	counts(): Promise<PipeCounts>;
}

export function pipedChannel(
	channel: SignalingChannel,
	pipes: PipeConnection,
	onTransit: (event: PipedTransit) => void
): PipedChannel {
	let queue: Promise<void> = Promise.resolve();
	/** the pipe, once the first usable candidate opened it */
	let pipe: Promise<{ id: number; address: string; faces: Record<PeerRole, number> }> | null = null;
	const routed = new Set<PeerRole>();
	const heldBack: Record<PeerRole, DropReason[]> = { A: [], B: [] };
	let isCut = false;
	let unavailable = false;
	let closed = false;

	const problem = (event: Extract<PathEvent, { type: 'unavailable' }>) => {
		if (unavailable || closed) return;
		unavailable = true;
		onTransit({ type: 'path', event });
	};
	const problemFrom = (error: unknown) => {
		const e =
			error instanceof PipeRequestError
				? error
				: new PipeRequestError('closed', error instanceof Error ? error.message : String(error));
		problem({ type: 'unavailable', code: e.code, message: e.message });
	};
	// the pipe ended by itself (its lifetime, a lost connection) before the fault cut it: the
	// call loses its path without the cut, which the page must say (after the cut it is no loss)
	pipes.onEnd((error) => {
		if (pipe && !isCut) problemFrom(error);
	});
	const hold = (envelope: SignalEnvelope, reason: DropReason) => {
		heldBack[envelope.from].push(reason);
		onTransit({ type: 'lost', envelope, reason });
	};

	function openOn(address: string) {
		pipe ??= pipes.open(address).then((opened) => {
			onTransit({
				type: 'path',
				event: {
					type: 'opened',
					pipe: opened.pipe,
					address,
					faces: opened.faces,
					lifetimeMs: opened.lifetimeMs
				}
			});
			return { id: opened.pipe, address, faces: opened.faces };
		});
		return pipe;
	}

	async function carry(envelope: SignalEnvelope): Promise<void> {
		const message = envelope.message;
		if (message.type !== 'candidate' || isCut) {
			channel.send(envelope);
			return;
		}
		if (unavailable) return;
		const from = envelope.from;
		if (message.candidate === null) {
			// end of candidates: a peer none of whose candidates could take the pipe has no path
			if (!routed.has(from)) {
				problem({
					type: 'unavailable',
					code: 'no-usable-candidate',
					message: `none of Peer ${from}'s candidates can go through the pipe (${heldBack[from].join(', ') || 'no candidates'})`,
					peer: from,
					reasons: [...heldBack[from]]
				});
			}
			channel.send(envelope);
			return;
		}
		const eligible = pipeEligibility(message.candidate);
		if (!eligible.ok) return hold(envelope, eligible.reason);
		const opened = await openOn(eligible.endpoint.address);
		if (!sameAddress(opened.address, eligible.endpoint.address))
			return hold(envelope, 'otherAddress');
		if (routed.has(from)) return hold(envelope, 'alreadyRouted');
		await pipes.route(opened.id, from, eligible.endpoint);
		routed.add(from);
		onTransit({ type: 'path', event: { type: 'routed', peer: from, endpoint: eligible.endpoint } });
		const delivered: SignalEnvelope = {
			...envelope,
			message: {
				...message,
				candidate: rewriteCandidate(message.candidate, {
					address: opened.address,
					port: opened.faces[otherPeer(from)]
				})
			}
		};
		onTransit({ type: 'changed', original: envelope, delivered, changedLines: 1 });
		channel.send(delivered);
	}

	async function current() {
		if (!pipe) {
			throw Object.assign(new Error('no pipe: no candidate has gone through one yet'), {
				name: 'InvalidStateError'
			});
		}
		return pipe;
	}

	return {
		send(envelope) {
			queue = queue.then(() => carry(envelope)).catch(problemFrom);
		},
		subscribe: (listener) => channel.subscribe(listener),
		async cut() {
			// after the messages already on their way, so a route never lands after the cut
			await queue;
			const { id } = await current();
			const counts = await pipes.cut(id);
			isCut = true;
			return { pipe: id, counts };
		},
		async counts() {
			const { id } = await current();
			return pipes.stats(id);
		},
		close() {
			closed = true;
			channel.close();
			pipes.close();
		}
	};
}
