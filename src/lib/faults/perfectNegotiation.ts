/**
 * Perfect negotiation (WebRTC 1.0 §10.7, "Perfect negotiation example"), the strategy the glare
 * fault can be run with: the state each peer keeps and the decision its message handler makes for
 * an incoming description, written as the example writes them. Pure: no browser. The fault actor
 * makes its real browser calls by these decisions, and the walk through the run shows them.
 */
import type { PeerRole } from '$lib/vocabulary';
import type { SignalingState } from './signalingStates';

/** The strategies the glare fault can run with (the URL's `?strategy=`); none is the failing run. */
export const GLARE_STRATEGIES = ['perfect-negotiation'] as const;
export type GlareStrategy = (typeof GLARE_STRATEGIES)[number];

export function isGlareStrategy(value: unknown): value is GlareStrategy {
	return typeof value === 'string' && (GLARE_STRATEGIES as readonly string[]).includes(value);
}

/**
 * The polite peer of the run. The example only assumes a `polite` variable and leaves the choice
 * to the application; this page makes B (the callee) polite so that A's offer, the one the
 * walkthrough's own steps go on with, is the one that wins the collision.
 */
export const POLITE_PEER: PeerRole = 'B';

export function isPolite(peer: PeerRole): boolean {
	return peer === POLITE_PEER;
}

/** The negotiation state one peer keeps in the example ("to prevent races and errors"). */
export interface NegotiationFlags {
	polite: boolean;
	/** true while the peer's own setLocalDescription() (its offer) is in flight */
	makingOffer: boolean;
	/** the last description that came in was an offer this (impolite) peer ignored */
	ignoreOffer: boolean;
	/** true while setRemoteDescription(answer) is in flight */
	isSettingRemoteAnswerPending: boolean;
}

export function initialFlags(peer: PeerRole): NegotiationFlags {
	return {
		polite: isPolite(peer),
		makingOffer: false,
		ignoreOffer: false,
		isSettingRemoteAnswerPending: false
	};
}

/** What the example's `signaling.onmessage` decides for one incoming description. */
export interface DescriptionDecision {
	type: 'offer' | 'answer';
	/** the signaling state the decision read */
	signalingState: SignalingState;
	/** not making an offer, and stable (or about to be: an answer is being applied) */
	readyForOffer: boolean;
	/** an offer that arrived when this peer was not ready for one */
	offerCollision: boolean;
	/** the impolite peer drops a colliding offer */
	ignoreOffer: boolean;
	/**
	 * `ignore`: return without a call; `apply`: setRemoteDescription, which first rolls back this
	 * peer's own offer when it is in "have-local-offer" (the polite peer in a collision)
	 */
	action: 'ignore' | 'apply';
	/** setRemoteDescription will roll back this peer's own pending offer before applying */
	rollsBack: boolean;
}

/**
 * The example's handler for a description from the other peer, line by line:
 *
 *   readyForOffer = !makingOffer && (signalingState == "stable" || isSettingRemoteAnswerPending)
 *   offerCollision = description.type == "offer" && !readyForOffer
 *   ignoreOffer = !polite && offerCollision
 */
export function decide(
	flags: NegotiationFlags,
	signalingState: SignalingState,
	type: 'offer' | 'answer'
): DescriptionDecision {
	const readyForOffer =
		!flags.makingOffer && (signalingState === 'stable' || flags.isSettingRemoteAnswerPending);
	const offerCollision = type === 'offer' && !readyForOffer;
	const ignoreOffer = !flags.polite && offerCollision;
	return {
		type,
		signalingState,
		readyForOffer,
		offerCollision,
		ignoreOffer,
		action: ignoreOffer ? 'ignore' : 'apply',
		// setRemoteDescription(offer) in "have-local-offer" rolls back first (WebRTC 1.0,
		// setRemoteDescription(): an offer invalid for the state is applied after a rollback)
		rollsBack: !ignoreOffer && type === 'offer' && signalingState === 'have-local-offer'
	};
}

/** The flags after the handler has taken a decision (ignoreOffer is set on every description). */
export function afterDecision(
	flags: NegotiationFlags,
	decision: DescriptionDecision
): NegotiationFlags {
	return { ...flags, ignoreOffer: decision.ignoreOffer };
}
