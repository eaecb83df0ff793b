import {
	afterDecision,
	decide,
	initialFlags,
	type GlareStrategy,
	type NegotiationFlags
} from '$lib/faults/perfectNegotiation';
import { isSignalingState, type SignalingState } from '$lib/faults/signalingStates';
import { errorInfo, type NewLogEntry } from '$lib/log/eventLog';
import type { PeerRole, SessionDescription } from '$lib/vocabulary';
import type { Peer } from '$lib/webrtc/peer';
import type { PeerSession } from '$lib/webrtc/peerSession';
import { GLARE_STEP, ignoredEntry, strategyEntry, type NegotiationPayload } from './glareWalk';

/** Glare did not happen as it should (a peer that was not in a collision): said, not hidden. */
export class GlareNotReproduced extends Error {
	override name = 'FaultNotReproducedError';
}

function stateOf(peer: Peer): SignalingState {
	const state = peer.view().signalingState;
	if (!isSignalingState(state)) {
		throw Object.assign(new Error(`Peer ${peer.id} is ${state}`), { name: 'InvalidStateError' });
	}
	return state;
}

/**
 * The glare fault with perfect negotiation (WebRTC 1.0 §10.7), run just before Peer B applies
 * A's offer: B makes an offer of its own as the example's negotiationneeded handler does, both
 * offers cross, and each peer's message handler decides by the example's rule. A (impolite) is in
 * "have-local-offer", so its handler ignores B's offer and makes no call; B (polite) applies A's
 * offer with setRemoteDescription, which rolls B's own offer back first (the implicit rollback the
 * example relies on: "SRD rolls back as needed"). Then the walkthrough goes on with B's answer.
 *
 * Every call and decision is recorded as it happens (`record`), each with the flags the peer held,
 * so the log interleaves them with the signalingstatechange events the browser fires.
 */
export async function resolveGlare(
	session: PeerSession,
	offer: SessionDescription,
	strategy: GlareStrategy,
	record: (entry: NewLogEntry) => void
): Promise<void> {
	const peers = { A: session.peer('A'), B: session.peer('B') };
	const flags: Record<PeerRole, NegotiationFlags> = { A: initialFlags('A'), B: initialFlags('B') };
	record(strategyEntry(strategy));

	const call = async (
		peer: PeerRole,
		name: 'setLocalDescription' | 'setRemoteDescription',
		run: () => Promise<void>,
		started: Omit<NegotiationPayload, 'negotiation'> & { description?: SessionDescription }
	) => {
		const entry = (status: 'start' | 'success' | 'error', payload: unknown, error?: unknown) =>
			record({
				kind: 'call',
				peer,
				name,
				step: GLARE_STEP,
				status,
				payload,
				...(error === undefined ? {} : { error: errorInfo(error) })
			});
		entry('start', { ...started, negotiation: { ...flags[peer] } });
		try {
			await run();
		} catch (error) {
			entry('error', { negotiation: { ...flags[peer] } }, error);
			throw error;
		}
		return (after: NegotiationFlags, description?: SessionDescription | null) => {
			flags[peer] = after;
			entry('success', { ...(description ? { description } : {}), negotiation: { ...after } });
		};
	};

	// B's negotiationneeded handler: makingOffer = true; await pc.setLocalDescription(); …
	flags.B = { ...flags.B, makingOffer: true };
	const offered = await call('B', 'setLocalDescription', () => peers.B.setLocalDescription(), {});
	offered({ ...flags.B, makingOffer: false }, peers.B.view().localDescription);

	// B's offer reaches A: A's handler finds a collision and, impolite, returns without a call
	const atA = decide(flags.A, stateOf(peers.A), 'offer');
	if (atA.action !== 'ignore') {
		throw new GlareNotReproduced(
			`Peer A was in "${atA.signalingState}" when B's offer arrived: no collision, so no glare`
		);
	}
	flags.A = afterDecision(flags.A, atA);
	record(ignoredEntry('A', { negotiation: { ...flags.A }, decision: atA }));

	// A's offer reaches B: B's handler finds a collision too and, polite, applies the offer
	const atB = decide(flags.B, stateOf(peers.B), 'offer');
	if (atB.action !== 'apply' || !atB.offerCollision) {
		throw new GlareNotReproduced(
			`Peer B was in "${atB.signalingState}" when A's offer arrived: no collision, so no glare`
		);
	}
	flags.B = afterDecision(flags.B, atB);
	const applied = await call(
		'B',
		'setRemoteDescription',
		() => peers.B.setRemoteDescription(offer),
		{ description: offer, decision: atB }
	);
	applied(flags.B);
}
