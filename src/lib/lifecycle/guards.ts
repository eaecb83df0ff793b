import type { PeerRole } from '$lib/vocabulary';
import { nextDeliverable, type WalkthroughContext } from './context';
import { canUseSynthetic } from './failures';
import type { PeerStateChangedEvent, SignalReceivedEvent } from './events';
import { laneMessageOfType } from './stepResults';
import type { ApiStepId } from './steps';
import { faultAppliesInCall, faultReplacesStep } from './faultActors';
import {
	expectedCandidateError,
	faultArrivesDegraded,
	faultEndsDegraded,
	faultRecoversByRestart
} from './faultRules';

/** The walkthrough machine's guards: what each transition asks of the context and its params. */

type Args = { context: WalkthroughContext };
export type ConnectionEvent = Pick<PeerStateChangedEvent, 'peer' | 'field' | 'value'>;

function isConnectionFailure(event: ConnectionEvent): boolean {
	return (
		(event.field === 'connectionState' || event.field === 'iceConnectionState') &&
		event.value === 'failed'
	);
}

function restartable(context: WalkthroughContext): boolean {
	return context.local.length === 1 || faultRecoversByRestart(context.fault);
}

export const guards = {
	/**
	 * Run all goes on by itself; given a step, not while the fault lab holds that step back
	 * (candidate-too-early waits before B's setRemoteDescription for A's candidates).
	 */
	runMode: ({ context }: Args, params?: { step?: ApiStepId }) =>
		context.mode === 'run' &&
		!(context.fault === 'candidate-too-early' && params?.step === 'setRemoteOffer'),
	/** Run all reaches a step the fault lab's fault breaks */
	runFault: ({ context }: Args, params: { step: ApiStepId }) =>
		context.mode === 'run' && faultReplacesStep(context.fault, params.step),
	/** the caller's page restarts ICE; a callee on another device answers the new offer */
	canRestartIce: ({ context }: Args) => context.local.includes('A'),
	/** a new offer from a caller on another device (its ICE restart) */
	remoteOfferArrived: ({ context }: Args, params: SignalReceivedEvent) =>
		params.message.type === 'offer' && !context.local.includes(params.from),
	/** a step or message of a peer that runs on the other device */
	remotePeer: ({ context }: Args, params: { peer: PeerRole | null }) =>
		params.peer !== null && !context.local.includes(params.peer),
	/** the peer's media already flows: an earlier offer/answer round set a sending currentDirection */
	alreadySending: ({ context }: Args, params: { peer: PeerRole | null }) =>
		params.peer !== null &&
		(context.peers[params.peer]?.transceivers ?? []).some(
			(t) => t.currentDirection === 'sendrecv' || t.currentDirection === 'sendonly'
		),
	descriptionArrived: ({ context }: Args, params: { type: 'offer' | 'answer' }) =>
		laneMessageOfType(context.descriptions, params.type)?.status === 'arrived',
	bothConnected: ({ context }: Args) =>
		context.local.every((peer) => context.peers[peer]?.connectionState === 'connected'),
	canUseSynthetic: ({ context }: Args) =>
		context.failure !== null && canUseSynthetic(context.failure.call),
	deliverable: ({ context }: Args, params: { messageId?: number }) =>
		nextDeliverable(context, params.messageId) !== undefined,
	connectionFailed: (_: Args, params: ConnectionEvent) => isConnectionFailure(params),
	/**
	 * ICE failed in a two-device call, or after the fault lab cut the path between the peers: the
	 * peer connections stay open, so an ICE restart can recover them (a loopback call that failed
	 * by itself has nothing to restart towards: it fails for good).
	 */
	restartableFailure: ({ context }: Args, params: ConnectionEvent) =>
		isConnectionFailure(params) && restartable(context) && context.failure === null,
	/** the same failure seen again (connectionState after iceConnectionState, or the other peer) */
	failedAgain: ({ context }: Args, params: ConnectionEvent) =>
		isConnectionFailure(params) && restartable(context) && context.failure !== null,
	/** the fault lab: the fault breaks this step (faultActors.ts runs it instead) */
	faultReplaces: ({ context }: Args, params: { step: ApiStepId }) =>
		faultReplacesStep(context.fault, params.step),
	faultApplies: ({ context }: Args) => faultAppliesInCall(context.fault),
	faultDegradesArrival: ({ context }: Args) => faultArrivesDegraded(context.fault),
	faultEndsDegraded: ({ context }: Args) => faultEndsDegraded(context.fault),
	/** the fault lab's TURN faults end on their own icecandidateerror code */
	expectedCandidateError: ({ context }: Args, params: { detail: Record<string, unknown> }) =>
		expectedCandidateError(context.fault, params.detail)
};
