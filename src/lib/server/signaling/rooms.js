// @ts-check
/**
 * The room registry: which connection holds which role in which room, and when each room was
 * last used. The signaling server talks to it only through this interface, so a version that
 * shares rooms between several server processes (each `deliver` published on a broker channel
 * per room, e.g. Redis pub/sub, and membership in a shared hash) can replace the in-memory one
 * without touching the protocol or the server.
 */

/** @typedef {import('../../signaling/protocol.js').PeerRole} PeerRole */

/**
 * @typedef {object} Member
 * @property {(text: string) => void} deliver sends one frame to this member
 * @property {(code: number, reason: string) => void} close ends this member's connection
 * @property {string} resume the secret that lets the same device take its role back
 */

/**
 * @typedef {{ ok: true; peer: PeerRole; others: PeerRole[]; replaced: Member | null; created: boolean } | { ok: false; code: 'room-full' }} JoinResult
 *   replaced: the earlier connection of the same device, which the caller must close;
 *   created: the room did not exist before this join
 */

/**
 * @typedef {object} RoomRegistry
 * @property {(room: string, member: Member, preferred: PeerRole | undefined, now: number) => JoinResult} join
 * @property {(room: string, peer: PeerRole, member: Member, now: number) => boolean} leave
 *   removes the member from its role (if it still holds it: a rejoin may have replaced it);
 *   true when that removed the room itself (it emptied without ever having held two peers)
 * @property {(room: string) => boolean} has whether the room exists
 * @property {(room: string, to: PeerRole, text: string, now: number) => boolean} deliver
 *   sends a frame to one role of a room; false when nobody holds it
 * @property {(room: string, now: number) => void} touch marks the room as used
 * @property {(now: number, idleMs: number, emptyMs: number) => { room: string; members: Member[] }[]} expire
 *   removes the rooms unused for idleMs, or empty for emptyMs, and returns them with who was in them
 * @property {() => { rooms: number; members: number }} size
 */

/**
 * @typedef {object} Room
 * @property {Map<PeerRole, Member>} members
 * @property {number} usedAt last join or message
 * @property {number | null} emptySince
 * @property {boolean} paired both roles were held at some time: a call took place in it
 */

/** @returns {RoomRegistry} */
export function createMemoryRegistry() {
	/** @type {Map<string, Room>} */
	const rooms = new Map();
	/** @type {readonly PeerRole[]} */
	const ROLES = ['A', 'B'];

	return {
		join(roomId, member, preferred, now) {
			let room = rooms.get(roomId);
			const created = !room;
			if (!room) {
				room = { members: new Map(), usedAt: now, emptySince: null, paired: false };
				rooms.set(roomId, room);
			}
			const free = ROLES.filter((role) => !room.members.has(role));
			// A peer that asks for its role back (after a reconnect) gets that role or nothing: a caller
			// must never come back as the callee. If its old connection still holds the role (the
			// server has not noticed it is dead yet), the resume secret proves it is the same device.
			const holder = preferred ? room.members.get(preferred) : undefined;
			const replaced =
				holder && member.resume !== '' && holder.resume === member.resume ? holder : null;
			const peer = preferred
				? free.includes(preferred) || replaced
					? preferred
					: undefined
				: free[0];
			if (!peer) return { ok: false, code: 'room-full' };
			const others = [...room.members.keys()].filter((role) => role !== peer);
			room.members.set(peer, member);
			room.usedAt = now;
			room.emptySince = null;
			if (room.members.size === ROLES.length) room.paired = true;
			return { ok: true, peer, others, replaced, created };
		},
		leave(roomId, peer, member, now) {
			const room = rooms.get(roomId);
			if (!room || room.members.get(peer) !== member) return false;
			room.members.delete(peer);
			if (room.members.size > 0) return false;
			// A room where nobody ever met holds nothing worth keeping: the one who left can create it
			// again by joining. Dropping it at once means join/leave churn leaves no rooms behind.
			if (!room.paired) {
				rooms.delete(roomId);
				return true;
			}
			// A room where a call took place is kept for a while, so a reloaded page or a restarted
			// phone can come back to it and find the other device.
			room.emptySince = now;
			return false;
		},
		has(roomId) {
			return rooms.has(roomId);
		},
		deliver(roomId, to, text, now) {
			const room = rooms.get(roomId);
			const member = room?.members.get(to);
			if (!room || !member) return false;
			room.usedAt = now;
			member.deliver(text);
			return true;
		},
		touch(roomId, now) {
			const room = rooms.get(roomId);
			if (room) room.usedAt = now;
		},
		expire(now, idleMs, emptyMs) {
			/** @type {{ room: string; members: Member[] }[]} */
			const expired = [];
			for (const [roomId, room] of rooms) {
				const empty = room.emptySince !== null && now - room.emptySince >= emptyMs;
				const idle = now - room.usedAt >= idleMs;
				if (empty || idle) {
					expired.push({ room: roomId, members: [...room.members.values()] });
					rooms.delete(roomId);
				}
			}
			return expired;
		},
		size() {
			let members = 0;
			for (const room of rooms.values()) members += room.members.size;
			return { rooms: rooms.size, members };
		}
	};
}
