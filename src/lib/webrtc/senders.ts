/**
 * A peer's RTP senders (RTCRtpSender, WebRTC 1.0 §5.2), changed without renegotiation: the
 * first encoding's parameters, and sending paused and resumed by taking the track off and back.
 */

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

export class PeerSenders {
	/** tracks taken off their sender by setSending(kind, false), to put back on resume */
	readonly #paused = new Map<RTCRtpSender, MediaStreamTrack>();
	readonly #pc: RTCPeerConnection;

	constructor(pc: RTCPeerConnection) {
		this.#pc = pc;
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
}
