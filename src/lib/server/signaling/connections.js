// @ts-check
/**
 * The signaling server's open connections and what is counted against them: who may connect
 * (the server's and each address's caps), each connection's token bucket, which connection holds
 * which registry member, the rooms each address created, and writing to a connection without
 * queueing for a client that does not read (backpressure).
 */
import { mappedIpv4, parseIp } from '../addresses.js';
import { TokenBucket } from './tokenBucket.js';

/** @typedef {import('ws').WebSocket} WebSocket */
/** @typedef {import('../../vocabulary.js').PeerRole} PeerRole */
/** @typedef {import('../../signaling/protocol.js').ServerMessage} ServerMessage */
/** @typedef {import('../../signaling/protocol.js').ErrorCode} ErrorCode */
/** @typedef {import('./rooms.js').Member} Member */

/** WebSocket close code (RFC 6455 §7.4.1): a policy violation (here, flooding). */
const CLOSE_POLICY = 1008;
/**
 * What the server queues for one connection that does not read (beyond the kernel's socket
 * buffers) before it gives up on it: a few dozen full-size frames, far more than a call needs.
 */
const MAX_BUFFERED_BYTES = 1024 * 1024;

/**
 * @typedef {object} Connection
 * @property {number} id
 * @property {string | null} room
 * @property {PeerRole | null} peer
 * @property {Member | null} member its place in the registry, while in a room
 * @property {boolean} alive answered the last ping
 * @property {TokenBucket} bucket
 * @property {number} strikes
 * @property {string} address what the per-address limits count it against (addressKey)
 * @property {number} joins
 */

/**
 * Logs name a room by its first group only: the full id is what lets someone join, and log
 * files travel further than the room link should.
 * @param {string | null} room
 */
export function roomTag(room) {
	return room ? `${room.slice(0, 4)}…` : null;
}

/**
 * The address a connection counts against: the client's IP, or its /64 for IPv6 (one host
 * normally holds a whole /64, so counting single IPv6 addresses would limit nothing).
 * @param {string | undefined} remote
 */
export function addressKey(remote) {
	if (!remote) return 'unknown';
	const ip = parseIp(remote);
	if (!ip || ip.family === 4) return remote;
	const v4 = mappedIpv4(ip);
	if (v4) return v4;
	const prefix = Array.from({ length: 4 }, (_, i) =>
		((ip.value >> BigInt(112 - 16 * i)) & 0xffffn).toString(16)
	);
	return `${prefix.join(':')}::/64`;
}

/**
 * The connection no longer holds a place in a room (it left, or the registry let go of it).
 * @param {Connection} conn
 */
export function detach(conn) {
	conn.room = null;
	conn.peer = null;
	conn.member = null;
}

/**
 * @param {Map<string, number>} counts
 * @param {string} key
 * @param {number} delta
 */
function count(counts, key, delta) {
	const next = (counts.get(key) ?? 0) + delta;
	if (next > 0) counts.set(key, next);
	else counts.delete(key);
}

export class Connections {
	/** @type {Map<WebSocket, Connection>} */
	#open = new Map();
	#nextId = 1;
	/** @type {WeakMap<Member, Connection>} */
	#byMember = new WeakMap();
	/** open connections per address @type {Map<string, number>} */
	#perAddress = new Map();
	/** the address that created each live room @type {Map<string, string>} */
	#roomCreators = new Map();
	/** how many live rooms each address created @type {Map<string, number>} */
	#roomsPerAddress = new Map();
	#settings;

	/** @param {import('./options.js').Settings} settings */
	constructor(settings) {
		this.#settings = settings;
	}

	get size() {
		return this.#open.size;
	}

	sockets() {
		return this.#open.keys();
	}

