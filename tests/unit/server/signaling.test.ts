import fc from 'fast-check';
import net from 'node:net';
import v8 from 'node:v8';
import vm from 'node:vm';
import WebSocket from 'ws';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_PAYLOAD_BYTES } from '$lib/signaling/protocol.js';
import { newRoomId } from '$lib/signaling/roomId.js';
import { addressKey } from '../../../src/lib/server/signaling/connections.js';
import { originAllowed } from '../../../src/lib/server/signaling/server.js';
import { startSignaling, TestClient } from './harness';

const OFFER_SDP = 'v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\na=secret-offer-line\r\n';
const ANSWER_SDP = 'v=0\r\no=- 3 4 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\na=secret-answer-line\r\n';
const candidate = (n: number) => ({
	candidate: `candidate:${n} 1 udp 2122260223 192.0.2.${n % 250} ${50000 + n} typ host`,
	sdpMid: '0',
	sdpMLineIndex: 0,
	usernameFragment: 'abcd'
});

let running: Awaited<ReturnType<typeof startSignaling>>[] = [];
const clients: TestClient[] = [];

async function start(options?: Parameters<typeof startSignaling>[0]) {
	const server = await startSignaling(options);
	running.push(server);
	return server;
}
async function client(url: string, options?: WebSocket.ClientOptions) {
	const c = await TestClient.open(url, options);
	clients.push(c);
	return c;
}
async function pair(url: string, room = newRoomId()) {
	const a = await client(url);
	const b = await client(url);
	const resume = expect.stringMatching(/^[0-9a-f]{32}$/);
	expect(await a.ask({ type: 'join', room })).toEqual({
		type: 'joined',
		room,
		peer: 'A',
		peers: [],
		resume
	});
	expect(await b.ask({ type: 'join', room })).toEqual({
		type: 'joined',
		room,
		peer: 'B',
		peers: ['A'],
		resume
	});
	expect(await a.next()).toEqual({ type: 'peer-joined', peer: 'B' });
	return { a, b, room };
}

afterEach(async () => {
	for (const c of clients.splice(0)) c.ws.terminate();
	await Promise.all(running.map((s) => s.close()));
	running = [];
});

