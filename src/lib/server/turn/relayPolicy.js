// @ts-check
/**
 * Where the embedded coturn listens and relays, which peers it may relay to, and which of its
 * addresses a browser is given. Pure decisions from the app's address and the machine's network
 * interfaces (passed in, so the tests give their own); turn/coturn.js writes them into coturn's
 * configuration.
 */
import net from 'node:net';
import os from 'node:os';
import { cidrRange, isLoopback } from '../addresses.js';
import { lanAddresses } from '../lan.js';

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

/**
 * Interfaces coturn listens on, from the address the app server binds: loopback always, plus the
 * LAN IPv4 addresses when the app listens on every interface (so phones on the LAN can relay too).
 * @param {string} appHost
 * @param {NodeJS.Dict<os.NetworkInterfaceInfo[]>} [interfaces]
 */
export function listeningIpsFor(appHost, interfaces = os.networkInterfaces()) {
	const ips = ['127.0.0.1'];
	if (appHost === '0.0.0.0' || appHost === '::') ips.push(...lanAddresses(interfaces));
	else if (net.isIPv4(appHost) && appHost !== '127.0.0.1') ips.push(appHost);
	return [...new Set(ips)];
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
 * @typedef {object} RelayPlan
 * @property {string[]} relayIps
 * @property {boolean} allowLoopbackPeers
 * @property {string[]} allowedPeerRanges `first-last` ranges exempt from the denied ones
 */

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
