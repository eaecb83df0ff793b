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
import { coturnHousekeeping } from '../turn/coturn.js';
import { runIn, spawnIn } from './exec.js';
import { SERVER_ADDRESS, SERVER_PORT } from './topology.js';

export const TURN_REALM = 'natlab.peerscope';
const READY_TIMEOUT_MS = 10_000;

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
	const child = spawnIn(namespace, binary, ['-c', config]);
	let output = '';
	child.stdout.on('data', (/** @type {Buffer} */ chunk) => {
		output = (output + chunk.toString('utf8')).slice(-20_000);
	});
	child.stderr.on('data', (/** @type {Buffer} */ chunk) => {
		output = (output + chunk.toString('utf8')).slice(-20_000);
	});
	/** @type {number | null} */
	let exitCode = null;
	child.once('exit', (code) => (exitCode = code ?? -1));
	try {
		// coturn does not log its listeners; wait until the UDP and the TCP socket are bound.
		const deadline = Date.now() + READY_TIMEOUT_MS;
		for (;;) {
			if (exitCode !== null) throw new Error(`coturn exited (${exitCode}): ${output.slice(-400)}`);
			const { stdout } = await runIn(namespace, 'ss', ['-H', '-lntu'], { allowFail: true });
			const bound = (/** @type {string} */ netid) =>
				stdout
					.split('\n')
					.some((l) => l.startsWith(netid) && l.includes(`${SERVER_ADDRESS}:${SERVER_PORT}`));
			if (bound('udp') && bound('tcp')) break;
			if (Date.now() > deadline) {
				throw new Error(`coturn did not open its listeners: ${output.slice(-400)}`);
			}
			await new Promise((r) => setTimeout(r, 100));
		}
	} catch (error) {
		child.kill('SIGKILL');
		throw error;
	}
	return {
		username,
		credential,
		stop: () => void child.kill('SIGKILL'),
		log: () => output
	};
}
