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
import { REMOTE_TRACK_EVENTS, STATE_EVENTS, type PeerEvent } from './peerEvents';
import {
	PeerSenders,
	type EncodingChange,
	type EncodingView,
	type MediaKind,
	type SendingView
} from './senders';

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
	readonly #senders: PeerSenders;
	/** the last description setRemoteDescription applied, as it was signaled */
	#receivedRemote: SessionDescription | null = null;

	constructor(
		readonly id: PeerRole,
		configuration: RTCConfiguration,
		emit: (event: PeerEvent) => void
	) {
		this.#pc = new RTCPeerConnection(configuration);
		this.#senders = new PeerSenders(this.#pc);
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
	 * Changes the first encoding of the sender of `kind`: `maxBitrate` in bits per second (null
	 * removes the cap), `scaleResolutionDownBy` ≥ 1 (video only), as the browser then reports it.
	 */
	setEncoding(kind: MediaKind, change: EncodingChange): Promise<EncodingView> {
		return this.#senders.setEncoding(kind, change);
	}

	/** Stops or restarts sending one kind of media without renegotiation. */
	setSending(kind: MediaKind, sending: boolean): Promise<SendingView> {
		return this.#senders.setSending(kind, sending);
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
