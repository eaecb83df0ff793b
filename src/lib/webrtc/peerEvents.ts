import type { CandidateInit, PeerField, PeerRole, PeerView } from '$lib/vocabulary';
import type { DataChannelView, TrackInfo } from './types';

/**
 * What one peer connection tells (Peer in peer.ts): the browser's events as typed data, each
 * naming the peer, and the DOM events they come from.
 */

export type RemoteTrackCause = 'mute' | 'unmute' | 'ended';
/** The remote track's events a Peer listens to (media.trackState). */
export const REMOTE_TRACK_EVENTS: readonly RemoteTrackCause[] = ['mute', 'unmute', 'ended'];

/** The typed events one peer connection emits, each with the peer's view at that moment. */
export type PeerEvent =
	| { type: 'peer.stateChanged'; peer: PeerRole; field: PeerField; value: string; view: PeerView }
	| {
			type: 'ice.candidateGathered';
			peer: PeerRole;
			candidate: CandidateInit | null;
			view: PeerView;
	  }
	| { type: 'ice.candidateError'; peer: PeerRole; detail: Record<string, unknown> }
	| {
			type: 'media.remoteTrack';
			peer: PeerRole;
			track: TrackInfo;
			stream: MediaStream | null;
			view: PeerView;
	  }
	/**
	 * A remote track's own events (Media Capture and Streams §4.3.1): `mute` when its media stops
	 * arriving (the sender paused, or packets are lost), `unmute` when it flows again (also once
	 * when the first packets arrive), `ended` when the track will never get media again.
	 */
	| {
			type: 'media.trackState';
			peer: PeerRole;
			cause: RemoteTrackCause;
			track: TrackInfo;
			muted: boolean;
	  }
	| {
			type: 'data.channelState';
			peer: PeerRole;
			/** the DOM event, or `created` for a channel this peer made with createDataChannel */
			cause: 'created' | 'datachannel' | 'open' | 'closing' | 'close';
			channel: DataChannelView;
	  }
	| { type: 'data.message'; peer: PeerRole; text: string };

/** The RTCPeerConnection event that says each state changed (peer.stateChanged). */
export const STATE_EVENTS: Record<PeerField, string> = {
	signalingState: 'signalingstatechange',
	iceGatheringState: 'icegatheringstatechange',
	iceConnectionState: 'iceconnectionstatechange',
	connectionState: 'connectionstatechange'
};
