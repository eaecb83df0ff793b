// @ts-check
/**
 * Real TURN for Peerscope: launches a local coturn (when installed) on loopback and the LAN
 * addresses the app is served on, with coturn's REST-API shared-secret mode, and mints short-lived
 * credentials from that secret (the TURN REST API scheme, draft-uberti-behave-turn-rest-00 §2.2:
 * username `expiry:name`, password = base64(HMAC-SHA1(secret, username))). Or points at an
 * external TURN server from the environment. The secret stays on the server.
 *
 * Plain JS: server.js (npm start) and vite.config.ts (npm run dev) import it directly; the
 * SvelteKit endpoint reads what they published through `currentTurn()`.
 *
 * Environment:
 *   TURN_URLS      comma-separated stun:/turn:/turns: URLs of an external server (then TURN_SECRET)
 *   TURN_SECRET    that server's static-auth-secret
 *   TURN_EMBEDDED  `off` to not launch coturn (relay is then unavailable unless TURN_URLS is set)
 *   TURN_PORT      listening port of the embedded coturn (default 3478 when free, else any free port)
 *   TURN_TTL       credential lifetime in seconds (default 14400, 4 hours)
 *   TURNSERVER     the coturn binary (default: turnserver on PATH)
 */
import { spawn } from 'node:child_process';
import { createHmac, randomBytes } from 'node:crypto';
import dgram from 'node:dgram';
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
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import { bindingWorks } from './stun.js';

/** The realm coturn puts in its 401 answers; part of the long-term key (RFC 8489 §9.2.2). */
export const TURN_REALM = 'peerscope';
/** RFC 8656 §3: the default port for TURN over UDP and TCP. */
const STANDARD_PORT = 3478;
/**
 * coturn checks the expiry in the username on every authenticated request, and a browser sends
 * them all call long (CreatePermission every 5 minutes, Refresh before the allocation lapses:
 * RFC 8656 §7.3, §9), so the credentials must outlive the call, not just its set-up: 4 hours, a
 * school afternoon.
 */
const DEFAULT_TTL_S = 4 * 60 * 60;
/** A small relay port range per coturn: enough for a classroom, and never the whole machine. */
const RELAY_PORT_COUNT = 200;
const RELAY_PORT_FLOOR = 49152;
const RELAY_PORT_CEILING = 65000;
/** How long coturn may take to answer its first STUN Binding request. */
const READY_TIMEOUT_MS = 8_000;
const PROBE_INTERVAL_MS = 150;
/** Lines of coturn's log kept to explain a failed start. */
const LOG_LINES = 40;

const STATE = Symbol.for('peerscope.turn');

/**
 * @typedef {(
 *   | { kind: 'embedded', secret: string, port: number, listeningIps: string[] }
 *   | { kind: 'external', secret: string, urls: string[] }
 *   | { kind: 'unavailable', reason: 'notInstalled' | 'disabled' | 'failed', detail: string }
 * ) & { ttlSeconds: number }} TurnState
 */

/** @param {TurnState} state */
export function publishTurn(state) {
	/** @type {any} */ (globalThis)[STATE] = state;
}

/** @returns {TurnState | null} what the launcher published, null when none ran in this process */
export function currentTurn() {
	return /** @type {any} */ (globalThis)[STATE] ?? null;
}

/**
 * TURN REST API credentials: valid until `expiresAt` (seconds), which coturn checks against the
 * timestamp in the username.
 * @param {string} secret
 * @param {{ name?: string, ttlSeconds?: number, now?: number }} [options]
 */
export function turnCredentials(
	secret,
	{ name = 'peerscope', ttlSeconds = DEFAULT_TTL_S, now = Date.now() } = {}
) {
	const expiresAt = Math.floor(now / 1000) + ttlSeconds;
	const username = `${expiresAt}:${name}`;
	const credential = createHmac('sha1', secret).update(username).digest('base64');
	return { username, credential, expiresAt };
}

