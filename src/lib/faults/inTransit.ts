/**
 * Faults that happen on the signaling path, between the peers: a message lost, or a description
 * changed on its way (a man in the middle). A wrapper around any SignalingChannel applies them,
 * so the peers, the lane and the log see exactly what a real broken channel would deliver, and
 * the original stays in the sender's own description for the diff.
 */
import type { SignalingChannel } from '$lib/signaling/channel';
import type { SignalEnvelope } from '$lib/vocabulary';
import type { FaultId } from './catalogue';
import { withoutCommonCodecs, withWrongFingerprint } from './munge';
import type { PathEvent } from './pipedChannel';
import type { DropReason } from './pipeRoute';

/**
 * What happened to one message on its way; with the pipe of peer-vanishes (pipedChannel.ts) also
 * why a candidate was held back, and what happened to the path itself.
 */
export type TransitEvent =
	| { type: 'lost'; envelope: SignalEnvelope; reason?: DropReason }
	| { type: 'changed'; original: SignalEnvelope; delivered: SignalEnvelope; changedLines: number }
	| { type: 'path'; event: PathEvent };

/** Decides the fate of each message: deliver it as it is, deliver a changed copy, or lose it. */
export type Interceptor = (envelope: SignalEnvelope) => TransitEvent | null;

export interface TransitOptions {
	/** Peer B's video encoding names (RTCRtpReceiver.getCapabilities), for no-common-codec */
	receiverVideoCodecs?: readonly string[];
}

function mungeDescription(
	type: 'offer' | 'answer',
	munge: (sdp: string) => { sdp: string; changedLines: number }
): Interceptor {
	return (envelope) => {
		const message = envelope.message;
		if (message.type !== type) return null;
		const result = munge(message.description.sdp);
		if (result.changedLines === 0) return null;
		return {
			type: 'changed',
			original: envelope,
			delivered: {
				...envelope,
				message: { ...message, description: { ...message.description, sdp: result.sdp } }
			},
			changedLines: result.changedLines
		};
	};
}

/** The interceptor of a fault that lives on the signaling path, or null for every other fault. */
export function interceptorFor(fault: FaultId, options: TransitOptions = {}): Interceptor | null {
	switch (fault) {
		case 'answer-lost':
			return (envelope) => (envelope.message.type === 'answer' ? { type: 'lost', envelope } : null);
		case 'no-candidates':
			return (envelope) =>
				envelope.message.type === 'candidate' ? { type: 'lost', envelope } : null;
		case 'no-common-codec':
			return mungeDescription('offer', (sdp) =>
				withoutCommonCodecs(sdp, 'video', options.receiverVideoCodecs)
			);
		case 'dtls-fingerprint':
			return mungeDescription('answer', withWrongFingerprint);
		default:
			return null;
	}
}

/**
 * A channel that passes every message through `intercept` before it is sent: a lost message is
 * never handed to the channel, a changed one is sent changed. `onTransit` hears what happened, so
 * the walkthrough can log it where it happened.
 */
export function interceptedChannel(
	channel: SignalingChannel,
	intercept: Interceptor,
	onTransit: (event: TransitEvent) => void = () => {}
): SignalingChannel {
	return {
		send(envelope) {
			const event = intercept(envelope);
			if (event) onTransit(event);
			if (event?.type === 'lost') return;
			channel.send(event?.type === 'changed' ? event.delivered : envelope);
		},
		subscribe: (listener) => channel.subscribe(listener),
		close: () => channel.close()
	};
}
