// @ts-check
/**
 * IP address math for the server, one rule each: an address as a number, a CIDR block as the
 * `first-last` range coturn takes, and which addresses are loopback. IPv4 and IPv6 (RFC 4291
 * §2.2 text forms, with an embedded IPv4 tail such as ::ffff:192.0.2.1).
 */
import net from 'node:net';

/**
 * @typedef {object} ParsedIp
 * @property {4 | 6} family
 * @property {bigint} value the address as an unsigned 32- or 128-bit number
 */

/** RFC 4291 §2.5.5.2: IPv4-mapped IPv6 addresses are ::ffff:0:0/96. */
const MAPPED_PREFIX = 0xffffn;

/**
 * @param {string} text IPv4 or IPv6 without brackets (an IPv6 zone, `%eth0`, is ignored)
 * @returns {ParsedIp | null} null when it is not an IP address
 */
export function parseIp(text) {
	const ip = text.replace(/%.*$/, '');
	if (net.isIPv4(ip)) {
		return { family: 4, value: ip.split('.').reduce((n, part) => (n << 8n) + BigInt(part), 0n) };
	}
	if (!net.isIPv6(ip)) return null;
	let groupsText = ip;
	// An embedded IPv4 tail (::ffff:1.2.3.4) becomes its two groups.
	const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(ip)?.[1];
	if (v4) {
		const n = /** @type {ParsedIp} */ (parseIp(v4)).value;
		groupsText = `${ip.slice(0, -v4.length)}${(n >> 16n).toString(16)}:${(n & 0xffffn).toString(16)}`;
	}
	const [head = '', tail] = groupsText.split('::');
	const left = head ? head.split(':') : [];
	const right = tail ? tail.split(':') : [];
	const groups =
		tail === undefined
			? left
			: [...left, ...Array(8 - left.length - right.length).fill('0'), ...right];
	return {
		family: 6,
		value: groups.reduce((n, group) => (n << 16n) + BigInt(`0x${group || '0'}`), 0n)
	};
}

/**
 * The text of an address: dotted IPv4, or eight hexadecimal IPv6 groups (uncompressed, which
 * coturn and net.BlockList both read).
 * @param {bigint} value
 * @param {4 | 6} family
 */
export function formatIp(value, family) {
	if (family === 4) {
		return [24n, 16n, 8n, 0n].map((shift) => String((value >> shift) & 0xffn)).join('.');
	}
	return Array.from({ length: 8 }, (_, i) =>
		((value >> BigInt(112 - 16 * i)) & 0xffffn).toString(16)
	).join(':');
}

/**
 * The IPv4 address inside an IPv4-mapped IPv6 address (::ffff:192.0.2.1), else null.
 * @param {ParsedIp} ip
 */
export function mappedIpv4(ip) {
	if (ip.family !== 6 || ip.value >> 32n !== MAPPED_PREFIX) return null;
	return formatIp(ip.value & 0xffffffffn, 4);
}

/**
 * A CIDR block as coturn's `first-last` address range (its peer-ip options take no prefixes).
 * @param {string} cidr e.g. 192.168.1.20/24 (host bits are ignored)
 */
export function cidrRange(cidr) {
	const [ip = '', prefix = ''] = cidr.split('/');
	const parsed = parseIp(ip);
	const bits = parsed?.family === 4 ? 32n : 128n;
	if (!parsed || !/^\d+$/.test(prefix) || BigInt(prefix) > bits) {
		throw new Error(`not a CIDR block: ${cidr}`);
	}
	const hostMask = (1n << (bits - BigInt(prefix))) - 1n;
	const first = parsed.value & ~hostMask;
	return `${formatIp(first, parsed.family)}-${formatIp(first | hostMask, parsed.family)}`;
}

/**
 * Whether an address is this machine's loopback: IPv4 127.0.0.0/8 (RFC 1122 §3.2.1.3), IPv6 ::1
 * (RFC 4291 §2.5.3) in any of its text forms, and 127/8 as an IPv4-mapped IPv6 address
 * (::ffff:127.0.0.1, which is how a dual-stack socket reports an IPv4 loopback client). Anything
 * that is not an IP address (a host name) is not.
 * @param {string} address
 */
export function isLoopback(address) {
	const ip = parseIp(address);
	if (!ip) return false;
	if (ip.family === 4) return ip.value >> 24n === 127n;
	const v4 = mappedIpv4(ip);
	return v4 ? v4.startsWith('127.') : ip.value === 1n;
}
