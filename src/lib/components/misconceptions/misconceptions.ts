/**
 * The misconceptions of the notes Peerscope was born from (shared/seed/webrtc-notes-ko.txt),
 * each named and corrected at the walkthrough step where the truth shows on screen. The claim
 * and the correction are catalog messages (`misconception.<id>.claim`, `.truth`); the step is the
 * one whose "What just happened" card shows the callout. No imports at run time, so the e2e
 * journey reads the same list.
 */
import type { StepId } from '$lib/lifecycle/steps';

export interface Misconception {
	id:
		| 'gatheringBeforeOffer'
		| 'sdpIsMedia'
		| 'onIceCandidateMethod'
		| 'stunReachability'
		| 'connectedAfterRemoteDescription';
	/** the step after which the callout shows */
	step: StepId;
}

export const MISCONCEPTIONS: readonly Misconception[] = [
	{ id: 'sdpIsMedia', step: 'createOffer' },
	{ id: 'gatheringBeforeOffer', step: 'setLocalOffer' },
	{ id: 'onIceCandidateMethod', step: 'setLocalOffer' },
	{ id: 'connectedAfterRemoteDescription', step: 'setRemoteAnswer' },
	{ id: 'stunReachability', step: 'connect' }
];

export function misconceptionsAt(step: string): Misconception[] {
	return MISCONCEPTIONS.filter((m) => m.step === step);
}
