import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	LAB_FORMAT,
	LAB_VERSION,
	SESSION_FORMAT as LAB_SESSION_FORMAT,
	SESSION_VERSION as LAB_SESSION_VERSION
} from '$lib/nat/record/format.js';
import { recordToNatRun } from '$lib/nat/record/read.js';
import { natRunToRecord } from '$lib/nat/record/write.js';
import { replayState } from '$lib/nat/view/replay';
import { checkRun, type NatEvent, type NatRun } from '$lib/nat/view/run';
import { sessionModel } from '$lib/stats/browse';
import { readSession, SESSION_FORMAT, SESSION_VERSION } from '$lib/stats/record';
import { importText } from '$lib/stats/importFile';

/**
 * A NAT lab run as a session record and back, on a real recorded run: the whole matrix's richest
 * cell (symmetric ↔ symmetric with STUN and TURN: host, srflx and relay candidates, many pairs, a
 * new mapping per destination, Allocate/CreatePermission/ChannelBind packets), kept in the lab's
 * first run format (a NatRun object) as `npm run lab:nat -- --record` wrote it on 2026-12-04.
 */
const FIXTURE = 'tests/fixtures/nat/natrun-v1-symmetric__symmetric__stun-plus-turn.json';
const RECORDED = 'static/nat/recorded';

function fixtureRun(): NatRun {
	const checked = checkRun(JSON.parse(readFileSync(FIXTURE, 'utf8')));
	if (!checked.ok) throw new Error(`${checked.path}: ${checked.message}`);
	return checked.run;
}

/** Events in time order; at equal times the order of the lab's emits is not kept, so sort them. */
function canonical(events: readonly NatEvent[]): string[] {
	return events.map((e) => JSON.stringify(e)).sort();
}

function byTime(events: readonly NatEvent[]): Map<number, string[]> {
	const map = new Map<number, string[]>();
	for (const e of events) map.set(e.t, [...(map.get(e.t) ?? []), JSON.stringify(e)].sort());
	return map;
}

