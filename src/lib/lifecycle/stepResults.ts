import type { ApiStepId } from './steps';
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
		lane?: LaneMessage[];
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

/** The context changes a successful API step makes, apart from peers and the log. */
export function applyStepOutput(
	context: { lane: LaneMessage[] },
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
				context.lane,
				step === 'setRemoteOffer' ? 'offer' : 'answer'
			);
			if (!consumed) return { context: {} };
			return { context: { lane: context.lane.filter((m) => m !== consumed) }, consumed };
		}
		default:
			return { context: {} };
	}
}
