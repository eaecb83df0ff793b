/**
 * The embedded coturn, as the app configures and runs it, against a real coturn on loopback: what
 * the app mints is accepted, expired or tampered credentials are refused, and it relays nowhere
 * the relay policy denies. Needs the Debian package coturn, which
 * scripts/ensure-coturn.js installs (it runs before `npm test`).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	bindingWorks,
	tryAllocate,
	tryPermission,
	tryTcpAllocate
} from '$lib/server/stunClient.js';
import { cidrRange } from '$lib/server/addresses.js';
import {
	coturnOptions,
	findTurnserver,
	launchCoturn,
	type EmbeddedTurn
} from '$lib/server/turn/coturn.js';
import { turnCredentials } from '$lib/server/turn/credentials.js';
import { DENIED_PEER_CIDRS } from '$lib/server/turn/relayPolicy.js';

const binary = findTurnserver('turnserver');

describe('coturn configuration', () => {
	const settings = {
		listeningIps: ['127.0.0.1', '192.168.1.20'],
		port: 3478,
		minPort: 50_000,
		secret: 's3cret',
		dir: '/tmp/peerscope-coturn-x'
	};

	it('writes the relay plan, the secret and the denied ranges into the config', () => {
		const lines = coturnOptions({
			...settings,
			plan: {
				relayIps: ['192.168.1.20'],
				allowLoopbackPeers: false,
				allowedPeerRanges: ['192.168.1.0-192.168.1.255']
			}
		});
		expect(lines).toEqual(
			expect.arrayContaining([
				'listening-ip=127.0.0.1',
				'listening-ip=192.168.1.20',
				'relay-ip=192.168.1.20',
				'listening-port=3478',
				'min-port=50000',
				'max-port=50199',
				'use-auth-secret',
				'static-auth-secret=s3cret',
				'no-tcp-relay',
				'denied-peer-ip=169.254.0.0-169.254.255.255',
				'allowed-peer-ip=192.168.1.0-192.168.1.255',
				'pidfile=/tmp/peerscope-coturn-x/turnserver.pid'
			])
		);
		expect(lines).not.toContain('relay-ip=127.0.0.1');
		expect(lines).not.toContain('allow-loopback-peers');
		expect(lines.filter((line) => line.startsWith('denied-peer-ip='))).toHaveLength(
			DENIED_PEER_CIDRS.length
		);
	});

	it('allows loopback peers only when the plan says so', () => {
		const plan = { relayIps: ['127.0.0.1'], allowLoopbackPeers: true, allowedPeerRanges: [] };
		const lines = coturnOptions({ ...settings, listeningIps: ['127.0.0.1'], plan });
		expect(lines).toContain('allow-loopback-peers');
		expect(lines.some((line) => line.startsWith('allowed-peer-ip='))).toBe(false);
	});

	it('finds the binary by path or on PATH, and says null when it is not there', () => {
		expect(findTurnserver('/nonexistent/turnserver')).toBeNull();
		expect(findTurnserver('peerscope-no-such-binary')).toBeNull();
		if (binary) expect(findTurnserver(binary)).toBe(binary);
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

// CreatePermission only asks coturn whether it would relay to a peer: no packet goes to the peer
// address, so these addresses are safe to name in a test that talks to loopback only.
const permission = async (turn: EmbeddedTurn, ip: string, port = 80) => {
	const { username, credential } = turnCredentials(turn.secret, { ttlSeconds: 60 });
	return tryPermission(
		{ host: '127.0.0.1', port: turn.port },
		{ username, password: credential },
		{ ip, port }
	);
};

describe('coturn is no open relay', () => {
	it('refuses cloud metadata and private peers, and TCP relay, in loopback-only mode', async () => {
		const turn = await launchCoturn({ binary: binary!, listeningIps: ['127.0.0.1'] });
		try {
			expect(await permission(turn, '169.254.169.254')).toMatchObject({ code: 403 });
			for (const ip of ['10.1.2.3', '172.17.0.2', '192.168.1.1', '100.64.0.1', '0.1.2.3']) {
				expect(await permission(turn, ip), ip).toMatchObject({ code: 403 });
			}
			// Loopback-only mode is unchanged: the two relay candidates on 127.0.0.1 reach each other.
			expect(await permission(turn, '127.0.0.1')).toBeNull();
			// RFC 6062: a TCP allocation asked for over TCP is refused (442 Unsupported Transport
			// Protocol); TURN over TCP carrying UDP relay, which browsers use, is another thing.
			const { username, credential } = turnCredentials(turn.secret, { ttlSeconds: 60 });
			expect(
				await tryTcpAllocate(
					{ host: '127.0.0.1', port: turn.port },
					{ username, password: credential }
				)
			).toMatchObject({ code: 442 });
		} finally {
			await turn.close();
		}
	}, 30_000);

	it('relays to the LAN subnet it is served on, and still nowhere else private (LAN mode)', async () => {
		// The LAN plan of an app served on 192.168.77.20/24, run on loopback.
		const turn = await launchCoturn({
			binary: binary!,
			listeningIps: ['127.0.0.1'],
			plan: {
				relayIps: ['127.0.0.1'],
				allowLoopbackPeers: false,
				allowedPeerRanges: [cidrRange('192.168.77.20/24')]
			}
		});
		try {
			expect(await permission(turn, '192.168.77.5')).toBeNull(); // the other device
			expect(await permission(turn, '192.168.78.5')).toMatchObject({ code: 403 });
			expect(await permission(turn, '169.254.169.254')).toMatchObject({ code: 403 });
			expect(await permission(turn, '10.0.0.1')).toMatchObject({ code: 403 });
			expect(await permission(turn, '127.0.0.1')).toMatchObject({ code: 403 });
			// A peer on the internet (a phone on mobile data) is what TURN is for.
			expect(await permission(turn, '8.8.8.8')).toBeNull();
		} finally {
			await turn.close();
		}
	}, 30_000);
});

describe('coturn and loopback peers', () => {
	it('refuses to relay to a loopback peer unless told to allow it (why LAN coturn does not)', async () => {
		const refusing = await launchCoturn({
			binary: binary!,
			listeningIps: ['127.0.0.1'],
			plan: { relayIps: ['127.0.0.1'], allowLoopbackPeers: false, allowedPeerRanges: [] }
		});
		const allowing = await launchCoturn({ binary: binary!, listeningIps: ['127.0.0.1'] });
		try {
			// a loopback-only service on this machine, such as a database port
			expect(await permission(refusing, '127.0.0.1', 5432)).toMatchObject({ code: 403 });
			expect(await permission(allowing, '127.0.0.1', 5432)).toBeNull();
		} finally {
			await refusing.close();
			await allowing.close();
		}
	}, 30_000);
});
