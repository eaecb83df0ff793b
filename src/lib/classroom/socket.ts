import { backoffDelay } from '$lib/signaling/websocketChannel';
import {
	CLASS_PATH,
	parseClassServerMessage,
	type ClassClientMessage,
	type ClassServerMessage
} from './protocol.js';

/** The class hub's connection, as a page shows it. */
export type ClassConnectionState = 'connecting' | 'open' | 'reconnecting' | 'closed';

/** The class hub's URL on the page's own origin. */
export function classHubUrl(location: { protocol: string; host: string }): string {
	return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${CLASS_PATH}`;
}

export interface ClassSocketOptions {
	url: string;
	/** what to send on every (re)connection: a join, a create or a teach */
	hello: () => ClassClientMessage;
	onMessage: (message: ClassServerMessage) => void;
	onState: (state: ClassConnectionState) => void;
	WebSocket?: typeof WebSocket;
}

/**
 * A WebSocket to the class hub: every frame from the hub checked against the shared protocol,
 * and a reconnect with the signaling channel's back-off (full jitter) when the connection drops,
 * saying hello again (a student joins again and gets the log again; a teacher takes its class
 * back with its secret).
 */
export class ClassSocket {
	readonly #options: ClassSocketOptions;
	#ws: WebSocket | null = null;
	#attempt = 0;
	#timer: ReturnType<typeof setTimeout> | null = null;
	#closed = false;

	constructor(options: ClassSocketOptions) {
		this.#options = options;
		this.#connect();
	}

	#connect(): void {
		const Socket = this.#options.WebSocket ?? WebSocket;
		const ws = new Socket(this.#options.url);
		this.#ws = ws;
		this.#options.onState(this.#attempt === 0 ? 'connecting' : 'reconnecting');
		ws.onopen = () => {
			this.#attempt = 0;
			this.#options.onState('open');
			ws.send(JSON.stringify(this.#options.hello()));
		};
		ws.onmessage = (event) => {
			const parsed = parseClassServerMessage(String(event.data));
			if (parsed.ok) this.#options.onMessage(parsed.message);
		};
		ws.onclose = (event) => {
			if (this.#ws !== ws) return;
			this.#ws = null;
			// The hub ended the class (1000) or the page closed the socket: no retry.
			if (this.#closed || event.code === 1000) {
				this.#options.onState('closed');
				return;
			}
			this.#attempt += 1;
			this.#options.onState('reconnecting');
			this.#timer = setTimeout(() => this.#connect(), backoffDelay(this.#attempt));
		};
	}

	send(message: ClassClientMessage): boolean {
		const ws = this.#ws;
		if (!ws || ws.readyState !== WebSocket.OPEN) return false;
		ws.send(JSON.stringify(message));
		return true;
	}

	close(): void {
		this.#closed = true;
		if (this.#timer) clearTimeout(this.#timer);
		this.#ws?.close();
		this.#ws = null;
	}
}
