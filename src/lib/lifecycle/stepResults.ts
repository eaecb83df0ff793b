import type { StepInput } from './events';
import { stepById, type ApiStepId } from './steps';
import type {
	MediaSourceChoice,
	PeerId,
	PeerView,
	SessionDescription,
	SignalMessage,
	TrackInfo
} from './types';

/** A signaling message on its way from one peer to the other, as the lane shows it. */
export interface LaneMessage {
	id: number;
	from: PeerId;
	to: PeerId;
	message: SignalMessage;
	/** inTransit: sent, not yet out of the channel; arrived: waiting for the receiver to apply it */
	status: 'inTransit' | 'arrived';
	sentAt: number;
	receivedAt: number | null;
}

/** What every API actor resolves with: the peers it changed and what the call returned. */
export interface ApiOutput {
	peers?: Partial<Record<PeerId, PeerView>>;
	/** the call's result as the log shows it (a description, the tracks added, ...) */
	result?: unknown;
	description?: SessionDescription;
	localStream?: MediaStream;
	localTracks?: TrackInfo[];
	source?: MediaSourceChoice;
}

export interface StepOutcome {
	context: {
		offer?: SessionDescription;
		answer?: SessionDescription;
		localStream?: MediaStream;
		localTracks?: TrackInfo[];
		descriptions?: LaneMessage[];
	};
	/** the lane message this step applied (an offer or answer given to setRemoteDescription) */
	consumed?: LaneMessage;
}

export function laneMessageOfType(
	lane: readonly LaneMessage[],
	type: SignalMessage['type']
): LaneMessage | undefined {
	return lane.find((m) => m.message.type === type);
}

/** The input of a step's actor: its peer, the source to capture, the description to set. */
export function stepInput(
	step: ApiStepId,
	context: {
		source: MediaSourceChoice;
		offer: SessionDescription | null;
		answer: SessionDescription | null;
		descriptions: readonly LaneMessage[];
		iceRestart: boolean;
	}
): StepInput {
	let description: SessionDescription | null = null;
	if (step === 'setLocalOffer') description = context.offer;
	if (step === 'setLocalAnswer') description = context.answer;
	if (step === 'setRemoteOffer' || step === 'setRemoteAnswer') {
		const type = step === 'setRemoteOffer' ? 'offer' : 'answer';
		const arrived = laneMessageOfType(context.descriptions, type);
		if (arrived && arrived.message.type !== 'candidate') description = arrived.message.description;
	}
	return {
		step,
		peer: stepById(step).peer,
		source: context.source,
		description,
		...(step === 'createOffer' && context.iceRestart ? { iceRestart: true } : {})
	};
}

/** The context changes a successful API step makes, apart from peers and the log. */
export function applyStepOutput(
	context: { descriptions: LaneMessage[] },
	step: ApiStepId,
	output: ApiOutput
): StepOutcome {
	switch (step) {
		case 'getUserMedia':
			return {
				context: { localStream: output.localStream, localTracks: output.localTracks ?? [] }
			};
		case 'createOffer':
			return { context: output.description ? { offer: output.description } : {} };
		case 'createAnswer':
			return { context: output.description ? { answer: output.description } : {} };
		case 'setRemoteOffer':
		case 'setRemoteAnswer': {
			const consumed = laneMessageOfType(
				context.descriptions,
				step === 'setRemoteOffer' ? 'offer' : 'answer'
			);
			if (!consumed) return { context: {} };
			return {
				context: { descriptions: context.descriptions.filter((m) => m !== consumed) },
				consumed
			};
		}
		default:
			return { context: {} };
	}
}
