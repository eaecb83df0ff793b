import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import WebSocket from 'ws';

/** A server module's upgrade hook: true when it took the socket. */
type UpgradeHandler = (req: http.IncomingMessage, socket: Duplex, head: Buffer) => boolean;

/**
 * A real http server on a loopback port that offers each upgrade to `handlers` in turn, as
 * server.js does, and destroys a socket none of them takes. Port 0 picks a free one.
 */
export async function serveUpgrades(handlers: UpgradeHandler[], listenPort = 0) {
	const server = http.createServer((_req, res) => res.end('ok'));
	server.on('upgrade', (req, socket, head) => {
		if (!handlers.some((handle) => handle(req, socket, head))) socket.destroy();
	});
	await new Promise<void>((resolve) => server.listen(listenPort, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		port,
		async close() {
			server.closeAllConnections();
			await new Promise((resolve) => server.close(resolve));
		}
	};
}

/** What a protocol's parser returns (signaling and classroom share the shape). */
type Parsed<M> = { ok: true; message: M } | { ok: false; reason: string };

/**
 * A real `ws` client that reads every frame with the protocol's own parser and queues it, so a
 * test can await the next message. A frame the parser refuses fails the test.
 */
export class QueuedClient<M extends { type: string }> {
	readonly ws: WebSocket;
	readonly received: M[] = [];
	#waiters: ((message: M) => void)[] = [];
	closed: Promise<{ code: number; reason: string }>;

	/** `sender` names the other end in the error for a frame the parser refuses. */
	constructor(
		url: string,
		parse: (text: string) => Parsed<M>,
		sender: string,
		options?: WebSocket.ClientOptions
	) {
		this.ws = new WebSocket(url, options);
		this.ws.on('message', (data) => {
			const parsed = parse(String(data));
			if (!parsed.ok) throw new Error(`${sender} sent an invalid message: ${parsed.reason}`);
			const waiter = this.#waiters.shift();
			if (waiter) waiter(parsed.message);
			else this.received.push(parsed.message);
		});
		this.closed = new Promise((resolve) =>
			this.ws.on('close', (code, reason) => resolve({ code, reason: String(reason) }))
		);
	}

	/** Resolves with `client` once its socket is open; rejects on a connection error. */
	protected static async opened<C extends { ws: WebSocket }>(client: C): Promise<C> {
		await new Promise<void>((resolve, reject) => {
			client.ws.once('open', () => resolve());
			client.ws.once('error', reject);
		});
		return client;
	}

	send(message: unknown): void {
		this.ws.send(typeof message === 'string' ? message : JSON.stringify(message));
	}

	next(): Promise<M> {
		const queued = this.received.shift();
		if (queued) return Promise.resolve(queued);
		return new Promise((resolve) => this.#waiters.push(resolve));
	}

	/** Sends a message and waits for the reply. */
	async ask(message: unknown): Promise<M> {
		this.send(message);
		return this.next();
	}

	/** Everything that arrives until the other end has answered a marker round trip. */
	async drain(): Promise<M[]> {
		// An unknown type is always answered with an error, and both servers answer in order.
		this.send({ type: 'drain-marker' });
		const out: M[] = [];
		for (;;) {
			const message = await this.next();
			const reply = message.type === 'error' && 'inReplyTo' in message;
			if (reply && message.inReplyTo === 'drain-marker') return out;
			out.push(message);
		}
	}

	close(): Promise<{ code: number; reason: string }> {
		this.ws.close();
		return this.closed;
	}
}
