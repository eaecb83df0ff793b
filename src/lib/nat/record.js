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
 * `recordToNatRun` reads it back into the NatRun the /nat replay steps through (every event in
 * time order). Plain JS with JSDoc, so that `npm run lab:nat` writes records with the same code.
 */

/** @typedef {import('./types.js').NatRun} NatRun */
/** @typedef {import('./types.js').NatEvent} NatEvent */
/** @typedef {import('./types.js').Mapping} Mapping */
/** @typedef {import('../vocabulary.js').PeerRole} PeerRole */
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

/** @param {'a' | 'b'} side @returns {PeerRole} */
const peerId = (side) => (side === 'a' ? 'A' : 'B');
/** @param {unknown} peer @returns {'a' | 'b' | null} */
const sideOf = (peer) => (peer === 'A' ? 'a' : peer === 'B' ? 'b' : null);

/** @param {unknown} value @returns {Record<string, unknown>} */
const objectOf = (value) =>
	value && typeof value === 'object' && !Array.isArray(value)
		? /** @type {Record<string, unknown>} */ (value)
		: {};

/**
 * The entry of the event log for one peer event, and how it changes that peer's states.
 * @param {RunInput["events"][number]} event
 * @param {PeerStateView} view the peer's states, changed in place
 * @returns {Omit<LabLogEntry, 'id' | 't' | 'peers' | 'peer'>}
 */
function peerEntry(event, view) {
	const data = event.data;
	const fields = objectOf(data);
	switch (event.kind) {
		case 'candidate':
			return { kind: 'event', name: 'icecandidate', payload: data };
		case 'gathering':
			// the null candidate that ends gathering, as the browser's icecandidate event carries it
			if (data === 'end-of-candidates')
				return { kind: 'event', name: 'icecandidate', payload: null };
			if (typeof data !== 'string') break;
			view.iceGatheringState = data;
			return {
				kind: 'event',
				name: 'icegatheringstatechange',
				payload: { iceGatheringState: data }
			};
		case 'state':
			if (typeof fields.ice === 'string' && Object.keys(fields).length === 1) {
				view.iceConnectionState = fields.ice;
				return {
					kind: 'event',
					name: 'iceconnectionstatechange',
					payload: { iceConnectionState: fields.ice }
				};
			}
			if (typeof fields.connection === 'string' && Object.keys(fields).length === 1) {
				view.connectionState = fields.connection;
				return {
					kind: 'event',
					name: 'connectionstatechange',
					payload: { connectionState: fields.connection }
				};
			}
			break;
		case 'log':
			if (fields.iceCandidateError && Object.keys(fields).length === 1)
				return { kind: 'event', name: 'icecandidateerror', payload: fields.iceCandidateError };
			// the lab logs a description once the peer has set it as its local one: the offer
			// after createOffer + setLocalDescription, the answer after setRemoteDescription(offer),
			// createAnswer + setLocalDescription (the SDP itself is not kept by the lab)
			if (
				(fields.signaling === 'offer' || fields.signaling === 'answer') &&
				Object.keys(fields).length === 2 &&
				fields.from === event.peer
			) {
				view.signalingState = fields.signaling === 'offer' ? 'have-local-offer' : 'stable';
				return {
					kind: 'call',
					name: 'setLocalDescription',
					step: 'lab',
					status: 'success',
					payload: { type: fields.signaling }
				};
			}
			break;
		case 'error':
			if (typeof fields.addIceCandidate === 'string' && Object.keys(fields).length === 1)
				return {
					kind: 'call',
					name: 'addIceCandidate',
					step: 'lab',
					status: 'error',
					error: { name: 'Error', message: fields.addIceCandidate }
				};
			break;
		default:
			break;
	}
	// anything else a peer reported stays in the log as it came
	return { kind: 'machine', name: `lab.${event.kind}`, payload: data };
}

/** Pair fields the lab reads from getStats (labStats in src/lib/server/nat/page.js), by column. */
const PAIR_ID = 'id';

/**
 * @param {RunInput["events"]} events
 * @param {number} startedAt epoch ms
 * @returns {Partial<Record<PeerRole, RecordedReport[]>>}
 */
