import type { PeerRole, SignalEnvelope, TurnOffer } from '$lib/vocabulary';
import type { SignalingChannel } from '$lib/signaling/channel';
import {
	WebSocketChannel,
	signalingUrl,
	type ConnectionState,
	type RoomEvent,
	type SignalingError
} from '$lib/signaling/websocketChannel';
import { FILE_CHANNEL } from '$lib/transfer/framing';
import { offerConfiguration, turnOfferStale } from '$lib/ice/lab';
import { PeerSession } from '$lib/webrtc/peerSession';
import { fetchTurnOffer } from '$lib/webrtc/turnOffer';
import { CallController } from '$lib/ui/callController.svelte';
import type { ChatLine, Communication } from '$lib/ui/communication';
import { FileChannelState } from '$lib/ui/fileChannel.svelte';

/** What happened in the room that the page explains. */
export type RoomNoticeBody =
	| { kind: 'bye'; at: number }
	| { kind: 'restarted'; at: number }
	| ({ kind: 'error'; at: number } & SignalingError);
/** A notice with an id of this page's own: two can share a millisecond (a burst of errors). */
export type RoomNotice = RoomNoticeBody & { id: number };

/**
 * The one peer of this device: a session that creates only the local peer connection and, with
 * it, the negotiated file channel (both sides create it with the same id, so it needs no
 * signaling of its own).
 */
class DevicePeerSession extends PeerSession {
	constructor(
		local: PeerRole,
		configuration: RTCConfiguration,
		readonly onFileChannel: (channel: RTCDataChannel) => void
	) {
		super(configuration, [local]);
	}

	override createPeers() {
		const peers = super.createPeers();
		for (const peer of Object.values(peers)) {
			this.onFileChannel(peer.openChannel(FILE_CHANNEL.label, FILE_CHANNEL.options));
		}
		return peers;
	}
}

/**
 * One device's side of a two-device call: the room on the signaling server and, once the other
 * device is there, the same lifecycle machine as the walkthrough running this device's peer.
 * Reset leaves the room (saying bye) and joins again, so the other side starts over too.
 */
export class CallSession implements Communication {
	connection = $state<ConnectionState>('connecting');
	retryInMs = $state<number | null>(null);
	attempt = $state(0);
	/** join → joined: one round trip to the signaling server */
	joinRttMs = $state<number | null>(null);
	role = $state<PeerRole | null>(null);
	otherPresent = $state(false);
	notices = $state<RoomNotice[]>([]);
	controller = $state<CallController | null>(null);
	files = $state<FileChannelState | null>(null);
	#channel: WebSocketChannel;
	/** envelopes that arrived before the machine's signaling actor listened */
	#pending: SignalEnvelope[] = [];
	#listener: ((envelope: SignalEnvelope) => void) | null = null;
	/** the other device said bye since this call started (so its next join is a new call) */
	#otherLeft = false;

	/**
	 * What this server offers for ICE (its STUN and TURN with short-lived credentials), or null
	 * while asking; `available: false` when it has no relay (no coturn), and the call is host-only.
	 */
	turn = $state<TurnOffer | null>(null);
	/** the call waits for the answer about STUN/TURN, so its peer connection is made with it */
	#turnSettled = false;
	#closed = false;

	/** when the current offer arrived (ms), to tell how much of its lifetime is used up */
	#turnFetchedAt = 0;

	constructor(readonly room: string) {
		this.#channel = this.#open(undefined);
		this.#loadTurn();
	}

	/** Asks the server for STUN/TURN; a call waiting for the answer starts once it is in. */
	#loadTurn(): void {
		this.#turnSettled = false;
		fetchTurnOffer()
			.catch((error: unknown): TurnOffer => ({
				available: false,
				reason: 'failed',
				detail: error instanceof Error ? error.message : String(error)
			}))
			.then((turn) => {
				this.turn = turn;
				this.#turnFetchedAt = Date.now();
				this.#turnSettled = true;
				if (!this.#closed && this.otherPresent && !this.controller) this.#startCall();
			});
	}

