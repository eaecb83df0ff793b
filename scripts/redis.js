// @ts-check
/**
 * A throwaway redis-server for tests and benchmarks: on a free loopback port, without
 * persistence (nothing is written to disk), stopped by `stop()` and, should the caller crash,
 * when this process exits. Debian's `redis-server` package provides the binary
 * (scripts/ensure-redis.js installs it); REDIS_SERVER points at another one.
 */
import { spawn } from 'node:child_process';
import net from 'node:net';
import process from 'node:process';
import { findExecutable, watchDaemon } from '../src/lib/server/processes.js';

/** How long a starting redis-server may take to say it is ready (a hang detector). */
const START_TIMEOUT_MS = 20_000;
const PING_PAUSE_MS = 50;

/** The redis-server binary (REDIS_SERVER, or `redis-server` on PATH), or null. */
export function findRedisServer(binary = process.env.REDIS_SERVER || 'redis-server') {
	return findExecutable(binary);
}

/** A free TCP port on loopback. @returns {Promise<number>} */
function freePort() {
	return new Promise((resolve, reject) => {
		const server = net.createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = /** @type {net.AddressInfo} */ (server.address());
			server.close(() => resolve(port));
		});
	});
}

/**
 * @typedef {object} RedisServer
 * @property {string} url redis://127.0.0.1:port
 * @property {number} port
 * @property {() => Promise<void>} stop
 */

/** @returns {Promise<RedisServer>} */
export async function startRedisServer() {
	const binary = findRedisServer();
	if (!binary) {
		throw new Error('redis-server was not found: run `node scripts/ensure-redis.js` (as root)');
	}
	const port = await freePort();
	const child = spawn(
		binary,
		[
			'--port',
			String(port),
			'--bind',
			'127.0.0.1',
			'--save',
			'',
			'--appendonly',
			'no',
			'--daemonize',
			'no',
			'--protected-mode',
			'yes',
			'--loglevel',
			'warning'
		],
		{ stdio: ['ignore', 'pipe', 'pipe'] }
	);
	const daemon = watchDaemon(child, { name: 'redis-server', killOnExit: true });
	// Ready when it answers PING on its port.
	await daemon.ready(() => answersPing(port), {
		timeoutMs: START_TIMEOUT_MS,
		pauseMs: PING_PAUSE_MS,
		notReady: `did not answer PING on port ${port}`
	});
	return { url: `redis://127.0.0.1:${port}`, port, stop: daemon.stop };
}

/** @param {number} port @returns {Promise<boolean>} */
function answersPing(port) {
	return new Promise((resolve) => {
		const socket = net.connect(port, '127.0.0.1');
		socket.setTimeout(1_000);
		socket.once('connect', () => socket.write('PING\r\n'));
		socket.once('data', (data) => {
			socket.destroy();
			resolve(String(data).startsWith('+PONG'));
		});
		socket.once('error', () => resolve(false));
		socket.once('timeout', () => {
			socket.destroy();
			resolve(false);
		});
	});
}
