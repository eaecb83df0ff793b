// @ts-check
/**
 * What the WebSocket server benches (bench/signaling.js, bench/classroom.js) share: each server
 * under test runs in a child process of its own, so that its heap and CPU time are its own and the
 * clients (the parent) do not share its event loop; the parent asks it for those figures by
 * message.
 */
import { fork } from 'node:child_process';
import process from 'node:process';
import http from 'node:http';
import WebSocket, { WebSocketServer } from 'ws';

/** @typedef {import('node:child_process').ChildProcess} ChildProcess */

/** @typedef {(req: import('node:http').IncomingMessage, socket: import('node:stream').Duplex, head: Buffer) => boolean} UpgradeHandler true when it took the socket */

/**
 * Options that make a Peerscope server module a fair bench subject: no log lines, no timers, and
 * no per-address limit (every bench client comes from 127.0.0.1; in real use each device has its
 * own address).
 */
export const BENCH_SERVER_OPTIONS = {
	log: () => {},
	heartbeatMs: 0,
	sweepMs: 0,
	maxConnectionsPerAddress: Infinity
};

/**
 * A baseline: a bare `ws` server (no compression, no parsing) that hands each connection to
 * `onConnection` with the server (for its client list).
 * @param {(ws: WebSocket, wss: WebSocketServer) => void} onConnection
 * @returns {UpgradeHandler}
 */
export function bareServer(onConnection) {
	const wss = new WebSocketServer({ noServer: true, perMessageDeflate: false });
	return (req, socket, head) => {
		wss.handleUpgrade(req, socket, head, (ws) => onConnection(ws, wss));
		return true;
	};
}

/**
 * In the child: an http server that gives upgrades to `upgrade` (and destroys a socket it does
 * not take) listens on a free loopback port and tells the parent which; it answers the parent's
 * 'memory' (after a collection, so the figure is what is held, not garbage) and 'cpu' requests.
 * @param {UpgradeHandler} upgrade
 */
export function serveToParent(upgrade) {
	const server = http.createServer();
	server.on('upgrade', (req, socket, head) => {
		if (!upgrade(req, socket, head)) socket.destroy();
	});
	server.listen(0, '127.0.0.1', () => {
		const address = /** @type {import('node:net').AddressInfo} */ (server.address());
		process.send?.({ port: address.port });
	});
	process.on('message', (message) => {
		if (message === 'cpu') process.send?.({ cpu: process.cpuUsage() });
		if (message !== 'memory') return;
		globalThis.gc?.();
		process.send?.({ memory: process.memoryUsage() });
	});
}

/**
 * In the parent: runs `benchFile --serve kind` as a child (with gc exposed) and resolves once
 * its server listens.
 * @param {string} benchFile
 * @param {string} kind
 * @param {Record<string, string>} [env] added to this process's environment
 * @returns {Promise<{ child: ChildProcess; port: number }>}
 */
export function forkServer(benchFile, kind, env = {}) {
	const child = fork(benchFile, ['--serve', kind], {
		execArgv: ['--expose-gc'],
		env: { ...process.env, ...env }
	});
	return new Promise((resolve, reject) => {
		child.once('error', reject);
		child.once('message', (/** @type {any} */ message) => resolve({ child, port: message.port }));
	});
}

/**
 * The child's memory usage now, taken after a collection.
 * @param {ChildProcess} child
 * @returns {Promise<NodeJS.MemoryUsage>}
 */
export function memoryOf(child) {
	return new Promise((resolve) => {
		child.once('message', (/** @type {any} */ message) => resolve(message.memory));
		child.send('memory');
	});
}

/**
 * The child's CPU time so far (user + system, µs): unlike latency, it hardly moves when other work
 * on the machine competes for the cores, so it compares two runs on a busy machine.
 * @param {ChildProcess} child
 * @returns {Promise<number>}
 */
export function cpuOf(child) {
	return new Promise((resolve) => {
		child.once('message', (/** @type {any} */ message) =>
			resolve(message.cpu.user + message.cpu.system)
		);
		child.send('cpu');
	});
}

/**
 * A client that does not offer permessage-deflate, so that no server under test compresses.
 * @param {string} url
 * @returns {Promise<WebSocket>}
 */
export function connect(url) {
	return new Promise((resolve, reject) => {
		const ws = new WebSocket(url, { perMessageDeflate: false });
		ws.once('open', () => resolve(ws));
		ws.once('error', reject);
	});
}

/**
 * The next message `ws` receives, parsed as JSON.
 * @param {WebSocket} ws
 * @returns {Promise<any>}
 */
export function nextMessage(ws) {
	return new Promise((resolve) => ws.once('message', (data) => resolve(JSON.parse(String(data)))));
}

/**
 * The q-quantile (nearest rank) of values sorted ascending.
 * @param {number[]} sorted
 * @param {number} q
 */
export const quantile = (sorted, q) =>
	sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
