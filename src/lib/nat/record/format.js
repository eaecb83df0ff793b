// @ts-check
/**
 * A NAT lab run as a Peerscope session record (src/lib/stats/record.ts, what the walkthrough
 * exports and /stats opens), so that a lab run is saved, shared and opened like any other session:
 *
 * - the peers' own story goes into the record's event log, as the walkthrough logs it: gathered
 *   candidates (`icecandidate`), gathering, ICE and connection states, the descriptions set,
 *   candidate errors, failed addIceCandidate calls;
 * - the candidate pairs each peer's getStats() showed go into the record's stats, as
 *   `candidate-pair` reports sampled each time the lab saw a pair change;
 * - the rest, which only a lab has, goes into an optional `lab` part with its own format and
 *   version: the scenario and its outcome, the topology, the NAT mapping table as snapshots (the
 *   whole table of a NAT after each change, read from conntrack), the decoded packets, and the
 *   lab's own steps (phases, notes).
 *
 * This module holds the format: its names and versions, its types and the words both directions
 * share. `write.js` makes a record of a run (`natRunToRecord`); `read.js` reads it back into the
 * NatRun the /nat replay steps through (`recordToNatRun`, every event in time order). Plain JS
 * with JSDoc, so that `npm run lab:nat` writes records with the same code.
 */

/** @typedef {import('../types.js').NatRun} NatRun */
/** @typedef {import('../types.js').NatEvent} NatEvent */
/** @typedef {import('../types.js').Mapping} Mapping */
/** @typedef {import('../../vocabulary.js').PeerRole} PeerRole */
/**
 * A run as the lab makes it (NatRun) or as the page has checked it (the schema in nat/view/run.ts
 * reads some fields more loosely): what the conversion reads of it.
 * @typedef {object} RunInput
 * @property {NatRun['a']} a
 * @property {NatRun['b']} b
 * @property {NatRun['servers']} servers
 * @property {NatRun['outcome']} outcome
 * @property {NatRun['predicted']} predicted
 * @property {number | null} msToConnected
 * @property {NatRun['selectedPair']} selectedPair
 * @property {{ t: number }[]} packets
 * @property {unknown} [topology]
 * @property {{ t: number, kind: NatEvent['kind'], peer?: 'a' | 'b', data: unknown }[]} events
 * @property {NatRun['rttMs']} rttMs
 * @property {number} [netemDelayMs]
 * @property {string} startedAt
 * @property {string} browser
 * @property {boolean} recorded
 * @property {{ code: string, message: string }} [error]
 */

/** The session record's format and version (SESSION_FORMAT / SESSION_VERSION in record.ts). */
export const SESSION_FORMAT = 'peerscope-session';
export const SESSION_VERSION = 1;
/**
 * The lab part's own format and version. An optional part a reader does not know is dropped
 * whole, so adding it leaves the session version as it is: an older /stats still opens a lab
 * record as a session. A lab part newer than LAB_VERSION is refused by /nat with a message.
 */
export const LAB_FORMAT = 'peerscope-nat-lab';
export const LAB_VERSION = 1;
/** How often the lab reads getStats() (STATS_INTERVAL_MS in src/lib/server/nat/work.js). */
export const LAB_POLL_INTERVAL_MS = 500;

/** A record that cannot be read as a lab run; `path` names the place. */
export class LabRecordError extends Error {
	/**
	 * @param {string} path
	 * @param {string} message
	 */
	constructor(path, message) {
		super(`${path}: ${message}`);
		this.name = 'LabRecordError';
		this.path = path;
		this.detail = message;
	}
}

/**
 * @typedef {object} PeerStateView the four state values a record's log entry carries per peer
 * @property {string} signalingState
 * @property {string} iceGatheringState
 * @property {string} iceConnectionState
 * @property {string} connectionState
 */

/**
 * @typedef {object} LabLogEntry one entry of the record's event log (LogEntry in eventLog.ts)
 * @property {number} id
 * @property {number} t
 * @property {'call' | 'event' | 'machine'} kind
 * @property {string} name
 * @property {PeerRole | null} peer
 * @property {Record<PeerRole, PeerStateView | null>} peers
 * @property {string} [step]
 * @property {'start' | 'success' | 'error'} [status]
 * @property {unknown} [payload]
 * @property {{ name: string, message: string }} [error]
 */

/**
 * @typedef {object} MappingSnapshot the whole mapping table of one NAT right after a change
 * @property {number} t
 * @property {'a' | 'b'} nat
 * @property {Mapping[]} table
 */

/**
 * @typedef {object} LabPart
 * @property {typeof LAB_FORMAT} format
 * @property {number} version
 * @property {{ a: NatRun['a'], b: NatRun['b'], servers: NatRun['servers'] }} scenario
 * @property {NatRun['outcome']} outcome
 * @property {NatRun['predicted']} predicted
 * @property {number | null} msToConnected
 * @property {NatRun['selectedPair']} selectedPair
 * @property {NatRun['rttMs']} rttMs
 * @property {number} [netemDelayMs]
 * @property {string} browser
 * @property {boolean} recorded
 * @property {{ code: string, message: string }} [error]
 * @property {unknown} topology
 * @property {{ t: number, kind: string, data: unknown }[]} timeline the lab's own steps
 * @property {MappingSnapshot[]} mappings
 * @property {{ t: number }[]} packets
 */

/**
 * @typedef {object} RecordedReport
 * @property {string} id
 * @property {string} type
 * @property {number[]} times
 * @property {Record<string, unknown[]>} members
 */

/**
 * @typedef {object} LabSessionRecord a session record with a lab part
 * @property {typeof SESSION_FORMAT} format
 * @property {typeof SESSION_VERSION} version
 * @property {string} createdAt
 * @property {boolean} masked
 * @property {string} userAgent
 * @property {number} startedAt epoch ms; log times are relative to it
 * @property {number} pollIntervalMs
 * @property {LabLogEntry[]} log
 * @property {Partial<Record<PeerRole, RecordedReport[]>>} stats
 * @property {LabPart} lab
 */

/**
 * The lab's `state` events, each with one field, and the browser event the log names it by:
 * `{ ice }` is an iceconnectionstatechange, `{ connection }` a connectionstatechange.
 * @type {readonly { field: 'ice' | 'connection', state: 'iceConnectionState' | 'connectionState', name: string }[]}
 */
export const STATE_CHANGES = [
	{ field: 'ice', state: 'iceConnectionState', name: 'iceconnectionstatechange' },
	{ field: 'connection', state: 'connectionState', name: 'connectionstatechange' }
];

/** Pair fields the lab reads from getStats (labStats in src/lib/server/nat/page.js), by column. */
export const PAIR_ID = 'id';

/** @param {'a' | 'b'} side @returns {PeerRole} */
export const peerId = (side) => (side === 'a' ? 'A' : 'B');
/** @param {unknown} peer @returns {'a' | 'b' | null} */
export const sideOf = (peer) => (peer === 'A' ? 'a' : peer === 'B' ? 'b' : null);

/** @param {unknown} value @returns {Record<string, unknown>} */
export const objectOf = (value) =>
	value && typeof value === 'object' && !Array.isArray(value)
		? /** @type {Record<string, unknown>} */ (value)
		: {};
