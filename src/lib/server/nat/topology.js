// @ts-check
/**
 * Builds one lab's networks out of namespaces, veths, a bridge and nftables:
 *
 *   home A (browser) ── router A (NAT) ──┐                 ┌── router B (NAT) ── home B (browser)
 *        192.0.2.0/24     203.0.113.10   └─ internet ns ───┘   203.0.113.20     198.51.100.0/24
 *                                          bridge 203.0.113.0/24, coturn on 203.0.113.3
 *
 * A `public` peer's home hangs on the internet bridge directly, with 203.0.113.10 (A) or .20 (B)
 * as its own address. Only documentation ranges (RFC 5737) are used, and the internet namespace
 * has no link to the host: nothing routes to the machine's real network.
 */
import { run, runIn } from './exec.js';
import { removeNamespace } from './namespaces.js';

/** @typedef {import('../../nat/types.js').NetworkName} NetworkName */
/** @typedef {import('../../nat/types.js').Topology} Topology */

export const INTERNET_CIDR = '203.0.113.0/24';
/** coturn's address: STUN and TURN on the standard port (RFC 8489 §6, RFC 8656 §4). */
export const SERVER_ADDRESS = '203.0.113.3';
export const SERVER_PORT = 3478;
/** The internet's drop: a gateway address and a locally administered MAC nobody has. */
const DROP_GATEWAY = '203.0.113.254';
const DROP_MAC = '02:00:5e:00:53:fe';

const SIDES = /** @type {const} */ ({
	a: { wan: '203.0.113.10', lanPrefix: '192.0.2', lan: '192.0.2.0/24' },
	b: { wan: '203.0.113.20', lanPrefix: '198.51.100', lan: '198.51.100.0/24' }
});

/**
 * How long a learned UDP mapping and its filter state last without outgoing traffic: RFC 4787
 * REQ-5 asks for at least 2 minutes.
 */
export const UDP_MAPPING_TIMEOUT_S = 120;

/**
 * The nftables ruleset of a router, per network (see src/lib/nat/types.js for the behaviours).
 * `masquerade` without flags keeps the source port when that is free, so one internal
 * address:port gets one public port whatever the destination (endpoint-independent mapping);
 * `random,fully-random` picks a new random port for every new flow (a flow is per destination),
 * which is address-and-port-dependent mapping. conntrack only lets in replies that match a flow's
 * whole 5-tuple, and unsolicited inbound flows are dropped: address-and-port-dependent filtering.
 *
 * `full-cone` and `address-restricted` loosen the UDP filter (RFC 4787 §5) with what the NAT
 * learns as it goes, in the kernel: after masquerade, every outgoing UDP packet writes its
 * mapping (public port → internal address:port, from the connection's conntrack tuples) into a
 * dynamic map, and `address-restricted` also the remote address it went to (remote address .
 * public port) into a dynamic set, both refreshed by each packet and forgotten after
 * UDP_MAPPING_TIMEOUT_S. A new inbound UDP flow to a public port in the map is translated to its
 * internal address:port: from anyone (endpoint-independent filtering), or only from an address
 * the inside has sent to from that port, whatever the remote port (address-dependent filtering).
 * Everything else stays as in `cone`.
 * @param {Exclude<NetworkName, 'public'>} network
 */
