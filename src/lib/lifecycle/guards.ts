import type { PeerRole } from '$lib/vocabulary';
import { nextDeliverable, type WalkthroughContext } from './context';
import { canUseSynthetic } from './failures';
import type { PeerStateChangedEvent, SignalReceivedEvent } from './events';
import { laneMessageOfType } from './stepResults';

/** The walkthrough machine's guards: what each transition asks of the context and its params. */

type Args = { context: WalkthroughContext };
export type ConnectionEvent = Pick<PeerStateChangedEvent, 'peer' | 'field' | 'value'>;

function isConnectionFailure(event: ConnectionEvent): boolean {
	return (
		(event.field === 'connectionState' || event.field === 'iceConnectionState') &&
		event.value === 'failed'
	);
}

export const guards = {
	runMode: ({ context }: Args) => context.mode === 'run',
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
	 * ICE failed in a two-device call: the peer connection stays open, so an ICE restart can
	 * recover it (a loopback call has nothing to restart towards: it fails for good).
	 */
	restartableFailure: ({ context }: Args, params: ConnectionEvent) =>
		isConnectionFailure(params) && context.local.length === 1 && context.failure === null,
	/** the same failure seen again (connectionState after iceConnectionState) */
	failedAgain: ({ context }: Args, params: ConnectionEvent) =>
		isConnectionFailure(params) && context.local.length === 1 && context.failure !== null
};
