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
		| 'connectedAfterRemoteDescription'
		| 'mediaStreamIsDeviceAccess'
		| 'dataChannelTextOnly';
	/** the step where the callout shows */
	step: StepId;
	/**
	 * `after`: on the card of what the step just did; `during`: on the card of the step under way,
	 * for a step the browser finishes by itself (connect turns into communicate when ICE and DTLS
	 * are up, so it never becomes the last step)
	 */
	when: 'after' | 'during';
}

export const MISCONCEPTIONS: readonly Misconception[] = [
	{ id: 'mediaStreamIsDeviceAccess', step: 'getUserMedia', when: 'after' },
	{ id: 'dataChannelTextOnly', step: 'createDataChannel', when: 'after' },
	{ id: 'sdpIsMedia', step: 'createOffer', when: 'after' },
	{ id: 'gatheringBeforeOffer', step: 'setLocalOffer', when: 'after' },
	{ id: 'onIceCandidateMethod', step: 'setLocalOffer', when: 'after' },
	{ id: 'connectedAfterRemoteDescription', step: 'setRemoteAnswer', when: 'after' },
	{ id: 'stunReachability', step: 'connect', when: 'during' }
];

export function misconceptionsAt(
	step: string,
	when: Misconception['when'] = 'after'
): Misconception[] {
	return MISCONCEPTIONS.filter((m) => m.step === step && m.when === when);
}
