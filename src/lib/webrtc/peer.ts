import type {
	CandidateInit,
	PeerField,
	PeerRole,
	PeerView,
	SessionDescription,
	StatsReport,
	StatsSnapshot
} from '$lib/vocabulary';
import type { DataChannelView, TrackInfo } from './types';
import { trackInfo } from './media';

export type MediaKind = 'audio' | 'video';

export interface EncodingChange {
	maxBitrate?: number | null;
	scaleResolutionDownBy?: number;
}

export interface EncodingView {
	kind: MediaKind;
	maxBitrate: number | null;
	scaleResolutionDownBy: number | null;
}

export interface SendingView {
	kind: MediaKind;
	sending: boolean;
	track: string | null;
}

export type RemoteTrackCause = 'mute' | 'unmute' | 'ended';
const REMOTE_TRACK_EVENTS: readonly RemoteTrackCause[] = ['mute', 'unmute', 'ended'];

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

const STATE_EVENTS: Record<PeerField, string> = {
	signalingState: 'signalingstatechange',
	iceGatheringState: 'icegatheringstatechange',
	iceConnectionState: 'iceconnectionstatechange',
	connectionState: 'connectionstatechange'
};

function descriptionOf(d: RTCSessionDescription | null): SessionDescription | null {
	return d ? { type: d.type, sdp: d.sdp } : null;
}

export function candidateInit(candidate: RTCIceCandidate | null): CandidateInit | null {
	// Chrome ends gathering with a null candidate; Firefox also sends one with an empty string.
	if (!candidate || candidate.candidate === '') return null;
	return {
		candidate: candidate.candidate,
		sdpMid: candidate.sdpMid,
		sdpMLineIndex: candidate.sdpMLineIndex,
		usernameFragment: candidate.usernameFragment
	};
}

/**
 * One RTCPeerConnection behind a typed wrapper: every browser event becomes a PeerEvent, every
 * call returns plain data. Components and the machine never touch the RTCPeerConnection.
 */
export class Peer {
	readonly #pc: RTCPeerConnection;
	readonly #emit: (event: PeerEvent) => void;
	readonly #abort = new AbortController();
	#channel: RTCDataChannel | null = null;
	#remoteStream: MediaStream | null = null;
	/** tracks taken off their sender by pauseSending, to put back on resume */
	readonly #paused = new Map<RTCRtpSender, MediaStreamTrack>();
	/** the last description setRemoteDescription applied, as it was signaled */
	#receivedRemote: SessionDescription | null = null;

