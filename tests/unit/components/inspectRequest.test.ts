import { describe, expect, it } from 'vitest';
import { describeForInspector } from '$lib/components/sdp/inspectRequest';
import type { PeerView } from '$lib/vocabulary';

const OFFER = 'v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n';
// what a browser reports back for the same offer: its own o= line
const OFFER_REPORTED = 'v=0\r\no=- 99 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n';
const ANSWER = 'v=0\r\no=mozilla...THIS_IS_SDPARTA 3 0 IN IP4 0.0.0.0\r\ns=-\r\nt=0 0\r\n';

function answerer(overrides: Partial<PeerView> = {}): PeerView {
	return {
		signalingState: 'stable',
		iceGatheringState: 'complete',
		iceConnectionState: 'connected',
		connectionState: 'connected',
		localDescription: { type: 'answer', sdp: ANSWER },
		remoteDescription: { type: 'offer', sdp: OFFER_REPORTED },
		receivedRemoteDescription: { type: 'offer', sdp: OFFER },
		transceivers: [],
		...overrides
	};
}

describe('describeForInspector', () => {
	// The same call answered (B's view): each description opens with the other one to negotiate
	// against, and the remote one as received over signaling.
	const opened = [
		{
			name: 'the remote description opens as received, with the browser’s copy beside it',
			which: 'remoteDescription',
			title: 'B · remote',
			text: OFFER,
			other: ANSWER,
			pair: 'answer',
			side: 'text'
		},
		{
			name: 'the local description negotiates against the remote one as received',
			which: 'localDescription',
			title: 'B · local',
			text: ANSWER,
			other: OFFER,
			pair: 'offer',
			side: 'other'
		}
	] as const;
	for (const { name, which, title, text, other, pair, side } of opened) {
		it(name, () => {
			expect(describeForInspector(answerer(), which, title)).toEqual({
				title,
				text,
				other,
				pair,
				remote: { side, received: OFFER, reported: OFFER_REPORTED }
			});
		});
	}

	it('without the signaled text (a dump, an old record) it falls back to pc.remoteDescription', () => {
		const view = answerer({ receivedRemoteDescription: undefined });
		expect(describeForInspector(view, 'remoteDescription', 'x')).toMatchObject({
			text: OFFER_REPORTED,
			remote: null
		});
		expect(describeForInspector(view, 'localDescription', 'x')).toMatchObject({
			other: OFFER_REPORTED,
			remote: null
		});
	});

	it('a received copy of another type is not taken for the current remote description', () => {
		const view = answerer({ receivedRemoteDescription: { type: 'answer', sdp: ANSWER } });
		expect(describeForInspector(view, 'remoteDescription', 'x')).toMatchObject({
			text: OFFER_REPORTED,
			remote: null
		});
	});

	it('nothing to inspect before the description exists', () => {
		const view = answerer({ localDescription: null, remoteDescription: null });
		expect(describeForInspector(view, 'localDescription', 'x')).toBeNull();
		expect(describeForInspector(view, 'remoteDescription', 'x')).toBeNull();
	});
});