describe('signaling server: a call', () => {
	it('relays a full call: join, offer, answer, candidates both ways, bye', async () => {
		const server = await start();
		const { a, b } = await pair(server.url);

		a.send({ type: 'offer', messageId: 1, description: { type: 'offer', sdp: OFFER_SDP } });
		expect(await b.next()).toEqual({
			type: 'offer',
			messageId: 1,
			description: { type: 'offer', sdp: OFFER_SDP },
			from: 'A'
		});
		b.send({ type: 'answer', messageId: 1, description: { type: 'answer', sdp: ANSWER_SDP } });
		expect(await a.next()).toMatchObject({
			type: 'answer',
			from: 'B',
			description: { sdp: ANSWER_SDP }
		});
		for (let i = 0; i < 3; i++) {
			a.send({ type: 'candidate', messageId: 2 + i, candidate: candidate(i) });
			b.send({ type: 'candidate', messageId: 2 + i, candidate: candidate(100 + i) });
		}
		a.send({ type: 'candidate', messageId: 5, candidate: null }); // end of candidates
		for (let i = 0; i < 3; i++) {
			expect(await b.next()).toEqual({
				type: 'candidate',
				messageId: 2 + i,
				candidate: candidate(i),
				from: 'A'
			});
			expect(await a.next()).toEqual({
				type: 'candidate',
				messageId: 2 + i,
				candidate: candidate(100 + i),
				from: 'B'
			});
		}
		expect(await b.next()).toEqual({ type: 'candidate', messageId: 5, candidate: null, from: 'A' });

		a.send({ type: 'bye' });
		expect(await b.next()).toEqual({ type: 'bye', from: 'A' });
		expect(server.signaling.stats()).toMatchObject({ rooms: 1, members: 1 });

		const joins = server.logs.filter((l) => l.event === 'join');
		expect(joins).toHaveLength(2);
		expect(server.logs.some((l) => l.event === 'leave' && l.reason === 'bye')).toBe(true);
		// Structured lines, and never SDP (nor the full room id).
		const text = JSON.stringify(server.logs);
		expect(text).not.toContain('secret-offer-line');
		expect(text).not.toContain('secret-answer-line');
		expect(text).not.toContain('candidate:');
	});

	it('gives a third peer "room full" and keeps its connection', async () => {
		const server = await start();
		const { room } = await pair(server.url);
		const c = await client(server.url);
		expect(await c.ask({ type: 'join', room })).toMatchObject({
			type: 'error',
			code: 'room-full',
			inReplyTo: 'join'
		});
		const other = newRoomId();
		expect(await c.ask({ type: 'join', room: other })).toMatchObject({
			type: 'joined',
			room: other,
			peer: 'A'
		});
	});

	it('lets a device take its role back from its stale connection with the resume secret', async () => {
		const server = await start();
		const room = newRoomId();
		const a = await client(server.url);
		const joinedA = await a.ask({ type: 'join', room });
		const secret = joinedA.type === 'joined' ? joinedA.resume : '';
		const b = await client(server.url);
		await b.ask({ type: 'join', room });
		await a.next(); // peer-joined
		// Someone with the room code but not the secret cannot take A's place.
		const stranger = await client(server.url);
		expect(
			await stranger.ask({ type: 'join', room, peer: 'A', resume: 'f'.repeat(32) })
		).toMatchObject({ code: 'room-full' });
		// The same device on a new connection, its old one not yet seen dead, takes A back at once.
		const again = await client(server.url);
		expect(await again.ask({ type: 'join', room, peer: 'A', resume: secret })).toEqual({
			type: 'joined',
			room,
			peer: 'A',
			peers: ['B'],
			resume: secret
		});
		expect((await a.closed).code).toBe(4000);
		expect(await b.next()).toEqual({ type: 'peer-joined', peer: 'A' });
		b.send({ type: 'candidate', messageId: 1, candidate: null });
		expect(await again.next()).toMatchObject({ type: 'candidate', from: 'B' });
		// The old connection's close (seen on the server's side) did not free the role the new one holds.
		await server.until(() => server.signaling.stats().connections === 3);
		expect(server.signaling.stats()).toMatchObject({ rooms: 1, members: 2 });
		expect(JSON.stringify(server.logs)).not.toContain(secret);
	});

	it('never gives a peer that asks for its role the other one', async () => {
		const server = await start();
		const room = newRoomId();
		const a = await client(server.url);
		expect(await a.ask({ type: 'join', room })).toMatchObject({ peer: 'A' });
		const again = await client(server.url);
		expect(await again.ask({ type: 'join', room, peer: 'A' })).toMatchObject({
			type: 'error',
			code: 'room-full'
		});
	});

	it('gives a rejoining peer the role it asks for', async () => {
		const server = await start();
		const room = newRoomId();
		const b = await client(server.url);
		expect(await b.ask({ type: 'join', room, peer: 'B' })).toMatchObject({ peer: 'B', peers: [] });
		const a = await client(server.url);
		expect(await a.ask({ type: 'join', room: room.toLowerCase().replace(/-/g, '') })).toMatchObject(
			{ peer: 'A', peers: ['B'], room }
		);
	});

	it('tells a sender when nobody else is in the room', async () => {
		const server = await start();
		const a = await client(server.url);
		await a.ask({ type: 'join', room: newRoomId() });
		expect(await a.ask({ type: 'candidate', messageId: 1, candidate: null })).toMatchObject({
			code: 'no-peer',
			inReplyTo: 'candidate'
		});
	});

	it('never lets a message reach another room (property)', async () => {
		const server = await start({ rateCapacity: 10_000 });
		await fc.assert(
			fc.asyncProperty(
				fc.integer({ min: 2, max: 6 }),
				fc.array(fc.tuple(fc.nat(), fc.boolean()), { minLength: 1, maxLength: 40 }),
				async (roomCount, sends) => {
					const rooms = await Promise.all(
						Array.from({ length: roomCount }, () => pair(server.url))
					);
					// Each message carries a unique id; remember which client must receive it.
					const expected = new Map<TestClient, number[]>();
					const senders = new Set<TestClient>();
					sends.forEach(([pick, fromA], i) => {
						const r = rooms[pick % roomCount]!;
						const [from, to] = fromA ? [r.a, r.b] : [r.b, r.a];
						from.send({ type: 'candidate', messageId: i, candidate: candidate(i) });
						senders.add(from);
						expected.set(to, [...(expected.get(to) ?? []), i]);
					});
					const got = new Map<TestClient, number[]>();
					const collect = async (c: TestClient) => {
						const ids = (await c.drain()).map((m) => (m.type === 'candidate' ? m.messageId : -1));
						got.set(c, [...(got.get(c) ?? []), ...ids]);
					};
					// A sender's own round trip proves the server has relayed what it sent before.
					for (const s of senders) await collect(s);
					for (const r of rooms) {
						for (const c of [r.a, r.b]) {
							await collect(c);
							expect(got.get(c)).toEqual(expected.get(c) ?? []);
						}
						r.a.ws.terminate();
						r.b.ws.terminate();
					}
				}
			),
			{ numRuns: 15 }
		);
	});
});