/**
 * The URLs a browser that reached the app at `hostname` should use for the embedded coturn: the
 * same address when coturn listens on it, else loopback.
 * @param {{ port: number, listeningIps: string[] }} turn
 * @param {string} hostname
 */
export function embeddedUrls({ port, listeningIps }, hostname) {
	const bare = hostname.replace(/^\[|\]$/g, '');
	const ip = listeningIps.includes(bare) ? bare : (listeningIps[0] ?? '127.0.0.1');
	const host = ip.includes(':') ? `[${ip}]` : ip;
	return {
		stunUrls: [`stun:${host}:${port}`],
		turnUrls: [`turn:${host}:${port}?transport=udp`, `turn:${host}:${port}?transport=tcp`]
	};
}

/** @param {string | undefined} value */
function ttlFrom(value) {
	const n = Number(value);
	return Number.isInteger(n) && n > 0 ? n : DEFAULT_TTL_S;
}

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
 * Interfaces coturn listens on, from the address the app server binds: loopback always, plus the
 * LAN IPv4 addresses when the app listens on every interface (so phones on the LAN can relay too).
 * @param {string} appHost
 */
export function listeningIpsFor(appHost) {
	const ips = ['127.0.0.1'];
	if (appHost === '0.0.0.0' || appHost === '::') {
		for (const address of Object.values(os.networkInterfaces()).flatMap((a) => a ?? [])) {
			if (address.family === 'IPv4' && !address.internal) ips.push(address.address);
		}
	} else if (net.isIPv4(appHost) && appHost !== '127.0.0.1') {
		ips.push(appHost);
	}
	return [...new Set(ips)];
}

/** @param {string} ip */
const isLoopback = (ip) => ip.startsWith('127.') || ip === '::1';

/**
 * Peer addresses coturn never relays to, whoever asks: the IANA special-purpose ranges (RFC 6890
 * and its registries) and the private ones. Without them, anyone who can fetch credentials (any
 * page visitor) could relay into every network this host reaches: cloud metadata at
 * 169.254.169.254, containers, VPNs, the LAN. Loopback is not listed: coturn refuses it by itself
 * unless `allow-loopback-peers` (see relayPlan). Multicast is `no-multicast-peers`.
 */
export const DENIED_PEER_CIDRS = [
	'0.0.0.0/8', // "this network" (RFC 791)
	'10.0.0.0/8', // private (RFC 1918)
	'100.64.0.0/10', // carrier-grade NAT (RFC 6598)
	'169.254.0.0/16', // link local, cloud metadata services (RFC 3927)
	'172.16.0.0/12', // private (RFC 1918), Docker's default networks
	'192.0.0.0/24', // IETF protocol assignments (RFC 6890)
	'192.0.2.0/24', // TEST-NET-1 (RFC 5737)
	'192.88.99.0/24', // 6to4 relay anycast (RFC 7526)
	'192.168.0.0/16', // private (RFC 1918)
	'198.18.0.0/15', // benchmarking (RFC 2544)
	'198.51.100.0/24', // TEST-NET-2 (RFC 5737)
	'203.0.113.0/24', // TEST-NET-3 (RFC 5737)
	'240.0.0.0/4', // reserved, and the limited broadcast address (RFC 1112)
	// Not `::/128` (unspecified, never a peer anyway): with that range coturn 4.6 refused the
	// loopback peer 127.0.0.1 too, so a range of the all-zero address matches more than it says.
	'::ffff:0:0/96', // IPv4-mapped: the IPv4 ranges above by another name (RFC 4291)
	'64:ff9b::/96', // NAT64 well-known prefix: IPv4 by another name (RFC 6052)
	'64:ff9b:1::/48', // local-use NAT64 (RFC 8215)
	'100::/64', // discard-only (RFC 6666)
	'2001::/23', // IETF protocol assignments, Teredo (RFC 2928, RFC 4380)
	'2001:db8::/32', // documentation (RFC 3849)
	'2002::/16', // 6to4: IPv4 by another name (RFC 3056)
	'fc00::/7', // unique local (RFC 4193)
	'fe80::/10' // link local (RFC 4291)
];

