import type { SignalingChannel } from './channel';
import {
	SIGNAL_PATH,
	parseServerMessage,
	type ErrorCode,
	type RelayedClientMessage
} from './protocol.js';
import { otherPeer, type PeerRole, type SignalEnvelope } from '$lib/vocabulary';

/** The connection to the signaling server, as the page shows it. */
export type ConnectionState = 'connecting' | 'open' | 'joined' | 'reconnecting' | 'closed';

/** What happens in the room, besides the relayed offer / answer / candidates. */
export type RoomEvent =
	| { type: 'state'; state: ConnectionState; attempt: number; retryInMs: number | null }
	/** rttMs: from sending join to receiving joined, one round trip through the server */
	| { type: 'joined'; peer: PeerRole; peers: PeerRole[]; rttMs: number }
	| { type: 'peer-joined'; peer: PeerRole }
	| { type: 'bye'; from: PeerRole }
	| ({ type: 'error' } & SignalingError);

/** An error in the room: one the server sent (its code), or one this page found (`protocol`). */
export interface SignalingError {
	code: ErrorCode | 'protocol';
	/** English, for the log */
	message: string;
	/**
	 * set for the errors this page finds itself (code `protocol`): the catalog key that says it in
	 * the reader's language, with `params`
	 */
	key?: SignalingProblemKey;
	params?: { detail: string };
}

/** The catalog keys of the problems the client finds in the signaling connection itself. */
export type SignalingProblemKey = 'call.protocol.tooBig' | 'call.protocol.unreadable';

/** First retry after half a second, doubling up to 10 s: quick after a blip, gentle on a server that is down. */
export const BACKOFF_BASE_MS = 500;
export const BACKOFF_MAX_MS = 10_000;
/** Messages kept while disconnected (a call's candidates), sent after rejoining. */
const MAX_QUEUED = 200;
/** WebSocket close code for a frame over the server's limit (RFC 6455 §7.4.1). */
const CLOSE_TOO_BIG = 1009;

/**
 * The delay before reconnect attempt `attempt` (1, 2, ...): exponential back-off with "full
 * jitter" (a random delay up to the exponential bound), so that many clients of a restarted
 * server do not all come back in the same instant.
 */
export function backoffDelay(attempt: number, random: () => number = Math.random): number {
	const bound = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, attempt - 1));
	return Math.round(bound / 2 + (random() * bound) / 2);
}