	/**
	 * Why a new connection from `address` is refused, or null when it may open.
	 * @param {string} address
	 * @returns {ErrorCode | null}
	 */
	refusal(address) {
		const { maxConnections, maxConnectionsPerAddress } = this.#settings;
		if (this.#open.size >= maxConnections) return 'server-busy';
		if ((this.#perAddress.get(address) ?? 0) >= maxConnectionsPerAddress) {
			return 'too-many-connections';
		}
		return null;
	}

	/**
	 * @param {WebSocket} ws
	 * @param {string} address
	 * @returns {Connection}
	 */
	open(ws, address) {
		const { rateCapacity, ratePerSecond, now } = this.#settings;
		/** @type {Connection} */
		const conn = {
			id: this.#nextId++,
			room: null,
			peer: null,
			member: null,
			alive: true,
			bucket: new TokenBucket(rateCapacity, ratePerSecond, now),
			strikes: 0,
			address,
			joins: 0
		};
		this.#open.set(ws, conn);
		count(this.#perAddress, address, 1);
		return conn;
	}

	/**
	 * @param {WebSocket} ws
	 * @param {Connection} conn
	 */
	closed(ws, conn) {
		this.#open.delete(ws);
		count(this.#perAddress, conn.address, -1);
	}

	/**
	 * @param {Member} member
	 * @param {Connection} conn
	 */
	bind(member, conn) {
		this.#byMember.set(member, conn);
	}

	/** @param {Member} member */
	holderOf(member) {
		return this.#byMember.get(member);
	}

	/** @param {string} address how many live rooms it created */
	roomsFrom(address) {
		return this.#roomsPerAddress.get(address) ?? 0;
	}

	/**
	 * @param {string} room
	 * @param {string} address
	 */
	roomCreated(room, address) {
		this.#roomCreators.set(room, address);
		count(this.#roomsPerAddress, address, 1);
	}

	/** The registry removed a room: it no longer counts against its creator. @param {string} room */
	forgetRoom(room) {
		const creator = this.#roomCreators.get(room);
		if (creator === undefined) return;
		this.#roomCreators.delete(room);
		count(this.#roomsPerAddress, creator, -1);
	}

	/**
	 * @param {WebSocket} ws
	 * @param {ServerMessage} message
	 */
	send(ws, message) {
		this.write(ws, JSON.stringify(message));
	}

	/**
	 * Sends a frame unless the connection has stopped reading: a client that never reads its
	 * replies (or a peer that never reads what is relayed to it) would make the server queue them
	 * without limit, so past MAX_BUFFERED_BYTES it is cut instead.
	 * @param {WebSocket} ws
	 * @param {string} frame
	 */
	write(ws, frame) {
		if (ws.readyState !== ws.OPEN) return;
		if (ws.bufferedAmount > MAX_BUFFERED_BYTES) {
			const conn = this.#open.get(ws);
			this.#settings.log({
				event: 'error',
				conn: conn?.id,
				room: roomTag(conn?.room ?? null),
				code: 'slow-consumer',
				closed: true
			});
			ws.terminate();
			return;
		}
		ws.send(frame);
	}

	/**
	 * Answers a frame with an error (and logs it); the connection stays open.
	 * @param {WebSocket} ws
	 * @param {Connection} conn
	 * @param {ErrorCode} code
	 * @param {string} message
	 * @param {string} [inReplyTo]
	 */
	fail(ws, conn, code, message, inReplyTo) {
		this.#settings.log({
			event: 'error',
			conn: conn.id,
			room: roomTag(conn.room),
			peer: conn.peer,
			code,
			inReplyTo
		});
		this.send(ws, { type: 'error', code, message, ...(inReplyTo ? { inReplyTo } : {}) });
	}

	/**
	 * Charges one frame, of any kind, to the connection's token bucket: false when it was refused
	 * (answered with rate-limited, or the connection closed after too many strikes).
	 * @param {WebSocket} ws
	 * @param {Connection} conn
	 */
	charge(ws, conn) {
		// Frames that were already in flight when the connection began closing are dropped quietly.
		if (ws.readyState !== ws.OPEN) return false;
		if (conn.bucket.take()) return true;
		const { rateStrikes, ratePerSecond, log } = this.#settings;
		conn.strikes += 1;
		if (conn.strikes >= rateStrikes) {
			log({
				event: 'error',
				conn: conn.id,
				room: roomTag(conn.room),
				code: 'rate-limited',
				closed: true
			});
			ws.close(CLOSE_POLICY, 'rate limit');
			return false;
		}
		this.fail(
			ws,
			conn,
			'rate-limited',
			`more than ${ratePerSecond} messages a second; this one was dropped`
		);
		return false;
	}

	/** Pings every connection; one that did not answer the previous ping is cut. */
	heartbeat() {
		for (const [ws, conn] of this.#open) {
			if (!conn.alive) {
				this.#settings.log({
					event: 'leave',
					conn: conn.id,
					room: roomTag(conn.room),
					peer: conn.peer,
					reason: 'heartbeat timeout'
				});
				ws.terminate();
				continue;
			}
			conn.alive = false;
			ws.ping();
		}
	}
}