export function routerRuleset(network) {
	const masquerade = network === 'symmetric' ? 'masquerade random,fully-random' : 'masquerade';
	const udpBlock = network === 'udp-blocked' ? '\t\tiifname "lan" meta l4proto udp drop\n' : '';
	const loose = network === 'full-cone' || network === 'address-restricted';
	const addressOnly = network === 'address-restricted';
	const learned = loose
		? '\tmap udp_mappings {\n' +
			'\t\ttype inet_service : ipv4_addr . inet_service\n' +
			'\t\tflags dynamic,timeout\n' +
			`\t\ttimeout ${UDP_MAPPING_TIMEOUT_S}s\n` +
			'\t}\n' +
			(addressOnly
				? '\tset udp_contacted {\n' +
					'\t\ttype ipv4_addr . inet_service\n' +
					'\t\tflags dynamic,timeout\n' +
					`\t\ttimeout ${UDP_MAPPING_TIMEOUT_S}s\n` +
					'\t}\n'
				: '') +
			'\tchain prerouting {\n' +
			'\t\ttype nat hook prerouting priority dstnat; policy accept;\n' +
			(addressOnly
				? '\t\tiifname "wan" ip saddr . udp dport @udp_contacted dnat ip to udp dport map @udp_mappings\n'
				: '\t\tiifname "wan" dnat ip to udp dport map @udp_mappings\n') +
			'\t}\n' +
			// after srcnat, so the connection's reply tuple holds the public port masquerade chose
			'\tchain learn {\n' +
			'\t\ttype filter hook postrouting priority srcnat + 1; policy accept;\n' +
			'\t\toifname "wan" meta l4proto udp ct direction original update @udp_mappings { ct reply proto-dst : ct original ip saddr . ct original proto-src }\n' +
			// the inside answering a flow let in by the filter keeps its mapping alive too
			'\t\toifname "wan" meta l4proto udp ct direction reply update @udp_mappings { ct original proto-dst : ct reply ip saddr . ct reply proto-src }\n' +
			(addressOnly
				? '\t\toifname "wan" meta l4proto udp ct direction original update @udp_contacted { ip daddr . ct reply proto-dst }\n' +
					'\t\toifname "wan" meta l4proto udp ct direction reply update @udp_contacted { ip daddr . ct original proto-dst }\n'
				: '') +
			'\t}\n'
		: '';
	return (
		'table ip natlab {\n' +
		learned +
		'\tchain postrouting {\n' +
		'\t\ttype nat hook postrouting priority srcnat; policy accept;\n' +
		`\t\toifname "wan" ${masquerade}\n` +
		'\t}\n' +
		// A packet nobody inside asked for is dropped before conntrack confirms it: else its entry
		// would hold the public port, and masquerade would give the inside's own flow to that peer
		// another port (a clash), breaking endpoint-independent mapping for hole punching.
		'\tchain input {\n' +
		'\t\ttype filter hook input priority filter; policy accept;\n' +
		'\t\tiifname "wan" ct state new drop\n' +
		'\t}\n' +
		'\tchain forward {\n' +
		'\t\ttype filter hook forward priority filter; policy drop;\n' +
		'\t\tct state established,related accept\n' +
		udpBlock +
		'\t\tiifname "lan" oifname "wan" accept\n' +
		(loose ? '\t\tiifname "wan" oifname "lan" ct status dnat accept\n' : '') +
		'\t}\n' +
		'}\n'
	);
}

/**
 * The homes have no DNS server: Chromium's own lookups (it reads the host's resolv.conf) are
 * refused inside the home, so they neither cross the NAT nor fill its mapping table.
 */
export const HOME_RULESET =
	'table ip natlab {\n' +
	'\tchain output {\n' +
	'\t\ttype filter hook output priority filter; policy accept;\n' +
	'\t\tudp dport 53 reject\n' +
	'\t\ttcp dport 53 reject with tcp reset\n' +
	'\t}\n' +
	'}\n';

/**
 * @typedef {object} BuiltTopology
 * @property {Topology} topology
 * @property {string} internet the internet namespace (coturn, the capture)
 * @property {{ a: string, b: string }} homes each peer's namespace (its browser)
 * @property {{ a?: string, b?: string }} routers each NAT's namespace (its conntrack)
 * @property {string[]} namespaces every namespace made, for cleanup
 */

/**
 * @param {string} prefix a lab prefix from newLabPrefix()
 * @param {NetworkName} a
 * @param {NetworkName} b
 * @param {(name: string) => void} created told each namespace as soon as it exists
 * @param {() => boolean} [cancelled] true once the lab is being torn down: stop building
 * @returns {Promise<BuiltTopology>}
 */
