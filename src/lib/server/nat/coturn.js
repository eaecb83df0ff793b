// @ts-check
/**
 * The lab's own coturn, in the internet namespace on 203.0.113.3. Its own config: the app's
 * embedded coturn (src/lib/server/turn.js) refuses the documentation ranges as peers on purpose,
 * while here they are the whole internet. Long-term credentials (RFC 8489 §9.2) with a user made
 * up per lab.
 */
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { watchDaemon } from '../processes.js';
import { coturnHousekeeping } from '../turn/coturn.js';
import { runIn, spawnIn } from './exec.js';
import { SERVER_ADDRESS, SERVER_PORT } from './topology.js';

export const TURN_REALM = 'natlab.peerscope';
const READY_TIMEOUT_MS = 10_000;
const LISTENER_PAUSE_MS = 100;

/**
 * @param {{ namespace: string, dir: string, binary?: string }} options
 * @returns {Promise<{ username: string, credential: string, stop: () => void, log: () => string }>}
 */
export async function startLabCoturn({ namespace, dir, binary = 'turnserver' }) {
	const username = 'natlab';
	const credential = randomBytes(12).toString('base64url');
	const config = path.join(dir, 'turnserver.conf');
	writeFileSync(
		config,
		[
			`listening-ip=${SERVER_ADDRESS}`,
			`relay-ip=${SERVER_ADDRESS}`,
			`listening-port=${SERVER_PORT}`,
			'min-port=49152',
			'max-port=65535',
			'lt-cred-mech',
			`user=${username}:${credential}`,
			`realm=${TURN_REALM}`,
			'fingerprint',
			'no-tls',
			'no-dtls',
			'no-multicast-peers',
			'no-tcp-relay',
			...coturnHousekeeping(dir)
		].join('\n') + '\n',
		{ mode: 0o600 }
	);
	// The lab's cleanup (supervise.js) kills what is left in its namespaces: no exit hook here.
	const daemon = watchDaemon(spawnIn(namespace, binary, ['-c', config]), {
		name: 'coturn',
		graceMs: 0
	});
	// coturn does not log its listeners; wait until the UDP and the TCP socket are bound.
	await daemon.ready(
		async () => {
			const { stdout } = await runIn(namespace, 'ss', ['-H', '-lntu'], { allowFail: true });
			const bound = (/** @type {string} */ netid) =>
				stdout
					.split('\n')
					.some((l) => l.startsWith(netid) && l.includes(`${SERVER_ADDRESS}:${SERVER_PORT}`));
			return bound('udp') && bound('tcp');
		},
		{
			timeoutMs: READY_TIMEOUT_MS,
			pauseMs: LISTENER_PAUSE_MS,
			notReady: 'did not open its listeners'
		}
	);
	return {
		username,
		credential,
		stop: () => void daemon.child.kill('SIGKILL'),
		log: daemon.output
	};
}
