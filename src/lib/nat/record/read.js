// @ts-check
/**
 * A session record's lab part read back into the run the /nat replay steps through (the format:
 * format.js).
 */
import {
	LAB_FORMAT,
	LAB_VERSION,
	LabRecordError,
	objectOf,
	PAIR_ID,
	SESSION_FORMAT,
	sideOf,
	STATE_CHANGES
} from './format.js';

/** @typedef {import('../types.js').NatRun} NatRun */
/** @typedef {import('../types.js').NatEvent} NatEvent */
/** @typedef {import('../types.js').Mapping} Mapping */

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
			case 'icecandidateerror':
				return make('log', { iceCandidateError: payload });
		}
		const change = STATE_CHANGES.find((c) => c.name === entry.name);
		return change ? make('state', { [change.field]: fields[change.state] }) : null;
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
