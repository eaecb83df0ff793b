// @ts-check
/**
 * Peerscope's signaling server: a `ws` WebSocket server in noServer mode, attached to the app's
 * own http server (server.js in production, a Vite plugin in `npm run dev`) on SIGNAL_PATH. It
 * only relays: a client joins a room of two, and what it sends reaches the other peer of that
 * room and nobody else. Every frame is checked against the shared protocol before it is used.
 *
 * Limits, each named in the options: frame size, a per-connection token bucket, idle and empty
 * room expiry, ping/pong heartbeats, and the Origin of the upgrade request. Time (clock and
 * intervals) is injectable so that tests drive it instead of sleeping.
 */
import { randomBytes } from 'node:crypto';
import process from 'node:process';
import { WebSocketServer } from 'ws';
import { MAX_PAYLOAD_BYTES, SIGNAL_PATH, parseClientMessage } from '../../signaling/protocol.js';
import { createMemoryRegistry } from './rooms.js';
import { TokenBucket } from './tokenBucket.js';

/** @typedef {import('../../signaling/protocol.js').PeerRole} PeerRole */
/** @typedef {import('../../signaling/protocol.js').ServerMessage} ServerMessage */
/** @typedef {import('../../signaling/protocol.js').ErrorCode} ErrorCode */
/** @typedef {import('./rooms.js').RoomRegistry} RoomRegistry */

/**
 * @typedef {object} SignalingOptions
 * @property {() => number} [now] clock in milliseconds (Date.now)
 * @property {(line: Record<string, unknown>) => void} [log] one structured log line; default: JSON on stdout
 * @property {RoomRegistry} [registry] where rooms live; default in memory
 * @property {number} [maxPayload] largest accepted frame in bytes
 * @property {number} [heartbeatMs] ping interval; a client that missed the previous pong is cut. 0: no timer (call heartbeat())
 * @property {number} [sweepMs] how often rooms are checked for expiry. 0: no timer (call sweep())
 * @property {number} [idleRoomMs] a room with no join or message for this long expires
 * @property {number} [emptyRoomMs] a room nobody is in expires after this long
 * @property {number} [rateCapacity] messages a connection may send in a burst
 * @property {number} [ratePerSecond] sustained messages per second per connection
 * @property {number} [rateStrikes] refused messages after which the connection is closed
 * @property {number} [maxRooms] rooms the server holds at once; a join that would create one more gets server-busy
 * @property {number} [maxConnections] open connections; one more is told server-busy and closed
 * @property {number} [maxConnectionsPerAddress] open connections from one client address (an IPv6 /64)
 * @property {number} [maxRoomsPerAddress] live rooms created from one client address
 * @property {number} [maxJoinsPerConnection] joins one connection may make in its life
 */

/** A browser gathers a few dozen candidates in a burst; this lets a whole call through at once. */
export const DEFAULT_RATE_CAPACITY = 100;
export const DEFAULT_RATE_PER_SECOND = 20;
export const DEFAULT_RATE_STRIKES = 50;
/** Long enough for a proxy that drops silent connections after 60 s to keep ours open. */
export const DEFAULT_HEARTBEAT_MS = 30_000;
export const DEFAULT_IDLE_ROOM_MS = 60 * 60_000;
/** An empty room stays a while, so a reloaded page or a restarted server's clients can rejoin it. */
export const DEFAULT_EMPTY_ROOM_MS = 10 * 60_000;
export const DEFAULT_SWEEP_MS = 60_000;
/**
 * Caps on what one server holds, so a client cannot make it keep rooms and sockets without limit.
 * A room costs a few hundred bytes and a connection a few KB: these stay far below a small VM's
 * memory while leaving room for a whole school. Per address, the counts fit a classroom behind
 * one NAT (30 pupils with two devices each, reloading) yet stop one machine filling the server.
 */
export const DEFAULT_MAX_ROOMS = 10_000;
export const DEFAULT_MAX_CONNECTIONS = 10_000;
export const DEFAULT_MAX_CONNECTIONS_PER_ADDRESS = 200;
export const DEFAULT_MAX_ROOMS_PER_ADDRESS = 200;
/** A page opens a new connection for each join it makes (reset, reconnect): a few are plenty. */
export const DEFAULT_MAX_JOINS_PER_CONNECTION = 20;

