import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DEFAULT_TTL_S, turnCredentials } from '$lib/server/turn/credentials.js';

describe('TURN REST credentials', () => {
	it('puts the expiry in the username and HMACs it with the secret', () => {
		const c = turnCredentials('s3cret', { name: 'alice', ttlSeconds: 60, now: 1_700_000_000_000 });
		expect(c.username).toBe('1700000060:alice');
		expect(c.expiresAt).toBe(1700000060);
		expect(Buffer.from(c.credential, 'base64')).toHaveLength(20); // SHA-1
		expect(
			turnCredentials('other', { name: 'alice', ttlSeconds: 60, now: 1_700_000_000_000 }).credential
		).not.toBe(c.credential);
	});

	it('is the password coturn computes: base64 of HMAC-SHA1 over the username', () => {
		const c = turnCredentials('s3cret', { now: 1_700_000_000_999 });
		expect(c.username).toBe(`${1_700_000_000 + DEFAULT_TTL_S}:peerscope`);
		expect(c.credential).toBe(createHmac('sha1', 's3cret').update(c.username).digest('base64'));
	});

	it('lasts four hours by default, longer than a call', () => {
		expect(DEFAULT_TTL_S).toBe(14_400);
	});
});
