import type { CandidateInit, PeerId, SessionDescription } from '$lib/webrtc/types';

/** A message the two peers exchange through a signaling channel. */
export type SignalMessage =
	| { type: 'offer' | 'answer'; description: SessionDescription }
	| { type: 'candidate'; candidate: CandidateInit | null };

/** A signaling message with its routing: who sent it, who it is for, and its lane id. */
export interface SignalEnvelope {
	from: PeerId;
	to: PeerId;
	messageId: number;
	message: SignalMessage;
}