export async function buildTopology(prefix, a, b, created, cancelled = () => false) {
	const internet = `${prefix}-inet`;
	/** @type {string[]} */
	const namespaces = [];
	const addNamespace = async (/** @type {string} */ name) => {
		await run('ip', ['netns', 'add', name]);
		namespaces.push(name);
		created(name);
		if (cancelled()) throw new Error('the lab was stopped while its networks were being built');
		await run('ip', ['-n', name, 'link', 'set', 'lo', 'up']);
	};
	const ipn = (/** @type {string} */ ns, /** @type {string[]} */ args) =>
		run('ip', ['-n', ns, ...args]);

	await addNamespace(internet);
	await ipn(internet, ['link', 'add', 'br0', 'type', 'bridge']);
	await ipn(internet, ['addr', 'add', `${SERVER_ADDRESS}/24`, 'dev', 'br0']);
	await ipn(internet, ['link', 'set', 'br0', 'up']);
	// Everything outside 203.0.113.0/24 (a peer's private host candidate, say) is routed into a
	// dummy link that goes nowhere: dropped silently, as the real internet drops private
	// destinations. Without a route coturn's send fails with ENETUNREACH and it tears down the
	// whole allocation, TCP connection included, which no real TURN server on the internet sees.
	// The link is a veth whose other end (in the same namespace) is up and does nothing; the
	// gateway is a fixed neighbour entry, so no ARP is ever asked and sends never error.
	await ipn(internet, ['link', 'add', 'nowhere', 'type', 'veth', 'peer', 'name', 'nowhere-end']);
	await ipn(internet, ['link', 'set', 'nowhere-end', 'up']);
	await ipn(internet, ['link', 'set', 'nowhere', 'up']);
	await ipn(internet, [
		'neigh',
		'add',
		DROP_GATEWAY,
		'lladdr',
		DROP_MAC,
		'dev',
		'nowhere',
		'nud',
		'permanent'
	]);
	await ipn(internet, ['route', 'add', 'default', 'via', DROP_GATEWAY, 'dev', 'nowhere', 'onlink']);

	/**
	 * A veth from `ns` (named `name`) to a port of the internet bridge (named `port`).
	 * @param {string} ns
	 * @param {string} name
	 * @param {string} port
	 * @param {string} address
	 */
	const plugIntoInternet = async (ns, name, port, address) => {
		await ipn(ns, ['link', 'add', name, 'type', 'veth', 'peer', 'name', port, 'netns', internet]);
		await ipn(internet, ['link', 'set', port, 'master', 'br0']);
		await ipn(internet, ['link', 'set', port, 'up']);
		await ipn(ns, ['addr', 'add', `${address}/24`, 'dev', name]);
		await ipn(ns, ['link', 'set', name, 'up']);
		// A default route only so that Chromium finds a default interface; it leads to the
		// internet namespace, which forwards nothing and has no other link.
		await ipn(ns, ['route', 'add', 'default', 'via', SERVER_ADDRESS]);
	};

	/** @type {Partial<Topology>} */
	const topology = { internet: INTERNET_CIDR };
	/** @type {Record<'a' | 'b', string>} */
	const homes = { a: '', b: '' };
	/** @type {{ a?: string, b?: string }} */
	const routers = {};
	for (const [side, network] of /** @type {const} */ ([
		['a', a],
		['b', b]
	])) {
		const plan = SIDES[side];
		const home = `${prefix}-h${side}`;
		await addNamespace(home);
		homes[side] = home;
		await runIn(home, 'nft', ['-f', '-'], { input: HOME_RULESET });
		if (network === 'public') {
			await plugIntoInternet(home, 'eth0', `p${side}`, plan.wan);
			topology[side] = { network, lan: INTERNET_CIDR, host: plan.wan };
			continue;
		}
		const router = `${prefix}-r${side}`;
		await addNamespace(router);
		routers[side] = router;
		await plugIntoInternet(router, 'wan', `p${side}`, plan.wan);
		await ipn(router, [
			'link',
			'add',
			'lan',
			'type',
			'veth',
			'peer',
			'name',
			'eth0',
			'netns',
			home
		]);
		await ipn(router, ['addr', 'add', `${plan.lanPrefix}.1/24`, 'dev', 'lan']);
		await ipn(router, ['link', 'set', 'lan', 'up']);
		await ipn(home, [
			'addr',
			'add',
			`${plan.lanPrefix}.${side === 'a' ? 10 : 20}/24`,
			'dev',
			'eth0'
		]);
		await ipn(home, ['link', 'set', 'eth0', 'up']);
		await ipn(home, ['route', 'add', 'default', 'via', `${plan.lanPrefix}.1`]);
		await runIn(router, 'sysctl', ['-qw', 'net.ipv4.ip_forward=1']);
		await runIn(router, 'nft', ['-f', '-'], { input: routerRuleset(network) });
		topology[side] = {
			network,
			lan: plan.lan,
			host: `${plan.lanPrefix}.${side === 'a' ? 10 : 20}`,
			natPublic: plan.wan
		};
	}
	return {
		topology: /** @type {Topology} */ (topology),
		internet,
		homes: { a: homes.a, b: homes.b },
		routers,
		namespaces
	};
}

/**
 * Adds `tc netem` delay on the internet side of every link into the bridge, so a relayed path
 * (two more link crossings) costs visibly more than a direct one. Resolves false when the kernel
 * has no netem qdisc.
 * @param {string} internet
 * @param {number} delayMs
 */
export async function addNetemDelay(internet, delayMs) {
	for (const port of ['pa', 'pb']) {
		const { code } = await run(
			'tc',
			['-n', internet, 'qdisc', 'add', 'dev', port, 'root', 'netem', 'delay', `${delayMs}ms`],
			{ allowFail: true }
		);
		if (code !== 0) return false;
	}
	return true;
}

/** @param {string[]} namespaces */
export async function removeTopology(namespaces) {
	for (const name of [...namespaces].reverse()) await removeNamespace(name);
}