function pairStats(events, startedAt) {
	/** @type {Partial<Record<PeerRole, Map<string, { times: number[], samples: Record<string, unknown>[] }>>>} */
	const byPeer = {};
	for (const event of events) {
		if (event.kind !== 'pair' || !event.peer) continue;
		const data = objectOf(event.data);
		const peer = peerId(event.peer);
		const reports = (byPeer[peer] ??= new Map());
		const id =
			typeof data[PAIR_ID] === 'string'
				? data[PAIR_ID]
				: `${String(data.local)}|${String(data.remote)}`;
		let report = reports.get(id);
		if (!report) reports.set(id, (report = { times: [], samples: [] }));
		report.times.push(startedAt + event.t);
		report.samples.push(data);
	}
	/** @type {Partial<Record<PeerRole, RecordedReport[]>>} */
	const stats = {};
	for (const [
		peer,
		reports
	] of /** @type {[PeerRole, Map<string, { times: number[], samples: Record<string, unknown>[] }>][]} */ (
		Object.entries(byPeer)
	)) {
		stats[peer] = [...reports].map(([id, { times, samples }]) => {
			const names = [...new Set(samples.flatMap((s) => Object.keys(s)))].filter(
				(n) => n !== PAIR_ID
			);
			/** @type {Record<string, unknown[]>} */
			const members = {};
			for (const name of names) members[name] = samples.map((s) => s[name] ?? null);
			return { id, type: 'candidate-pair', times, members };
		});
	}
	return stats;
}

/**
 * A lab run as a session record with a lab part.
 * @param {RunInput} run
 * @param {{ now?: Date }} [options]
 * @returns {LabSessionRecord}
 */
export function natRunToRecord(run, options = {}) {
	const startedAt = Date.parse(run.startedAt);
	if (!Number.isFinite(startedAt)) throw new LabRecordError('startedAt', 'not a date');
	/** @type {LabLogEntry[]} */
	const log = [];
	/** @type {Record<PeerRole, PeerStateView | null>} */
	const views = { A: null, B: null };
	/** @type {LabPart['timeline']} */
	const timeline = [];
	/** @type {MappingSnapshot[]} */
	const mappings = [];
	/** @type {Record<'a' | 'b', Mapping[]>} */
	const tables = { a: [], b: [] };
	for (const event of run.events) {
		if (event.kind === 'packet') continue; // run.packets holds them, each with its time
		if (event.kind === 'pair' && event.peer) continue; // the stats hold them
		if (event.kind === 'mapping') {
			const mapping = /** @type {Mapping} */ (event.data);
			const nat = event.peer ?? mapping.nat;
			tables[nat] = [...tables[nat], mapping];
			mappings.push({ t: event.t, nat, table: tables[nat] });
			continue;
		}
		if (!event.peer) {
			timeline.push({ t: event.t, kind: event.kind, data: event.data });
			continue;
		}
		const peer = peerId(event.peer);
		// a peer has states from its first event on: a new RTCPeerConnection's (webrtc-pc §4.4.1)
		const view = (views[peer] ??= {
			signalingState: 'stable',
			iceGatheringState: 'new',
			iceConnectionState: 'new',
			connectionState: 'new'
		});
		const entry = peerEntry(event, view);
		log.push({
			id: log.length + 1,
			t: event.t,
			peer,
			...entry,
			peers: {
				A: views.A && { ...views.A },
				B: views.B && { ...views.B }
			}
		});
	}
	/** @type {LabPart} */
	const lab = {
		format: LAB_FORMAT,
		version: LAB_VERSION,
		scenario: { a: run.a, b: run.b, servers: run.servers },
		outcome: run.outcome,
		predicted: run.predicted,
		msToConnected: run.msToConnected,
		selectedPair: run.selectedPair,
		rttMs: run.rttMs,
		browser: run.browser,
		recorded: run.recorded,
		topology: run.topology,
		timeline,
		mappings,
		packets: run.packets
	};
	if (run.netemDelayMs !== undefined) lab.netemDelayMs = run.netemDelayMs;
	if (run.error) lab.error = run.error;
	return {
		format: SESSION_FORMAT,
		version: SESSION_VERSION,
		createdAt: (options.now ?? new Date()).toISOString(),
		masked: false,
		userAgent: run.browser,
		startedAt,
		pollIntervalMs: LAB_POLL_INTERVAL_MS,
		log,
		stats: pairStats(run.events, startedAt),
		lab
	};
}

