// @ts-check
/**
 * A throwaway redis-server for tests and benchmarks: on a free loopback port, without
 * persistence (nothing is written to disk), stopped by `stop()` and, should the caller crash,
 * when this process exits. Debian's `redis-server` package provides the binary
 * (scripts/ensure-redis.js installs it); REDIS_SERVER points at another one.
 */
import { spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import process from 'node:process';

/** How long a starting redis-server may take to say it is ready (a hang detector). */
const START_TIMEOUT_MS = 20_000;

/** @param {string} file */
function isExecutable(file) {
	try {
		accessSync(file, constants.X_OK);
		return true;
	} catch {
		return false;
	}
}

/** The redis-server binary, or null. */
export function findRedisServer(binary = process.env.REDIS_SERVER || 'redis-server') {
	if (binary.includes('/')) return isExecutable(binary) ? binary : null;
	const dirs = [...(process.env.PATH ?? '').split(path.delimiter), '/usr/bin', '/usr/sbin'];
	return dirs.map((dir) => path.join(dir, binary)).find(isExecutable) ?? null;
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
	const killOnExit = () => child.kill('SIGKILL');
	process.once('exit', killOnExit);
	const exited = new Promise((resolve) => child.once('exit', resolve));
	// Ready when it answers PING on its port.
	const deadline = Date.now() + START_TIMEOUT_MS;
	let output = '';
	child.stdout?.on('data', (chunk) => (output += chunk));
	child.stderr?.on('data', (chunk) => (output += chunk));
	for (;;) {
		if (child.exitCode !== null) {
			process.off('exit', killOnExit);
			throw new Error(`redis-server exited at once (${child.exitCode}): ${output.slice(-500)}`);
		}
		if (await answersPing(port)) break;
		if (Date.now() > deadline) {
			child.kill('SIGKILL');
			process.off('exit', killOnExit);
			throw new Error(`redis-server did not start on port ${port}: ${output.slice(-500)}`);
		}
		await new Promise((resolve) => setTimeout(resolve, 50));
	}
	return {
		url: `redis://127.0.0.1:${port}`,
		port,
		async stop() {
			process.off('exit', killOnExit);
			if (child.exitCode === null) child.kill('SIGTERM');
			await exited;
		}
	};
}

/** @param {number} port */
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
