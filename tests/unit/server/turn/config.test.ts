import { describe, expect, it } from 'vitest';
import { turnSettings } from '$lib/server/turn/config.js';

describe('TURN settings from the environment', () => {
	it('starts the embedded coturn when nothing is set', () => {
		expect(turnSettings({})).toEqual({
			kind: 'embedded',
			binary: 'turnserver',
			port: undefined,
			ttlSeconds: 14_400
		});
		expect(turnSettings({ TURNSERVER: '/opt/coturn/bin/turnserver', TURN_PORT: '3479' })).toEqual({
			kind: 'embedded',
			binary: '/opt/coturn/bin/turnserver',
			port: 3479,
			ttlSeconds: 14_400
		});
	});

	it('uses an external server with its secret, URLs trimmed', () => {
		expect(
			turnSettings({
				TURN_URLS: ' turn:turn.example.org, ,stun:turn.example.org ',
				TURN_SECRET: 'x'
			})
		).toEqual({
			kind: 'external',
			secret: 'x',
			urls: ['turn:turn.example.org', 'stun:turn.example.org'],
			ttlSeconds: 14_400
		});
	});

	it('says why relay is unavailable: no secret, turned off, a port that is none', () => {
		expect(turnSettings({ TURN_URLS: 'turn:turn.example.org' })).toMatchObject({
			kind: 'unavailable',
			reason: 'failed',
			detail: 'TURN_URLS is set but TURN_SECRET is not'
		});
		expect(turnSettings({ TURN_EMBEDDED: 'OFF' })).toMatchObject({
			kind: 'unavailable',
			reason: 'disabled'
		});
		for (const port of ['abc', '0', '65536', '3478.5', '-1']) {
			expect(turnSettings({ TURN_PORT: port }), port).toMatchObject({
				kind: 'unavailable',
				reason: 'failed',
				detail: `TURN_PORT is not a port number (1 to 65535): ${port}`
			});
		}
	});

	it('an external server wins over TURN_EMBEDDED=off', () => {
		expect(
			turnSettings({ TURN_URLS: 'turn:t.example.org', TURN_SECRET: 's', TURN_EMBEDDED: 'off' })
		).toMatchObject({ kind: 'external' });
	});

	it('takes TURN_TTL in whole seconds, else the default', () => {
		expect(turnSettings({ TURN_TTL: '600' }).ttlSeconds).toBe(600);
		for (const ttl of ['', '0', '-5', '1.5', 'soon']) {
			expect(turnSettings({ TURN_TTL: ttl }).ttlSeconds, ttl).toBe(14_400);
		}
	});
});