/**
 * True when the value is a session record (with or without a lab part): the lab's recorded runs
 * were NatRun objects before, and both are read.
 * @param {unknown} value
 */
export function isSessionRecordLike(value) {
	return objectOf(value).format === SESSION_FORMAT;
}

/**
 * The peer event a log entry was made from.
 * @param {Record<string, unknown>} entry
 * @param {'a' | 'b'} side
 * @returns {NatEvent | null}
 */
function eventOfEntry(entry, side) {
	const t = /** @type {number} */ (entry.t);
	const payload = entry.payload;
	const fields = objectOf(payload);
	/** @param {NatEvent['kind']} kind @param {unknown} data @returns {NatEvent} */
	const make = (kind, data) => ({ t, kind, peer: side, data });
	if (entry.kind === 'event') {
		switch (entry.name) {
			case 'icecandidate':
				return payload === null
					? make('gathering', 'end-of-candidates')
					: make('candidate', payload);
			case 'icegatheringstatechange':
				return make('gathering', fields.iceGatheringState);
			case 'iceconnectionstatechange':
				return make('state', { ice: fields.iceConnectionState });
			case 'connectionstatechange':
				return make('state', { connection: fields.connectionState });
			case 'icecandidateerror':
				return make('log', { iceCandidateError: payload });
		}
		return null;
	}
	if (entry.kind === 'call' && entry.name === 'setLocalDescription')
		return make('log', { signaling: fields.type, from: side });
	if (entry.kind === 'call' && entry.name === 'addIceCandidate' && entry.status === 'error')
		return make('error', { addIceCandidate: objectOf(entry.error).message });
	if (entry.kind === 'machine' && typeof entry.name === 'string' && entry.name.startsWith('lab.'))
		return make(/** @type {NatEvent['kind']} */ (entry.name.slice(4)), payload);
	return null;
}

/**
 * @param {unknown} value
 * @param {string} path
 * @returns {unknown[]}
 */
function arrayAt(value, path) {
	if (!Array.isArray(value)) throw new LabRecordError(path, 'not a list');
	return value;
}

/**
 * Reads a session record's lab part back into the run the /nat replay steps through: every event
 * of the log, the pair samples, the lab's steps, the mapping changes and the packets, in time
 * order. Throws a LabRecordError naming the place when the record has no usable lab part; the
 * caller checks the resulting run's shape (RunSchema in nat/view/run.ts).
 * @param {unknown} value a parsed session record
 * @returns {NatRun}
 */
