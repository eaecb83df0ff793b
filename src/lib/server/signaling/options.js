// @ts-check
/**
 * The signaling server's options and their defaults: each limit named, so that a test or a
 * deployment can change it, and the reason for each default said once.
 */
import { MAX_PAYLOAD_BYTES } from '../../signaling/protocol.js';
import { HEARTBEAT_MS, jsonLines, SWEEP_MS, withDefaults } from '../settings.js';
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

/** Every option with its value, for the server's parts. @typedef {Required<SignalingOptions>} Settings */

const DEFAULTS = {
	maxPayload: MAX_PAYLOAD_BYTES,
	heartbeatMs: HEARTBEAT_MS,
	sweepMs: SWEEP_MS,
	idleRoomMs: 60 * 60_000,
	/** An empty room stays a while, so a reloaded page or a restarted server's clients can rejoin it. */
	emptyRoomMs: 10 * 60_000,
	/** A browser gathers a few dozen candidates in a burst; this lets a whole call through at once. */
	rateCapacity: 100,
	ratePerSecond: 20,
	rateStrikes: 50,
	/**
	 * Caps on what one server holds, so a client cannot make it keep rooms and sockets without
	 * limit. A room costs a few hundred bytes and a connection a few KB: these stay far below a
	 * small VM's memory while leaving room for a whole school. Per address, the counts fit a
	 * classroom behind one NAT (30 pupils with two devices each, reloading) yet stop one machine
	 * filling the server.
	 */
	maxRooms: 10_000,
	maxConnections: 10_000,
	maxConnectionsPerAddress: 200,
	maxRoomsPerAddress: 200,
	/** A page opens a new connection for each join it makes (reset, reconnect): a few are plenty. */
	maxJoinsPerConnection: 20
};

/**
 * @param {SignalingOptions} options
 * @returns {Settings}
 */
export function settingsFrom(options) {
	return {
		...withDefaults(options, DEFAULTS),
		now: options.now ?? Date.now,
		log: options.log ?? jsonLines(),
		registry: options.registry ?? createMemoryRegistry()
	};
}
