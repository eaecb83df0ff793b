import { describe, expect, it } from 'vitest';
import {
	bestPartner,
	canPair,
	candidatePriority,
	pairPriority,
	parseCandidate,
	priorityParts,
	readCandidate,
	RECOMMENDED_TYPE_PREFERENCE,
	CHROME_TYPE_PREFERENCE,
	tcpPriorityNote
} from '$lib/ice/candidate';
import { FIXTURES, fixture } from '../sdp/fixtures';

describe('candidate grammar (RFC 8839 §5.1)', () => {
	it('reads a Chromium host candidate with ufrag, network-id and network-cost', () => {
		const line =
			'candidate:2391926611 1 udp 2122260223 127.0.0.1 40331 typ host generation 0 ufrag Vx3Q network-id 1 network-cost 50';
		const c = parseCandidate(line)!;
		expect(c).toMatchObject({
			foundation: '2391926611',
			component: 1,
			transport: 'udp',
			priority: 2122260223,
			address: '127.0.0.1',
			port: 40331,
			type: 'host',
			relatedAddress: null,
			tcpType: null
		});
		expect(c.extensions).toEqual([
			['generation', '0'],
			['ufrag', 'Vx3Q'],
			['network-id', '1'],
			['network-cost', '50']
		]);
	});

	it('reads Firefox upper-case transport, an mDNS name and tcptype', () => {
		const mdns = parseCandidate(
			'candidate:0 1 UDP 2122252543 6f115ced-f9fb-49ce-983a-fe5a1ab6b42e.local 48988 typ host'
		)!;
		expect(mdns.transport).toBe('UDP');
		expect(mdns.address).toBe('6f115ced-f9fb-49ce-983a-fe5a1ab6b42e.local');
		const tcp = parseCandidate('candidate:1 1 TCP 2105524479 10.0.0.2 9 typ host tcptype active')!;
		expect(tcp.tcpType).toBe('active');
		expect(tcp.port).toBe(9);
	});

	it('reads IPv6 and a relay candidate with raddr/rport', () => {
		const v6 = parseCandidate(
			'candidate:3 1 udp 2122197247 2001:db8::1c2f:3a 51000 typ host generation 0'
		)!;
		expect(v6.address).toBe('2001:db8::1c2f:3a');
		const relay = parseCandidate(
			'candidate:3086059175 1 udp 58662911 127.0.0.1 49161 typ relay raddr 0.0.0.0 rport 0 generation 0 network-id 1 network-cost 50'
		)!;
		expect(relay).toMatchObject({ type: 'relay', relatedAddress: '0.0.0.0', relatedPort: 0 });
	});

	it('reads every candidate of every captured fixture', () => {
		let count = 0;
		for (const name of FIXTURES) {
			for (const line of fixture(name).split(/\r?\n/)) {
				if (!line.startsWith('a=candidate:')) continue;
				count++;
				const result = readCandidate(line.slice(2));
				expect(result.ok, `${name}: ${line}`).toBe(true);
			}
		}
		expect(count).toBeGreaterThan(50);
	});

	it.each([
		['candidate:', 'foundation', '', 11],
		['candidate:abc!def 1 udp 1 1.2.3.4 5 typ host', 'foundation', 'abc!def', 11],
		['candidate:1 0 udp 1 1.2.3.4 5 typ host', 'component-id', '0', 13],
		['candidate:1 1 u?p 1 1.2.3.4 5 typ host', 'transport', 'u?p', 15],
		['candidate:1 1 udp 4294967296 1.2.3.4 5 typ host', 'priority', '4294967296', 19],
		['candidate:1 1 udp 12 1.2.3.4 70000 typ host', 'port', '70000', 30],
		['candidate:1 1 udp 12 1.2.3.4 5 type host', 'typ', 'type', 32],
		['candidate:1 1 udp 12 1.2.3.4 5 typ', 'cand-type', '', 36],
		['candidate:1 1 udp 12 1.2.3.4 5 typ relay raddr 1.1.1.1 rport x', 'rport', 'x', 62],
		['candidate:1 1 udp 12 1.2.3.4 5 typ host generation', 'extension', 'generation', 41]
	])('locates the error in %s', (line, fieldName, token, column) => {
		const result = readCandidate(line);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.error).toEqual({ field: fieldName, token, column });
		// the column points at the token itself
		if (token) expect(line.slice(column - 1, column - 1 + token.length)).toBe(token);
	});

	it('tolerates doubled spaces and keeps columns right', () => {
		const result = readCandidate('candidate:1  1 udp 12 1.2.3.4 99999 typ host');
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.error.column).toBe(31);
	});
});

