import { describe, expect, it } from 'vitest';
import { checkLocalAddress, localAddresses } from '$lib/server/pipe/interfaces.js';

/** A machine with loopback, one LAN address and a link-local IPv6 address (which needs a zone). */
const MACHINE = {
	lo: [
		{ address: '127.0.0.1', family: 'IPv4', scopeid: undefined },
		{ address: '::1', family: 'IPv6', scopeid: 0 }
	],
	eth0: [
		{ address: '192.0.2.2', family: 'IPv4', scopeid: undefined },
		{ address: 'fe80::1', family: 'IPv6', scopeid: 2 },
		{ address: '2001:db8::2', family: 'IPv6', scopeid: 0 }
	]
} as unknown as Parameters<typeof localAddresses>[0];

describe("the pipe's addresses: this server's own interfaces only", () => {
	const locals = localAddresses(MACHINE);

	it('lists every interface address but the zoned link-local one', () => {
		expect(locals.map((l) => l.address)).toEqual(['127.0.0.1', '::1', '192.0.2.2', '2001:db8::2']);
	});

	it('accepts an address of this machine in any of its text forms', () => {
		const check = checkLocalAddress('2001:0db8:0:0::2', locals);
		expect(check).toMatchObject({ ok: true, local: { address: '2001:db8::2', family: 6 } });
		expect(checkLocalAddress('127.0.0.1', locals)).toMatchObject({ ok: true });
	});

	it('refuses an address of another machine, naming the rule', () => {
		expect(checkLocalAddress('198.51.100.7', locals)).toEqual({
			ok: false,
			code: 'not-local',
			reason: expect.stringContaining('not an address of this server')
		});
	});

	it('says what is wrong with text that is no address', () => {
		expect(checkLocalAddress('6f8d2a41-3b9e-4c57-9f0b-2d1e8c7a5b34.local', locals)).toEqual({
			ok: false,
			code: 'not-an-address',
			reason: expect.stringContaining('mDNS name')
		});
	});

	it.each([
		// another loopback address is not one an interface has
		['127.0.0.2', 'not-local'],
		// the wildcard is no interface's address either
		['0.0.0.0', 'not-local'],
		['::ffff:127.0.0.1', 'not-local'],
		['localhost', 'not-an-address'],
		['', 'not-an-address'],
		['fe80::1%eth0', 'zoned-address']
	])('refuses %j as %s', (address, code) => {
		expect(checkLocalAddress(address, locals)).toMatchObject({ code });
	});

	it("reads this machine's real interfaces: loopback is one of them", () => {
		expect(localAddresses().map((l) => l.address)).toContain('127.0.0.1');
	});
});
