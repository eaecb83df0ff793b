// @ts-check
/**
 * Which addresses the fault lab's pipe may use: only this server's own interface addresses, both
 * for the sockets it binds and for the peers it forwards to. So the pipe forwards between two
 * sockets of this very machine (a browser on loopback in the tests, or the LAN address of a
 * student's own `npm start`) and can never be pointed at somebody else's host.
 */
import os from 'node:os';
import { parseIp } from '../addresses.js';

/**
 * @typedef {object} LocalAddress
 * @property {string} address as the operating system writes it (what the socket binds)
 * @property {4 | 6} family
 * @property {bigint} value
 */

/**
 * The addresses of this machine's interfaces, from `os.networkInterfaces()` (or the map given).
 * @param {ReturnType<typeof os.networkInterfaces>} [interfaces]
 * @returns {LocalAddress[]}
 */
export function localAddresses(interfaces = os.networkInterfaces()) {
	/** @type {LocalAddress[]} */
	const found = [];
	for (const infos of Object.values(interfaces)) {
		for (const info of infos ?? []) {
			// A link-local IPv6 address needs its zone to bind; the pipe offers none (see below).
			if (info.family === 'IPv6' && info.scopeid) continue;
			const ip = parseIp(info.address);
			if (ip) found.push({ address: info.address, family: ip.family, value: ip.value });
		}
	}
	return found;
}

/**
 * @typedef {{ ok: true; local: LocalAddress } | { ok: false; code: 'not-an-address' | 'zoned-address' | 'not-local'; reason: string }} AddressCheck
 */

/**
 * Whether `text` is one of `locals`: the same address in any of its text forms. An mDNS name
 * (`….local`, RFC 6762), which browsers put in place of a host address they keep private, is no
 * address: the server cannot know which machine it names.
 * @param {string} text
 * @param {readonly LocalAddress[]} locals
 * @returns {AddressCheck}
 */
export function checkLocalAddress(text, locals) {
	if (/\.local\.?$/i.test(text)) {
		return {
			ok: false,
			code: 'not-an-address',
			reason: `"${text}" is an mDNS name, not an address: the browser hid its address`
		};
	}
	if (text.includes('%')) {
		return {
			ok: false,
			code: 'zoned-address',
			reason: `"${text}" has an IPv6 zone (link-local): the pipe takes global or loopback addresses`
		};
	}
	const ip = parseIp(text);
	if (!ip) return { ok: false, code: 'not-an-address', reason: `"${text}" is not an IP address` };
	const local = locals.find((l) => l.family === ip.family && l.value === ip.value);
	if (!local) {
		return {
			ok: false,
			code: 'not-local',
			reason: `${text} is not an address of this server: the pipe only joins peers that run on the machine that runs Peerscope`
		};
	}
	return { ok: true, local };
}
