// @ts-check
/**
 * The addresses this machine has on the local network, and the LAN URLs of the app: server.js
 * works them out once it listens and publishes them in the environment; /call/lan reads them back
 * for a page opened on loopback, whose join link would otherwise send the other device to itself.
 */
import os from 'node:os';

/** Where server.js publishes the URLs (a JSON array) it answers on from the local network. */
export const LAN_URLS_ENV = 'PEERSCOPE_LAN_URLS';

/**
 * The machine's own IPv4 addresses on its network interfaces, loopback left out.
 * @param {NodeJS.Dict<os.NetworkInterfaceInfo[]>} [interfaces]
 */
export function lanAddresses(interfaces = os.networkInterfaces()) {
	return Object.values(interfaces)
		.flatMap((addresses) => addresses ?? [])
		.filter((address) => address.family === 'IPv4' && !address.internal)
		.map((address) => address.address);
}

/**
 * The URLs of an app that listens on every interface at `port`, as a device on the LAN opens it.
 * @param {number} port
 * @param {NodeJS.Dict<os.NetworkInterfaceInfo[]>} [interfaces]
 */
export function interfaceUrls(port, interfaces) {
	return lanAddresses(interfaces).map((address) => `http://${address}:${port}`);
}

/**
 * The LAN URLs server.js published, or none (dev server, bound to loopback, bad value).
 * @param {Record<string, string | undefined>} env
 * @returns {string[]}
 */
export function publishedLanUrls(env) {
	try {
		/** @type {unknown} */
		const parsed = JSON.parse(env[LAN_URLS_ENV] ?? '[]');
		if (!Array.isArray(parsed)) return [];
		return parsed.filter((u) => typeof u === 'string' && /^https?:\/\//.test(u));
	} catch {
		return [];
	}
}
