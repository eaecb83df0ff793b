/**
 * Plain, serialisable views of what the browser wrappers hand out (tracks, devices, errors, chat,
 * data channels). Nothing here is a live browser object, so pure code and the machine run in Node
 * with fakes. The words every layer shares are in $lib/vocabulary.
 */
import { PEER_ROLES, type PeerRole } from '$lib/vocabulary';

/*
 * Deprecated names, kept while src/lib/lifecycle, src/lib/ui and the routes move to
 * $lib/vocabulary (where the shared words now live): import from there instead.
 */
export type {
	CandidateInit,
	PeerField,
	PeerRole,
	PeerView,
	PeerViews,
	SdpType,
	SessionDescription,
	TransceiverView
} from '$lib/vocabulary';
export { otherPeer, PEER_ROLES } from '$lib/vocabulary';
/** @deprecated the peer role is `PeerRole` from $lib/vocabulary */
export type PeerId = PeerRole;
/** @deprecated `PEER_ROLES` from $lib/vocabulary */
export const PEERS = PEER_ROLES;

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
	from: PeerRole;
	text: string;
	t: number;
}

export interface DataChannelView {
	label: string;
	ordered: boolean;
	readyState: string;
}
