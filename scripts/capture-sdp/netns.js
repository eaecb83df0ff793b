// @ts-check
/**
 * Keeps every packet of a capture on loopback. The capture scripts re-run themselves inside a new,
 * empty network namespace (`unshare --net`) whose only interface is `lo`: the browsers can then
 * gather, check and relay candidates on 127.0.0.1 and ::1 only, and nothing they might try on
 * their own (updates, telemetry, mDNS multicast) can leave the machine. ICE connectivity checks
 * on the host's real interfaces would otherwise be sent to those addresses.
 */
import { spawnSync } from 'node:child_process';
import { networkInterfaces } from 'node:os';
import process from 'node:process';

const INSIDE_MARKER = 'PEERSCOPE_CAPTURE_NETNS';
/** A veth pair that exists only inside the namespace: what one end sends, the other drops. */
const MDNS_LINK = 'mdns0';
const MDNS_LINK_PEER = 'mdns1';
/** RFC 5737 TEST-NET-2: a documentation address, hidden behind the mDNS name in the SDP anyway. */
const MDNS_LINK_ADDRESS = '198.51.100.7/32';
/**
 * Chromium (webrtc's kPublicIPv4Host) and Firefox (nICEr) learn the "default" local address by
 * connecting a UDP socket to 8.8.8.8, which sends nothing; a route for that one address is enough.
 */
const DEFAULT_ADDRESS_PROBE = '8.8.8.8/32';

let hostNetwork = false;

/** Every configured address is a loopback one: 127.0.0.0/8 or ::1. */
export function onlyLoopback() {
	return Object.values(networkInterfaces())
		.flat()
		.every((address) => !address || address.internal);
}

/**
 * Re-runs the current script inside an isolated network namespace and exits with its status, or
 * returns when already inside one (or when the caller passed --host-network on purpose).
 * @param {string} script absolute path of the script to re-run
 */
export function isolateNetwork(script) {
	if (process.argv.includes('--host-network')) {
		console.warn(
			'--host-network: capturing on the host network; candidates will show its addresses.'
		);
		hostNetwork = true;
		return;
	}
	if (process.env[INSIDE_MARKER] === '1') {
		if (!onlyLoopback()) {
			console.error('The network namespace has addresses other than loopback; stopping.');
			process.exit(1);
		}
		return;
	}
	// Root can make a network namespace directly; anyone else needs a user namespace around it.
	const userNamespace = process.getuid?.() === 0 ? [] : ['--map-root-user'];
	const result = spawnSync(
		'unshare',
		[
			...userNamespace,
			'--net',
			'--',
			'sh',
			'-c',
			'ip link set lo up && exec "$@"',
			'sh',
			process.execPath,
			script,
			...process.argv.slice(2)
		],
		{ stdio: 'inherit', env: { ...process.env, [INSIDE_MARKER]: '1' } }
	);
	if (result.error || result.status === null) {
		console.error(
			`Could not create a network namespace (${result.error?.message ?? result.signal}). ` +
				'Run as root, or where unprivileged user namespaces are allowed.'
		);
		process.exit(1);
	}
	process.exit(result.status);
}

/** @param {string[]} args */
function ip(...args) {
	const result = spawnSync('ip', args, { encoding: 'utf8' });
	if (result.status !== 0)
		throw new Error(`ip ${args.join(' ')}: ${result.stderr || result.error}`);
}

/**
 * Runs `task` with one extra, non-loopback interface in the namespace. A page without camera or
 * microphone permission only gathers on the interface of the default route, and never on
 * loopback, so the mdns case needs one; its mDNS announcements (to 224.0.0.251) go into a veth
 * pair whose other end has no address and is dropped: they never leave the namespace.
 * @template T
 * @param {() => Promise<T>} task
 * @returns {Promise<T>}
 */
export async function withMdnsLink(task) {
	if (hostNetwork) return task();
	ip('link', 'add', MDNS_LINK, 'type', 'veth', 'peer', 'name', MDNS_LINK_PEER);
	try {
		// No IPv6 link-local address: it would add a second host candidate.
		for (const link of [MDNS_LINK, MDNS_LINK_PEER]) ip('link', 'set', link, 'addrgenmode', 'none');
		ip('address', 'add', MDNS_LINK_ADDRESS, 'dev', MDNS_LINK);
		ip('link', 'set', MDNS_LINK_PEER, 'up');
		ip('link', 'set', MDNS_LINK, 'up');
		ip('route', 'add', DEFAULT_ADDRESS_PROBE, 'dev', MDNS_LINK);
		return await task();
	} finally {
		ip('link', 'delete', MDNS_LINK);
	}
}
