import net from 'node:net';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cidrRange, formatIp, isLoopback, mappedIpv4, parseIp } from '$lib/server/addresses.js';
import { DENIED_PEER_CIDRS } from '$lib/server/turn/relayPolicy.js';

describe('IP addresses as numbers', () => {
	it('reads IPv4, compressed IPv6 and an embedded IPv4 tail', () => {
		expect(parseIp('192.0.2.1')).toEqual({ family: 4, value: 0xc0000201n });
		expect(parseIp('::1')).toEqual({ family: 6, value: 1n });
		expect(parseIp('2001:db8::1')).toEqual({ family: 6, value: (0x20010db8n << 96n) + 1n });
		expect(parseIp('::ffff:192.0.2.1')).toEqual(parseIp('::ffff:c000:201'));
		expect(parseIp('fe80::1%eth0')).toEqual(parseIp('fe80::1'));
		for (const text of ['', 'localhost', '1.2.3', '::1::', '[::1]', '2001:db8::/32']) {
			expect(parseIp(text), text).toBeNull();
		}
	});

	it('writes back what it read, in a form net.BlockList reads as the same address', () => {
		const v4 = fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255), fc.nat(255)).map((p) => p.join('.'));
		fc.assert(
			fc.property(v4, (text) => {
				const ip = parseIp(text)!;
				expect(formatIp(ip.value, 4)).toBe(text);
			})
		);
		fc.assert(
			fc.property(fc.ipV6(), (text) => {
				const ip = parseIp(text)!;
				const block = new net.BlockList();
				block.addAddress(text, 'ipv6');
				expect(block.check(formatIp(ip.value, 6), 'ipv6'), text).toBe(true);
			})
		);
	});

	it('finds the IPv4 address in an IPv4-mapped one, and only there', () => {
		expect(mappedIpv4(parseIp('::ffff:10.0.0.2')!)).toBe('10.0.0.2');
		expect(mappedIpv4(parseIp('::ffff:a00:2')!)).toBe('10.0.0.2');
		expect(mappedIpv4(parseIp('::10.0.0.2')!)).toBeNull();
		expect(mappedIpv4(parseIp('10.0.0.2')!)).toBeNull();
	});
});

describe('loopback', () => {
	it('is 127/8, ::1 in any of its forms, and 127/8 mapped into IPv6', () => {
		const loopback = [
			'127.0.0.1',
			'127.1.2.3',
			'127.255.255.255',
			'::1',
			'0:0:0:0:0:0:0:1',
			'::0:1',
			'::ffff:127.0.0.1',
			'::FFFF:127.9.9.9',
			'::ffff:7f00:1'
		];
		for (const address of loopback) expect(isLoopback(address), address).toBe(true);
	});

	it('is nothing else: other addresses, near misses and names', () => {
		const others = [
			'128.0.0.1',
			'126.255.255.255',
			'0.0.0.0',
			'192.168.1.5',
			'::',
			'::2',
			'::ffff:10.0.0.2',
			'::ffff:128.0.0.1',
			// IPv4-compatible (deprecated, RFC 4291 §2.5.5.1) is not the mapped form
			'::127.0.0.1',
			'fe80::1',
			'localhost',
			'127.0.0.1.example',
			''
		];
		for (const address of others) expect(isLoopback(address), address).toBe(false);
	});
});

describe('CIDR blocks as coturn ranges', () => {
	it('gives the first and last address of the block, host bits ignored', () => {
		expect(cidrRange('169.254.0.0/16')).toBe('169.254.0.0-169.254.255.255');
		expect(cidrRange('100.64.0.0/10')).toBe('100.64.0.0-100.127.255.255');
		expect(cidrRange('192.168.1.20/24')).toBe('192.168.1.0-192.168.1.255');
		expect(cidrRange('192.0.2.7/32')).toBe('192.0.2.7-192.0.2.7');
		expect(cidrRange('fc00::/7')).toBe(
			'fc00:0:0:0:0:0:0:0-fdff:ffff:ffff:ffff:ffff:ffff:ffff:ffff'
		);
		expect(cidrRange('::ffff:0:0/96')).toBe('0:0:0:0:0:ffff:0:0-0:0:0:0:0:ffff:ffff:ffff');
		expect(cidrRange('::ffff:10.0.0.0/104')).toBe('0:0:0:0:0:ffff:a00:0-0:0:0:0:0:ffff:aff:ffff');
	});

	it('keeps each denied block inside itself, first and last address', () => {
		for (const cidr of DENIED_PEER_CIDRS) {
			const [base, prefix] = cidr.split('/') as [string, string];
			const type = net.isIPv4(base) ? 'ipv4' : 'ipv6';
			const block = new net.BlockList();
			block.addSubnet(base, Number(prefix), type);
			const [first, last] = cidrRange(cidr).split('-') as [string, string];
			expect(block.check(first, type), `${cidr} ${first}`).toBe(true);
			expect(block.check(last, type), `${cidr} ${last}`).toBe(true);
		}
	});

	it('refuses what is not a CIDR block', () => {
		expect(() => cidrRange('10.0.0.0/33')).toThrow(/CIDR/);
		expect(() => cidrRange('not-an-ip/8')).toThrow(/CIDR/);
		expect(() => cidrRange('10.0.0.0')).toThrow(/CIDR/);
		expect(() => cidrRange('10.0.0.0/-1')).toThrow(/CIDR/);
		expect(() => cidrRange('::/129')).toThrow(/CIDR/);
	});
});