/**
 * Interfaces that are not the room's network: container bridges, virtual machines, VPN tunnels.
 * coturn may listen on them (the app does), but their subnets stay denied as relay peers.
 */
const VIRTUAL_INTERFACE =
	/^(docker|br-|veth|virbr|vmnet|vboxnet|lxc|lxd|cni|flannel|cali|kube|podman|tun|tap|wg|tailscale|zt|utun|ppp|ipsec)/i;

/** @param {string} ip IPv4 or IPv6, without brackets */
function ipToBigInt(ip) {
	if (net.isIPv4(ip)) return ip.split('.').reduce((n, part) => (n << 8n) + BigInt(part), 0n);
	let text = ip;
	// An embedded IPv4 tail (::ffff:1.2.3.4) becomes its two groups.
	const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(text)?.[1];
	if (v4) {
		const n = ipToBigInt(v4);
		text = text.slice(0, -v4.length) + `${(n >> 16n).toString(16)}:${(n & 0xffffn).toString(16)}`;
	}
	const [head = '', tail] = text.split('::');
	const left = head ? head.split(':') : [];
	const right = tail ? tail.split(':') : [];
	const groups =
		tail === undefined
			? left
			: [...left, ...Array(8 - left.length - right.length).fill('0'), ...right];
	return groups.reduce((n, group) => (n << 16n) + BigInt(`0x${group || '0'}`), 0n);
}

/**
 * @param {bigint} n
 * @param {4 | 6} family
 */
function bigIntToIp(n, family) {
	if (family === 4)
		return [24n, 16n, 8n, 0n].map((shift) => String((n >> shift) & 0xffn)).join('.');
	return Array.from({ length: 8 }, (_, i) =>
		((n >> BigInt(112 - 16 * i)) & 0xffffn).toString(16)
	).join(':');
}

/**
 * A CIDR block as coturn's `first-last` address range (its peer-ip options take no prefixes).
 * @param {string} cidr e.g. 192.168.1.20/24 (host bits are ignored)
 */
export function cidrRange(cidr) {
	const [ip = '', prefix = ''] = cidr.split('/');
	const family = net.isIPv4(ip) ? 4 : net.isIPv6(ip) ? 6 : 0;
	const bits = family === 4 ? 32n : 128n;
	const length = BigInt(Number(prefix));
	if (family === 0 || !/^\d+$/.test(prefix) || length > bits) {
		throw new Error(`not a CIDR block: ${cidr}`);
	}
	const hostMask = (1n << (bits - length)) - 1n;
	const first = ipToBigInt(ip) & ~hostMask;
	return `${bigIntToIp(first, family)}-${bigIntToIp(first | hostMask, family)}`;
}

/**
 * The subnets of the LAN interfaces that carry these addresses (from the interface's own CIDR),
 * as coturn ranges: the two devices of a classroom call sit there, so relay to them must work even
 * though the private ranges are denied. Container, VM and VPN interfaces are left out.
 * @param {string[]} ips
 * @param {NodeJS.Dict<os.NetworkInterfaceInfo[]>} interfaces
 */
export function lanPeerRanges(ips, interfaces) {
	/** @type {string[]} */
	const ranges = [];
	for (const [name, addresses] of Object.entries(interfaces)) {
		if (VIRTUAL_INTERFACE.test(name)) continue;
		for (const address of addresses ?? []) {
			if (address.internal || !ips.includes(address.address) || !address.cidr) continue;
			ranges.push(cidrRange(address.cidr));
		}
	}
	return [...new Set(ranges)];
}