/** WebSocket close codes (RFC 6455 §7.4.1). */
const CLOSE_NORMAL = 1000;
const CLOSE_GOING_AWAY = 1001;
const CLOSE_POLICY = 1008;
/**
 * What the server queues for one connection that does not read (beyond the kernel's socket
 * buffers) before it gives up on it: a few dozen full-size frames, far more than a call needs.
 */
export const MAX_BUFFERED_BYTES = 1024 * 1024;
/** Try Again Later (IANA WebSocket close code registry): the server is at a limit. */
const CLOSE_TRY_LATER = 1013;
/** Application close code (4000-4999 are private, RFC 6455 §7.4.2): a newer connection took over. */
const CLOSE_REPLACED = 4000;
/** 128 bits: the resume secret cannot be guessed within a room's lifetime. */
const RESUME_BYTES = 16;

/**
 * Logs name a room by its first group only: the full id is what lets someone join, and log
 * files travel further than the room link should.
 * @param {string | null} room
 */
export function roomTag(room) {
	return room ? `${room.slice(0, 4)}…` : null;
}

/**
 * Whether an upgrade request may open a signaling connection. Browsers always send Origin on a
 * WebSocket handshake, so a page from another site is refused here (a cross-site WebSocket is not
 * stopped by CORS). Clients that are not browsers send none, and could forge it anyway, so a
 * missing Origin is allowed. Behind a proxy that rewrites Host, the app's public origin (the
 * ORIGIN that adapter-node also reads) is accepted as well.
 * @param {import('node:http').IncomingMessage} req
 * @param {string | undefined} [publicOrigin]
 */
export function originAllowed(req, publicOrigin = process.env.ORIGIN) {
	const origin = req.headers.origin;
	if (origin === undefined) return true;
	try {
		const { host } = new URL(origin);
		if (host === req.headers.host) return true;
		return publicOrigin !== undefined && publicOrigin !== '' && new URL(publicOrigin).host === host;
	} catch {
		return false;
	}
}

/**
 * The address a connection counts against: the client's IP, or its /64 for IPv6 (one host
 * normally holds a whole /64, so counting single IPv6 addresses would limit nothing).
 * @param {string | undefined} remote
 */
export function addressKey(remote) {
	if (!remote) return 'unknown';
	const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(remote);
	if (mapped) return /** @type {string} */ (mapped[1]);
	if (!remote.includes(':')) return remote;
	// Expand `::` to the zero groups it stands for, then keep the first four groups.
	const [head = '', tail = ''] = remote.split('::');
	const left = head ? head.split(':') : [];
	const right = remote.includes('::') && tail ? tail.split(':') : [];
	const groups = remote.includes('::')
		? [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right]
		: left;
	return `${groups
		.slice(0, 4)
		.map((g) => g.toLowerCase().replace(/^0+(?=.)/, ''))
		.join(':')}::/64`;
}

/**
 * Answers an upgrade request with an error status and closes its socket.
 * @param {import('node:stream').Duplex} socket
 * @param {string} status
 */
