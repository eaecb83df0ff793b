/**
 * What a page asks the SDP inspector dialog to show, and how a peer's two descriptions become
 * such a request. Pure: tested in Node.
 */
import type { PeerView, SessionDescription } from '$lib/vocabulary';

/**
 * The two copies of one remote description: the text that arrived over signaling (and was given
 * to setRemoteDescription), and what the browser reports back as `pc.remoteDescription`. They
 * differ because a browser re-serializes the description it applied, in its own words, and adds
 * the candidates that trickled in afterwards.
 */
export interface RemoteCopies {
	/** which of the request's texts is the remote description */
	side: 'text' | 'other';
	received: string;
	reported: string;
}

export interface InspectRequest {
	title: string;
	text: string;
	other: string | null;
	pair: 'answer' | 'offer';
	/** set when one of the texts is a remote description whose signaled text is known */
	remote?: RemoteCopies | null;
}

export type DescriptionKey = 'localDescription' | 'remoteDescription';

/**
 * The request for inspecting one of a peer's descriptions, with its other description beside it
 * for negotiation. The remote description is the text received over signaling where the peer
 * knows it, so the negotiation judges what was exchanged, not the browser's rewrite of it.
 */
export function describeForInspector(
	view: PeerView,
	key: DescriptionKey,
	title: string
): InspectRequest | null {
	const reported = view.remoteDescription;
	const received: SessionDescription | null = view.receivedRemoteDescription ?? null;
	// the received copy only stands for pc.remoteDescription when it is the same description
	const sameRemote = received !== null && reported !== null && received.type === reported.type;
	const remoteText = sameRemote ? received.sdp : (reported?.sdp ?? null);
	const remote = (side: 'text' | 'other'): RemoteCopies | null =>
		sameRemote ? { side, received: received.sdp, reported: reported.sdp } : null;

	if (key === 'localDescription') {
		const local = view.localDescription;
		if (!local) return null;
		return {
			title,
			text: local.sdp,
			other: remoteText,
			pair: reported?.type === 'offer' ? 'offer' : 'answer',
			remote: remoteText === null ? null : remote('other')
		};
	}
	if (!reported || remoteText === null) return null;
	const local = view.localDescription;
	return {
		title,
		text: remoteText,
		other: local?.sdp ?? null,
		pair: local?.type === 'offer' ? 'offer' : 'answer',
		remote: remote('text')
	};
}
