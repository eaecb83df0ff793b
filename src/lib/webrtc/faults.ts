/**
 * The browser side of the fault lab: typed wrappers that make the browser itself fail, each
 * resolving with plain data or rejecting with the browser's own error (its name and message kept).
 * Nothing here fakes a state: every failure comes from a real API call.
 */
import { trackInfo, type LocalMedia } from './media';
import type { Peer } from './peer';
import type { EncodingView } from './senders';
import type { TrackInfo } from './types';

function mediaOf(stream: MediaStream): LocalMedia {
	return {
		stream,
		tracks: stream.getTracks().map(trackInfo),
		stop: () => stream.getTracks().forEach((t) => t.stop())
	};
}

/**
 * getUserMedia from a same-origin frame whose permissions policy (`allow="camera 'none';
 * microphone 'none'"`) refuses both devices: the browser rejects with NotAllowedError, exactly as
 * when the user clicks Block, without touching the user's real permission settings.
 */
export async function getUserMediaRefused(
	constraints: MediaStreamConstraints = { audio: true, video: true }
): Promise<LocalMedia> {
	const frame = document.createElement('iframe');
	frame.allow = "camera 'none'; microphone 'none'";
	frame.hidden = true;
	frame.title = 'permission-denied';
	document.body.append(frame);
	try {
		const devices = frame.contentWindow?.navigator.mediaDevices;
		if (!devices?.getUserMedia) {
			throw Object.assign(new Error('navigator.mediaDevices is not available in the frame'), {
				name: 'NotSupportedError'
			});
		}
		return mediaOf(await devices.getUserMedia(constraints));
	} finally {
		frame.remove();
	}
}

/** getUserMedia with exactly these constraints (an id that does not exist, a width no camera has). */
export async function getUserMediaWith(constraints: MediaStreamConstraints): Promise<LocalMedia> {
	if (!navigator.mediaDevices?.getUserMedia) {
		throw Object.assign(
			new Error('navigator.mediaDevices is not available (not a secure context?)'),
			{
				name: 'NotSupportedError'
			}
		);
	}
	return mediaOf(await navigator.mediaDevices.getUserMedia(constraints));
}

/** The encoding names this browser can receive for `kind` (`VP8`, `H264`, `rtx`, …). */
export function receiverCodecNames(kind: 'audio' | 'video'): string[] {
	const capabilities =
		typeof RTCRtpReceiver !== 'undefined' ? RTCRtpReceiver.getCapabilities(kind) : null;
	const names = (capabilities?.codecs ?? []).map((codec) => codec.mimeType.split('/')[1] ?? '');
	return [...new Set(names.filter((name) => name !== ''))];
}

export interface StoppedTrack extends TrackInfo {
	readyState: MediaStreamTrackState;
	/** whether an `ended` event reached the track within a task after stop() (it should not) */
	endedEventFired: boolean;
}

/**
 * Stops the first track of `kind` with MediaStreamTrack.stop(), as an app does when the user
 * turns the camera off. Resolves after one task with the track's readyState and whether `ended`
 * fired: stop() ends the track without the event (Media Capture and Streams, MediaStreamTrack).
 */
export async function stopLocalTrack(
	stream: MediaStream,
	kind: 'audio' | 'video'
): Promise<StoppedTrack> {
	const track = stream.getTracks().find((t) => t.kind === kind);
	if (!track) {
		throw Object.assign(new Error(`there is no local ${kind} track to stop`), {
			name: 'NotFoundError'
		});
	}
	let endedEventFired = false;
	const onEnded = () => (endedEventFired = true);
	track.addEventListener('ended', onEnded);
	track.stop();
	await new Promise((resolve) => setTimeout(resolve, 0));
	track.removeEventListener('ended', onEnded);
	return { ...trackInfo(track), readyState: track.readyState, endedEventFired };
}

/** The label of the extra channel the data channel faults open beside the chat. */
export const FAULT_CHANNEL = 'fault';

/**
 * Sends on a data channel right after creating it, while its readyState is still "connecting":
 * RTCDataChannel.send() throws InvalidStateError. Rejects with that error (the channel is closed
 * again); resolves only if the browser unexpectedly sent it.
 */
export function sendBeforeOpen(
	peer: Peer,
	label: string,
	options: RTCDataChannelInit
): { readyState: string } {
	const channel = peer.openChannel(label, options);
	const readyState = channel.readyState;
	try {
		channel.send('sent before open');
	} finally {
		channel.close();
	}
	return { readyState };
}

/** A channel that has not opened after this long means the connection is not up. */
export const CHANNEL_OPEN_TIMEOUT_MS = 10_000;

export interface OversizeAttempt {
	/** the remote description's a=max-message-size (RFC 8841 §6) */
	remoteMaxMessageSize: number;
	/** the size sent: one byte over the limit */
	size: number;
}

/**
 * Opens a channel beside the chat, waits for it to open, then sends one message one byte larger
 * than `limit`: the remote description's a=max-message-size (RFC 8841 §6), which bounds
 * RTCSctpTransport.maxMessageSize. send() throws TypeError (WebRTC 1.0, RTCDataChannel send());
 * the promise rejects with it.
 */
export async function sendOversize(peer: Peer, limit: number): Promise<OversizeAttempt> {
	const attempt: OversizeAttempt = { remoteMaxMessageSize: limit, size: limit + 1 };
	const channel = peer.openChannel(FAULT_CHANNEL, { ordered: true });
	try {
		await new Promise<void>((resolve, reject) => {
			if (channel.readyState === 'open') return resolve();
			const timer = setTimeout(
				() =>
					reject(
						Object.assign(new Error(`the ${FAULT_CHANNEL} channel did not open`), {
							name: 'TimeoutError'
						})
					),
				CHANNEL_OPEN_TIMEOUT_MS
			);
			channel.addEventListener('open', () => (clearTimeout(timer), resolve()), { once: true });
		});
		channel.send('x'.repeat(attempt.size));
		return attempt;
	} finally {
		channel.close();
	}
}

/** Caps the video sender's first encoding (RTCRtpSender.setParameters, maxBitrate in bits/s). */
export function capVideoBitrate(peer: Peer, maxBitrate: number): Promise<EncodingView> {
	return peer.setEncoding('video', { maxBitrate });
}