/** The signaling URL on the page's own origin (ws: for http:, wss: for https:). */
export function signalingUrl(location: { protocol: string; host: string }): string {
	return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${SIGNAL_PATH}`;
}

export interface WebSocketChannelOptions {
	url: string;
	room: string;
	/** the role to ask for; after the first join the channel asks for the one it got */
	peer?: PeerRole;
	/** a WebSocket constructor (the browser's, or `ws` in Node tests) */
	WebSocket?: typeof WebSocket;
	random?: () => number;
	setTimer?: (run: () => void, ms: number) => unknown;
	clearTimer?: (timer: unknown) => void;
}

/**
 * A SignalingChannel through Peerscope's WebSocket server. It joins the room, turns envelopes into
 * protocol messages and back, and reconnects with back-off when the connection drops (a server
 * restart, a phone changing networks), joining the same room again with the same role.
 */
export class WebSocketChannel implements SignalingChannel {
	readonly #options: WebSocketChannelOptions;
	readonly #listeners = new Set<(envelope: SignalEnvelope) => void>();
	readonly #roomListeners = new Set<(event: RoomEvent) => void>();
	readonly #queue: RelayedClientMessage[] = [];
	#socket: WebSocket | null = null;
	#timer: unknown = null;
	#attempt = 0;
	#closed = false;
	#joinSentAt = 0;
	/** the server's secret for taking this role back after a reconnect */
	#resume: string | null = null;
	state: ConnectionState = 'connecting';
	peer: PeerRole | null = null;

	constructor(options: WebSocketChannelOptions) {
		this.#options = options;
		this.peer = options.peer ?? null;
		this.#connect();
	}

	/** Room events (state changes, joined, peer-joined, bye, errors); returns the unsubscribe. */
	onRoomEvent(listener: (event: RoomEvent) => void): () => void {
		this.#roomListeners.add(listener);
		return () => this.#roomListeners.delete(listener);
	}

	subscribe(listener: (envelope: SignalEnvelope) => void): () => void {
		this.#listeners.add(listener);
		return () => this.#listeners.delete(listener);
	}

	send(envelope: SignalEnvelope): void {
		const { message, messageId } = envelope;
		const wire: RelayedClientMessage =
			message.type === 'candidate'
				? { type: 'candidate', messageId, candidate: message.candidate }
				: message.type === 'offer'
					? {
							type: 'offer',
							messageId,
							description: { type: 'offer', sdp: message.description.sdp }
						}
					: {
							type: 'answer',
							messageId,
							description: { type: 'answer', sdp: message.description.sdp }
						};
		if (this.state === 'joined') this.#write(wire);
		else if (this.#queue.length < MAX_QUEUED) this.#queue.push(wire);
	}

	/** Says goodbye to the other peer (when it still can) and closes for good. */
	close(): void {
		if (this.#closed) return;
		if (this.state === 'joined') this.#write({ type: 'bye' });
		this.#closed = true;
		this.#clearTimer();
		this.#socket?.close(1000, 'bye');
		this.#socket = null;
		this.#setState('closed', null);
		this.#listeners.clear();
		this.#roomListeners.clear();
	}

	#emit(event: RoomEvent): void {
		for (const listener of this.#roomListeners) listener(event);
	}

	#setState(state: ConnectionState, retryInMs: number | null): void {
		this.state = state;
		this.#emit({ type: 'state', state, attempt: this.#attempt, retryInMs });
	}

	#write(
		message:
			| RelayedClientMessage
			| { type: 'bye' }
			| { type: 'join'; room: string; peer?: PeerRole; resume?: string }
	): void {
		this.#socket?.send(JSON.stringify(message));
	}

	#connect(): void {
		const Socket = this.#options.WebSocket ?? WebSocket;
		const socket = new Socket(this.#options.url);
		this.#socket = socket;
		this.#setState(this.#attempt === 0 ? 'connecting' : 'reconnecting', null);
		socket.addEventListener('open', () => {
			this.#setState('open', null);
			this.#joinSentAt = performance.now();
			this.#write({
				type: 'join',
				room: this.#options.room,
				...(this.peer ? { peer: this.peer } : {}),
				...(this.peer && this.#resume ? { resume: this.#resume } : {})
			});
		});
		socket.addEventListener('message', (event: MessageEvent) => this.#receive(String(event.data)));
		socket.addEventListener('close', (event: CloseEvent) => {
			if (this.#socket !== socket || this.#closed) return;
			this.#socket = null;
			if (event.code === CLOSE_TOO_BIG) {
				this.#emit({
					type: 'error',
					code: 'protocol',
					message: 'a message was larger than the server accepts',
					key: 'call.protocol.tooBig'
				});
			}
			this.#retry();
		});
		// An error is always followed by close, which retries.
		socket.addEventListener('error', () => {});
	}

	#retry(): void {
		this.#attempt += 1;
		const delay = backoffDelay(this.#attempt, this.#options.random);
		this.#setState('reconnecting', delay);
		const setTimer = this.#options.setTimer ?? ((run, ms) => setTimeout(run, ms));
		this.#timer = setTimer(() => {
			this.#timer = null;
			if (!this.#closed) this.#connect();
		}, delay);
	}

	#clearTimer(): void {
		if (this.#timer === null) return;
		(this.#options.clearTimer ?? ((t) => clearTimeout(t as ReturnType<typeof setTimeout>)))(
			this.#timer
		);
		this.#timer = null;
	}

	#receive(text: string): void {
		const parsed = parseServerMessage(text);
		if (!parsed.ok) {
			this.#emit({
				type: 'error',
				code: 'protocol',
				message: parsed.reason,
				key: 'call.protocol.unreadable',
				params: { detail: parsed.reason }
			});
			return;
		}
		const message = parsed.message;
		switch (message.type) {
			case 'joined':
				this.peer = message.peer;
				this.#resume = message.resume;
				this.#attempt = 0;
				this.#setState('joined', null);
				this.#emit({
					type: 'joined',
					peer: message.peer,
					peers: message.peers,
					rttMs: performance.now() - this.#joinSentAt
				});
				for (const queued of this.#queue.splice(0)) this.#write(queued);
				return;
			case 'peer-joined':
				this.#emit({ type: 'peer-joined', peer: message.peer });
				return;
			case 'bye':
				this.#emit({ type: 'bye', from: message.from });
				return;
			case 'error':
				this.#emit({ type: 'error', code: message.code, message: message.message });
				// Rejoining with our role while the server still holds our old, dead connection: try
				// again after a back-off, by when its heartbeat has cut the old one.
				if (message.code === 'room-full' && this.peer && this.state !== 'joined') {
					this.#socket?.close(1000, 'retry join');
				}
				return;
			default: {
				const to = otherPeer(message.from);
				const envelope: SignalEnvelope = {
					from: message.from,
					to,
					messageId: message.messageId,
					message:
						message.type === 'candidate'
							? { type: 'candidate', candidate: message.candidate }
							: { type: message.type, description: message.description }
				};
				for (const listener of this.#listeners) listener(envelope);
			}
		}
	}
}