	#open(peer: PeerRole | undefined): WebSocketChannel {
		const channel = new WebSocketChannel({ url: signalingUrl(location), room: this.room, peer });
		channel.onRoomEvent((event) => this.#onRoomEvent(event));
		channel.subscribe((envelope) => {
			if (this.#listener) this.#listener(envelope);
			else this.#pending.push(envelope);
		});
		return channel;
	}

	#nextNoticeId = 1;

	#notice(notice: RoomNoticeBody): void {
		this.notices = [...this.notices.slice(-4), { ...notice, id: this.#nextNoticeId++ }];
	}

	#onRoomEvent(event: RoomEvent): void {
		switch (event.type) {
			case 'state':
				this.connection = event.state;
				this.retryInMs = event.retryInMs;
				this.attempt = event.attempt;
				return;
			case 'joined':
				this.joinRttMs = event.rttMs;
				this.role = event.peer;
				this.otherPresent = event.peers.length > 0;
				if (this.otherPresent && !this.controller) this.#startCall();
				return;
			case 'peer-joined':
				this.otherPresent = true;
				if (this.controller && !this.#otherLeft) {
					// Both devices joined again after the connection to the server dropped (a server
					// restart): the call itself goes on, peer to peer.
					return;
				}
				if (this.controller) {
					// The other device said bye and came back (reset, reload): start a new call.
					this.#notice({ kind: 'restarted', at: Date.now() });
					this.#stopCall();
				}
				this.#startCall();
				return;
			case 'bye':
				this.#otherLeft = true;
				this.otherPresent = false;
				this.#notice({ kind: 'bye', at: Date.now() });
				return;
			case 'error':
				this.#notice({
					kind: 'error',
					code: event.code,
					message: event.message,
					key: event.key,
					params: event.params,
					at: Date.now()
				});
		}
	}

	/** The machine's view of the channel: closing it stops listening, not the room. */
	#machineChannel = (): SignalingChannel => ({
		send: (envelope) => this.#channel.send(envelope),
		subscribe: (listener) => {
			this.#listener = listener;
			for (const envelope of this.#pending.splice(0)) listener(envelope);
			return () => {
				if (this.#listener === listener) this.#listener = null;
			};
		},
		close: () => {
			this.#listener = null;
		}
	});

	#startCall(): void {
		const role = this.role;
		if (!role || !this.#turnSettled) return;
		if (turnOfferStale(this.turn, this.#turnFetchedAt, Date.now())) {
			this.#loadTurn();
			return;
		}
		const session = new DevicePeerSession(role, offerConfiguration(this.turn), (channel) => {
			this.files?.dispose();
			this.files = new FileChannelState(channel);
		});
		const controller = new CallController({
			session,
			openChannel: this.#machineChannel,
			local: [role],
			// Reset (the button, Esc and the failure panel) restarts the call on both devices.
			onReset: this.reset
		});
		controller.start();
		this.controller = controller;
		this.#otherLeft = false;
	}

	#stopCall(): void {
		this.controller?.stop();
		this.controller = null;
		this.files?.dispose();
		this.files = null;
		this.#pending = [];
		this.#listener = null;
	}

	/** Leaves the room with a bye, joins again with the same role, and calls again when both are in. */
	reset = (): void => {
		this.#stopCall();
		const role = this.role ?? undefined;
		this.#channel.close();
		this.otherPresent = false;
		this.notices = [];
		this.#channel = this.#open(role);
	};

	get peer(): PeerRole | null {
		return this.role;
	}

	get chatOpen(): boolean {
		const role = this.role;
		return !!role && this.controller?.context.dataChannels[role]?.readyState === 'open';
	}

	get chat(): ChatLine[] {
		return this.controller?.context.chat ?? [];
	}

	sendChat = (text: string): void => {
		if (this.role) this.controller?.sendChat(this.role, text);
	};

	/** Says goodbye (when it still can) and releases everything. */
	close(): void {
		this.#closed = true;
		this.#stopCall();
		this.#channel.close();
	}
}
