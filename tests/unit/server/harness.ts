import type WebSocket from 'ws';
import {
	createSignalingServer,
	type SignalingOptions
} from '../../../src/lib/server/signaling/server.js';
import { SIGNAL_PATH, parseServerMessage } from '$lib/signaling/protocol.js';
import type { ServerMessage } from '$lib/signaling/protocol.js';
import { QueuedClient, serveUpgrades } from './loopback';

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
	const server = await serveUpgrades([signaling.handleUpgrade], listenPort);
	const { port } = server;
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
			await server.close();
		}
	};
}

/** A real `ws` client of the signaling server that queues what it receives. */
export class TestClient extends QueuedClient<ServerMessage> {
	constructor(url: string, options?: WebSocket.ClientOptions) {
		super(url, parseServerMessage, 'server', options);
	}

	static open(url: string, options?: WebSocket.ClientOptions): Promise<TestClient> {
		return QueuedClient.opened(new TestClient(url, options));
	}

	/** Resolves at the next ping from the server; `ws` has already answered it with a pong. */
	pinged(): Promise<void> {
		return new Promise((resolve) => this.ws.once('ping', () => resolve()));
	}
}
