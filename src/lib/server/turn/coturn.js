// @ts-check
/**
 * The embedded coturn as a child process: found on PATH, configured through a private file
 * (never the command line, where `ps` would show the secret), started, waited for until it
 * answers STUN, and stopped with the app, also when the app exits without closing it. Config
 * directories a killed app left behind are swept on the next start.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import { cidrRange } from '../addresses.js';
import { findExecutable, isAlive, watchDaemon } from '../processes.js';
import { bindingWorks } from '../stunClient.js';
import { choosePort } from './ports.js';
import { DENIED_PEER_CIDRS, relayPlan } from './relayPolicy.js';

/** The realm coturn puts in its 401 answers; part of the long-term key (RFC 8489 §9.2.2). */
const TURN_REALM = 'peerscope';
/** A small relay port range per coturn: enough for a classroom, and never the whole machine. */
const RELAY_PORT_COUNT = 200;
/** The relay range is drawn from the dynamic ports (49152-65535, RFC 6335 §6), short of the top. */
const RELAY_PORT_FLOOR = 49152;
const RELAY_PORT_CEILING = 65000;
/** How long coturn may take to answer its first STUN Binding request. */
const READY_TIMEOUT_MS = 8_000;
const PROBE_INTERVAL_MS = 150;
const DIR_PREFIX = 'peerscope-coturn-';
/** A config dir without a live coturn older than this was left by a hard-killed app. */
const STALE_DIR_MS = 60 * 60 * 1000;

/**
 * The coturn binary (TURNSERVER, or `turnserver` on PATH), or null.
 * @param {string} binary a path, or a name to look up
 */
export function findTurnserver(binary = process.env.TURNSERVER || 'turnserver') {
	return findExecutable(binary);
}

/**
 * Removes config dirs that earlier runs could not clean up (the app was SIGKILLed): those whose
 * coturn is gone, or that never got a pid file and are old. Best effort, never throws.
 */
function sweepStaleDirs() {
	try {
		for (const name of readdirSync(os.tmpdir())) {
			if (!name.startsWith(DIR_PREFIX)) continue;
			const dir = path.join(os.tmpdir(), name);
			let stale;
			try {
				const pid = Number(readFileSync(path.join(dir, 'turnserver.pid'), 'utf8').trim());
				stale = Number.isInteger(pid) && pid > 0 && !isAlive(pid);
			} catch {
				stale = Date.now() - statSync(dir).mtimeMs > STALE_DIR_MS;
			}
			if (stale) rmSync(dir, { recursive: true, force: true });
		}
	} catch {
		// another user's dir, a race with its owner: leave it
	}
}

/**
 * The lines of coturn's configuration file.
 * @param {{
 *   listeningIps: string[],
 *   port: number,
 *   minPort: number,
 *   secret: string,
 *   dir: string,
 *   plan: import('./relayPolicy.js').RelayPlan
 * }} settings
 */
export function coturnOptions({ listeningIps, port, minPort, secret, dir, plan }) {
	return [
		...listeningIps.map((ip) => `listening-ip=${ip}`),
		...plan.relayIps.map((ip) => `relay-ip=${ip}`),
		`listening-port=${port}`,
		`min-port=${minPort}`,
		`max-port=${minPort + RELAY_PORT_COUNT - 1}`,
		'use-auth-secret',
		`static-auth-secret=${secret}`,
		`realm=${TURN_REALM}`,
		'fingerprint',
		// No certificates are generated, so no turns:/DTLS listeners.
		'no-tls',
		'no-dtls',
		// Both peers of a loopback-only call relay from 127.0.0.1: see relayPlan for when this is safe.
		...(plan.allowLoopbackPeers ? ['allow-loopback-peers'] : []),
		'no-multicast-peers',
		// RFC 6062 TCP relay (the server opening TCP connections to any address) is something no
		// browser uses: WebRTC relays UDP, also when it reaches coturn over TCP, which still works.
		'no-tcp-relay',
		...DENIED_PEER_CIDRS.map((cidr) => `denied-peer-ip=${cidrRange(cidr)}`),
		// coturn checks these before the denied ranges: the call's own LAN stays reachable.
		...plan.allowedPeerRanges.map((range) => `allowed-peer-ip=${range}`),
		...coturnHousekeeping(dir)
	];
}

/**
 * The lines every coturn Peerscope starts has (the embedded one, the NAT lab's): no telnet CLI, no
 * SOFTWARE attribute naming the version, pid file and database in its own directory, log to
 * stdout (read by the launcher) in the short form.
 * @param {string} dir
 */
export function coturnHousekeeping(dir) {
	return [
		'no-cli',
		'no-software-attribute',
		`pidfile=${path.join(dir, 'turnserver.pid')}`,
		`db=${path.join(dir, 'turndb')}`,
		'log-file=stdout',
		'simple-log'
	];
}

/**
 * @typedef {object} EmbeddedTurn
 * @property {number} port
 * @property {string[]} listeningIps
 * @property {string} secret
 * @property {() => string} log the last lines coturn wrote
 * @property {() => Promise<void>} close
 */

/**
 * Launches coturn and waits until it answers STUN. Rejects (having stopped it) when it does not.
 * `plan` overrides relayPlan(listeningIps) (the tests use it to check both loopback settings).
 * @param {{
 *   binary: string,
 *   listeningIps: string[],
 *   port?: number,
 *   plan?: import('./relayPolicy.js').RelayPlan
 * }} options
 * @returns {Promise<EmbeddedTurn>}
 */
export async function launchCoturn({ binary, listeningIps, port: wantedPort, plan }) {
	const port = await choosePort(listeningIps, wantedPort);
	const minPort =
		RELAY_PORT_FLOOR +
		Math.floor(Math.random() * (RELAY_PORT_CEILING - RELAY_PORT_FLOOR - RELAY_PORT_COUNT));
	// A new secret per start: credentials minted before a restart stop working, nothing is stored.
	const secret = randomBytes(24).toString('base64url');
	sweepStaleDirs();
	const dir = mkdtempSync(path.join(os.tmpdir(), DIR_PREFIX));
	const options = coturnOptions({
		listeningIps,
		port,
		minPort,
		secret,
		dir,
		plan: plan ?? relayPlan(listeningIps)
	});
	const config = path.join(dir, 'turnserver.conf');
	writeFileSync(config, options.join('\n') + '\n', { mode: 0o600 });
	const daemon = watchDaemon(spawn(binary, ['-c', config], { stdio: ['ignore', 'pipe', 'pipe'] }), {
		name: 'turnserver',
		killOnExit: true,
		cleanup: () => rmSync(dir, { recursive: true, force: true })
	});
	await daemon.ready(
		() => bindingWorks({ host: listeningIps[0] ?? '127.0.0.1', port }, PROBE_INTERVAL_MS),
		{ timeoutMs: READY_TIMEOUT_MS, notReady: 'did not answer STUN' }
	);
	return { port, listeningIps, secret, log: daemon.output, close: daemon.stop };
}