/**
 * Where coturn relays from, whether it may relay to loopback addresses, and which LAN subnets it
 * may relay to despite DENIED_PEER_CIDRS.
 *
 * A loopback-only coturn (the app on 127.0.0.1, as in the tests) must relay between 127.0.0.1
 * relay addresses, which coturn refuses unless `allow-loopback-peers`. But with that option any
 * client holding credentials could relay to services that listen only on this machine's loopback
 * (a database, an admin port). When coturn also listens on the LAN, those credentials reach LAN
 * users, so it relays from the LAN addresses only and keeps loopback peers refused: the browser on
 * this machine still gets relay candidates, on the LAN address. Its peers may be on the subnet
 * of the LAN interface the app is served on (the other device of the call), nowhere else private.
 *
 * @param {string[]} listeningIps
 * @param {NodeJS.Dict<os.NetworkInterfaceInfo[]>} [interfaces]
 * @returns {RelayPlan}
 */
export function relayPlan(listeningIps, interfaces = os.networkInterfaces()) {
	const lan = listeningIps.filter((ip) => !isLoopback(ip));
	return lan.length > 0
		? {
				relayIps: lan,
				allowLoopbackPeers: false,
				allowedPeerRanges: lanPeerRanges(lan, interfaces)
			}
		: { relayIps: listeningIps, allowLoopbackPeers: true, allowedPeerRanges: [] };
}

/**
 * @typedef {object} RelayPlan
 * @property {string[]} relayIps
 * @property {boolean} allowLoopbackPeers
 * @property {string[]} allowedPeerRanges `first-last` ranges exempt from the denied ones
 */

/**
 * @param {number} port
 * @param {string[]} ips
 * @returns {Promise<boolean>} whether UDP and TCP `port` are free on every ip
 */
async function portFree(port, ips) {
	for (const ip of ips) {
		const tcp = await new Promise((resolve) => {
			const server = net.createServer();
			server.once('error', () => resolve(false));
			server.listen(port, ip, () => server.close(() => resolve(true)));
		});
		const udp = await new Promise((resolve) => {
			const socket = dgram.createSocket('udp4');
			socket.once('error', () => {
				socket.close();
				resolve(false);
			});
			socket.bind(port, ip, () => socket.close(() => resolve(true)));
		});
		if (!tcp || !udp) return false;
	}
	return true;
}

/**
 * @param {string[]} ips
 * @param {number | undefined} wanted
 */
async function choosePort(ips, wanted) {
	if (wanted !== undefined) return wanted;
	if (await portFree(STANDARD_PORT, ips)) return STANDARD_PORT;
	for (let attempt = 0; attempt < 50; attempt++) {
		const port = 20_000 + Math.floor(Math.random() * 20_000);
		if (await portFree(port, ips)) return port;
	}
	throw new Error('no free port for coturn');
}

const DIR_PREFIX = 'peerscope-coturn-';
/** A config dir without a live coturn older than this was left by a hard-killed app. */
const STALE_DIR_MS = 60 * 60 * 1000;

/** @param {number} pid */
function isAlive(pid) {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return /** @type {NodeJS.ErrnoException} */ (error).code === 'EPERM';
	}
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
 *   plan?: RelayPlan
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
	// The options go in a config file in a private directory rather than on the command line, where
	// any local user could read the secret with `ps`.
	const { relayIps, allowLoopbackPeers, allowedPeerRanges } = plan ?? relayPlan(listeningIps);
	const options = [
		...listeningIps.map((ip) => `listening-ip=${ip}`),
		...relayIps.map((ip) => `relay-ip=${ip}`),
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
		...(allowLoopbackPeers ? ['allow-loopback-peers'] : []),
		'no-multicast-peers',
		// RFC 6062 TCP relay (the server opening TCP connections to any address) is something no
		// browser uses: WebRTC relays UDP, also when it reaches coturn over TCP, which still works.
		'no-tcp-relay',
		...DENIED_PEER_CIDRS.map((cidr) => `denied-peer-ip=${cidrRange(cidr)}`),
		// coturn checks these before the denied ranges: the call's own LAN stays reachable.
		...allowedPeerRanges.map((range) => `allowed-peer-ip=${range}`),
		'no-cli',
		'no-software-attribute',
		`pidfile=${path.join(dir, 'turnserver.pid')}`,
		`db=${path.join(dir, 'turndb')}`,
		'log-file=stdout',
		'simple-log'
	];
	const config = path.join(dir, 'turnserver.conf');
	writeFileSync(config, options.join('\n') + '\n', { mode: 0o600 });
	const args = ['-c', config];
	const child = spawn(binary, args, { stdio: ['ignore', 'pipe', 'pipe'] });
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
			const force = setTimeout(() => child.kill('SIGKILL'), 2_000);
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