describe('signaling server: bad input', () => {
	it('answers invalid JSON with an error and keeps the connection', async () => {
		const server = await start();
		const a = await client(server.url);
		expect(await a.ask('{"type": "join", room')).toMatchObject({ type: 'error', code: 'bad-json' });
		expect(await a.ask('[1,2]')).toMatchObject({ code: 'invalid-message' });
		expect(await a.ask({ room: 'x' })).toMatchObject({ code: 'invalid-message' });
		const room = newRoomId();
		expect(await a.ask({ type: 'join', room })).toMatchObject({ type: 'joined', room });
	});

	it('answers unknown types and invalid fields, naming them', async () => {
		const server = await start();
		const a = await client(server.url);
		expect(await a.ask({ type: 'subscribe' })).toMatchObject({
			code: 'unknown-type',
			inReplyTo: 'subscribe'
		});
		expect(await a.ask({ type: 'join', room: 'not-a-room' })).toMatchObject({
			code: 'invalid-message',
			inReplyTo: 'join'
		});
		expect(
			await a.ask({ type: 'offer', messageId: 1, description: { type: 'offer', sdp: 'v=0' } })
		).toMatchObject({ code: 'not-in-room' });
		await a.ask({ type: 'join', room: newRoomId() });
		const bad = await a.ask({
			type: 'offer',
			messageId: 1,
			description: { type: 'answer', sdp: '' }
		});
		expect(bad).toMatchObject({ code: 'invalid-message', inReplyTo: 'offer' });
		expect(bad.type === 'error' && bad.message).toContain('description.type');
		expect(await a.ask({ type: 'bye', extra: 1 })).toMatchObject({ code: 'invalid-message' });
		expect(await a.ask({ type: 'join', room: newRoomId() })).toMatchObject({
			code: 'already-joined'
		});
		a.ws.send(Buffer.from([1, 2, 3]));
		expect(await a.next()).toMatchObject({ code: 'invalid-message' });
		expect(a.ws.readyState).toBe(WebSocket.OPEN);
	});

	it('refuses a frame over 64 KB by closing with 1009, and others carry on', async () => {
		const server = await start();
		const { a, b } = await pair(server.url);
		const sdp = 'a'.repeat(MAX_PAYLOAD_BYTES);
		a.send({ type: 'offer', messageId: 1, description: { type: 'offer', sdp } });
		expect((await a.closed).code).toBe(1009);
		expect(b.ws.readyState).toBe(WebSocket.OPEN);
		expect(server.logs.some((l) => l.event === 'error' && String(l.code).includes('LENGTH'))).toBe(
			true
		);
		// Just under the limit is fine (a real SDP of tens of KB).
		const c = await client(server.url);
		expect(
			await c.ask({ type: 'join', room: newRoomId(), peer: 'B', pad: 'x'.repeat(60_000) })
		).toMatchObject({ code: 'invalid-message' });
	});

	it('rate-limits each connection with a token bucket, then closes a flooder', async () => {
		let now = 0;
		const server = await start({
			now: () => now,
			rateCapacity: 5,
			ratePerSecond: 2,
			rateStrikes: 3
		});
		const { a, b } = await pair(server.url);
		// pair() used one token of each bucket for its join.
		for (let i = 0; i < 4; i++) a.send({ type: 'candidate', messageId: i, candidate: null });
		expect(await a.ask({ type: 'candidate', messageId: 9, candidate: null })).toMatchObject({
			code: 'rate-limited'
		});
		for (let i = 0; i < 4; i++) expect(await b.next()).toMatchObject({ messageId: i });
		now += 1000; // two tokens later
		a.send({ type: 'candidate', messageId: 10, candidate: null });
		expect(await b.next()).toMatchObject({ messageId: 10 });
		// b's bucket is its own.
		b.send({ type: 'candidate', messageId: 11, candidate: null });
		expect(await a.next()).toMatchObject({ messageId: 11 });
		a.send({ type: 'candidate', messageId: 12, candidate: null });
		a.send({ type: 'candidate', messageId: 13, candidate: null }); // second strike
		a.send({ type: 'candidate', messageId: 14, candidate: null }); // third: closed
		expect((await a.closed).code).toBe(1008);
	});
});