export function recordToNatRun(value) {
	const record = objectOf(value);
	if (record.format !== SESSION_FORMAT)
		throw new LabRecordError('format', 'not a Peerscope session record');
	if (!('lab' in record)) {
		throw new LabRecordError(
			'lab',
			'this session record has no NAT lab part (it is a session of another page: open it in /stats)'
		);
	}
	const lab = objectOf(record.lab);
	if (lab.format !== LAB_FORMAT) throw new LabRecordError('lab.format', `not "${LAB_FORMAT}"`);
	if (typeof lab.version !== 'number' || lab.version > LAB_VERSION) {
		throw new LabRecordError(
			'lab.version',
			`version ${String(lab.version)} is newer than this app reads (${LAB_VERSION})`
		);
	}
	const startedAt = record.startedAt;
	if (typeof startedAt !== 'number' || !Number.isFinite(startedAt))
		throw new LabRecordError('startedAt', 'not a time');
	const scenario = objectOf(lab.scenario);

	/** @type {NatEvent[]} */
	const events = [];
	/** @type {{ a: string[], b: string[] }} */
	const candidates = { a: [], b: [] };
	arrayAt(record.log, 'log').forEach((raw, i) => {
		const entry = objectOf(raw);
		const side = sideOf(entry.peer);
		if (typeof entry.t !== 'number') throw new LabRecordError(`log.${i}.t`, 'not a number');
		const event = side && eventOfEntry(entry, side);
		if (!event) return;
		if (event.kind === 'candidate' && event.peer) {
			const line = objectOf(event.data).candidate;
			if (typeof line === 'string') candidates[event.peer].push(line);
		}
		events.push(event);
	});
	const stats = objectOf(record.stats);
	for (const peer of /** @type {const} */ (['A', 'B'])) {
		const side = /** @type {'a' | 'b'} */ (sideOf(peer));
		const reports = stats[peer] === undefined ? [] : arrayAt(stats[peer], `stats.${peer}`);
		reports.forEach((raw, r) => {
			const report = objectOf(raw);
			if (report.type !== 'candidate-pair') return;
			const times = arrayAt(report.times, `stats.${peer}.${r}.times`);
			const members = Object.entries(objectOf(report.members));
			times.forEach((time, i) => {
				/** @type {Record<string, unknown>} */
				const data = { [PAIR_ID]: report.id };
				for (const [name, column] of members) {
					data[name] = Array.isArray(column) ? (column[i] ?? null) : null;
				}
				events.push({ t: Number(time) - startedAt, kind: 'pair', peer: side, data });
			});
		});
	}
	arrayAt(lab.timeline, 'lab.timeline').forEach((raw) => {
		const step = objectOf(raw);
		events.push({
			t: /** @type {number} */ (step.t),
			kind: /** @type {NatEvent['kind']} */ (step.kind),
			data: step.data
		});
	});
	/** @type {Mapping[]} */
	const mappings = [];
	/** @type {Record<string, Set<string>>} */
	const seen = { a: new Set(), b: new Set() };
	arrayAt(lab.mappings, 'lab.mappings').forEach((raw, s) => {
		const snapshot = objectOf(raw);
		const nat = snapshot.nat === 'a' || snapshot.nat === 'b' ? snapshot.nat : null;
		if (!nat) throw new LabRecordError(`lab.mappings.${s}.nat`, 'not "a" or "b"');
		for (const entry of arrayAt(snapshot.table, `lab.mappings.${s}.table`)) {
			const key = JSON.stringify(entry);
			const seenOfNat = /** @type {Set<string>} */ (seen[nat]);
			if (seenOfNat.has(key)) continue;
			seenOfNat.add(key);
			const mapping = /** @type {Mapping} */ (entry);
			mappings.push(mapping);
			events.push({
				t: /** @type {number} */ (snapshot.t),
				kind: 'mapping',
				peer: nat,
				data: mapping
			});
		}
	});
	const packets = /** @type {NatRun['packets']} */ (arrayAt(lab.packets, 'lab.packets'));
	for (const packet of packets) events.push({ t: packet.t, kind: 'packet', data: packet });
	// a stable sort: events of one source keep their order at equal times
	events.sort((x, y) => x.t - y.t);

	/** @type {NatRun} */
	const run = {
		version: 1,
		a: /** @type {NatRun['a']} */ (scenario.a),
		b: /** @type {NatRun['b']} */ (scenario.b),
		servers: /** @type {NatRun['servers']} */ (scenario.servers),
		outcome: /** @type {NatRun['outcome']} */ (lab.outcome),
		predicted: /** @type {NatRun['predicted']} */ (lab.predicted),
		msToConnected: /** @type {number | null} */ (lab.msToConnected),
		candidates,
		selectedPair: /** @type {NatRun['selectedPair']} */ (lab.selectedPair),
		mappings: mappings.sort((x, y) => x.t - y.t),
		packets: [...packets].sort((x, y) => x.t - y.t),
		topology: /** @type {NatRun['topology']} */ (lab.topology),
		events,
		rttMs: /** @type {NatRun['rttMs']} */ (lab.rttMs),
		startedAt: new Date(startedAt).toISOString(),
		browser: /** @type {string} */ (lab.browser),
		recorded: /** @type {boolean} */ (lab.recorded)
	};
	if (typeof lab.netemDelayMs === 'number') run.netemDelayMs = lab.netemDelayMs;
	if (lab.error) run.error = /** @type {NatRun['error']} */ (lab.error);
	return run;
}

/**
 * The name a downloaded lab record gets: the scenario and when it ran, in characters any file
 * system takes (`peerscope-nat-cone-symmetric-stun-plus-turn-2026-12-04T04-25-07Z.json`).
 * @param {Pick<RunInput, 'a' | 'b' | 'servers' | 'startedAt'>} run
 */
export function recordFileName(run) {
	const when = run.startedAt.replace(/\.\d+Z$/, 'Z').replace(/:/g, '-');
	return `peerscope-nat-${run.a}-${run.b}-${run.servers.replace('+', '-plus-')}-${when}.json`;
}