	constructor(
		readonly id: PeerRole,
		configuration: RTCConfiguration,
		emit: (event: PeerEvent) => void
	) {
		this.#pc = new RTCPeerConnection(configuration);
		this.#emit = emit;
		const on = <K extends keyof RTCPeerConnectionEventMap>(
			type: K,
			listener: (event: RTCPeerConnectionEventMap[K]) => void
		) => this.#pc.addEventListener(type, listener, { signal: this.#abort.signal });

		for (const [field, type] of Object.entries(STATE_EVENTS) as [PeerField, string][]) {
			this.#pc.addEventListener(
				type,
				() =>
					emit({
						type: 'peer.stateChanged',
						peer: id,
						field,
						value: this.#pc[field],
						view: this.view()
					}),
				{ signal: this.#abort.signal }
			);
		}
		on('icecandidate', (event) =>
			emit({
				type: 'ice.candidateGathered',
				peer: id,
				candidate: candidateInit(event.candidate),
				view: this.view()
			})
		);
		on('icecandidateerror', (event) => {
			const e = event as RTCPeerConnectionIceErrorEvent;
			emit({
				type: 'ice.candidateError',
				peer: id,
				detail: {
					errorCode: e.errorCode,
					errorText: e.errorText,
					url: e.url,
					address: e.address,
					port: e.port
				}
			});
		});
		on('track', (event) => {
			this.#remoteStream = event.streams[0] ?? this.#remoteStream ?? new MediaStream([event.track]);
			emit({
				type: 'media.remoteTrack',
				peer: id,
				track: trackInfo(event.track),
				stream: this.#remoteStream,
				view: this.view()
			});
			const track = event.track;
			for (const cause of REMOTE_TRACK_EVENTS) {
				track.addEventListener(
					cause,
					() =>
						emit({
							type: 'media.trackState',
							peer: id,
							cause,
							track: trackInfo(track),
							muted: track.muted
						}),
					{ signal: this.#abort.signal }
				);
			}
		});
		on('datachannel', (event) => this.#watchChannel(event.channel, 'datachannel'));
	}

	view(): PeerView {
		const pc = this.#pc;
		return {
			signalingState: pc.signalingState,
			iceGatheringState: pc.iceGatheringState,
			iceConnectionState: pc.iceConnectionState,
			connectionState: pc.connectionState,
			localDescription: descriptionOf(pc.localDescription),
			remoteDescription: descriptionOf(pc.remoteDescription),
			receivedRemoteDescription: pc.remoteDescription ? this.#receivedRemote : null,
			transceivers: pc.getTransceivers().map((t) => ({
				mid: t.mid,
				kind: t.receiver.track.kind,
				direction: t.direction,
				currentDirection: t.currentDirection,
				senderTrack: t.sender.track?.id ?? null,
				receiverTrack: t.receiver.track?.id ?? null
			}))
		};
	}

	addTracks(stream: MediaStream): TrackInfo[] {
		return stream.getTracks().map((track) => {
			this.#pc.addTrack(track, stream);
			return trackInfo(track);
		});
	}

	createDataChannel(label: string, options: RTCDataChannelInit): DataChannelView {
		const channel = this.#pc.createDataChannel(label, options);
		return this.#watchChannel(channel, 'created');
	}

	/**
	 * A data channel that its caller drives itself, receiving binary as ArrayBuffers (file
	 * transfer streams through `FileTransfer` with back-pressure; the chat channel stays here).
	 */
	openChannel(label: string, options: RTCDataChannelInit): RTCDataChannel {
		const channel = this.#pc.createDataChannel(label, options);
		channel.binaryType = 'arraybuffer';
		return channel;
	}

	/** `{ iceRestart: true }` asks for new ICE credentials, so ICE starts over (RFC 8445 §2.4). */
	async createOffer(options?: RTCOfferOptions): Promise<SessionDescription> {
		const offer = await this.#pc.createOffer(options);
		return { type: offer.type, sdp: offer.sdp ?? '' };
	}

	async createAnswer(): Promise<SessionDescription> {
		const answer = await this.#pc.createAnswer();
		return { type: answer.type, sdp: answer.sdp ?? '' };
	}

	/**
	 * Without a description the browser creates the offer or answer the state calls for and sets
	 * it in one call (WebRTC 1.0 setLocalDescription(); perfect negotiation uses this form).
	 */
	async setLocalDescription(description?: SessionDescription): Promise<void> {
		await this.#pc.setLocalDescription(description);
	}

	async setRemoteDescription(description: SessionDescription): Promise<void> {
		await this.#pc.setRemoteDescription(description);
		// a rollback returns to the remote description before it, whose text is no longer known
		this.#receivedRemote = description.type === 'rollback' ? null : { ...description };
	}

	/** A null candidate is end-of-candidates (RFC 8838 §4.4; an empty candidate string in WebRTC 1.0). */
	async addIceCandidate(candidate: CandidateInit | null): Promise<void> {
		await this.#pc.addIceCandidate(candidate ?? { candidate: '', sdpMid: null, sdpMLineIndex: 0 });
	}

	/** One getStats() call, copied into plain objects so it can be stored, diffed and exported. */
	async getStats(): Promise<StatsSnapshot> {
		const report = await this.#pc.getStats();
		const reports: Record<string, StatsReport> = {};
		report.forEach((value: StatsReport) => {
			reports[value.id] = { ...value };
		});
		return { takenAt: Date.now(), reports };
	}

	/**
	 * Changes the first encoding of the sender of `kind` (RTCRtpSender.setParameters, WebRTC 1.0
	 * §5.2): `maxBitrate` in bits per second (null removes the cap), `scaleResolutionDownBy` ≥ 1
	 * (video only). Resolves with the encoding as the browser now reports it.
	 */
	async setEncoding(kind: MediaKind, change: EncodingChange): Promise<EncodingView> {
		const sender = this.#sender(kind);
		const parameters = sender.getParameters();
		const encoding = parameters.encodings[0];
		if (!encoding) {
			throw Object.assign(
				new Error(`the ${kind} sender has no encoding yet (before negotiation)`),
				{
					name: 'InvalidStateError'
				}
			);
		}
		if (change.maxBitrate !== undefined) {
			if (change.maxBitrate === null) delete encoding.maxBitrate;
			else encoding.maxBitrate = change.maxBitrate;
		}
		if (change.scaleResolutionDownBy !== undefined) {
			encoding.scaleResolutionDownBy = change.scaleResolutionDownBy;
		}
		await sender.setParameters(parameters);
		const applied = sender.getParameters().encodings[0] ?? {};
		return {
			kind,
			maxBitrate: applied.maxBitrate ?? null,
			scaleResolutionDownBy: applied.scaleResolutionDownBy ?? null
		};
	}

	/**
	 * Stops or restarts sending one kind of media without renegotiation: the sender's track is
	 * replaced with null (RTCRtpSender.replaceTrack, WebRTC 1.0 §5.2), so no packets go out and the
	 * graphs fall to zero, and put back on resume.
	 */
	async setSending(kind: MediaKind, sending: boolean): Promise<SendingView> {
		const sender = this.#sender(kind);
		if (!sending && sender.track) {
			this.#paused.set(sender, sender.track);
			await sender.replaceTrack(null);
		} else if (sending && this.#paused.has(sender)) {
			await sender.replaceTrack(this.#paused.get(sender)!);
			this.#paused.delete(sender);
		}
		return { kind, sending: sender.track !== null, track: sender.track?.id ?? null };
	}

	#sender(kind: MediaKind): RTCRtpSender {
		const transceiver = this.#pc
			.getTransceivers()
			.find(
				(t) =>
					t.sender.track?.kind === kind ||
					(t.receiver.track.kind === kind && this.#paused.has(t.sender))
			);
		if (!transceiver) {
			throw Object.assign(new Error(`this peer sends no ${kind} track`), { name: 'NotFoundError' });
		}
		return transceiver.sender;
	}

	get remoteStream(): MediaStream | null {
		return this.#remoteStream;
	}

	sendChat(text: string): void {
		if (!this.#channel || this.#channel.readyState !== 'open') {
			throw Object.assign(new Error('the data channel is not open'), { name: 'InvalidStateError' });
		}
		this.#channel.send(text);
	}

	close(): void {
		this.#abort.abort();
		this.#channel?.close();
		this.#pc.close();
	}

	#watchChannel(channel: RTCDataChannel, cause: 'created' | 'datachannel'): DataChannelView {
		this.#channel = channel;
		const view = (): DataChannelView => ({
			label: channel.label,
			ordered: channel.ordered,
			readyState: channel.readyState
		});
		const signal = this.#abort.signal;
		for (const type of ['open', 'close', 'closing'] as const) {
			channel.addEventListener(
				type,
				() =>
					this.#emit({ type: 'data.channelState', peer: this.id, cause: type, channel: view() }),
				{ signal }
			);
		}
		channel.addEventListener(
			'message',
			(event: MessageEvent) =>
				this.#emit({
					type: 'data.message',
					peer: this.id,
					text: typeof event.data === 'string' ? event.data : `[${String(event.data)}]`
				}),
			{ signal }
		);
		this.#emit({ type: 'data.channelState', peer: this.id, cause, channel: view() });
		return view();
	}
}
