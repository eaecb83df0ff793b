/**
 * The conntrack reader on real output captured in the lab's NAT namespaces
 * (tests/fixtures/nat/conntrack-*.txt: `conntrack -E -o extended` events, then a final
 * `conntrack -L -o extended` listing).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mappingKey, mappingsFrom, parseConntrackLine } from '$lib/nat/conntrack.js';

const fixture = (name: string) => readFileSync(`tests/fixtures/nat/${name}`, 'utf8');

describe('parseConntrackLine', () => {
	it('reads the original and reply tuples of a NEW event', () => {
		const entry = parseConntrackLine(
			'    [NEW] ipv4     2 udp      17 30 src=192.0.2.10 dst=203.0.113.3 sport=53686 dport=3478 [UNREPLIED] src=203.0.113.3 dst=203.0.113.10 sport=3478 dport=43363'
		);
		expect(entry).toEqual({
			event: 'NEW',
			protocol: 'udp',
			internal: '192.0.2.10:53686',
			remote: '203.0.113.3:3478',
			external: '203.0.113.10:43363',
			replied: false
		});
	});
	it('reads a listing line with TCP state and flags', () => {
		const entry = parseConntrackLine(
			'ipv4     2 tcp      6 9 CLOSE src=198.51.100.20 dst=203.0.113.3 sport=45500 dport=3478 src=203.0.113.3 dst=203.0.113.20 sport=3478 dport=45500 [ASSURED] mark=0 use=1'
		);
		expect(entry).toMatchObject({ event: null, protocol: 'tcp', replied: true });
		expect(entry?.external).toBe('203.0.113.20:45500');
	});
	it('refuses what is not a UDP/TCP IPv4 connection', () => {
		expect(
			parseConntrackLine('conntrack v1.4.7 (conntrack-tools): 4 flow events have been shown.')
		).toBeNull();
		expect(
			parseConntrackLine(
				'ipv4     2 icmp     1 29 src=192.0.2.10 dst=203.0.113.3 type=8 code=0 id=1'
			)
		).toBeNull();
		expect(
			parseConntrackLine('ipv4 2 udp 17 30 src=192.0.2.10 dst=203.0.113.3 sport=1')
		).toBeNull();
	});
});

describe('mappingsFrom on captured samples', () => {
	it('shows a symmetric NAT giving one internal port a new public port per destination', () => {
		const mappings = mappingsFrom(fixture('conntrack-symmetric-a.txt'), 'a', 0);
		const fromOnePort = mappings.filter((m) => m.internal === '192.0.2.10:53686');
		const destinations = new Set(fromOnePort.map((m) => m.remote));
		const publicPorts = new Set(fromOnePort.map((m) => m.external));
		expect(destinations.size).toBeGreaterThan(2);
		// RFC 4787 §4.1 address-and-port-dependent mapping: as many public ports as destinations.
		expect(publicPorts.size).toBe(destinations.size);
		for (const m of mappings) expect(m.external.startsWith('203.0.113.10:')).toBe(true);
		// Events and the final listing name the same flows once each, by key.
		expect(new Set(mappings.map(mappingKey)).size).toBe(destinations.size + 1);
	});
	it('shows a UDP-blocked network with only its TCP flow to TURN', () => {
		const mappings = mappingsFrom(fixture('conntrack-udp-blocked-a.txt'), 'a', 5);
		expect(mappings.length).toBeGreaterThan(0);
		for (const m of mappings) {
			expect(m).toMatchObject({ nat: 'a', protocol: 'tcp', remote: '203.0.113.3:3478', t: 5 });
		}
	});
});
