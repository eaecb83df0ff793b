// @ts-check
// Pure helpers for the lab's two peers: their RTCConfiguration, candidate fields and pair RTTs.
import { SERVER_ADDRESS, SERVER_PORT } from './topology.js';

/** @typedef {import('../../nat/types.js').ServerSet} ServerSet */

/** @param {ServerSet} servers @param {{ username: string, credential: string } | null} turn */
export function rtcConfiguration(servers, turn) {
	const stun = { urls: `stun:${SERVER_ADDRESS}:${SERVER_PORT}` };
	const turnUrl = (/** @type {string} */ transport) =>
		`turn:${SERVER_ADDRESS}:${SERVER_PORT}?transport=${transport}`;
	const relay = (/** @type {string[]} */ transports) => ({
		urls: transports.map(turnUrl),
		username: turn?.username,
		credential: turn?.credential
	});
	switch (servers) {
		case 'none':
			return { iceServers: [] };
		case 'stun':
			return { iceServers: [stun] };
		case 'stun+turn':
			return { iceServers: [stun, relay(['udp', 'tcp'])] };
		case 'turn-only':
			return { iceServers: [relay(['udp', 'tcp'])], iceTransportPolicy: 'relay' };
		case 'turn-tcp-only':
			return { iceServers: [relay(['tcp'])], iceTransportPolicy: 'relay' };
	}
}

/** @param {string} line */
export function candidateFields(line) {
	const parts = line.replace(/^candidate:/, '').split(/\s+/);
	const at = (/** @type {string} */ key) => {
		const i = parts.indexOf(key);
		return i >= 0 ? parts[i + 1] : undefined;
	};
	return {
		protocol: parts[2]?.toLowerCase(),
		address: parts[4],
		port: Number(parts[5]),
		type: at('typ'),
		relatedAddress: at('raddr'),
		relatedPort: at('rport') === undefined ? undefined : Number(at('rport')),
		tcpType: at('tcptype')
	};
}

/**
 * @typedef {object} PairStat
 * @property {string} id
 * @property {string} state
 * @property {boolean} nominated
 * @property {boolean} selected
 * @property {string | null} local
 * @property {string | null} remote
 * @property {string} localType
 * @property {string} remoteType
 * @property {string | null} localRelayProtocol
 * @property {number} totalRoundTripTime
 * @property {number} responsesReceived
 */

/**
 * Mean RTT of the pairs that got answers, direct (no relay) and relayed, in ms.
 * @param {PairStat[]} pairs
 */
export function rttOf(pairs) {
	/** @param {(p: PairStat) => boolean} pick */
	const best = (pick) => {
		const rtts = pairs
			.filter((p) => pick(p) && p.responsesReceived > 0)
			.map((p) => (p.totalRoundTripTime / p.responsesReceived) * 1000);
		return rtts.length ? Math.round(Math.min(...rtts) * 100) / 100 : undefined;
	};
	/** @type {{ direct?: number, relayed?: number }} */
	const rttMs = {};
	const direct = best((p) => p.localType !== 'relay' && p.remoteType !== 'relay');
	const relayed = best((p) => p.localType === 'relay' || p.remoteType === 'relay');
	if (direct !== undefined) rttMs.direct = direct;
	if (relayed !== undefined) rttMs.relayed = relayed;
	return rttMs;
}
