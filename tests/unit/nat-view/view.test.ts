import { describe, expect, it } from 'vitest';
import { describeCandidate, groupCandidates } from '$lib/nat/view/candidates';
import { groupMappings } from '$lib/nat/view/mappings';
import { compareOutcome, relayRatio } from '$lib/nat/view/compare';
import { buildMatrix, allScenarios, type MatrixRun } from '$lib/nat/view/matrix';
import { checkRun, ScenarioSchema } from '$lib/nat/view/run';
import * as v from 'valibot';

const SRFLX =
	'candidate:842163049 1 udp 1677729535 203.0.113.2 40001 typ srflx raddr 192.168.1.2 rport 5000 generation 0 ufrag abcd network-cost 999';
const HOST = 'candidate:1 1 udp 2122260223 192.168.1.2 5000 typ host generation 0';
const RELAY =
	'candidate:9 1 udp 41885439 198.51.100.3 50000 typ relay raddr 203.0.113.2 rport 40001 generation 0';

describe('candidates', () => {
	it('shows a srflx candidate with the NAT public address and the private related address', () => {
		const c = describeCandidate(SRFLX);
		expect(c).toMatchObject({
			type: 'srflx',
			protocol: 'udp',
			address: '203.0.113.2:40001',
			related: '192.168.1.2:5000'
		});
	});

	it('groups by type in RFC 8445 order, keeping empty groups and what it cannot read', () => {
		const groups = groupCandidates([RELAY, HOST, 'not a candidate', SRFLX]);
		expect(groups.map((g) => [g.type, g.candidates.length])).toEqual([
			['host', 1],
			['srflx', 1],
			['prflx', 0],
			['relay', 1],
			['unknown', 1]
		]);
		expect(groups[4]!.candidates[0]!.line).toBe('not a candidate');
	});
});

describe('mapping table', () => {
	const m = (nat: 'a' | 'b', internal: string, external: string, remote: string, t = 0) => ({
		nat,
		internal,
		external,
		remote,
		protocol: 'udp',
		t
	});

	it('tells a per-destination (symmetric) mapping from an endpoint-independent one by what was seen', () => {
		const groups = groupMappings([
			m('a', '192.168.1.2:5000', '203.0.113.2:5000', '198.51.100.2:3478', 1),
			m('a', '192.168.1.2:5000', '203.0.113.2:5000', '203.0.113.9:6000', 2),
			m('b', '10.0.0.2:7000', '203.0.113.9:31001', '198.51.100.2:3478', 1),
			m('b', '10.0.0.2:7000', '203.0.113.9:48213', '203.0.113.2:5000', 3),
			m('b', '10.0.0.2:7000', '203.0.113.9:48213', '203.0.113.2:5000', 4),
			m('b', '10.0.0.2:7001', '203.0.113.9:7001', '198.51.100.2:3478', 5)
		]);
		expect(groups.map((g) => [g.nat, g.internal, g.behaviour, g.rows.length])).toEqual([
			['a', '192.168.1.2:5000', 'endpoint-independent', 2],
			['b', '10.0.0.2:7000', 'per-destination', 2],
			['b', '10.0.0.2:7001', 'single', 1]
		]);
	});
});

describe('prediction beside outcome', () => {
	it('a prediction that came true is a match', () => {
		expect(compareOutcome('srflx', 'srflx')).toEqual({ match: true });
	});

	it.each([
		['srflx', 'prflx', 'directNamedOtherwise'],
		['srflx', 'relay-udp', 'relayInsteadOfDirect'],
		['relay-udp', 'prflx', 'directInsteadOfRelay'],
		['relay-udp', 'relay-tcp', 'otherRelayTransport'],
		['failed', 'host', 'connectedThoughPredictedFailed'],
		['host', 'failed', 'failedThoughPredictedConnected']
	] as const)('predicted %s, got %s: %s', (predicted, outcome, kind) => {
		expect(compareOutcome(predicted, outcome)).toEqual({ match: false, kind });
	});

	it('gives the relayed/direct RTT ratio only when both were measured', () => {
		expect(relayRatio({ direct: 20, relayed: 41 })).toBe(2.1);
		expect(relayRatio({ direct: 20 })).toBeNull();
		expect(relayRatio({ relayed: 20 })).toBeNull();
		expect(relayRatio({ direct: 0, relayed: 20 })).toBeNull();
	});
});

describe('matrix', () => {
	const run = (over: Partial<MatrixRun>): MatrixRun => ({
		a: 'cone',
		b: 'cone',
		servers: 'stun',
		outcome: 'srflx',
		msToConnected: 100,
		source: 'recorded',
		ref: 'x.json',
		startedAt: '2026-12-01T00:00:00Z',
		...over
	});

	it('has a cell for every fixed scenario and leaves the ones never run empty', () => {
		const tables = buildMatrix([]);
		const cells = tables.flatMap((t) => t.rows.flatMap((r) => r.cells));
		expect(cells).toHaveLength(allScenarios().length);
		expect(cells.every((c) => c.run === null)).toBe(true);
	});

	it('shows a live run of this visit over a recorded one, and the newer of two recorded', () => {
		const older = run({ ref: 'old.json', startedAt: '2026-11-01T00:00:00Z' });
		const newer = run({ ref: 'new.json' });
		const live = run({ source: 'live', ref: '0', startedAt: '2020-01-01T00:00:00Z' });
		const cell = (runs: MatrixRun[]) =>
			buildMatrix(runs)
				.find((t) => t.servers === 'stun')!
				.rows.find((r) => r.a === 'cone')!
				.cells.find((c) => c.b === 'cone')!.run!.ref;
		expect(cell([older, newer])).toBe('new.json');
		expect(cell([newer, older])).toBe('new.json');
		expect(cell([newer, live, older])).toBe('0');
	});
});

describe('input checks', () => {
	it('accepts only the fixed scenarios, nothing added', () => {
		expect(
			v.safeParse(ScenarioSchema, { a: 'cone', b: 'symmetric', servers: 'stun' }).success
		).toBe(true);
		expect(v.safeParse(ScenarioSchema, { a: 'cone', b: 'nat9', servers: 'stun' }).success).toBe(
			false
		);
		expect(
			v.safeParse(ScenarioSchema, { a: 'cone', b: 'cone', servers: 'stun', cmd: 'rm -rf /' })
				.success
		).toBe(false);
	});

	it('refuses a run file that is not a NatRun and says where', () => {
		expect(checkRun({ version: 1, a: 'cone' })).toMatchObject({ ok: false, path: 'b' });
		expect(checkRun('nope')).toMatchObject({ ok: false, path: '(root)' });
	});
});