describe('signaling server: limits on rooms and connections', () => {
	it('drops a room nobody met in as soon as it empties, and caps joins per connection', async () => {
		const server = await start({ maxJoinsPerConnection: 40 });
		const a = await client(server.url);
		for (let i = 0; i < 40; i++) {
			expect(await a.ask({ type: 'join', room: newRoomId() })).toMatchObject({ type: 'joined' });
			a.send({ type: 'bye' });
		}
		await a.drain(); // the last bye has been handled
		expect(server.signaling.stats()).toEqual({ rooms: 0, members: 0, connections: 1 });
		expect(await a.ask({ type: 'join', room: newRoomId() })).toMatchObject({
			type: 'error',
			code: 'too-many-rooms',
			inReplyTo: 'join'
		});
		expect(a.ws.readyState).toBe(WebSocket.OPEN);
		// A page's new connection (reset, reconnect) starts its own count.
		const again = await client(server.url);
		expect(await again.ask({ type: 'join', room: newRoomId() })).toMatchObject({ type: 'joined' });
	});

	it('refuses a new room with server-busy at the global cap, still letting peers into existing ones', async () => {
		const server = await start({ maxRooms: 2 });
		const first = await client(server.url);
		const room = newRoomId();
		await first.ask({ type: 'join', room });
		const second = await client(server.url);
		await second.ask({ type: 'join', room: newRoomId() });
		const third = await client(server.url);
		expect(await third.ask({ type: 'join', room: newRoomId() })).toMatchObject({
			type: 'error',
			code: 'server-busy',
			inReplyTo: 'join'
		});
		expect(await third.ask({ type: 'join', room })).toMatchObject({ type: 'joined', peer: 'B' });
		second.send({ type: 'bye' }); // its room goes at once: nobody met there
		const fourth = await client(server.url);
		await second.drain();
		expect(await fourth.ask({ type: 'join', room: newRoomId() })).toMatchObject({
			type: 'joined'
		});
		expect(server.logs.filter((l) => l.code === 'server-busy')).toHaveLength(1);
	});

	it('caps live rooms per address, counting rooms kept after a call until they expire', async () => {
		let now = 0;
		const server = await start({ now: () => now, maxRoomsPerAddress: 2, emptyRoomMs: 1_000 });
		const first = await pair(server.url);
		const second = await pair(server.url);
		const c = await client(server.url);
		expect(await c.ask({ type: 'join', room: newRoomId() })).toMatchObject({
			code: 'too-many-rooms'
		});
		// Joining someone else's room is not creating one.
		expect(server.signaling.stats().rooms).toBe(2);
		for (const x of [first.a, first.b, second.a, second.b]) await x.close();
		await server.until(() => server.signaling.stats().connections === 1);
		// Kept for a comeback, so still counted...
		expect(await c.ask({ type: 'join', room: newRoomId() })).toMatchObject({
			code: 'too-many-rooms'
		});
		now += 1_000;
		server.signaling.sweep(); // ...until they expire
		expect(await c.ask({ type: 'join', room: newRoomId() })).toMatchObject({ type: 'joined' });
	});

	it('closes a connection over the per-address or global cap with 1013 and says why', async () => {
		const server = await start({ maxConnectionsPerAddress: 2 });
		const a = await client(server.url);
		await client(server.url);
		const over = await client(server.url);
		expect(await over.next()).toMatchObject({ type: 'error', code: 'too-many-connections' });
		expect((await over.closed).code).toBe(1013);
		await a.close();
		await server.until(() => server.signaling.stats().connections === 1);
		const room = newRoomId();
		expect(await (await client(server.url)).ask({ type: 'join', room })).toMatchObject({
			type: 'joined'
		});

		const busy = await start({ maxConnections: 1 });
		await client(busy.url);
		const refused = await client(busy.url);
		expect(await refused.next()).toMatchObject({ type: 'error', code: 'server-busy' });
		expect((await refused.closed).code).toBe(1013);
		expect(busy.signaling.stats().connections).toBe(1);
	});

	it.each([
		['192.0.2.7', '192.0.2.7'],
		['::ffff:192.0.2.7', '192.0.2.7'],
		['2001:db8:1:2:aaaa::1', '2001:db8:1:2::/64'],
		['2001:db8:1:2:bbbb:cccc:dddd:eeee', '2001:db8:1:2::/64'],
		['2001:db8::1', '2001:db8:0:0::/64'],
		['::1', '0:0:0:0::/64'],
		[undefined, 'unknown']
	])('counts IPv4 by address and IPv6 by its /64: %s as %s', (address, key) => {
		expect(addressKey(address)).toBe(key);
	});
});

