// @ts-check
/**
 * The room registry: which connection holds which role in which room, and when each room was
 * last used. The signaling server talks to it only through this interface, so a version that
 * shares rooms between several server processes (each `deliver` published on a broker channel
 * per room, e.g. Redis pub/sub, and membership in a shared hash) can replace the in-memory one
 * without touching the protocol or the server.
 */

/** @typedef {import('../../vocabulary.js').PeerRole} PeerRole */

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

/** Redis keys and channels of the shared registry. */
const ROOM_PREFIX = 'peerscope:room:';
const ROOM_EVENTS = 'peerscope:rooms';
/** @param {string} instance */
const instanceChannel = (instance) => `peerscope:rooms:${instance}`;
/** A room's membership hash outlives a crashed instance by no more than this. */
const ROOM_KEY_TTL_S = 2 * 60 * 60;

/**
 * @typedef {object} RemoteHolder a role held by a connection on another instance
 * @property {string} instance
 * @property {string} resume
 */

/**
 * @typedef {{ op: 'join'; room: string; role: PeerRole; instance: string; resume: string }
 *   | { op: 'leave'; room: string; role: PeerRole; instance: string }
 *   | { op: 'deliver'; room: string; to: PeerRole; text: string }
 *   | { op: 'replace'; room: string; role: PeerRole }} RoomEvent
 */

/**
 * A registry shared by several app instances through Redis, so that the two devices of a call
 * may sit on different instances. The interface stays synchronous (the signaling server does not
 * wait on the network for a join): each instance keeps its own members as the in-memory registry
 * does, and a mirror of who holds which role on the other instances, kept by join and leave
 * events on one pub/sub channel and loaded from the rooms' Redis hashes at start. A frame for a
 * member on another instance is published on that instance's own channel.
 *
 * What it gives up for that: two devices that join the same empty role of one room on two
 * instances within the same few milliseconds could both get it (each decides from its mirror
 * before the other's event arrives). A room id is 80 random bits handed to exactly two devices,
 * so that takes two devices racing on purpose; the later one's messages then reach nobody.
 *
 * @param {{ client: import('ioredis').Redis; subscriber: import('ioredis').Redis; instance: string }} redis
 * @returns {Promise<RoomRegistry & { close(): Promise<void> }>}
 */
