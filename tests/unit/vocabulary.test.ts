import { describe, expect, it } from 'vitest';
import { newPeerStates, newPeerView } from '$lib/vocabulary';

describe('a new peer connection', () => {
	it('starts stable and new (webrtc-pc §4.4.1), with no descriptions and no transceivers', () => {
		expect(newPeerView()).toEqual({
			signalingState: 'stable',
			iceGatheringState: 'new',
			iceConnectionState: 'new',
			connectionState: 'new',
			localDescription: null,
			remoteDescription: null,
			transceivers: []
		});
		expect(Object.keys(newPeerStates()).sort()).toEqual([
			'connectionState',
			'iceConnectionState',
			'iceGatheringState',
			'signalingState'
		]);
	});

	it('is a new object each time, so one peer’s changes never reach the other', () => {
		const a = newPeerView();
		const b = newPeerView();
		a.transceivers.push({
			mid: '0',
			kind: 'audio',
			direction: 'sendrecv',
			currentDirection: null,
			senderTrack: null,
			receiverTrack: null
		});
		a.signalingState = 'have-local-offer';
		expect(b).toEqual(newPeerView());
	});
});
