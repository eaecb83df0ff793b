// @ts-check
/**
 * A lab run as a session record with a lab part (the format: format.js): the peers' events into
 * the record's log, their candidate pairs into its stats, the rest into the lab part.
 */
import {
	LAB_FORMAT,
	LAB_POLL_INTERVAL_MS,
	LAB_VERSION,
	LabRecordError,
	objectOf,
	PAIR_ID,
	peerId,
	SESSION_FORMAT,
	SESSION_VERSION,
	STATE_CHANGES
} from './format.js';

/** @typedef {import('./format.js').RunInput} RunInput */
/** @typedef {import('./format.js').PeerStateView} PeerStateView */
/** @typedef {import('./format.js').LabLogEntry} LabLogEntry */
/** @typedef {import('./format.js').LabPart} LabPart */
/** @typedef {import('./format.js').MappingSnapshot} MappingSnapshot */
/** @typedef {import('./format.js').RecordedReport} RecordedReport */
/** @typedef {import('./format.js').LabSessionRecord} LabSessionRecord */
/** @typedef {import('../types.js').Mapping} Mapping */
/** @typedef {import('../../vocabulary.js').PeerRole} PeerRole */

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
			for (const { field, state, name } of STATE_CHANGES) {
				const value = fields[field];
				if (typeof value === 'string' && Object.keys(fields).length === 1) {
					view[state] = value;
					return { kind: 'event', name, payload: { [state]: value } };
				}
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

/**
 * The candidate pairs each peer's getStats() showed, as one `candidate-pair` report per pair,
 * sampled each time the lab saw it change.
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
 * The name a downloaded lab record gets: the scenario and when it ran, in characters any file
 * system takes (`peerscope-nat-cone-symmetric-stun-plus-turn-2026-12-04T04-25-07Z.json`).
 * @param {Pick<RunInput, 'a' | 'b' | 'servers' | 'startedAt'>} run
 */
export function recordFileName(run) {
	const when = run.startedAt.replace(/\.\d+Z$/, 'Z').replace(/:/g, '-');
	return `peerscope-nat-${run.a}-${run.b}-${run.servers.replace('+', '-plus-')}-${when}.json`;
}
