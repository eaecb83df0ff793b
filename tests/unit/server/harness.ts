import http from 'node:http';
import type { AddressInfo } from 'node:net';
import WebSocket from 'ws';
import {
	createSignalingServer,
	type SignalingOptions
} from '../../../src/lib/server/signaling/server.js';
import { SIGNAL_PATH, parseServerMessage } from '$lib/signaling/protocol.js';
import type { ServerMessage } from '$lib/signaling/protocol.js';

/**
 * The real signaling server on a real http server on a loopback port, as server.js wires it, with
 * its log captured and its timers off unless a test asks (tests call heartbeat() and sweep()).
 * `until(condition)` waits for the server's own events (a log line, a connection closed on its
 * side) instead of sleeping, so a test never guesses how long the server takes.
 */
export async function startSignaling(options: SignalingOptions = {}, listenPort = 0) {
	const logs: Record<string, unknown>[] = [];
	const watchers = new Set<() => void>();
	const changed = () => {
		for (const watcher of [...watchers]) watcher();
	};
	// A test's own log sink replaces the captured lines (the memory test logs to nowhere).
	const { log: sink, ...rest } = options;
	const signaling = createSignalingServer({
		heartbeatMs: 0,
		sweepMs: 0,
		...rest,
		log: (line) => {
			if (sink) sink(line);
			else logs.push(line);
			changed();
		}
	});
	// Registered after the server's own listeners, so these run once it has handled the close.
	signaling.wss.on('connection', (ws) => ws.once('close', () => queueMicrotask(changed)));
	const server = http.createServer((_req, res) => res.end('ok'));
	server.on('upgrade', (req, socket, head) => {
		if (!signaling.handleUpgrade(req, socket, head)) socket.destroy();
	});
	await new Promise<void>((resolve) => server.listen(listenPort, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	const url = `ws://127.0.0.1:${port}${SIGNAL_PATH}`;
	return {
		url,
		port,
		signaling,
		logs,
		/** Resolves once `condition` holds, checking it now and after each server event. */
		until(condition: () => boolean): Promise<void> {
			if (condition()) return Promise.resolve();
			return new Promise((resolve) => {
				const watcher = () => {
					if (!condition()) return;
					watchers.delete(watcher);
					resolve();
				};
				watchers.add(watcher);
			});
		},
		async close() {
			await signaling.close();
			server.closeAllConnections();
			await new Promise((resolve) => server.close(resolve));
		}
	};
}

/** A real `ws` client that queues what it receives, so a test can await the next message. */
export class TestClient {
	readonly ws: WebSocket;
	readonly received: ServerMessage[] = [];
	#waiters: ((message: ServerMessage) => void)[] = [];
	closed: Promise<{ code: number; reason: string }>;

	constructor(url: string, options?: WebSocket.ClientOptions) {
		this.ws = new WebSocket(url, options);
		this.ws.on('message', (data) => {
			const parsed = parseServerMessage(String(data));
			if (!parsed.ok) throw new Error(`server sent an invalid message: ${parsed.reason}`);
			const waiter = this.#waiters.shift();
			if (waiter) waiter(parsed.message);
			else this.received.push(parsed.message);
		});
		this.closed = new Promise((resolve) =>
			this.ws.on('close', (code, reason) => resolve({ code, reason: String(reason) }))
		);
	}

	/** Resolves at the next ping from the server; `ws` has already answered it with a pong. */
	pinged(): Promise<void> {
		return new Promise((resolve) => this.ws.once('ping', () => resolve()));
	}

	static async open(url: string, options?: WebSocket.ClientOptions): Promise<TestClient> {
		const client = new TestClient(url, options);
		await new Promise<void>((resolve, reject) => {
			client.ws.once('open', () => resolve());
			client.ws.once('error', reject);
		});
		return client;
	}

	send(message: unknown): void {
		this.ws.send(typeof message === 'string' ? message : JSON.stringify(message));
	}

	next(): Promise<ServerMessage> {
		const queued = this.received.shift();
		if (queued) return Promise.resolve(queued);
		return new Promise((resolve) => this.#waiters.push(resolve));
	}

	/** Sends a message and waits for the reply. */
	async ask(message: unknown): Promise<ServerMessage> {
		this.send(message);
		return this.next();
	}

	/** Everything that arrives until the server has answered a marker round trip. */
	async drain(): Promise<ServerMessage[]> {
		// An unknown type is always answered with an error, and the server answers in order.
		this.send({ type: 'drain-marker' });
		const out: ServerMessage[] = [];
		for (;;) {
			const message = await this.next();
			if (message.type === 'error' && message.inReplyTo === 'drain-marker') return out;
			out.push(message);
		}
	}

	close(): Promise<{ code: number; reason: string }> {
		this.ws.close();
		return this.closed;
	}
}
