// @ts-check
/**
 * Joining and leaving rooms, and rooms expiring: the server side of `join`, within the server's
 * and each address's caps, with the resume secret that lets a reconnecting device take its role
 * back from its own stale connection.
 */
import { randomBytes } from 'node:crypto';
import { detach, roomTag } from './connections.js';

/** @typedef {import('ws').WebSocket} WebSocket */
/** @typedef {import('./connections.js').Connection} Connection */
/** @typedef {import('../../signaling/protocol.js').ClientMessage} ClientMessage */
/** @typedef {Extract<ClientMessage, { type: 'join' }>} JoinMessage */

/**
 * @typedef {object} Server what the handlers share
 * @property {import('./options.js').Settings} settings
 * @property {import('./connections.js').Connections} connections
 */

/** WebSocket close code (RFC 6455 §7.4.1): the room expired, a normal end. */
const CLOSE_NORMAL = 1000;
/** Application close code (4000-4999 are private, RFC 6455 §7.4.2): a newer connection took over. */
const CLOSE_REPLACED = 4000;
/** 128 bits: the resume secret cannot be guessed within a room's lifetime. */
const RESUME_BYTES = 16;

/**
 * Why this join must be refused before the registry is asked, or null.
 * @param {Server} server
 * @param {Connection} conn
 * @param {JoinMessage} message
 * @returns {[import('../../signaling/protocol.js').ErrorCode, string] | null}
 */
function refusal({ settings, connections }, conn, message) {
	const { maxJoinsPerConnection, maxRooms, maxRoomsPerAddress, registry } = settings;
	if (conn.room) return ['already-joined', 'this connection is already in a room'];
	if (conn.joins >= maxJoinsPerConnection) {
		return [
			'too-many-rooms',
			`one connection may join ${maxJoinsPerConnection} rooms; open a new connection`
		];
	}
	if (registry.has(message.room)) return null;
	if (registry.size().rooms >= maxRooms) {
		return ['server-busy', 'the server holds as many rooms as it can'];
	}
	if (connections.roomsFrom(conn.address) >= maxRoomsPerAddress) {
		return ['too-many-rooms', `your network address already has ${maxRoomsPerAddress} rooms open`];
	}
	return null;
}

/**
 * @param {Server} server
 * @param {WebSocket} ws
 * @param {Connection} conn
 * @param {JoinMessage} message
 */
export function join(server, ws, conn, message) {
	const { settings, connections } = server;
	const { registry, log, now } = settings;
	const refused = refusal(server, conn, message);
	if (refused) {
		connections.fail(ws, conn, refused[0], refused[1], 'join');
		return;
	}
	conn.joins += 1;
	/** @type {import('./rooms.js').Member} */
	const member = {
		deliver: (frame) => connections.write(ws, frame),
		close: (code, reason) => ws.close(code, reason),
		resume: message.resume ?? randomBytes(RESUME_BYTES).toString('hex')
	};
	connections.bind(member, conn);
	const result = registry.join(message.room, member, message.peer, now());
	if (!result.ok) {
		connections.fail(ws, conn, 'room-full', 'this room already has two peers', 'join');
		return;
	}
	if (result.replaced) {
		// The same device, back on a new connection: its old one is closed and forgotten.
		const old = connections.holderOf(result.replaced);
		if (old) {
			log({
				event: 'leave',
				conn: old.id,
				room: roomTag(old.room),
				peer: old.peer,
				reason: 'replaced'
			});
			detach(old);
		}
		result.replaced.close(CLOSE_REPLACED, 'replaced by a new connection');
	}
	if (result.created) connections.roomCreated(message.room, conn.address);
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
	connections.send(ws, {
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
}

/**
 * @param {Server} server
 * @param {Connection} conn
 * @param {string} reason
 */
export function leave({ settings, connections }, conn, reason) {
	if (!conn.room || !conn.peer || !conn.member) return;
	const removed = settings.registry.leave(conn.room, conn.peer, conn.member, settings.now());
	settings.log({
		event: 'leave',
		conn: conn.id,
		room: roomTag(conn.room),
		peer: conn.peer,
		reason
	});
	if (removed) connections.forgetRoom(conn.room);
	detach(conn);
}

/**
 * Closes and forgets expired rooms.
 * @param {Server} server
 */
export function expireRooms({ settings, connections }) {
	const { registry, log, now, idleRoomMs, emptyRoomMs } = settings;
	for (const { room, members } of registry.expire(now(), idleRoomMs, emptyRoomMs)) {
		log({ event: 'expire', room: roomTag(room), members: members.length });
		connections.forgetRoom(room);
		for (const member of members) {
			member.deliver(
				JSON.stringify({ type: 'error', code: 'room-expired', message: 'the room expired' })
			);
			member.close(CLOSE_NORMAL, 'room expired');
			// The connection is closing; it must not touch the registry again.
			const conn = connections.holderOf(member);
			if (conn) detach(conn);
		}
	}
}
