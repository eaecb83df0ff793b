/**
 * The TURN credentials against a real coturn on loopback: what the app mints is accepted, and
 * expired or tampered credentials are refused. Needs the Debian package coturn, which
 * scripts/ensure-coturn.js installs (it runs before `npm test`).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	bindingWorks,
	decodeStun,
	encodeStun,
	errorCodeOf,
	tryAllocate,
	tryPermission
} from '$lib/server/stun.js';
import {
	embeddedUrls,
	findTurnserver,
	launchCoturn,
	currentTurn,
	listeningIpsFor,
	relayPlan,
	startTurn,
	turnCredentials,
	type EmbeddedTurn
} from '$lib/server/turn.js';

const binary = findTurnserver('turnserver');

describe('STUN codec', () => {
	it('round-trips a message and reads ERROR-CODE', () => {
		const errorValue = Buffer.from([0, 0, 4, 1, ...Buffer.from('Unauthorized')]);
		const message = decodeStun(
			encodeStun(0x0113, [[0x0009, errorValue]], { key: Buffer.alloc(16) })
		)!;
		expect(message.type).toBe(0x0113);
		expect(errorCodeOf(message)).toEqual({ code: 401, reason: 'Unauthorized' });
		// MESSAGE-INTEGRITY (0x0008) and FINGERPRINT (0x8028) were appended
		expect([...message.attributes.keys()]).toEqual([0x0009, 0x0008, 0x8028]);
		expect(decodeStun(Buffer.from('not stun at all, definitely'))).toBeNull();
	});
});

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

	it('gives the browser the address it used when coturn listens there', () => {
		const turn = { port: 3478, listeningIps: ['127.0.0.1', '192.168.1.20'] };
		expect(embeddedUrls(turn, '192.168.1.20').turnUrls[0]).toBe(
			'turn:192.168.1.20:3478?transport=udp'
		);
		expect(embeddedUrls(turn, 'localhost').stunUrls).toEqual(['stun:127.0.0.1:3478']);
	});
});

describe('relay unavailable, nothing breaks', () => {
	it('says why when coturn is missing, disabled or half-configured', async () => {
		const missing = await startTurn({
			appHost: '127.0.0.1',
			quiet: true,
			env: { TURNSERVER: '/nonexistent/turnserver' }
		});
		expect(missing.state).toMatchObject({ kind: 'unavailable', reason: 'notInstalled' });
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
		const external = await startTurn({
			appHost: '127.0.0.1',
			quiet: true,
			env: { TURN_URLS: 'turn:turn.example.org, stun:turn.example.org', TURN_SECRET: 'x' }
		});
		expect(external.state).toMatchObject({
			kind: 'external',
			urls: ['turn:turn.example.org', 'stun:turn.example.org']
		});
	});
});

describe('coturn refuses expired or tampered credentials', () => {
	let turn: EmbeddedTurn;
	const server = () => ({ host: '127.0.0.1', port: turn.port });

	beforeAll(async () => {
		expect(binary, 'coturn is not installed: run node scripts/ensure-coturn.js').not.toBeNull();
		turn = await launchCoturn({ binary: binary!, listeningIps: ['127.0.0.1'] });
	}, 20_000);
	afterAll(() => turn?.close());

	it('answers STUN Binding', async () => {
		expect(await bindingWorks(server(), 2_000)).toBe(true);
	});

	it('allocates a relay with fresh credentials', async () => {
		const { username, credential } = turnCredentials(turn.secret, { ttlSeconds: 60 });
		expect(await tryAllocate(server(), { username, password: credential })).toBeNull();
	});

	it('refuses expired credentials with 401', async () => {
		const { username, credential } = turnCredentials(turn.secret, {
			ttlSeconds: 60,
			now: Date.now() - 120_000
		});
		expect(await tryAllocate(server(), { username, password: credential })).toMatchObject({
			code: 401
		});
	});

	it('refuses a password made with another secret', async () => {
		const { username, credential } = turnCredentials('not-the-secret', { ttlSeconds: 60 });
		expect(await tryAllocate(server(), { username, password: credential })).toMatchObject({
			code: 401
		});
	});

	it('refuses a username whose expiry was pushed later', async () => {
		const { username, credential } = turnCredentials(turn.secret, { name: 'bob', ttlSeconds: 60 });
		const [expiry] = username.split(':');
		const stretched = `${Number(expiry) + 86_400}:bob`;
		expect(
			await tryAllocate(server(), { username: stretched, password: credential })
		).toMatchObject({ code: 401 });
	});

	it('stops when closed', async () => {
		const other = await launchCoturn({ binary: binary!, listeningIps: ['127.0.0.1'] });
		await other.close();
		expect(await bindingWorks({ host: '127.0.0.1', port: other.port }, 500)).toBe(false);
	}, 20_000);
});

describe('restarts', () => {
	it("keeps the new relay published when the old one closes after it started (Vite's dev restart)", async () => {
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

describe('relay addresses', () => {
	it('relays to loopback only when coturn is reachable from this machine alone', () => {
		expect(relayPlan(['127.0.0.1'])).toEqual({ relayIps: ['127.0.0.1'], allowLoopbackPeers: true });
		expect(relayPlan(['127.0.0.1', '192.168.1.20'])).toEqual({
			relayIps: ['192.168.1.20'],
			allowLoopbackPeers: false
		});
		expect(listeningIpsFor('127.0.0.1')).toEqual(['127.0.0.1']);
		expect(listeningIpsFor('192.168.1.20')).toEqual(['127.0.0.1', '192.168.1.20']);
	});
});

describe('coturn and loopback peers', () => {
	it('refuses to relay to a loopback peer unless told to allow it (why LAN coturn does not)', async () => {
		const refusing = await launchCoturn({
			binary: binary!,
			listeningIps: ['127.0.0.1'],
			plan: { relayIps: ['127.0.0.1'], allowLoopbackPeers: false }
		});
		const allowing = await launchCoturn({ binary: binary!, listeningIps: ['127.0.0.1'] });
		try {
			// a loopback-only service on this machine, such as a database port
			const peer = { ip: '127.0.0.1', port: 5432 };
			const refused = turnCredentials(refusing.secret, { ttlSeconds: 60 });
			expect(
				await tryPermission(
					{ host: '127.0.0.1', port: refusing.port },
					{ username: refused.username, password: refused.credential },
					peer
				)
			).toMatchObject({ code: 403 });
			const allowed = turnCredentials(allowing.secret, { ttlSeconds: 60 });
			expect(
				await tryPermission(
					{ host: '127.0.0.1', port: allowing.port },
					{ username: allowed.username, password: allowed.credential },
					peer
				)
			).toBeNull();
		} finally {
			await refusing.close();
			await allowing.close();
		}
	}, 30_000);
});
