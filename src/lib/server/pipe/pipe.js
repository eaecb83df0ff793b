// @ts-check
/**
 * One UDP pipe of the fault lab: two sockets on one address of this server, a face per peer.
 * A datagram that arrives at peer A's face from A's real address leaves from B's face to B's real
 * address, and the other way round, one datagram out for one in (no amplification). Anything else
 * (another sender, a peer not routed yet, any datagram after the cut) is dropped and counted.
 * Cutting is for good: the path between the peers is gone, as when a network goes away.
 *
 * The addresses are checked by the caller (interfaces.js); this module only moves datagrams.
 */
import dgram from 'node:dgram';
import { PEER_ROLES, otherPeer } from '../../vocabulary.js';

/** @typedef {import('../../vocabulary.js').PeerRole} PeerRole */
/** @typedef {{ address: string; port: number }} Endpoint */

/**
 * @typedef {object} PipeCounts
 * @property {'open' | 'cut'} state
 * @property {Record<PeerRole, number>} forwarded datagrams from each peer delivered to the other
 * @property {number} dropped datagrams not forwarded
 */

/**
 * @typedef {object} Pipe
 * @property {string} address
 * @property {4 | 6} family
 * @property {Record<PeerRole, number>} faces the UDP port of each peer's face
 * @property {(peer: PeerRole, endpoint: Endpoint) => void} route
 * @property {() => PipeCounts} cut
 * @property {() => PipeCounts} counts
 * @property {() => Promise<void>} close
 * @property {boolean} closed
 */

/**
 * @param {dgram.Socket} socket
 * @param {string} address
 * @returns {Promise<void>}
 */
function bind(socket, address) {
	return new Promise((resolve, reject) => {
		socket.once('error', reject);
		socket.bind(0, address, () => {
			socket.off('error', reject);
			resolve();
		});
	});
}

/** @param {dgram.Socket} socket */
function closeSocket(socket) {
	return new Promise((resolve) => {
		try {
			socket.close(() => resolve(undefined));
		} catch {
			resolve(undefined); // never bound, or already closed
		}
	});
}

/**
 * Opens a pipe: binds both faces on `address` (port 0: the system picks free ports).
 * @param {string} address an address of this server, as the system writes it
 * @param {4 | 6} family
 * @param {object} [options]
 * @param {(error: Error) => void} [options.onError] a socket error after binding (the pipe
 *   closes itself first)
 * @param {(endpoint: Endpoint) => boolean} [options.isPipeFace] whether a sender is a face of
 *   some pipe: its datagrams are dropped, so that pipes routed at each other can never loop
 * @returns {Promise<Pipe>}
 */
export async function openPipe(
	address,
	family,
	{ onError = () => {}, isPipeFace = () => false } = {}
) {
	const type = family === 4 ? 'udp4' : 'udp6';
	/** @type {Record<PeerRole, dgram.Socket>} */
	const sockets = { A: dgram.createSocket(type), B: dgram.createSocket(type) };
	try {
		await Promise.all(PEER_ROLES.map((peer) => bind(sockets[peer], address)));
	} catch (error) {
		await Promise.all(PEER_ROLES.map((peer) => closeSocket(sockets[peer])));
		throw error;
	}
	/** @type {Partial<Record<PeerRole, Endpoint>>} */
	const routes = {};
	/** @type {PipeCounts} */
	const tally = { state: 'open', forwarded: { A: 0, B: 0 }, dropped: 0 };
	/** @type {Promise<void> | null} */
	let closing = null;

	const snapshot = () => ({ ...tally, forwarded: { ...tally.forwarded } });

	for (const from of PEER_ROLES) {
		const to = otherPeer(from);
		sockets[from].on('message', (datagram, sender) => {
			const source = routes[from];
			const target = routes[to];
			const fromPeer = source && sender.address === source.address && sender.port === source.port;
			if (tally.state === 'cut' || !fromPeer || !target || isPipeFace(sender)) {
				tally.dropped++;
				return;
			}
			tally.forwarded[from]++;
			// A failed send (the peer's socket is gone) is the datagram lost, as on a real network.
			sockets[to].send(datagram, target.port, target.address, () => {});
		});
		sockets[from].on('error', (error) => {
			void pipe.close();
			onError(error);
		});
	}

	/** @type {Pipe} */
	const pipe = {
		address,
		family,
		faces: { A: sockets.A.address().port, B: sockets.B.address().port },
		route(peer, endpoint) {
			routes[peer] = { address: endpoint.address, port: endpoint.port };
		},
		cut() {
			tally.state = 'cut';
			return snapshot();
		},
		counts: snapshot,
		close() {
			closing ??= Promise.all(PEER_ROLES.map((peer) => closeSocket(sockets[peer]))).then(
				() => undefined
			);
			return closing;
		},
		get closed() {
			return closing !== null;
		}
	};
	return pipe;
}