export async function createRedisRegistry({ client, subscriber, instance }) {
	const local = createMemoryRegistry();
	/** which member holds which role here, per room @type {Map<string, Map<PeerRole, Member>>} */
	const mine = new Map();
	/** @type {Map<string, Map<PeerRole, RemoteHolder>>} */
	const remote = new Map();
	/** rooms where both roles were held at some time (a call took place) @type {Set<string>} */
	const paired = new Set();

	/** @param {RoomEvent} event @param {string} [to] */
	const publish = (event, to) =>
		void client.publish(to ? instanceChannel(to) : ROOM_EVENTS, JSON.stringify(event));

	/** @param {string} room */
	const heldRoles = (room) =>
		new Set([...(mine.get(room)?.keys() ?? []), ...(remote.get(room)?.keys() ?? [])]);

	/**
	 * Sets who holds a role, here (`mine`) or on another instance (`remote`), or with null that
	 * nobody there does; a room whose two roles are both held counts as paired from then on.
	 * @template H
	 * @param {Map<string, Map<PeerRole, H>>} holders
	 * @param {string} room
	 * @param {PeerRole} role
	 * @param {H | null} holder
	 */
	function setHolder(holders, room, role, holder) {
		let roles = holders.get(room);
		if (holder) {
			if (!roles) holders.set(room, (roles = new Map()));
			roles.set(role, holder);
			if (heldRoles(room).size === 2) paired.add(room);
		} else if (roles) {
			roles.delete(role);
			if (roles.size === 0) holders.delete(room);
		}
	}

	/** @param {string} room @param {PeerRole} role @param {RemoteHolder | null} holder */
	const setRemote = (room, role, holder) => setHolder(remote, room, role, holder);

	/** @param {string} channel @param {string} text */
	const onMessage = (channel, text) => {
		if (channel !== ROOM_EVENTS && channel !== instanceChannel(instance)) return;
		/** @type {RoomEvent} */
		let event;
		try {
			event = JSON.parse(text);
		} catch {
			return;
		}
		if (event.op === 'join' && event.instance !== instance) {
			setRemote(event.room, event.role, { instance: event.instance, resume: event.resume });
		} else if (event.op === 'leave' && event.instance !== instance) {
			if (remote.get(event.room)?.get(event.role)?.instance === event.instance) {
				setRemote(event.room, event.role, null);
			}
		} else if (event.op === 'deliver') {
			local.deliver(event.room, event.to, event.text, Date.now());
		} else if (event.op === 'replace') {
			// The same device came back on another instance: this one's connection is stale.
			const member = mine.get(event.room)?.get(event.role);
			if (member) member.close(4000, 'replaced by a new connection');
		}
	};
	subscriber.on('message', onMessage);
	await subscriber.subscribe(ROOM_EVENTS, instanceChannel(instance));

	// Members already on other instances, from the rooms' hashes.
	let cursor = '0';
	do {
		const [next, keys] = await client.scan(cursor, 'MATCH', `${ROOM_PREFIX}*`, 'COUNT', 200);
		cursor = next;
		for (const key of keys) {
			const room = key.slice(ROOM_PREFIX.length);
			const roles = await client.hgetall(key);
			for (const [role, json] of Object.entries(roles)) {
				if (role !== 'A' && role !== 'B') continue;
				const holder = /** @type {RemoteHolder} */ (JSON.parse(json));
				if (holder.instance !== instance) setRemote(room, role, holder);
			}
		}
	} while (cursor !== '0');

	/** @param {string} room @param {PeerRole} role @param {Member | null} member */
	const setMine = (room, role, member) => setHolder(mine, room, role, member);

	/** @param {string} room @param {PeerRole} role @param {Member} member */
	const announceJoin = (room, role, member) => {
		const key = `${ROOM_PREFIX}${room}`;
		void client
			.multi()
			.hset(key, role, JSON.stringify({ instance, resume: member.resume }))
			.expire(key, ROOM_KEY_TTL_S)
			.exec();
		publish({ op: 'join', room, role, instance, resume: member.resume });
	};
	/** @param {string} room @param {PeerRole} role */
	const announceLeave = (room, role) => {
		void client.hdel(`${ROOM_PREFIX}${room}`, role);
		publish({ op: 'leave', room, role, instance });
	};

	return {
		join(room, member, preferred, now) {
			const elsewhere = remote.get(room);
			const held = heldRoles(room);
			const created = held.size === 0 && !local.has(room) && !paired.has(room);
			// A device that resumes its role held by a stale connection on another instance takes it
			// back there: that instance is told to close the old connection.
			const stale = preferred ? elsewhere?.get(preferred) : undefined;
			if (preferred && stale && member.resume !== '' && stale.resume === member.resume) {
				publish({ op: 'replace', room, role: preferred }, stale.instance);
				setRemote(room, preferred, null);
				held.delete(preferred);
			}
			const free = /** @type {PeerRole[]} */ (['A', 'B']).filter((role) => !held.has(role));
			// Roles held here are decided by the local registry (it knows the resume secrets).
			const localHolder = preferred ? mine.get(room)?.get(preferred) : undefined;
			const canTake = preferred
				? free.includes(preferred) ||
					(localHolder !== undefined && localHolder.resume === member.resume)
				: free.length > 0;
			if (!canTake) return { ok: false, code: 'room-full' };
			const want = preferred ?? free[0];
			const result = local.join(room, member, want, now);
			if (!result.ok) return result;
			setMine(room, result.peer, member);
			announceJoin(room, result.peer, member);
			const others = [...heldRoles(room)].filter((role) => role !== result.peer);
			return { ...result, others, created };
		},
		leave(room, peer, member, now) {
			if (mine.get(room)?.get(peer) !== member) return false;
			setMine(room, peer, null);
			announceLeave(room, peer);
			const removed = local.leave(room, peer, member, now);
			return removed && !remote.has(room);
		},
		has(room) {
			return local.has(room) || remote.has(room);
		},
		deliver(room, to, text, now) {
			if (local.deliver(room, to, text, now)) return true;
			const holder = remote.get(room)?.get(to);
			if (!holder) return false;
			local.touch(room, now);
			publish({ op: 'deliver', room, to, text }, holder.instance);
			return true;
		},
		touch(room, now) {
			local.touch(room, now);
		},
		expire(now, idleMs, emptyMs) {
			const expired = local.expire(now, idleMs, emptyMs);
			for (const { room } of expired) {
				for (const role of mine.get(room)?.keys() ?? []) announceLeave(room, role);
				mine.delete(room);
				paired.delete(room);
			}
			return expired;
		},
		size() {
			return local.size();
		},
		async close() {
			for (const [room, roles] of mine) for (const role of roles.keys()) announceLeave(room, role);
			mine.clear();
			subscriber.off('message', onMessage);
			await subscriber.unsubscribe(ROOM_EVENTS, instanceChannel(instance));
		}
	};
}