describe('a NAT lab run as a session record', () => {
	const run = fixtureRun();
	const record = natRunToRecord(run, { now: new Date('2026-12-07T08:00:00Z') });

	it('is the session format the app exports, with a versioned lab part', () => {
		expect(LAB_SESSION_FORMAT).toBe(SESSION_FORMAT);
		expect(LAB_SESSION_VERSION).toBe(SESSION_VERSION);
		expect(record).toMatchObject({
			format: SESSION_FORMAT,
			version: SESSION_VERSION,
			masked: false,
			userAgent: run.browser,
			startedAt: Date.parse(run.startedAt),
			lab: {
				format: LAB_FORMAT,
				version: LAB_VERSION,
				scenario: { a: 'symmetric', b: 'symmetric' }
			}
		});
		expect(record.lab.topology).toEqual(run.topology);
		expect(record.lab.packets).toEqual(run.packets);
		expect(record.lab.packets.length).toBeGreaterThan(10);
	});

	it('opens in /stats as a session: the log, the candidates each peer gathered, the pair stats', () => {
		const imported = readSession(JSON.parse(JSON.stringify(record)));
		expect(imported.record.lab).toMatchObject({ format: LAB_FORMAT, version: LAB_VERSION });
		const model = sessionModel(imported);
		const local = (peer: 'A' | 'B') =>
			model.candidates.filter((c) => c.peer === peer && c.side === 'local').map((c) => c.candidate);
		expect(local('A')).toEqual(run.candidates.a);
		expect(local('B')).toEqual(run.candidates.b);
		expect(local('A').some((c) => c.includes(' typ relay '))).toBe(true);
		// every state change the peers reported is a browser event, with the states after it
		const connected = model.log.filter(
			(e) => e.kind === 'event' && e.name === 'connectionstatechange'
		);
		expect(connected.map((e) => [e.peer, e.payload])).toContainEqual([
			'A',
			{ connectionState: 'connected' }
		]);
		const last = model.log[model.log.length - 1]!;
		expect(last.peers.A?.connectionState).toBe('connected');
		expect(last.peers.B?.iceGatheringState).toBe('complete');
		expect(model.log.map((e) => e.t)).toEqual([...model.log.map((e) => e.t)].sort((x, y) => x - y));
		expect(model.log.map((e) => e.id)).toEqual(model.log.map((_, i) => i + 1));
		// the offer and the answer each set as the local description of its peer
		expect(
			model.log
				.filter((e) => e.kind === 'call' && e.name === 'setLocalDescription')
				.map((e) => [e.peer, e.payload])
		).toEqual([
			['A', { type: 'offer' }],
			['B', { type: 'answer' }]
		]);
		// candidate pairs as getStats showed them, charted like any session's
		const pairs = imported.stats.A?.reports;
		expect(pairs && [...pairs.values()].every((r) => r.type === 'candidate-pair')).toBe(true);
		const selected = run.events.find(
			(e) => e.kind === 'pair' && e.peer === 'a' && (e.data as { selected: boolean }).selected
		);
		const report = pairs?.get((selected?.data as { id: string }).id);
		expect(report?.latest?.state).toBe('succeeded');
	});

	it('reads back into the same run, every event at its time', () => {
		const back = recordToNatRun(JSON.parse(JSON.stringify(record)));
		const { events, ...rest } = back;
		const { events: original, ...expected } = run;
		expect(rest).toEqual(expected);
		expect(events.length).toBe(original.length);
		expect(canonical(events)).toEqual(canonical(original));
		expect(byTime(events)).toEqual(byTime(original));
		expect(events.map((e) => e.t)).toEqual(original.map((e) => e.t));
		// and the record of the read-back run is the same record
		expect(natRunToRecord(back, { now: new Date('2026-12-07T08:00:00Z') })).toEqual(record);
	});

	it('replays to the same end: candidates, pairs, mapping table, packets', () => {
		const back = recordToNatRun(record);
		const end = (r: NatRun) => {
			const state = replayState(r.events, r.events.length);
			return {
				candidates: state.candidates,
				gathering: state.gathering,
				iceState: state.iceState,
				connectionState: state.connectionState,
				topology: state.topology,
				pairs: state.pairs
					.map((p) => ({ ...p, history: p.history }))
					.sort((x, y) => x.id.localeCompare(y.id)),
				mappings: state.mappings,
				packets: state.packets.length
			};
		};
		expect(end(back)).toEqual(end(run));
		// symmetric NATs: a new public port per destination, so more than one mapping per NAT
		expect(end(back).mappings.filter((m) => m.nat === 'a').length).toBeGreaterThan(1);
	});

	it('keeps the mapping table as snapshots: each the whole table of one NAT after a change', () => {
		const snapshots = record.lab.mappings;
		expect(snapshots.length).toBe(run.mappings.length);
		for (const nat of ['a', 'b'] as const) {
			const ofNat = snapshots.filter((s) => s.nat === nat);
			ofNat.forEach((s, i) => {
				expect(s.table.length).toBe(i + 1);
				if (i > 0) expect(s.table.slice(0, i)).toEqual(ofNat[i - 1]!.table);
			});
		}
	});

	it('checkRun reads both formats, the old NatRun and the record', () => {
		const checked = checkRun(JSON.parse(JSON.stringify(record)));
		expect(checked.ok).toBe(true);
		if (checked.ok) expect(checked.run.outcome).toBe(run.outcome);
	});

	it('every recorded run the app ships reads, in whichever format it is', () => {
		const files = readdirSync(RECORDED).filter((f) => f !== 'index.json' && f.endsWith('.json'));
		expect(files.length).toBeGreaterThanOrEqual(80);
		for (const file of files) {
			const checked = checkRun(JSON.parse(readFileSync(`${RECORDED}/${file}`, 'utf8')));
			expect(checked.ok ? file : `${file}: ${checked.path}: ${checked.message}`).toBe(file);
		}
	});

	it('imports through the /stats importer like any session file', async () => {
		const imported = await importText(JSON.stringify(record));
		expect(imported.kind).toBe('session');
	});
});

describe('bad lab records', () => {
	const record = natRunToRecord(fixtureRun());
	const bad = (change: (r: Record<string, unknown>) => void) => {
		const copy = JSON.parse(JSON.stringify(record));
		change(copy);
		return checkRun(copy);
	};

	it('a session record without a lab part is sent to /stats', () => {
		const checked = bad((r) => delete r.lab);
		expect(checked).toMatchObject({ ok: false, path: 'lab' });
		if (!checked.ok) expect(checked.message).toContain('/stats');
	});

	it('a newer lab part says so', () => {
		expect(bad((r) => ((r.lab as { version: number }).version = LAB_VERSION + 1))).toMatchObject({
			ok: false,
			path: 'lab.version',
			message: `version ${LAB_VERSION + 1} is newer than this app reads (${LAB_VERSION})`
		});
	});

	it('a broken part is named by its path', () => {
		expect(bad((r) => ((r.lab as { packets: unknown }).packets = 'x'))).toMatchObject({
			ok: false,
			path: 'lab.packets'
		});
		expect(
			bad((r) => ((r.lab as { mappings: { nat: string }[] }).mappings[0]!.nat = 'c'))
		).toMatchObject({ ok: false, path: 'lab.mappings.0.nat' });
		expect(bad((r) => ((r.lab as { scenario: { a: string } }).scenario.a = 'nope'))).toMatchObject({
			ok: false,
			path: 'a'
		});
		expect(bad((r) => (r.startedAt = 'yesterday'))).toMatchObject({ ok: false, path: 'startedAt' });
	});

	it('/stats refuses a lab part without its format and version', () => {
		expect(() => readSession({ ...record, lab: { format: LAB_FORMAT } })).toThrow();
	});
});
