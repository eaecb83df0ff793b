import { describe, expect, it } from 'vitest';
import { isLoopback, lanUrls, LAN_URLS_ENV } from '$lib/server/lan';

describe('LAN join links', () => {
	it('recognises loopback client addresses', () => {
		expect(['127.0.0.1', '127.1.2.3', '::1', '::ffff:127.0.0.1'].map(isLoopback)).toEqual([
			true,
			true,
			true,
			true
		]);
		expect(['192.168.1.5', '::ffff:10.0.0.2', 'fe80::1'].map(isLoopback)).toEqual([
			false,
			false,
			false
		]);
	});

	it('reads what server.js published, and nothing else', () => {
		expect(lanUrls({ [LAN_URLS_ENV]: '["http://192.168.1.5:3000"]' })).toEqual([
			'http://192.168.1.5:3000'
		]);
		expect(lanUrls({})).toEqual([]);
		expect(lanUrls({ [LAN_URLS_ENV]: 'nope' })).toEqual([]);
		expect(
			lanUrls({ [LAN_URLS_ENV]: '[1, "javascript:alert(1)", "http://10.0.0.2:3000"]' })
		).toEqual(['http://10.0.0.2:3000']);
	});
});
