/**
 * startTurn: where relay comes from, and what it publishes for the endpoint. The restart case
 * starts real coturns (scripts/ensure-coturn.js installs it before `npm test`).
 */
import { describe, expect, it } from 'vitest';
import { currentTurn, startTurn } from '$lib/server/turn.js';
import { findTurnserver } from '$lib/server/turn/coturn.js';

const binary = findTurnserver('turnserver');

describe('relay unavailable, nothing breaks', () => {
	it('says why when coturn is missing, disabled or half-configured', async () => {
		const missing = await startTurn({
			appHost: '127.0.0.1',
			quiet: true,
			env: { TURNSERVER: '/nonexistent/turnserver' }
		});
		expect(missing.state).toMatchObject({ kind: 'unavailable', reason: 'notInstalled' });
		expect(currentTurn()).toBe(missing.state);
		const off = await startTurn({
			appHost: '127.0.0.1',
			quiet: true,
			env: { TURN_EMBEDDED: 'off' }
		});
		expect(off.state).toMatchObject({ kind: 'unavailable', reason: 'disabled' });
		const half = await startTurn({
			appHost: '127.0.0.1',
			quiet: true,
			env: { TURN_URLS: 'turn:turn.example.org' }
		});
		expect(half.state).toMatchObject({ kind: 'unavailable', reason: 'failed' });
		const badPort = await startTurn({ appHost: '127.0.0.1', quiet: true, env: { TURN_PORT: 'x' } });
		expect(badPort.state).toMatchObject({ kind: 'unavailable', reason: 'failed' });
		const external = await startTurn({
			appHost: '127.0.0.1',
			quiet: true,
			env: { TURN_URLS: 'turn:turn.example.org, stun:turn.example.org', TURN_SECRET: 'x' }
		});
		expect(external.state).toMatchObject({
			kind: 'external',
			urls: ['turn:turn.example.org', 'stun:turn.example.org']
		});
		expect(currentTurn()).toBe(external.state);
	});
});

describe('restarts', () => {
	it("keeps the new relay published when the old one closes after it started (Vite's dev restart)", async () => {
		expect(binary, 'coturn is not installed: run node scripts/ensure-coturn.js').not.toBeNull();
		const env = { TURNSERVER: binary! };
		const old = await startTurn({ appHost: '127.0.0.1', quiet: true, env });
		const fresh = await startTurn({ appHost: '127.0.0.1', quiet: true, env });
		try {
			expect(fresh.state).toMatchObject({ kind: 'embedded' });
			await old.close();
			expect(currentTurn()).toBe(fresh.state);
		} finally {
			await old.close();
			await fresh.close();
		}
		// Closing the relay that is published does say it stopped.
		expect(currentTurn()).toMatchObject({ kind: 'unavailable', detail: 'stopped' });
	}, 30_000);
});
