// @ts-check
/**
 * The signaling server's options and their defaults: each limit named, so that a test or a
 * deployment can change it, and the reason for each default said once.
 */
import { MAX_PAYLOAD_BYTES } from '../../signaling/protocol.js';
import { createMemoryRegistry } from './rooms.js';

/**
 * @typedef {object} SignalingOptions
 * @property {() => number} [now] clock in milliseconds (Date.now)
 * @property {(line: Record<string, unknown>) => void} [log] one structured log line; default: JSON on stdout
 * @property {import('./rooms.js').RoomRegistry} [registry] where rooms live; default in memory
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
const DEFAULT_RATE_CAPACITY = 100;
const DEFAULT_RATE_PER_SECOND = 20;
const DEFAULT_RATE_STRIKES = 50;
/** Long enough for a proxy that drops silent connections after 60 s to keep ours open. */
const DEFAULT_HEARTBEAT_MS = 30_000;
const DEFAULT_IDLE_ROOM_MS = 60 * 60_000;
/** An empty room stays a while, so a reloaded page or a restarted server's clients can rejoin it. */
const DEFAULT_EMPTY_ROOM_MS = 10 * 60_000;
const DEFAULT_SWEEP_MS = 60_000;
/**
 * Caps on what one server holds, so a client cannot make it keep rooms and sockets without limit.
 * A room costs a few hundred bytes and a connection a few KB: these stay far below a small VM's
 * memory while leaving room for a whole school. Per address, the counts fit a classroom behind
 * one NAT (30 pupils with two devices each, reloading) yet stop one machine filling the server.
 */
const DEFAULT_MAX_ROOMS = 10_000;
const DEFAULT_MAX_CONNECTIONS = 10_000;
const DEFAULT_MAX_CONNECTIONS_PER_ADDRESS = 200;
const DEFAULT_MAX_ROOMS_PER_ADDRESS = 200;
/** A page opens a new connection for each join it makes (reset, reconnect): a few are plenty. */
const DEFAULT_MAX_JOINS_PER_CONNECTION = 20;

/**
 * @typedef {object} Settings every option with its value, for the server's parts
 * @property {() => number} now
 * @property {(line: Record<string, unknown>) => void} log
 * @property {import('./rooms.js').RoomRegistry} registry
 * @property {number} maxPayload
 * @property {number} heartbeatMs 0: no timer
 * @property {number} sweepMs 0: no timer
 * @property {number} idleRoomMs
 * @property {number} emptyRoomMs
 * @property {number} rateCapacity
 * @property {number} ratePerSecond
 * @property {number} rateStrikes
 * @property {number} maxRooms
 * @property {number} maxConnections
 * @property {number} maxConnectionsPerAddress
 * @property {number} maxRoomsPerAddress
 * @property {number} maxJoinsPerConnection
 */

/**
 * @param {SignalingOptions} options
 * @returns {Settings}
 */
export function settingsFrom(options) {
	return {
		now: options.now ?? Date.now,
		log:
			options.log ??
			((line) => console.log(JSON.stringify({ t: new Date().toISOString(), ...line }))),
		registry: options.registry ?? createMemoryRegistry(),
		maxPayload: options.maxPayload ?? MAX_PAYLOAD_BYTES,
		heartbeatMs: options.heartbeatMs ?? DEFAULT_HEARTBEAT_MS,
		sweepMs: options.sweepMs ?? DEFAULT_SWEEP_MS,
		idleRoomMs: options.idleRoomMs ?? DEFAULT_IDLE_ROOM_MS,
		emptyRoomMs: options.emptyRoomMs ?? DEFAULT_EMPTY_ROOM_MS,
		rateCapacity: options.rateCapacity ?? DEFAULT_RATE_CAPACITY,
		ratePerSecond: options.ratePerSecond ?? DEFAULT_RATE_PER_SECOND,
		rateStrikes: options.rateStrikes ?? DEFAULT_RATE_STRIKES,
		maxRooms: options.maxRooms ?? DEFAULT_MAX_ROOMS,
		maxConnections: options.maxConnections ?? DEFAULT_MAX_CONNECTIONS,
		maxConnectionsPerAddress:
			options.maxConnectionsPerAddress ?? DEFAULT_MAX_CONNECTIONS_PER_ADDRESS,
		maxRoomsPerAddress: options.maxRoomsPerAddress ?? DEFAULT_MAX_ROOMS_PER_ADDRESS,
		maxJoinsPerConnection: options.maxJoinsPerConnection ?? DEFAULT_MAX_JOINS_PER_CONNECTION
	};
}