describe('signaling server: binary frames', () => {
	it('charges binary frames to the token bucket: a flood of them is closed, not answered each', async () => {
		const now = 0; // frozen: the bucket never refills
		const server = await start({
			now: () => now,
			rateCapacity: 5,
			ratePerSecond: 2,
			rateStrikes: 3
		});
		const a = await client(server.url);
		for (let i = 0; i < 2000; i++) a.ws.send(Buffer.from([i & 0xff]));
		expect((await a.closed).code).toBe(1008);
		// 5 answered as invalid, 2 refused as rate-limited, the third strike closes: 7 replies, not 2,000.
		const codes = a.received.map((m) => (m.type === 'error' ? m.code : m.type));
		expect(codes).toEqual([
			...Array<string>(5).fill('invalid-message'),
			'rate-limited',
			'rate-limited'
		]);
		expect(server.logs.filter((l) => l.event === 'error').length).toBeLessThanOrEqual(8);
	});
});

describe('signaling server: a peer that stops reading', () => {
	it('cuts a connection whose unread frames pass the limit instead of queueing them forever', async () => {
		const server = await start({ rateCapacity: 100_000 });
		const { a, b } = await pair(server.url);
		// b's page hangs: nothing it is sent is read any more, so the kernel's buffers fill, then ws's.
		(b.ws as unknown as { _socket: import('node:net').Socket })._socket.pause();
		const sdp = 'a'.repeat(50_000);
		const cut = () => server.logs.some((l) => l.code === 'slow-consumer');
		// Several times the kernel's loopback buffers and MAX_BUFFERED_BYTES together.
		for (let i = 0; i < 2000 && !cut(); i++) {
			a.send({ type: 'offer', messageId: i, description: { type: 'offer', sdp } });
			if (i % 20 === 19) await a.drain(); // the server has handled these
		}
		expect(cut()).toBe(true);
		await server.until(() => server.signaling.stats().connections === 1);
		// The sender is told the other side is gone, and keeps its connection.
		await a.drain();
		const answer = await a.ask({ type: 'candidate', messageId: 1, candidate: null });
		expect(answer).toMatchObject({ code: 'no-peer' });
	}, 30_000);
});

