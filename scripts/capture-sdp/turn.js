// @ts-check
/**
 * A throwaway coturn for the relay-only case: loopback only, one static long-term credential,
 * UDP and TCP on 3478, no TLS/DTLS, no CLI, every file in a temporary folder, stopped afterwards.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const TURN_BINARY = 'turnserver';
const HOST = '127.0.0.1';
/** The default TURN port over UDP and TCP (RFC 8656). */
const TURN_PORT = 3478;
const USERNAME = 'test';
const PASSWORD = 'test';
const REALM = 'peerscope';
/** How long coturn gets to open its sockets before the browser asks it for an allocation. */
const STARTUP_TIMEOUT_MS = 10_000;

export function turnServerInstalled() {
	return spawnSync('sh', ['-c', `command -v ${TURN_BINARY}`]).status === 0;
}

/** @returns {Promise<{ iceServer: RTCIceServer, version: string, stop: () => Promise<void> }>} */
export async function startTurnServer() {
	const dir = mkdtempSync(join(tmpdir(), 'peerscope-turn-'));
	const child = spawn(
		TURN_BINARY,
		[
			'-n', // no configuration file: nothing from /etc/turnserver.conf
			'--listening-ip',
			HOST,
			'--relay-ip',
			HOST,
			'--listening-port',
			String(TURN_PORT),
			'--min-port',
			'49160',
			'--max-port',
			'49200',
			'--lt-cred-mech',
			'--user',
			`${USERNAME}:${PASSWORD}`,
			'--realm',
			REALM,
			// Both peers of the capture call are on 127.0.0.1; coturn refuses loopback peers by default.
			'--allow-loopback-peers',
			'--no-cli',
			'--no-tls',
			'--no-dtls',
			'--no-multicast-peers',
			'--userdb',
			join(dir, 'turndb'),
			'--pidfile',
			join(dir, 'turnserver.pid'),
			'--log-file',
			'stdout',
			'--simple-log'
		],
		{ stdio: ['ignore', 'pipe', 'pipe'] }
	);
	let output = '';
	const version = await new Promise((resolve, reject) => {
		const timer = setTimeout(() => {
			child.kill('SIGTERM');
			reject(new Error(`coturn did not start within ${STARTUP_TIMEOUT_MS} ms:\n${output}`));
		}, STARTUP_TIMEOUT_MS);
		/** @param {Buffer} chunk */
		const onData = (chunk) => {
			output += chunk.toString('utf8');
			// coturn prints this once its relay and listener threads are up.
			if (/Total (General|UDP) servers/.test(output) || /listener opened on/.test(output)) {
				clearTimeout(timer);
				resolve(/Version Coturn-([^\s]+)/.exec(output)?.[1] ?? 'unknown');
			}
		};
		child.stdout.on('data', onData);
		child.stderr.on('data', onData);
		child.once('exit', (code) => {
			clearTimeout(timer);
			reject(new Error(`coturn exited with ${code}:\n${output}`));
		});
	});
	return {
		iceServer: {
			urls: `turn:${HOST}:${TURN_PORT}?transport=udp`,
			username: USERNAME,
			credential: PASSWORD
		},
		version,
		stop: () =>
			new Promise((resolve) => {
				child.removeAllListeners('exit');
				child.stdout.removeAllListeners('data');
				child.stderr.removeAllListeners('data');
				child.once('exit', () => {
					rmSync(dir, { recursive: true, force: true });
					resolve();
				});
				child.kill('SIGTERM');
			})
	};
}
