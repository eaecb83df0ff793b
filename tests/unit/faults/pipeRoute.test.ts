import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCandidate } from '$lib/ice/candidate';
import { pipeEligibility, rewriteCandidate, sameAddress } from '$lib/faults/pipeRoute';
import type { CandidateInit } from '$lib/vocabulary';

const GATHERED: string[] = JSON.parse(
	readFileSync('tests/fixtures/candidates/chromium-156-loopback-gathered.json', 'utf8')
).candidates;

const init = (candidate: string): CandidateInit => ({
	candidate,
	sdpMid: '0',
	sdpMLineIndex: 0,
	usernameFragment: 'yKN0'
});

describe('which candidates can take the pipe', () => {
	it("takes Chromium's UDP host candidates with an IP address, and holds TCP back", () => {
		const verdicts = GATHERED.map((c) => pipeEligibility(init(c)));
		expect(verdicts.slice(0, 4)).toEqual([
			{ ok: true, endpoint: { address: '127.0.0.1', port: 40219 } },
			{ ok: true, endpoint: { address: '192.0.2.2', port: 59189 } },
			{ ok: true, endpoint: { address: '::1', port: 41484 } },
			{ ok: true, endpoint: { address: 'fd00::2', port: 37313 } }
		]);
		expect(verdicts.slice(4)).toEqual(Array(4).fill({ ok: false, reason: 'tcp' }));
	});

	it('holds back what goes around the pipe or cannot reach it, naming why', () => {
		const cases: [string, string][] = [
			[
				'candidate:1 1 udp 1686052607 203.0.113.5 61000 typ srflx raddr 192.0.2.2 rport 59189',
				'notHost'
			],
			[
				'candidate:2 1 udp 41885439 198.51.100.9 50000 typ relay raddr 203.0.113.5 rport 61000',
				'notHost'
			],
			[
				'candidate:3 1 udp 2122260223 8d3b2c1e-0f4a-4b6c-9d2e-1a2b3c4d5e6f.local 54321 typ host',
				'mdns'
			],
			['candidate:4 1 UDP 2122260223 example.com 54321 typ host', 'malformed'],
			['candidate:5 1 udp', 'malformed']
		];
		for (const [candidate, reason] of cases) {
			expect(pipeEligibility(init(candidate)), candidate).toEqual({ ok: false, reason });
		}
		// Firefox writes the transport in capitals: still UDP
		expect(pipeEligibility(init('candidate:0 1 UDP 2122252543 192.0.2.2 40000 typ host'))).toEqual({
			ok: true,
			endpoint: { address: '192.0.2.2', port: 40000 }
		});
	});
});

describe('a candidate rewritten to the pipe', () => {
	it('changes only the address and port: every other field and extension stays', () => {
		for (const candidate of GATHERED.slice(0, 4)) {
			const delivered = rewriteCandidate(init(candidate), { address: '127.0.0.1', port: 50001 });
			const before = parseCandidate(candidate)!;
			const after = parseCandidate(delivered.candidate)!;
			expect(after).toEqual({ ...before, address: '127.0.0.1', port: 50001 });
			expect(delivered).toEqual({ ...init(candidate), candidate: delivered.candidate });
			// nothing but those two tokens differs
			const a = candidate.split(' ');
			const b = delivered.candidate.split(' ');
			expect(b.filter((token, i) => token !== a[i]).length).toBeLessThanOrEqual(2);
			expect(b).toHaveLength(a.length);
		}
	});

	it('keeps a candidate without the "candidate:" prefix without one', () => {
		const line = '1 1 udp 2122194687 127.0.0.1 40219 typ host';
		expect(rewriteCandidate(init(line), { address: '::1', port: 9 }).candidate).toBe(
			'1 1 udp 2122194687 ::1 9 typ host'
		);
		expect(() => rewriteCandidate(init('candidate:1 1 udp'), { address: '::1', port: 9 })).toThrow(
			TypeError
		);
	});

	it('compares addresses the way both sides write them', () => {
		expect(sameAddress('FD00::2', 'fd00::2')).toBe(true);
		expect(sameAddress('127.0.0.1', '127.0.0.2')).toBe(false);
	});
});