describe('priority (RFC 8445 §5.1.2.1, §6.1.2.3)', () => {
	it('takes a priority apart and puts it back together', () => {
		// Chromium's host candidate above: type 126, local preference 32542, component 1
		expect(priorityParts(2122260223)).toEqual({
			typePreference: 126,
			localPreference: 32542,
			component: 1
		});
		// Firefox relay: type 5, component 1
		expect(priorityParts(92151807).typePreference).toBe(5);
		for (const p of [2122260223, 1518280447, 58662911, 2122187006, 1]) {
			expect(candidatePriority(priorityParts(p))).toBe(p);
		}
	});

	it('shows how Chromium ranks TCP: type preference 90, the local preference UDP gets', () => {
		const udp = parseCandidate(
			'candidate:2813431226 1 udp 2122260223 127.0.0.1 53411 typ host generation 0 network-id 1'
		)!;
		const tcp = parseCandidate(
			'candidate:637234885 1 tcp 1518280447 127.0.0.1 9 typ host tcptype active generation 0 network-id 1 network-cost 50'
		)!;
		expect(priorityParts(tcp.priority).typePreference).toBe(CHROME_TYPE_PREFERENCE.hostTcp);
		expect(priorityParts(tcp.priority).localPreference).toBe(
			priorityParts(udp.priority).localPreference
		);
		// read as RFC 6544 §4.2 writes it: 32542 = 2^13 × 3 + 7966
		expect(tcpPriorityNote(tcp)).toEqual({ udp: 126, direction: 3, other: 7966 });
		expect(tcpPriorityNote(udp)).toBeNull();
		const relay = parseCandidate(
			'candidate:1 1 tcp 16777215 198.51.100.7 3478 typ relay raddr 0.0.0.0 rport 0 tcptype passive'
		)!;
		expect(tcpPriorityNote(relay)).toBeNull();
	});

	it('matches the RFC 8445 recommendation for a host with the highest local preference', () => {
		const host = candidatePriority({
			typePreference: RECOMMENDED_TYPE_PREFERENCE.host,
			localPreference: 65535,
			component: 1
		});
		// (2^24)*126 + (2^8)*65535 + (256 - 1)
		expect(host).toBe(2130706431);
		const relay = candidatePriority({ typePreference: 0, localPreference: 65535, component: 2 });
		expect(relay).toBe(16777214);
	});

	it('computes the pair priority for the controlling and controlled roles', () => {
		const g = 2130706431;
		const d = 16777215;
		// 2^32*MIN(G,D) + 2*MAX(G,D) + (G>D?1:0)
		expect(pairPriority(g, d)).toBe(2n ** 32n * BigInt(d) + 2n * BigInt(g) + 1n);
		expect(pairPriority(d, g)).toBe(2n ** 32n * BigInt(d) + 2n * BigInt(g));
		expect(pairPriority(g, g)).toBe(2n ** 32n * BigInt(g) + 2n * BigInt(g));
		// swapping roles changes only the tie-break bit
		expect(pairPriority(g, d) - pairPriority(d, g)).toBe(1n);
		// beyond 2^53: a double would lose the low bits
		expect(pairPriority(2 ** 32 - 1, 2 ** 32 - 1) > BigInt(Number.MAX_SAFE_INTEGER)).toBe(true);
	});
});

describe('which candidates pair (RFC 8445 §6.1.2.2, RFC 6544 §6.2)', () => {
	const c = (text: string) => parseCandidate(text)!;
	const udp4 = c('candidate:1 1 udp 2122260223 192.168.1.20 50000 typ host');
	const udp6 = c('candidate:2 1 udp 2122262783 2001:db8::1 50001 typ host');
	const tcp4Active = c('candidate:3 1 tcp 1518280447 192.168.1.20 9 typ host tcptype active');
	const tcp4Passive = c('candidate:4 1 tcp 1518280447 192.168.1.30 50002 typ host tcptype passive');
	const relay4 = c('candidate:5 1 udp 41885439 203.0.113.5 3478 typ relay raddr 0.0.0.0 rport 0');
	const mdns = c(
		'candidate:6 1 udp 2122260223 1f4712db-ea17-4bcf-a596-105139dfd8bf.local 50003 typ host'
	);
	const rtcp4 = c('candidate:7 2 udp 2122260222 192.168.1.30 50004 typ host');

	it('pairs only the same component, transport and IP version', () => {
		expect(canPair(udp4, relay4)).toBe(true);
		expect(canPair(udp4, udp6)).toBe(false);
		expect(canPair(udp4, tcp4Passive)).toBe(false);
		expect(canPair(tcp4Active, tcp4Passive)).toBe(true);
		expect(canPair(tcp4Active, tcp4Active)).toBe(false);
		expect(canPair(udp4, rtcp4)).toBe(false);
		// an mDNS name is resolved before pairing: its version is not known yet
		expect(canPair(udp6, mdns)).toBe(true);
	});

	it('picks the highest-priority partner among the compatible ones, not the highest overall', () => {
		// udp6 and the TCP candidate have higher priorities than the relay, but never pair with udp4
		expect(bestPartner(udp4, [udp6, tcp4Passive, relay4])).toBe(relay4);
		expect(bestPartner(udp6, [udp4, tcp4Passive, relay4])).toBeNull();
		expect(bestPartner(tcp4Active, [udp4, tcp4Passive])).toBe(tcp4Passive);
	});
});
