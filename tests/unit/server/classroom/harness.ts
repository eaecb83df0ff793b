import http from 'node:http';
import type { AddressInfo } from 'node:net';
import WebSocket from 'ws';
import { createClassHub, type ClassHubOptions } from '../../../../src/lib/server/classroom/hub.js';
import { createSignalingServer } from '../../../../src/lib/server/signaling/server.js';
import type { SignalingOptions } from '../../../../src/lib/server/signaling/options.js';
import {
	CLASS_PATH,
	parseClassServerMessage,
	type ClassServerMessage
} from '$lib/classroom/protocol.js';

/**
 * The real class hub (and the signaling server beside it, as server.js wires them) on a real
 * http server on a loopback port, with its timers off unless a test asks.
 */
export async function startHub(options: ClassHubOptions = {}, signaling: SignalingOptions = {}) {
	const logs: Record<string, unknown>[] = [];
	const hub = createClassHub({
		heartbeatMs: 0,
		sweepMs: 0,
		log: (line) => logs.push(line),
		...options
	});
	const signal = createSignalingServer({
		heartbeatMs: 0,
		sweepMs: 0,
		log: () => {},
		...signaling
	});
	const server = http.createServer((_req, res) => res.end('ok'));
	server.on('upgrade', (req, socket, head) => {
		if (signal.handleUpgrade(req, socket, head)) return;
		if (!hub.handleUpgrade(req, socket, head)) socket.destroy();
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `ws://127.0.0.1:${port}${CLASS_PATH}`,
		signalUrl: `ws://127.0.0.1:${port}/signal`,
		port,
		hub,
		signal,
		logs,
		async close() {
			await Promise.all([hub.close(), signal.close()]);
			server.closeAllConnections();
			await new Promise((resolve) => server.close(resolve));
		}
	};
}

/** A real `ws` client of the class hub that queues what it receives. */
export class ClassClient {
	readonly ws: WebSocket;
	readonly received: ClassServerMessage[] = [];
	#waiters: ((message: ClassServerMessage) => void)[] = [];
	closed: Promise<{ code: number; reason: string }>;

	constructor(url: string) {
		this.ws = new WebSocket(url);
		this.ws.on('message', (data) => {
			const parsed = parseClassServerMessage(String(data));
			if (!parsed.ok) throw new Error(`hub sent an invalid message: ${parsed.reason}`);
			const waiter = this.#waiters.shift();
			if (waiter) waiter(parsed.message);
			else this.received.push(parsed.message);
		});
		this.closed = new Promise((resolve) =>
			this.ws.on('close', (code, reason) => resolve({ code, reason: String(reason) }))
		);
	}

	static async open(url: string): Promise<ClassClient> {
		const client = new ClassClient(url);
		await new Promise<void>((resolve, reject) => {
			client.ws.once('open', () => resolve());
			client.ws.once('error', reject);
		});
		return client;
	}

	send(message: unknown): void {
		this.ws.send(typeof message === 'string' ? message : JSON.stringify(message));
	}

	next(): Promise<ClassServerMessage> {
		const queued = this.received.shift();
		if (queued) return Promise.resolve(queued);
		return new Promise((resolve) => this.#waiters.push(resolve));
	}

	/** The next message of a type, skipping others (e.g. `students` counts). */
	async nextOf<T extends ClassServerMessage['type']>(
		type: T
	): Promise<Extract<ClassServerMessage, { type: T }>> {
		for (;;) {
			const message = await this.next();
			if (message.type === type) return message as Extract<ClassServerMessage, { type: T }>;
		}
	}

	async ask(message: unknown): Promise<ClassServerMessage> {
		this.send(message);
		return this.next();
	}

	/** Everything that arrives until the hub has answered a marker round trip. */
	async drain(): Promise<ClassServerMessage[]> {
		this.send({ type: 'drain-marker' });
		const out: ClassServerMessage[] = [];
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

const PEERS = {
	A: {
		signalingState: 'have-local-offer',
		iceGatheringState: 'gathering',
		iceConnectionState: 'new',
		connectionState: 'new'
	},
	B: null
};

/** A log entry as the walkthrough writes it. */
export function entry(id: number, extra: Record<string, unknown> = {}) {
	return {
		id,
		t: id * 10,
		kind: 'call',
		name: 'createOffer',
		step: 'createOffer',
		status: 'success',
		peer: 'A',
		peers: PEERS,
		payload: { type: 'offer', sdp: `v=0\r\no=- ${id} 2 IN IP4 192.0.2.1\r\n` },
		...extra
	};
}

export const STEP = {
	status: 'running',
	phase: 'signaling',
	step: 'createOffer',
	stage: 'ready',
	index: 4
} as const;
