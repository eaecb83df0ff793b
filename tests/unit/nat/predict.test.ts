/**
 * The prediction model (RFC 4787 mapping/filtering, RFC 8445 pairing and prflx learning) for
 * every pair of networks the lab builds × every server set.
 */
import { describe, expect, it } from 'vitest';
import { gatheredCandidates, outcomeOfPair, predict, REASON_KEYS } from '$lib/nat/predict.js';
import { isScenario, NETWORKS, OUTCOMES, SERVER_SETS } from '$lib/nat/types.js';

/**
 * Expected outcome per server set: rows are A, columns B, in NETWORKS order
 * (public, cone, symmetric, udp-blocked, full-cone, address-restricted). Worked out by hand from
 * the RFCs, see predict.js.
 */
const EXPECTED: Record<string, string[][]> = {
	none: [
		['host', 'prflx', 'prflx', 'failed', 'prflx', 'prflx'],
		['prflx', 'failed', 'failed', 'failed', 'failed', 'failed'],
		['prflx', 'failed', 'failed', 'failed', 'failed', 'failed'],
		['failed', 'failed', 'failed', 'failed', 'failed', 'failed'],
		['prflx', 'failed', 'failed', 'failed', 'failed', 'failed'],
		['prflx', 'failed', 'failed', 'failed', 'failed', 'failed']
	],
	stun: [
		['host', 'srflx', 'prflx', 'failed', 'srflx', 'srflx'],
		['srflx', 'srflx', 'failed', 'failed', 'srflx', 'srflx'],
		['prflx', 'failed', 'failed', 'failed', 'prflx', 'prflx'],
		['failed', 'failed', 'failed', 'failed', 'failed', 'failed'],
		['srflx', 'srflx', 'prflx', 'failed', 'srflx', 'srflx'],
		['srflx', 'srflx', 'prflx', 'failed', 'srflx', 'srflx']
	],
	'stun+turn': [
		['host', 'srflx', 'prflx', 'relay-tcp', 'srflx', 'srflx'],
		['srflx', 'srflx', 'relay-udp', 'relay-tcp', 'srflx', 'srflx'],
		['prflx', 'relay-udp', 'relay-udp', 'relay-tcp', 'prflx', 'prflx'],
		['relay-tcp', 'relay-tcp', 'relay-tcp', 'relay-tcp', 'relay-tcp', 'relay-tcp'],
		['srflx', 'srflx', 'prflx', 'relay-tcp', 'srflx', 'srflx'],
		['srflx', 'srflx', 'prflx', 'relay-tcp', 'srflx', 'srflx']
	],
	'turn-only': [
		['relay-udp', 'relay-udp', 'relay-udp', 'relay-tcp', 'relay-udp', 'relay-udp'],
		['relay-udp', 'relay-udp', 'relay-udp', 'relay-tcp', 'relay-udp', 'relay-udp'],
		['relay-udp', 'relay-udp', 'relay-udp', 'relay-tcp', 'relay-udp', 'relay-udp'],
		['relay-tcp', 'relay-tcp', 'relay-tcp', 'relay-tcp', 'relay-tcp', 'relay-tcp'],
		['relay-udp', 'relay-udp', 'relay-udp', 'relay-tcp', 'relay-udp', 'relay-udp'],
		['relay-udp', 'relay-udp', 'relay-udp', 'relay-tcp', 'relay-udp', 'relay-udp']
	],
	'turn-tcp-only': NETWORKS.map(() => NETWORKS.map(() => 'relay-tcp'))
};

describe('predict: every pair of networks × server sets', () => {
	for (const servers of SERVER_SETS) {
		NETWORKS.forEach((a, i) => {
			NETWORKS.forEach((b, j) => {
				it(`${a} ↔ ${b} with ${servers} → ${EXPECTED[servers]![i]![j]}`, () => {
					const prediction = predict(a, b, servers);
					expect(prediction.outcome).toBe(EXPECTED[servers]![i]![j]);
					expect(REASON_KEYS).toContain(prediction.reasonKey);
					// The model is symmetric: swapping the peers does not change the outcome.
					expect(predict(b, a, servers).outcome).toBe(prediction.outcome);
					// The outcome is one some working pair gives, or failed when none works.
					const working = prediction.pairs.filter((p) => p.works);
					if (prediction.outcome === 'failed') expect(working).toEqual([]);
					else expect(working.map((p) => p.as)).toContain(prediction.outcome);
				});
			});
		});
	}
});