/**
 * Decides where relay comes from (environment, then the embedded coturn), starts what is needed
 * and publishes it for the credentials endpoint. Never throws: a missing or failing coturn only
 * makes relay unavailable, with the reason.
 *
 * @param {{ appHost: string, env?: NodeJS.ProcessEnv, quiet?: boolean }} options
 * @returns {Promise<{ state: TurnState, close: () => Promise<void> }>}
 */
export async function startTurn({ appHost, env = process.env, quiet = false }) {
	const ttlSeconds = ttlFrom(env.TURN_TTL);
	const say = (/** @type {string} */ text) => quiet || console.log(text);
	const none = async () => {};
	/** @param {TurnState} state */
	const publish = (state) => {
		publishTurn(state);
		return state;
	};

	const external = (env.TURN_URLS ?? '')
		.split(',')
		.map((u) => u.trim())
		.filter(Boolean);
	if (external.length > 0) {
		if (!env.TURN_SECRET) {
			const detail = 'TURN_URLS is set but TURN_SECRET is not';
			say(`TURN: ${detail}; relay is unavailable.`);
			return {
				state: publish({ kind: 'unavailable', reason: 'failed', detail, ttlSeconds }),
				close: none
			};
		}
		say(`TURN: using ${external.join(', ')}`);
		return {
			state: publish({ kind: 'external', secret: env.TURN_SECRET, urls: external, ttlSeconds }),
			close: none
		};
	}
	if ((env.TURN_EMBEDDED ?? '').toLowerCase() === 'off') {
		const detail = 'TURN_EMBEDDED=off';
		return {
			state: publish({ kind: 'unavailable', reason: 'disabled', detail, ttlSeconds }),
			close: none
		};
	}
	const binary = findTurnserver(env.TURNSERVER || 'turnserver');
	if (!binary) {
		const detail = 'turnserver (Debian package coturn) is not installed';
		say(`TURN: ${detail}; relay candidates are unavailable (apt-get install coturn).`);
		return {
			state: publish({ kind: 'unavailable', reason: 'notInstalled', detail, ttlSeconds }),
			close: none
		};
	}
	try {
		const port = env.TURN_PORT ? Number(env.TURN_PORT) : undefined;
		const turn = await launchCoturn({ binary, listeningIps: listeningIpsFor(appHost), port });
		say(`TURN: coturn on ${turn.listeningIps.join(', ')} port ${turn.port} (UDP and TCP)`);
		const state = publish({
			kind: 'embedded',
			secret: turn.secret,
			port: turn.port,
			listeningIps: turn.listeningIps,
			ttlSeconds
		});
		return {
			state,
			close: async () => {
				// Only while what is published is still ours: a dev server restart starts the new relay
				// before it closes the old one, whose close must not hide the new one from the endpoint.
				if (currentTurn() === state) {
					publish({ kind: 'unavailable', reason: 'disabled', detail: 'stopped', ttlSeconds });
				}
				await turn.close();
			}
		};
	} catch (error) {
		const detail = /** @type {Error} */ (error).message;
		say(`TURN: coturn did not start: ${detail}`);
		return {
			state: publish({ kind: 'unavailable', reason: 'failed', detail, ttlSeconds }),
			close: none
		};
	}
}
