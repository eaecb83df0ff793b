// @ts-check
/**
 * The class hub's options and their defaults, each limit named once with its reason.
 */
import { randomBytes } from 'node:crypto';
import { MAX_CLASS_PAYLOAD_BYTES } from '../../classroom/protocol.js';
import { HEARTBEAT_MS, jsonLines, SWEEP_MS, withDefaults } from '../settings.js';
import { createMemoryStore } from './store.js';

/**
 * @typedef {object} ClassHubOptions
 * @property {() => number} [now]
 * @property {(line: Record<string, unknown>) => void} [log]
 * @property {import('./store.js').ClassStore} [store] where classes live; default in memory
 * @property {string} [instance] this process's name in a shared store (answers are counted per connection of an instance)
 * @property {number} [maxPayload]
 * @property {number} [heartbeatMs] 0: no timer
 * @property {number} [sweepMs] 0: no timer
 * @property {number} [idleClassMs] a class with no publish for this long ends
 * @property {number} [teacherRateCapacity]
 * @property {number} [teacherRatePerSecond]
 * @property {number} [studentRateCapacity]
 * @property {number} [studentRatePerSecond]
 * @property {number} [rateStrikes]
 * @property {number} [maxClasses]
 * @property {number} [maxStudentsPerClass]
 * @property {number} [maxConnections]
 * @property {number} [maxConnectionsPerAddress]
 * @property {number} [maxLogEntries]
 * @property {number} [maxLogBytes]
 */

const DEFAULTS = {
	maxPayload: MAX_CLASS_PAYLOAD_BYTES,
	heartbeatMs: HEARTBEAT_MS,
	sweepMs: SWEEP_MS,
	/** A lesson with a break in it: a class nobody published to for 3 hours is over. */
	idleClassMs: 3 * 60 * 60_000,
	/**
	 * A teacher's page publishes a batch per rendered frame, and Run all makes a few dozen entries
	 * a second: a burst of 200 and 100 a second leave plenty of room.
	 */
	teacherRateCapacity: 200,
	teacherRatePerSecond: 100,
	/**
	 * A student sends a join and one answer per checkpoint. A few at once and one a second allow a
	 * reload and a misclick; a phone that floods is answered rate-limited, then cut.
	 */
	studentRateCapacity: 5,
	studentRatePerSecond: 1,
	rateStrikes: 20,
	/** A school's worth of classes; a class costs its log (capped below). */
	maxClasses: 1_000,
	/** A lecture hall, not a stadium. */
	maxStudentsPerClass: 300,
	/** A whole school can sit behind one NAT, so the per-address cap is the class cap and then some. */
	maxConnections: 10_000,
	maxConnectionsPerAddress: 600,
	/**
	 * A full walkthrough logs a few hundred entries, Run all with stats a few thousand; the bytes
	 * cap bounds what a late joiner downloads and what a class costs the server.
	 */
	maxLogEntries: 20_000,
	maxLogBytes: 16 * 1024 * 1024
};

/**
 * @typedef {Required<ClassHubOptions>} ClassHubSettings
 */

/**
 * @param {ClassHubOptions} options
 * @returns {ClassHubSettings}
 */
export function classSettingsFrom(options) {
	return {
		...withDefaults(options, DEFAULTS),
		now: options.now ?? Date.now,
		log: options.log ?? jsonLines({ hub: 'class' }),
		store: options.store ?? createMemoryStore(),
		instance: options.instance ?? randomBytes(6).toString('hex')
	};
}
