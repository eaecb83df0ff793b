// @ts-check
/**
 * The class hub's options and their defaults, each limit named once with its reason.
 */
import { randomBytes } from 'node:crypto';
import { MAX_CLASS_PAYLOAD_BYTES } from '../../classroom/protocol.js';
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

/**
 * A teacher's page publishes a batch per rendered frame, and Run all makes a few dozen entries
 * a second: a burst of 200 and 100 a second leave plenty of room.
 */
const TEACHER_RATE_CAPACITY = 200;
const TEACHER_RATE_PER_SECOND = 100;
/**
 * A student sends a join and one answer per checkpoint. A few at once and one a second allow a
 * reload and a misclick; a phone that floods is answered rate-limited, then cut.
 */
const STUDENT_RATE_CAPACITY = 5;
const STUDENT_RATE_PER_SECOND = 1;
const RATE_STRIKES = 20;
const HEARTBEAT_MS = 30_000;
const SWEEP_MS = 60_000;
/** A lesson with a break in it: a class nobody published to for 3 hours is over. */
const IDLE_CLASS_MS = 3 * 60 * 60_000;
/** A school's worth of classes; a class costs its log (capped below). */
const MAX_CLASSES = 1_000;
/** A lecture hall, not a stadium. */
const MAX_STUDENTS_PER_CLASS = 300;
/** A whole school can sit behind one NAT, so the per-address cap is the class cap and then some. */
const MAX_CONNECTIONS = 10_000;
const MAX_CONNECTIONS_PER_ADDRESS = 600;
/**
 * A full walkthrough logs a few hundred entries, Run all with stats a few thousand; the bytes
 * cap bounds what a late joiner downloads and what a class costs the server.
 */
const MAX_LOG_ENTRIES = 20_000;
const MAX_LOG_BYTES = 16 * 1024 * 1024;

/**
 * @typedef {Required<ClassHubOptions>} ClassHubSettings
 */

/**
 * @param {ClassHubOptions} options
 * @returns {ClassHubSettings}
 */
export function classSettingsFrom(options) {
	return {
		now: options.now ?? Date.now,
		log:
			options.log ??
			((line) =>
				console.log(JSON.stringify({ t: new Date().toISOString(), hub: 'class', ...line }))),
		store: options.store ?? createMemoryStore(),
		instance: options.instance ?? randomBytes(6).toString('hex'),
		maxPayload: options.maxPayload ?? MAX_CLASS_PAYLOAD_BYTES,
		heartbeatMs: options.heartbeatMs ?? HEARTBEAT_MS,
		sweepMs: options.sweepMs ?? SWEEP_MS,
		idleClassMs: options.idleClassMs ?? IDLE_CLASS_MS,
		teacherRateCapacity: options.teacherRateCapacity ?? TEACHER_RATE_CAPACITY,
		teacherRatePerSecond: options.teacherRatePerSecond ?? TEACHER_RATE_PER_SECOND,
		studentRateCapacity: options.studentRateCapacity ?? STUDENT_RATE_CAPACITY,
		studentRatePerSecond: options.studentRatePerSecond ?? STUDENT_RATE_PER_SECOND,
		rateStrikes: options.rateStrikes ?? RATE_STRIKES,
		maxClasses: options.maxClasses ?? MAX_CLASSES,
		maxStudentsPerClass: options.maxStudentsPerClass ?? MAX_STUDENTS_PER_CLASS,
		maxConnections: options.maxConnections ?? MAX_CONNECTIONS,
		maxConnectionsPerAddress: options.maxConnectionsPerAddress ?? MAX_CONNECTIONS_PER_ADDRESS,
		maxLogEntries: options.maxLogEntries ?? MAX_LOG_ENTRIES,
		maxLogBytes: options.maxLogBytes ?? MAX_LOG_BYTES
	};
}
