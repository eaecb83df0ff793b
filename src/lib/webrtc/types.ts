/**
 * Plain, serialisable views of what the browser wrappers hand out (tracks, devices, errors, chat,
 * data channels). Nothing here is a live browser object, so pure code and the machine run in Node
 * with fakes. The words every layer shares are in $lib/vocabulary.
 */
import type { PeerRole } from '$lib/vocabulary';

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
