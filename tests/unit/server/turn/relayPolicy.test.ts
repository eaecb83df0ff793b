import { describe, expect, it } from 'vitest';
import {
	DENIED_PEER_CIDRS,
	embeddedUrls,
	lanPeerRanges,
	listeningIpsFor,
	relayPlan
} from '$lib/server/turn/relayPolicy.js';

const ipv4 = (address: string, cidr: string, internal = false) => ({
	address,
	cidr,
	internal,
	family: 'IPv4' as const,
	netmask: '',
	mac: ''
});
const interfaces = {
	lo: [ipv4('127.0.0.1', '127.0.0.1/8', true)],
	wlan0: [ipv4('192.168.1.20', '192.168.1.20/24')],
	docker0: [ipv4('172.17.0.1', '172.17.0.1/16')],
	tun0: [ipv4('10.8.0.6', '10.8.0.6/24')]
};

describe('where coturn listens', () => {
	it('on loopback, and on the app address or every LAN address when the app is there', () => {
		expect(listeningIpsFor('127.0.0.1', interfaces)).toEqual(['127.0.0.1']);
		expect(listeningIpsFor('192.168.1.20', interfaces)).toEqual(['127.0.0.1', '192.168.1.20']);
		expect(listeningIpsFor('0.0.0.0', interfaces)).toEqual([
			'127.0.0.1',
			'192.168.1.20',
			'172.17.0.1',
			'10.8.0.6'
		]);
		// coturn's listeners here are IPv4: an IPv6 app address adds none.
		expect(listeningIpsFor('::1', interfaces)).toEqual(['127.0.0.1']);
	});
});

describe('relay addresses', () => {
	it('relays to loopback only when coturn is reachable from this machine alone', () => {
		expect(relayPlan(['127.0.0.1'], interfaces)).toEqual({
			relayIps: ['127.0.0.1'],
			allowLoopbackPeers: true,
			allowedPeerRanges: []
		});
		expect(relayPlan(['127.0.0.1', '192.168.1.20'], interfaces)).toEqual({
			relayIps: ['192.168.1.20'],
			allowLoopbackPeers: false,
			allowedPeerRanges: ['192.168.1.0-192.168.1.255']
		});
		// Every loopback address counts as loopback, not only 127.0.0.1.
		expect(relayPlan(['127.0.0.1', '127.0.1.1'], interfaces).allowLoopbackPeers).toBe(true);
	});
});

describe('peer address ranges', () => {
	it('lets relay reach the LAN the app is served on, not container, VM or VPN networks', () => {
		const plan = relayPlan(['127.0.0.1', '192.168.1.20', '172.17.0.1', '10.8.0.6'], interfaces);
		expect(plan.allowedPeerRanges).toEqual(['192.168.1.0-192.168.1.255']);
		expect(lanPeerRanges(['172.17.0.1', '10.8.0.6'], interfaces)).toEqual([]);
		// An address on no interface (or one without a CIDR) opens nothing.
		expect(lanPeerRanges(['192.168.9.9'], interfaces)).toEqual([]);
	});

	it('denies the special-purpose and private ranges the review named', () => {
		for (const cidr of ['0.0.0.0/8', '10.0.0.0/8', '100.64.0.0/10', '169.254.0.0/16']) {
			expect(DENIED_PEER_CIDRS).toContain(cidr);
		}
		for (const cidr of ['172.16.0.0/12', '192.168.0.0/16', 'fc00::/7', 'fe80::/10']) {
			expect(DENIED_PEER_CIDRS).toContain(cidr);
		}
	});
});

describe("the browser's TURN URLs", () => {
	it('gives the browser the address it used when coturn listens there', () => {
		const turn = { port: 3478, listeningIps: ['127.0.0.1', '192.168.1.20'] };
		expect(embeddedUrls(turn, '192.168.1.20')).toEqual({
			stunUrls: ['stun:192.168.1.20:3478'],
			turnUrls: ['turn:192.168.1.20:3478?transport=udp', 'turn:192.168.1.20:3478?transport=tcp']
		});
		expect(embeddedUrls(turn, 'localhost').stunUrls).toEqual(['stun:127.0.0.1:3478']);
		expect(embeddedUrls(turn, '[::1]').stunUrls).toEqual(['stun:127.0.0.1:3478']);
		expect(embeddedUrls({ port: 3478, listeningIps: ['::1'] }, '[::1]').stunUrls).toEqual([
			'stun:[::1]:3478'
		]);
	});
});