function refuse(socket, status) {
	socket.on('error', () => socket.destroy());
	socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

/** @param {SignalingOptions} [options] */
export function createSignalingServer(options = {}) {
	const now = options.now ?? Date.now;
	const log =
		options.log ??
		((line) => console.log(JSON.stringify({ t: new Date().toISOString(), ...line })));
	const registry = options.registry ?? createMemoryRegistry();
	const idleRoomMs = options.idleRoomMs ?? DEFAULT_IDLE_ROOM_MS;
	const emptyRoomMs = options.emptyRoomMs ?? DEFAULT_EMPTY_ROOM_MS;
	const rateCapacity = options.rateCapacity ?? DEFAULT_RATE_CAPACITY;
	const ratePerSecond = options.ratePerSecond ?? DEFAULT_RATE_PER_SECOND;
	const rateStrikes = options.rateStrikes ?? DEFAULT_RATE_STRIKES;
	const maxRooms = options.maxRooms ?? DEFAULT_MAX_ROOMS;
	const maxConnections = options.maxConnections ?? DEFAULT_MAX_CONNECTIONS;
	const maxConnectionsPerAddress =
		options.maxConnectionsPerAddress ?? DEFAULT_MAX_CONNECTIONS_PER_ADDRESS;
	const maxRoomsPerAddress = options.maxRoomsPerAddress ?? DEFAULT_MAX_ROOMS_PER_ADDRESS;
	const maxJoinsPerConnection = options.maxJoinsPerConnection ?? DEFAULT_MAX_JOINS_PER_CONNECTION;

	const wss = new WebSocketServer({
		noServer: true,
		maxPayload: options.maxPayload ?? MAX_PAYLOAD_BYTES,
		// Signaling frames are small; compression would cost CPU and open the door to zip bombs.
		perMessageDeflate: false
	});

	/**
	 * @typedef {object} Connection
	 * @property {number} id
	 * @property {string | null} room
	 * @property {PeerRole | null} peer
	 * @property {import('./rooms.js').Member | null} member its place in the registry, while in a room
	 * @property {boolean} alive answered the last ping
	 * @property {TokenBucket} bucket
	 * @property {number} strikes
	 * @property {string} address what the per-address limits count it against (addressKey)
	 * @property {number} joins
	 */
	/** @type {Map<import('ws').WebSocket, Connection>} */
	const connections = new Map();
	let nextId = 1;
	/** @type {WeakMap<import('./rooms.js').Member, Connection>} */
	const memberConnections = new WeakMap();
	/** open connections per address */
	/** @type {Map<string, number>} */
	const connectionsByAddress = new Map();
	/** the address that created each live room, and how many live rooms each address created */
	/** @type {Map<string, string>} */
	const roomCreators = new Map();
	/** @type {Map<string, number>} */
	const roomsByAddress = new Map();
	/**
	 * @param {Map<string, number>} counts
	 * @param {string} key
	 * @param {number} delta
	 */
	const count = (counts, key, delta) => {
		const next = (counts.get(key) ?? 0) + delta;
		if (next > 0) counts.set(key, next);
		else counts.delete(key);
	};
	/** The registry removed a room: it no longer counts against its creator. @param {string} room */
	const forgetRoom = (room) => {
		const creator = roomCreators.get(room);
		if (creator === undefined) return;
		roomCreators.delete(room);
		count(roomsByAddress, creator, -1);
	};

	/**
	 * @param {import('ws').WebSocket} ws
	 * @param {ServerMessage} message
	 */
	const send = (ws, message) => write(ws, JSON.stringify(message));
	/**
	 * Sends a frame unless the connection has stopped reading: a client that never reads its
	 * replies (or a peer that never reads what is relayed to it) would make the server queue them
	 * without limit, so past MAX_BUFFERED_BYTES it is cut instead.
	 * @param {import('ws').WebSocket} ws
	 * @param {string} frame
	 */
	const write = (ws, frame) => {
		if (ws.readyState !== ws.OPEN) return;
		if (ws.bufferedAmount > MAX_BUFFERED_BYTES) {
			const conn = connections.get(ws);
			log({
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
	};
	/**
	 * @param {import('ws').WebSocket} ws
	 * @param {Connection} conn
	 * @param {ErrorCode} code
	 * @param {string} message
	 * @param {string} [inReplyTo]
	 */
	const fail = (ws, conn, code, message, inReplyTo) => {
		log({
			event: 'error',
			conn: conn.id,
			room: roomTag(conn.room),
			peer: conn.peer,
			code,
			inReplyTo
		});
		send(ws, { type: 'error', code, message, ...(inReplyTo ? { inReplyTo } : {}) });
	};

	/**
	 * @param {Connection} conn
	 * @param {string} reason
	 */
	const leave = (conn, reason) => {
		if (!conn.room || !conn.peer || !conn.member) return;
		const removed = registry.leave(conn.room, conn.peer, conn.member, now());
		log({ event: 'leave', conn: conn.id, room: roomTag(conn.room), peer: conn.peer, reason });
		if (removed) forgetRoom(conn.room);
		conn.room = null;
		conn.peer = null;
		conn.member = null;
	};

	/**
	 * @param {import('ws').WebSocket} ws
	 * @param {Connection} conn
	 * @param {string} text
	 */
	/**
	 * Charges one frame, of any kind, to the connection's token bucket: false when it was refused
	 * (answered with rate-limited, or the connection closed after too many strikes).
	 * @param {import('ws').WebSocket} ws
	 * @param {Connection} conn
	 */
	const charge = (ws, conn) => {
		// Frames that were already in flight when the connection began closing are dropped quietly.
		if (ws.readyState !== ws.OPEN) return false;
		if (!conn.bucket.take()) {
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
			fail(
				ws,
				conn,
				'rate-limited',
				`more than ${ratePerSecond} messages a second; this one was dropped`
			);
			return false;
		}
		return true;
	};

	/**
	 * @param {import('ws').WebSocket} ws
	 * @param {Connection} conn
	 * @param {string} text
	 */
	const onFrame = (ws, conn, text) => {
		const parsed = parseClientMessage(text);
		if (!parsed.ok) {
			fail(ws, conn, parsed.code, parsed.reason, parsed.type);
			return;
		}
		const message = parsed.message;
		if (message.type === 'join') {
			if (conn.room) {
				fail(ws, conn, 'already-joined', 'this connection is already in a room', 'join');
				return;
			}
			if (conn.joins >= maxJoinsPerConnection) {
				fail(
					ws,
					conn,
					'too-many-rooms',
					`one connection may join ${maxJoinsPerConnection} rooms; open a new connection`,
					'join'
				);
				return;
			}
			if (!registry.has(message.room)) {
				if (registry.size().rooms >= maxRooms) {
					fail(ws, conn, 'server-busy', 'the server holds as many rooms as it can', 'join');
					return;
				}
				if ((roomsByAddress.get(conn.address) ?? 0) >= maxRoomsPerAddress) {
					fail(
						ws,
						conn,
						'too-many-rooms',
						`your network address already has ${maxRoomsPerAddress} rooms open`,
						'join'
					);
					return;
				}
			}
			conn.joins += 1;
			/** @type {import('./rooms.js').Member} */
			const member = {
				deliver: (frame) => write(ws, frame),
				close: (code, reason) => ws.close(code, reason),
				resume: message.resume ?? randomBytes(RESUME_BYTES).toString('hex')
			};
			memberConnections.set(member, conn);
			const result = registry.join(message.room, member, message.peer, now());
			if (!result.ok) {
				fail(ws, conn, 'room-full', 'this room already has two peers', 'join');
				return;
			}
			if (result.replaced) {
				// The same device, back on a new connection: its old one is closed and forgotten.
				const old = memberConnections.get(result.replaced);
				if (old) {
					log({
						event: 'leave',
						conn: old.id,
						room: roomTag(old.room),
						peer: old.peer,
						reason: 'replaced'
					});
					old.room = null;
					old.peer = null;
					old.member = null;
				}
				result.replaced.close(CLOSE_REPLACED, 'replaced by a new connection');
			}
			if (result.created) {
				roomCreators.set(message.room, conn.address);
				count(roomsByAddress, conn.address, 1);
			}
			conn.room = message.room;
			conn.peer = result.peer;
			conn.member = member;
			log({
				event: 'join',
				conn: conn.id,
				room: roomTag(conn.room),
				peer: conn.peer,
				others: result.others
			});
			send(ws, {
				type: 'joined',
				room: message.room,
				peer: result.peer,
				peers: result.others,
				resume: member.resume
			});
			for (const other of result.others) {
				registry.deliver(
					message.room,
					other,
					JSON.stringify({ type: 'peer-joined', peer: result.peer }),
					now()
				);
			}
			return;
		}
		if (!conn.room || !conn.peer) {
			fail(ws, conn, 'not-in-room', 'join a room first', message.type);
			return;
		}
		const to = conn.peer === 'A' ? 'B' : 'A';
		// The relayed frame is rebuilt from the validated message, so nothing unchecked passes on.
		const relayed = JSON.stringify({ ...message, from: conn.peer });
		const delivered = registry.deliver(conn.room, to, relayed, now());
		if (message.type === 'bye') {
			leave(conn, 'bye');
			return;
		}
		if (!delivered)
			fail(
				ws,
				conn,
				'no-peer',
				'nobody else is in the room; the message was dropped',
				message.type
			);
	};

	wss.on('connection', (ws, /** @type {import('node:http').IncomingMessage} */ req) => {
		const address = addressKey(req?.socket.remoteAddress);
		/** @type {ErrorCode | null} */
		const refused =
			connections.size >= maxConnections
				? 'server-busy'
				: (connectionsByAddress.get(address) ?? 0) >= maxConnectionsPerAddress
					? 'too-many-connections'
					: null;
		if (refused) {
			// Told why over the socket (a browser sees no HTTP status of a refused handshake), then closed.
			log({ event: 'error', code: refused, closed: true });
			send(ws, {
				type: 'error',
				code: refused,
				message:
					refused === 'server-busy'
						? 'the server has as many connections as it takes; try again later'
						: `your network address already has ${maxConnectionsPerAddress} connections open`
			});
			ws.close(CLOSE_TRY_LATER, refused);
			return;
		}
		/** @type {Connection} */
		const conn = {
			id: nextId++,
			room: null,
			peer: null,
			member: null,
			alive: true,
			bucket: new TokenBucket(rateCapacity, ratePerSecond, now),
			strikes: 0,
			address,
			joins: 0
		};
		connections.set(ws, conn);
		count(connectionsByAddress, address, 1);
		ws.on('pong', () => {
			conn.alive = true;
		});
		ws.on('message', (data, isBinary) => {
			// Every frame costs a token, answered or not: otherwise a flood of frames the server
			// refuses (binary ones) would get a reply and a log line each, without limit.
			if (!charge(ws, conn)) return;
			if (isBinary) {
				fail(ws, conn, 'invalid-message', 'signaling messages are JSON text frames');
				return;
			}
			onFrame(ws, conn, data.toString());
		});
		ws.on('error', (error) => {
			// ws closes the connection itself (e.g. 1009 for a frame over maxPayload).
			log({
				event: 'error',
				conn: conn.id,
				room: roomTag(conn.room),
				code: /** @type {NodeJS.ErrnoException} */ (error).code ?? 'socket',
				message: error.message
			});
		});
		ws.on('close', (code) => {
			leave(conn, `closed ${code}`);
			connections.delete(ws);
			count(connectionsByAddress, conn.address, -1);
		});
	});

	/** Pings every connection; one that did not answer the previous ping is cut. */
	const heartbeat = () => {
		for (const [ws, conn] of connections) {
			if (!conn.alive) {
				log({
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
	};

	/** Closes and forgets expired rooms. */
	const sweep = () => {
		for (const { room, members } of registry.expire(now(), idleRoomMs, emptyRoomMs)) {
			log({ event: 'expire', room: roomTag(room), members: members.length });
			forgetRoom(room);
			for (const member of members) {
				member.deliver(
					JSON.stringify({ type: 'error', code: 'room-expired', message: 'the room expired' })
				);
				member.close(CLOSE_NORMAL, 'room expired');
				// The connection is closing; it must not touch the registry again.
				const conn = memberConnections.get(member);
				if (conn) {
					conn.room = null;
					conn.peer = null;
					conn.member = null;
				}
			}
		}
	};

	const timers = [
		options.heartbeatMs !== 0 &&
			setInterval(heartbeat, options.heartbeatMs ?? DEFAULT_HEARTBEAT_MS),
		options.sweepMs !== 0 && setInterval(sweep, options.sweepMs ?? DEFAULT_SWEEP_MS)
	].filter((timer) => timer !== false);
	for (const timer of timers) timer.unref();

	return {
		wss,
		heartbeat,
		sweep,
		/** rooms and members in the registry, and open connections */
		stats: () => ({ ...registry.size(), connections: connections.size }),
		/**
		 * Takes an upgrade request if it is for the signaling path; returns false otherwise so the
		 * caller can hand it to someone else (Vite's HMR socket) or refuse it.
		 * @param {import('node:http').IncomingMessage} req
		 * @param {import('node:stream').Duplex} socket
		 * @param {Buffer} head
		 */
		handleUpgrade(req, socket, head) {
			// A request-target that is not a URL path (`http://[`, `//x:y`) must not throw out of the
			// http server's upgrade listener: an uncaught exception there ends the whole process,
			// coturn with it. It cannot be for us, so it is answered 400 here and the socket closed.
			const target = req.url ?? '/';
			if (!URL.canParse(target, 'http://localhost')) {
				log({ event: 'error', code: 'bad-request-target', target: target.slice(0, 200) });
				refuse(socket, '400 Bad Request');
				return true;
			}
			const path = new URL(target, 'http://localhost').pathname;
			if (path !== SIGNAL_PATH) return false;
			if (!originAllowed(req)) {
				log({ event: 'error', code: 'origin', origin: String(req.headers.origin).slice(0, 200) });
				refuse(socket, '403 Forbidden');
				return true;
			}
			wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
			return true;
		},
		/** Closes every connection (going away) and stops the timers. */
		close() {
			for (const timer of timers) clearInterval(timer);
			for (const ws of connections.keys()) ws.close(CLOSE_GOING_AWAY, 'server shutting down');
			return new Promise((resolve) => wss.close(() => resolve(undefined)));
		}
	};
}