describe('signaling server: connections and rooms over time', () => {
	it('frees the role of a peer that disconnects abruptly', async () => {
		const server = await start();
		const { a, b, room } = await pair(server.url);
		b.ws.terminate();
		await server.until(() => server.signaling.stats().connections === 1);
		expect(server.signaling.stats()).toMatchObject({ rooms: 1, members: 1, connections: 1 });
		expect(await a.ask({ type: 'candidate', messageId: 1, candidate: null })).toMatchObject({
			code: 'no-peer'
		});
		const again = await client(server.url);
		expect(await again.ask({ type: 'join', room })).toMatchObject({ peer: 'B', peers: ['A'] });
		expect(await a.next()).toEqual({ type: 'peer-joined', peer: 'B' });
	});

	it('cuts a connection that stops answering pings, keeps one that answers', async () => {
		const server = await start();
		const live = await client(server.url);
		const dead = await client(server.url, { autoPong: false });
		const pinged = live.pinged();
		server.signaling.heartbeat(); // ping both
		await pinged; // live has sent its pong...
		await live.drain(); // ...and the server has read it: frames arrive in order
		server.signaling.heartbeat(); // dead missed its pong: terminated
		expect((await dead.closed).code).toBe(1006);
		expect(live.ws.readyState).toBe(WebSocket.OPEN);
		expect(server.logs.some((l) => l.reason === 'heartbeat timeout')).toBe(true);
	});

	it('answers an upgrade with a malformed request-target 400 and keeps serving', async () => {
		const server = await start();
		// Raw bytes: no client library would send these request-targets.
		const raw = (target: string) =>
			new Promise<string>((resolve, reject) => {
				const socket = net.connect(server.port, '127.0.0.1', () =>
					socket.write(
						`GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: Upgrade\r\n` +
							'Upgrade: websocket\r\nSec-WebSocket-Version: 13\r\n' +
							'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n'
					)
				);
				let answer = '';
				socket.on('data', (chunk) => (answer += String(chunk)));
				socket.on('end', () => resolve(answer));
				socket.on('error', reject);
			});
		for (const target of ['http://[', 'http://[::1', 'http://a:b/']) {
			expect(await raw(target)).toMatch(/^HTTP\/1\.1 400 /);
		}
		expect(server.logs.filter((l) => l.code === 'bad-request-target')).toHaveLength(3);
		// The same server still takes calls.
		const a = await client(server.url);
		expect(await a.ask({ type: 'join', room: newRoomId() })).toMatchObject({ type: 'joined' });
	});

	it('checks the Origin of the handshake against the Host', async () => {
		const server = await start();
		const host = `127.0.0.1:${server.port}`;
		await expect(client(server.url, { origin: 'http://evil.example' })).rejects.toThrow(/403/);
		const same = await client(server.url, { origin: `http://${host}` });
		expect(same.ws.readyState).toBe(WebSocket.OPEN);
		await expect(
			client(server.url, { origin: `http://127.0.0.1:${server.port + 1}` })
		).rejects.toThrow(/403/);
		expect(server.logs.filter((l) => l.code === 'origin')).toHaveLength(2);
	});

	it('accepts the public ORIGIN behind a proxy that rewrites Host, and nothing malformed', () => {
		const req = (origin: string | undefined, host: string) =>
			({ headers: { origin, host } }) as unknown as import('node:http').IncomingMessage;
		expect(
			originAllowed(req('https://peerscope.example', 'internal:3000'), 'https://peerscope.example')
		).toBe(true);
		expect(
			originAllowed(req('https://evil.example', 'internal:3000'), 'https://peerscope.example')
		).toBe(false);
		expect(originAllowed(req('https://evil.example', 'internal:3000'), undefined)).toBe(false);
		expect(originAllowed(req('null', 'internal:3000'), undefined)).toBe(false);
		expect(originAllowed(req('http://[::1]:3000', '[::1]:3000'), undefined)).toBe(true);
		expect(originAllowed(req(undefined, 'internal:3000'), undefined)).toBe(true);
	});

	it('expires idle rooms (closing their peers) and empty rooms', async () => {
		let now = 0;
		const server = await start({ now: () => now, idleRoomMs: 60_000, emptyRoomMs: 10_000 });
		const { a, b } = await pair(server.url);
		// A room where a call took place stays after both left, for them to come back to.
		const left = await pair(server.url);
		await left.a.close();
		await left.b.close();
		await server.until(() => server.signaling.stats().connections === 2);
		expect(server.signaling.stats().rooms).toBe(2);

		now = 9_999;
		server.signaling.sweep();
		expect(server.signaling.stats().rooms).toBe(2);
		now = 10_000; // the empty room goes
		server.signaling.sweep();
		expect(server.signaling.stats().rooms).toBe(1);

		now = 59_000;
		a.send({ type: 'candidate', messageId: 1, candidate: null }); // use keeps a room alive
		await b.next();
		now = 60_000;
		server.signaling.sweep();
		expect(server.signaling.stats().rooms).toBe(1);
		now = 119_000;
		server.signaling.sweep();
		expect(await a.next()).toMatchObject({ code: 'room-expired' });
		expect(await b.next()).toMatchObject({ code: 'room-expired' });
		expect((await a.closed).code).toBe(1000);
		await b.closed;
		await server.until(() => server.signaling.stats().connections === 0); // the server's side
		expect(server.signaling.stats()).toEqual({ rooms: 0, members: 0, connections: 0 });
	});

	it('returns to its baseline of rooms and memory after 1,000 join/leave cycles', async () => {
		v8.setFlagsFromString('--expose-gc');
		const gc = vm.runInNewContext('gc') as () => void;
		let now = 0;
		// Logging to nowhere: the captured log lines would be the only thing that grows.
		const server = await start({ now: () => now, emptyRoomMs: 1, log: () => {} });
		const url = server.url;
		const cycle = async () => {
			const { a, b } = await pair(url);
			a.send({ type: 'offer', messageId: 1, description: { type: 'offer', sdp: OFFER_SDP } });
			await b.next();
			b.send({ type: 'bye' });
			await a.next();
			a.ws.terminate();
			b.ws.terminate();
			clients.length = 0;
		};
		const settled = async () => {
			await server.until(() => server.signaling.stats().connections === 0);
			now += 10;
			server.signaling.sweep();
		};
		for (let i = 0; i < 50; i++) await cycle(); // warm up
		await settled();
		gc();
		const baseline = process.memoryUsage().heapUsed;
		// Swept as it goes, as the server's timer would: the per-address room count must come back
		// down with every expired room, or its cap would refuse the joins after a couple of hundred.
		for (let i = 0; i < 1000; i++) {
			await cycle();
			if (i % 50 === 49) await settled();
		}
		await settled();
		expect(server.signaling.stats()).toEqual({ rooms: 0, members: 0, connections: 0 });
		gc();
		const growth = process.memoryUsage().heapUsed - baseline;
		// Measured: about 1 MB after 300 to 3,000 cycles alike (V8 and ws warming up, not growing with
		// the count); 1,000 leaked rooms with their sockets would be several times the limit.
		expect(growth).toBeLessThan(4 * 1024 * 1024);
	}, 60_000);
});
