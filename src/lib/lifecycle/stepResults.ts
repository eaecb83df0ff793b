import type { PeerRole, PeerView, SessionDescription, SignalMessage } from '$lib/vocabulary';
import type { StepInput } from './events';
import { stepById, type ApiStepId } from './steps';
import type { MediaSourceChoice, TrackInfo } from './types';

/** A signaling message on its way from one peer to the other, as the lane shows it. */
export interface LaneMessage {
	id: number;
	from: PeerRole;
	to: PeerRole;
	message: SignalMessage;
	/** inTransit: sent, not yet out of the channel; arrived: waiting for the receiver to apply it */
	status: 'inTransit' | 'arrived';
	sentAt: number;
	receivedAt: number | null;
}

/** What every API actor resolves with: the peers it changed and what the call returned. */
export interface ApiOutput {
	peers?: Partial<Record<PeerRole, PeerView>>;
	/** the call's result as the log shows it (a description, the tracks added, ...) */
	result?: unknown;
	description?: SessionDescription;
	/** getUserMedia: the stream each local peer captured */
	localStreams?: Partial<Record<PeerRole, MediaStream>>;
	localTracks?: Partial<Record<PeerRole, TrackInfo[]>>;
	source?: MediaSourceChoice;
}

export interface StepOutcome {
	context: {
		offer?: SessionDescription;
		answer?: SessionDescription;
		localStreams?: Record<PeerRole, MediaStream | null>;
		localTracks?: Record<PeerRole, TrackInfo[]>;
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
				context: {
					localStreams: { A: output.localStreams?.A ?? null, B: output.localStreams?.B ?? null },
					localTracks: { A: output.localTracks?.A ?? [], B: output.localTracks?.B ?? [] }
				}
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
