// @ts-check
/**
 * The embedded coturn as a child process: found on PATH, configured through a private file
 * (never the command line, where `ps` would show the secret), started, waited for until it
 * answers STUN, and stopped with the app, also when the app exits without closing it. Config
 * directories a killed app left behind are swept on the next start.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
	accessSync,
	constants,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	writeFileSync
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import { cidrRange } from '../addresses.js';
import { isAlive } from '../processes.js';
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
/** How long a stopping coturn gets after SIGTERM before it is killed. */
const STOP_GRACE_MS = 2_000;
/** Lines of coturn's log kept to explain a failed start. */
const LOG_LINES = 40;
const DIR_PREFIX = 'peerscope-coturn-';
/** A config dir without a live coturn older than this was left by a hard-killed app. */
const STALE_DIR_MS = 60 * 60 * 1000;

/** @param {string} file */
function isExecutable(file) {
	try {
		accessSync(file, constants.X_OK);
		return true;
	} catch {
		return false;
	}
}

/**
 * The coturn binary: a path as given, or a name looked up on PATH (and /usr/sbin, /usr/bin, where
 * Debian puts it, for a PATH without them).
 * @param {string} binary
 */
export function findTurnserver(binary = process.env.TURNSERVER || 'turnserver') {
	if (binary.includes('/')) return isExecutable(binary) ? binary : null;
	const dirs = [...(process.env.PATH ?? '').split(path.delimiter), '/usr/bin', '/usr/sbin'];
	return dirs.map((dir) => path.join(dir, binary)).find(isExecutable) ?? null;
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
	const child = spawn(binary, ['-c', config], { stdio: ['ignore', 'pipe', 'pipe'] });
	/** @type {string[]} */
	const lines = [];
	const keep = (/** @type {Buffer} */ chunk) => {
		lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
		lines.splice(0, Math.max(0, lines.length - LOG_LINES));
	};
	child.stdout.on('data', keep);
	child.stderr.on('data', keep);
	/** @type {Error | null} */
	let exited = null;
	const exitedPromise = new Promise((resolve) => {
		child.once('exit', (code, signal) => {
			exited = new Error(`turnserver exited (${signal ?? `code ${code}`})`);
			resolve(undefined);
		});
		child.once('error', (error) => {
			exited = error;
			resolve(undefined);
		});
	});
	// The process's own exit cannot wait for anything: kill synchronously so coturn never outlives us.
	const killOnExit = () => {
		child.kill('SIGKILL');
		rmSync(dir, { recursive: true, force: true });
	};
	process.once('exit', killOnExit);

	const close = async () => {
		process.off('exit', killOnExit);
		if (!exited) {
			child.kill('SIGTERM');
			const force = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
			await exitedPromise;
			clearTimeout(force);
		}
		rmSync(dir, { recursive: true, force: true });
	};

	const deadline = Date.now() + READY_TIMEOUT_MS;
	while (!(await bindingWorks({ host: listeningIps[0] ?? '127.0.0.1', port }, PROBE_INTERVAL_MS))) {
		if (exited || Date.now() > deadline) {
			await close();
			const why = exited ? /** @type {Error} */ (exited).message : 'no answer to STUN';
			throw new Error(`${why}\n${lines.slice(-10).join('\n')}`);
		}
	}
	return { port, listeningIps, secret, log: () => lines.join('\n'), close };
}
