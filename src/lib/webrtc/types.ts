/**
 * Plain, serialisable views of WebRTC objects, shared by the browser wrappers, the lifecycle
 * machine and the UI. Nothing here is a live browser object, so pure code and the machine run in
 * Node with fakes.
 */

export type PeerId = 'A' | 'B';
export const PEERS: readonly PeerId[] = ['A', 'B'];

export function otherPeer(peer: PeerId): PeerId {
	return peer === 'A' ? 'B' : 'A';
}

export type SdpType = 'offer' | 'answer' | 'pranswer' | 'rollback';

export interface SessionDescription {
	type: SdpType;
	sdp: string;
}

/** An ICE candidate as it travels through signaling (RTCIceCandidateInit, serialisable). */
export interface CandidateInit {
	candidate: string;
	sdpMid: string | null;
	sdpMLineIndex: number | null;
	usernameFragment: string | null;
}

export interface TransceiverView {
	mid: string | null;
	kind: string;
	direction: string;
	currentDirection: string | null;
	senderTrack: string | null;
	receiverTrack: string | null;
}

/** What a user sees of one RTCPeerConnection at a moment: the values the W3C spec exposes. */
export interface PeerView {
	signalingState: string;
	iceGatheringState: string;
	iceConnectionState: string;
	connectionState: string;
	localDescription: SessionDescription | null;
	remoteDescription: SessionDescription | null;
	/**
	 * The remote description as it arrived over signaling and was given to setRemoteDescription.
	 * Browsers re-serialize what they applied, so `remoteDescription` is their rewrite of it (plus
	 * the trickled candidates). Absent where the signaled text is not known (dumps, old records).
	 */
	receivedRemoteDescription?: SessionDescription | null;
	transceivers: TransceiverView[];
}

export type PeerField =
	'signalingState' | 'iceGatheringState' | 'iceConnectionState' | 'connectionState';

export type PeerViews = Record<PeerId, PeerView | null>;

export interface TrackInfo {
	id: string;
	kind: string;
	label: string;
}

export interface DeviceInfo {
	deviceId: string;
	kind: 'audioinput' | 'videoinput';
	label: string;
}

export type MediaSourceChoice =
	| { kind: 'devices'; videoDeviceId: string | null; audioDeviceId: string | null }
	| { kind: 'synthetic' };

export interface ErrorInfo {
	name: string;
	message: string;
}

export interface ChatMessage {
	id: number;
	from: PeerId;
	text: string;
	t: number;
}

export interface DataChannelView {
	label: string;
	ordered: boolean;
	readyState: string;
}
