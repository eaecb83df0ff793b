// @ts-check
/**
 * Finding a port for coturn: the standard one when it is free on every address coturn listens
 * on, for both UDP and TCP (coturn takes both), else a random free one.
 */
import dgram from 'node:dgram';
import net from 'node:net';

/** RFC 8656 §3: the default port for TURN over UDP and TCP. */
export const STANDARD_PORT = 3478;
/** Where a random port is looked for when the standard one is taken: above the registered ports
 * that matter here, below the relay range (turn/coturn.js) and the ephemeral ports. */
const FALLBACK_FLOOR = 20_000;
const FALLBACK_SPAN = 20_000;
const FALLBACK_ATTEMPTS = 50;

/**
 * @param {number} port
 * @param {string} ip
 * @returns {Promise<boolean>}
 */
function tcpFree(port, ip) {
	return new Promise((resolve) => {
		const server = net.createServer();
		server.once('error', () => resolve(false));
		server.listen(port, ip, () => server.close(() => resolve(true)));
	});
}

/**
 * @param {number} port
 * @param {string} ip an IPv4 address (coturn's listening addresses are)
 * @returns {Promise<boolean>}
 */
function udpFree(port, ip) {
	return new Promise((resolve) => {
		const socket = dgram.createSocket('udp4');
		socket.once('error', () => {
			socket.close();
			resolve(false);
		});
		socket.bind(port, ip, () => socket.close(() => resolve(true)));
	});
}

/**
 * @param {number} port
 * @param {string[]} ips
 * @returns {Promise<boolean>} whether UDP and TCP `port` are free on every ip
 */
export async function portFree(port, ips) {
	for (const ip of ips) {
		if (!(await tcpFree(port, ip)) || !(await udpFree(port, ip))) return false;
	}
	return true;
}

/**
 * @param {string[]} ips
 * @param {number | undefined} wanted a port asked for (TURN_PORT): taken as it is
 */
export async function choosePort(ips, wanted) {
	if (wanted !== undefined) return wanted;
	if (await portFree(STANDARD_PORT, ips)) return STANDARD_PORT;
	for (let attempt = 0; attempt < FALLBACK_ATTEMPTS; attempt++) {
		const port = FALLBACK_FLOOR + Math.floor(Math.random() * FALLBACK_SPAN);
		if (await portFree(port, ips)) return port;
	}
	throw new Error('no free port for coturn');
}
