import { describe, expect, it } from 'vitest';
import { interfaceUrls, lanAddresses, LAN_URLS_ENV, publishedLanUrls } from '$lib/server/lan.js';

const ipv4 = (address: string, internal = false) => ({
	address,
	cidr: `${address}/24`,
	internal,
	family: 'IPv4' as const,
	netmask: '255.255.255.0',
	mac: ''
});
const interfaces = {
	lo: [ipv4('127.0.0.1', true), { ...ipv4('::1', true), family: 'IPv6' as const, scopeid: 0 }],
	wlan0: [ipv4('192.168.1.5'), { ...ipv4('fe80::1'), family: 'IPv6' as const, scopeid: 2 }],
	eth0: [ipv4('10.0.0.2')]
};

describe('LAN join links', () => {
	it('are the IPv4 addresses of the non-loopback interfaces, as URLs of the app', () => {
		expect(lanAddresses(interfaces)).toEqual(['192.168.1.5', '10.0.0.2']);
		expect(interfaceUrls(3000, interfaces)).toEqual([
			'http://192.168.1.5:3000',
			'http://10.0.0.2:3000'
		]);
	});

	it('reads what server.js published, and nothing else', () => {
		expect(publishedLanUrls({ [LAN_URLS_ENV]: '["http://192.168.1.5:3000"]' })).toEqual([
			'http://192.168.1.5:3000'
		]);
		expect(publishedLanUrls({})).toEqual([]);
		expect(publishedLanUrls({ [LAN_URLS_ENV]: 'nope' })).toEqual([]);
		expect(publishedLanUrls({ [LAN_URLS_ENV]: '{"a":1}' })).toEqual([]);
		expect(
			publishedLanUrls({ [LAN_URLS_ENV]: '[1, "javascript:alert(1)", "http://10.0.0.2:3000"]' })
		).toEqual(['http://10.0.0.2:3000']);
	});
});