describe('predict: the cases issue 12 names', () => {
	it('symmetric ↔ symmetric needs a relay (no direct pair works with STUN alone)', () => {
		expect(predict('symmetric', 'symmetric', 'stun').reasonKey).toBe('no-direct-no-turn');
		expect(predict('symmetric', 'symmetric', 'stun+turn').reasonKey).toBe('relay-symmetric');
	});
	it('symmetric ↔ port-restricted cone needs a relay', () => {
		expect(predict('symmetric', 'cone', 'stun').outcome).toBe('failed');
		expect(predict('cone', 'symmetric', 'stun+turn').outcome).toBe('relay-udp');
	});
	it('symmetric ↔ public connects over a peer-reflexive candidate (RFC 8445 §7.3.1.3)', () => {
		expect(predict('symmetric', 'public', 'stun')).toMatchObject({
			outcome: 'prflx',
			reasonKey: 'prflx-learned'
		});
	});
	it('UDP blocked needs TURN over TCP, even towards a public peer (no ICE-TCP pair forms)', () => {
		expect(predict('udp-blocked', 'cone', 'stun').reasonKey).toBe('udp-blocked-no-turn-tcp');
		expect(predict('udp-blocked', 'cone', 'turn-tcp-only').outcome).toBe('relay-tcp');
		expect(predict('udp-blocked', 'public', 'stun').reasonKey).toBe('udp-blocked-no-turn-tcp');
		expect(predict('public', 'udp-blocked', 'stun+turn')).toMatchObject({
			outcome: 'relay-tcp',
			reasonKey: 'relay-udp-blocked'
		});
		const tcpPairs = predict('udp-blocked', 'public', 'none').pairs.filter(
			(p) => p.local === 'host/tcp' && p.remote === 'host/tcp'
		);
		expect(tcpPairs).toEqual([{ local: 'host/tcp', remote: 'host/tcp', works: false, as: null }]);
	});
});

describe('gatheredCandidates', () => {
	it('gives srflx only behind a NAT that lets UDP out, and relay per TURN transport', () => {
		const types = (n: (typeof NETWORKS)[number], s: (typeof SERVER_SETS)[number]) =>
			gatheredCandidates(n, s).map((c) => `${c.type}/${c.transport}`);
		expect(types('public', 'stun')).toEqual(['host/udp', 'host/tcp']);
		expect(types('cone', 'stun')).toEqual(['host/udp', 'host/tcp', 'srflx/udp']);
		expect(types('udp-blocked', 'stun+turn')).toEqual(['host/udp', 'host/tcp', 'relay/tcp']);
		expect(types('symmetric', 'turn-only')).toEqual(['relay/udp', 'relay/tcp']);
		expect(types('cone', 'turn-tcp-only')).toEqual(['relay/tcp']);
	});
});

describe('outcomeOfPair', () => {
	it('names a pair by its least direct side', () => {
		expect(outcomeOfPair('host', 'host')).toBe('host');
		expect(outcomeOfPair('srflx', 'host')).toBe('srflx');
		expect(outcomeOfPair('srflx', 'prflx')).toBe('prflx');
		expect(outcomeOfPair('relay', 'srflx', 'tcp')).toBe('relay-tcp');
		expect(outcomeOfPair('prflx', 'relay')).toBe('relay-udp');
	});
});

describe('scenario validation', () => {
	it('accepts only the fixed names', () => {
		expect(isScenario('cone', 'symmetric', 'stun')).toBe(true);
		expect(isScenario('cone', 'full-cone-9000', 'stun')).toBe(false);
		expect(isScenario('cone', 'cone', 'stun;rm -rf /')).toBe(false);
		expect(() => predict('cone' as never, 'nat' as never, 'stun')).toThrow(
			/not a NAT lab scenario/
		);
		expect(OUTCOMES).toContain(predict('cone', 'cone', 'none').outcome);
	});
});

describe('predict: looser filtering (RFC 4787 §5) lets a symmetric NAT through', () => {
	it('a port-restricted cone drops the symmetric peer’s checks from a new port; full cone and address-restricted let them in', () => {
		expect(predict('symmetric', 'cone', 'stun').outcome).toBe('failed');
		for (const loose of ['full-cone', 'address-restricted'] as const) {
			expect(predict('symmetric', loose, 'stun')).toMatchObject({
				outcome: 'prflx',
				reasonKey: 'prflx-loose-filter'
			});
		}
	});

	it('without a srflx candidate nobody knows where to aim, whatever the filter', () => {
		expect(predict('symmetric', 'full-cone', 'none').outcome).toBe('failed');
		expect(predict('full-cone', 'full-cone', 'none').outcome).toBe('failed');
	});
});
