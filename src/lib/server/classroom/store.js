// @ts-check
/**
 * Where class sessions live and how their broadcasts travel. The hub (hub.js) talks to a store
 * only through this interface, which is asynchronous throughout so that a shared one (Redis,
 * redisStore.js) serves several app instances: each instance keeps its own sockets, the store
 * keeps the class (log, step, checkpoint, answers) and carries every broadcast to every instance
 * that has members of the class. This file holds the interface and the in-memory store, the
 * default, which needs nothing.
 *
 * Log entries are stored as the JSON text they were validated into, so that a late joiner's
 * `joined` frame is built by joining strings, not by parsing the log again.
 */

/** @typedef {'all' | 'teacher' | 'students'} Audience who in a class a broadcast is for */
/** @typedef {(audience: Audience, frame: string) => void} BroadcastListener */

/**
 * @typedef {object} ClassSnapshot everything a late joiner needs
 * @property {string[]} log each entry's JSON
 * @property {string | null} step the step's JSON
 * @property {string | null} checkpoint the checkpoint's JSON
 * @property {boolean} masked
 * @property {number} teachers teacher connections, on every instance
 */

/**
 * @typedef {object} ClassStore
 * @property {(code: string, secretHash: string, now: number) => Promise<boolean>} create false when the code is taken
 * @property {(code: string) => Promise<string | null>} secretHash null when there is no such class
 * @property {() => Promise<number>} count classes that exist
 * @property {(code: string) => Promise<ClassSnapshot | null>} snapshot
 * @property {(code: string) => Promise<{ entries: number; bytes: number }>} logSize
 * @property {(code: string, entries: string[], masked: boolean, now: number) => Promise<number>} append
 *   appends and returns the log's new length
 * @property {(code: string) => Promise<void>} clearLog
 * @property {(code: string, field: 'step' | 'checkpoint', json: string | null, now: number) => Promise<void>} setField
 * @property {(code: string, round: string) => Promise<void>} resetAnswers starts counting a new checkpoint round
 * @property {(code: string, round: string, student: string, choice: number, choices: number) => Promise<number[] | null>} answer
 *   counts one answer and returns the counts; null when this student already answered this round
 * @property {(code: string, round: string, choices: number) => Promise<number[]>} counts
 * @property {(code: string, role: 'students' | 'teachers', delta: number) => Promise<number>} members
 *   changes and returns how many of the class's members (on every instance) hold the role
 * @property {(code: string, audience: Audience, frame: string) => Promise<void>} broadcast
 * @property {(code: string, listener: BroadcastListener) => Promise<void>} subscribe this instance's listener for the class
 * @property {(code: string) => Promise<void>} unsubscribe
 * @property {(now: number, idleMs: number) => Promise<string[]>} expire removes classes idle for idleMs; returns their codes
 * @property {() => Promise<void>} close
 */

/**
 * @typedef {object} MemoryClass
 * @property {string} secretHash
 * @property {string[]} log
 * @property {number} bytes
 * @property {boolean} masked
 * @property {string | null} step
 * @property {string | null} checkpoint
 * @property {string} round
 * @property {Set<string>} answered
 * @property {number[]} counts
 * @property {number} students
 * @property {number} teachers
 * @property {number} usedAt
 */

/** @returns {ClassStore} */
export function createMemoryStore() {
	/** @type {Map<string, MemoryClass>} */
	const classes = new Map();
	/** @type {Map<string, BroadcastListener>} */
	const listeners = new Map();

	/** @param {string} code */
	const get = (code) => classes.get(code);

	return {
		async create(code, secretHash, now) {
			if (classes.has(code)) return false;
			classes.set(code, {
				secretHash,
				log: [],
				bytes: 0,
				masked: true,
				step: null,
				checkpoint: null,
				round: '',
				answered: new Set(),
				counts: [],
				students: 0,
				teachers: 0,
				usedAt: now
			});
			return true;
		},
		async secretHash(code) {
			return get(code)?.secretHash ?? null;
		},
		async count() {
			return classes.size;
		},
		async snapshot(code) {
			const c = get(code);
			if (!c) return null;
			return {
				log: c.log.slice(),
				step: c.step,
				checkpoint: c.checkpoint,
				masked: c.masked,
				teachers: c.teachers
			};
		},
		async logSize(code) {
			const c = get(code);
			return { entries: c?.log.length ?? 0, bytes: c?.bytes ?? 0 };
		},
		async append(code, entries, masked, now) {
			const c = get(code);
			if (!c) return 0;
			for (const entry of entries) {
				c.log.push(entry);
				c.bytes += entry.length;
			}
			// One unmasked entry is enough for the class to carry addresses.
			if (c.log.length === entries.length) c.masked = masked;
			else c.masked &&= masked;
			c.usedAt = now;
			return c.log.length;
		},
		async clearLog(code) {
			const c = get(code);
			if (!c) return;
			c.log = [];
			c.bytes = 0;
			c.masked = true;
		},
		async setField(code, field, json, now) {
			const c = get(code);
			if (!c) return;
			c[field] = json;
			c.usedAt = now;
		},
		async resetAnswers(code, round) {
			const c = get(code);
			if (!c) return;
			c.round = round;
			c.answered = new Set();
			c.counts = [];
		},
		async answer(code, round, student, choice, choices) {
			const c = get(code);
			if (!c || c.round !== round || c.answered.has(student)) return null;
			c.answered.add(student);
			c.counts[choice] = (c.counts[choice] ?? 0) + 1;
			return Array.from({ length: choices }, (_, i) => c.counts[i] ?? 0);
		},
		async counts(code, round, choices) {
			const c = get(code);
			const counts = c && c.round === round ? c.counts : [];
			return Array.from({ length: choices }, (_, i) => counts[i] ?? 0);
		},
		async members(code, role, delta) {
			const c = get(code);
			if (!c) return 0;
			c[role] = Math.max(0, c[role] + delta);
			return c[role];
		},
		async broadcast(code, audience, frame) {
			listeners.get(code)?.(audience, frame);
		},
		async subscribe(code, listener) {
			listeners.set(code, listener);
		},
		async unsubscribe(code) {
			listeners.delete(code);
		},
		async expire(now, idleMs) {
			const expired = [];
			for (const [code, c] of classes) {
				if (now - c.usedAt >= idleMs) {
					classes.delete(code);
					expired.push(code);
				}
			}
			return expired;
		},
		async close() {
			listeners.clear();
		}
	};
}
