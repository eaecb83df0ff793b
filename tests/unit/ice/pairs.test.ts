import { describe, expect, it } from 'vitest';
import { pairAt, pairMatrix, peerReflexive, selectedPair } from '$lib/ice/pairs';
import type { StatsReport, StatsSnapshot } from '$lib/vocabulary';

/** Shaped like Chromium's getStats() for a loopback relay-only call (member names as it writes them). */
function snapshot(reports: StatsReport[]): StatsSnapshot {
	return { takenAt: 0, reports: Object.fromEntries(reports.map((r) => [r.id, r])) };
}

const local = (id: string, extra: Record<string, unknown>): StatsReport => ({
	id,
	type: 'local-candidate',
	timestamp: 1,
	transportId: 'T01',
	protocol: 'udp',
	...extra
});

const chromium = snapshot([
	{ id: 'T01', type: 'transport', timestamp: 1, selectedCandidatePairId: 'CP_a_x' },
	local('I_a', {
		address: '127.0.0.1',
		port: 50001,
		candidateType: 'relay',
		relayProtocol: 'udp',
		url: 'turn:127.0.0.1:3478?transport=udp',
		priority: 41885439
	}),
	local('I_b', { address: '127.0.0.1', port: 50002, candidateType: 'relay', relayProtocol: 'tcp' }),
	{
		id: 'I_x',
		type: 'remote-candidate',
		timestamp: 1,
		ip: '127.0.0.1',
		port: 50003,
		protocol: 'udp',
		candidateType: 'prflx'
	},
	{
		id: 'CP_a_x',
		type: 'candidate-pair',
		timestamp: 1,
		localCandidateId: 'I_a',
		remoteCandidateId: 'I_x',
		state: 'succeeded',
		nominated: true,
		currentRoundTripTime: 0.002,
		requestsSent: 4,
		responsesReceived: 4,
		bytesSent: 1200,
		bytesReceived: 900,
		priority: 179897811212328960
	},
	{
		id: 'CP_b_x',
		type: 'candidate-pair',
		timestamp: 1,
		localCandidateId: 'I_b',
		remoteCandidateId: 'I_x',
		state: 'in-progress',
		nominated: false,
		requestsSent: 2,
		responsesReceived: 0
	},
	{ id: 'OT01', type: 'outbound-rtp', timestamp: 1 }
]);

describe('candidate-pair matrix from getStats', () => {
	it('lists local and remote candidates and every pair with its checks', () => {
		const m = pairMatrix(chromium);
		expect(m.local.map((c) => [c.id, c.candidateType, c.relayProtocol])).toEqual([
			['I_a', 'relay', 'udp'],
			['I_b', 'relay', 'tcp']
		]);
		// older member name `ip` is read as the address
		expect(m.remote[0]).toMatchObject({ address: '127.0.0.1', candidateType: 'prflx' });
		expect(m.pairs).toHaveLength(2);
		expect(pairAt(m, 'I_b', 'I_x')).toMatchObject({
			state: 'in-progress',
			requestsSent: 2,
			responsesReceived: 0,
			nominated: false,
			selected: false,
			currentRoundTripTime: null
		});
		expect(pairAt(m, 'I_a', 'I_b')).toBeNull();
	});

	it("finds the selected pair through the transport's selectedCandidatePairId", () => {
		const m = pairMatrix(chromium);
		expect(m.selectedPairId).toBe('CP_a_x');
		const selected = selectedPair(m)!;
		expect(selected.pair).toMatchObject({ nominated: true, currentRoundTripTime: 0.002 });
		expect(selected.local?.candidateType).toBe('relay');
		expect(selected.remote?.candidateType).toBe('prflx');
		expect(peerReflexive(m).map((c) => c.id)).toEqual(['I_x']);
	});

	it('falls back to a pair marked selected (older Firefox) and copes with no pairs', () => {
		const firefox = snapshot([
			{ id: 'p1', type: 'candidate-pair', timestamp: 1, state: 'succeeded', selected: true },
			{ id: 'p2', type: 'candidate-pair', timestamp: 1, state: 'frozen' }
		]);
		expect(pairMatrix(firefox).selectedPairId).toBe('p1');
		const empty = pairMatrix(snapshot([]));
		expect(empty).toEqual({ local: [], remote: [], pairs: [], selectedPairId: null });
		expect(selectedPair(empty)).toBeNull();
	});
});
