/**
 * The TURN credentials against a real coturn on loopback: what the app mints is accepted, and
 * expired or tampered credentials are refused. Needs the Debian package coturn, which
 * scripts/ensure-coturn.js installs (it runs before `npm test`).
 */
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	bindingWorks,
	decodeStun,
	encodeStun,
	errorCodeOf,
	tryAllocate,
	tryPermission,
	tryTcpAllocate
} from '$lib/server/stun.js';
import {
	cidrRange,
	DENIED_PEER_CIDRS,
	findTurnserver,
	launchCoturn,
	currentTurn,
	embeddedUrls,
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
		expect(listeningIpsFor('127.0.0.1')).toEqual(['127.0.0.1']);
		expect(listeningIpsFor('192.168.1.20')).toEqual(['127.0.0.1', '192.168.1.20']);
	});
});

describe('peer address ranges', () => {
	it('lets relay reach the LAN the app is served on, not container, VM or VPN networks', () => {
		const plan = relayPlan(['127.0.0.1', '192.168.1.20', '172.17.0.1', '10.8.0.6'], {
			wlan0: [
				{
					address: '192.168.1.20',
					cidr: '192.168.1.20/24',
					internal: false,
					family: 'IPv4',
					netmask: '255.255.255.0',
					mac: ''
				}
			],
			docker0: [
				{
					address: '172.17.0.1',
					cidr: '172.17.0.1/16',
					internal: false,
					family: 'IPv4',
					netmask: '255.255.0.0',
					mac: ''
				}
			],
			tun0: [
				{
					address: '10.8.0.6',
					cidr: '10.8.0.6/24',
					internal: false,
					family: 'IPv4',
					netmask: '255.255.255.0',
					mac: ''
				}
			]
		});
		expect(plan.allowedPeerRanges).toEqual(['192.168.1.0-192.168.1.255']);
	});

	it('turns each denied CIDR block into the range coturn takes, first and last address inside it', () => {
		expect(cidrRange('169.254.0.0/16')).toBe('169.254.0.0-169.254.255.255');
		expect(cidrRange('100.64.0.0/10')).toBe('100.64.0.0-100.127.255.255');
		expect(cidrRange('192.168.1.20/24')).toBe('192.168.1.0-192.168.1.255');
		expect(cidrRange('fc00::/7')).toBe(
			'fc00:0:0:0:0:0:0:0-fdff:ffff:ffff:ffff:ffff:ffff:ffff:ffff'
		);
		expect(cidrRange('::ffff:0:0/96')).toBe('0:0:0:0:0:ffff:0:0-0:0:0:0:0:ffff:ffff:ffff');
		expect(cidrRange('::ffff:10.0.0.0/104')).toBe('0:0:0:0:0:ffff:a00:0-0:0:0:0:0:ffff:aff:ffff');
		for (const cidr of DENIED_PEER_CIDRS) {
			const [base, prefix] = cidr.split('/') as [string, string];
			const type = net.isIPv4(base) ? 'ipv4' : 'ipv6';
			const block = new net.BlockList();
			block.addSubnet(base, Number(prefix), type);
			const [first, last] = cidrRange(cidr).split('-') as [string, string];
			expect(block.check(first, type), `${cidr} ${first}`).toBe(true);
			expect(block.check(last, type), `${cidr} ${last}`).toBe(true);
		}
		// The ranges the review named are all there.
		for (const cidr of ['0.0.0.0/8', '10.0.0.0/8', '100.64.0.0/10', '169.254.0.0/16']) {
			expect(DENIED_PEER_CIDRS).toContain(cidr);
		}
		for (const cidr of ['172.16.0.0/12', '192.168.0.0/16', 'fc00::/7', 'fe80::/10']) {
			expect(DENIED_PEER_CIDRS).toContain(cidr);
		}
		expect(() => cidrRange('10.0.0.0/33')).toThrow(/CIDR/);
		expect(() => cidrRange('not-an-ip/8')).toThrow(/CIDR/);
	});
});

describe('coturn is no open relay', () => {
	// CreatePermission only asks coturn whether it would relay to a peer: no packet goes to the peer
	// address, so these addresses are safe to name in a test that talks to loopback only.
	const permission = async (turn: EmbeddedTurn, ip: string) => {
		const { username, credential } = turnCredentials(turn.secret, { ttlSeconds: 60 });
		return tryPermission(
			{ host: '127.0.0.1', port: turn.port },
			{ username, password: credential },
			{ ip, port: 80 }
		);
	};

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
