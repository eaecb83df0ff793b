import WebSocket, { WebSocketServer } from 'ws';
import { CATALOG } from '$lib/i18n/catalog';
import { afterEach, describe, expect, it } from 'vitest';
import { newRoomId } from '$lib/signaling/roomId.js';
import type { SignalEnvelope } from '$lib/vocabulary';
import {
	BACKOFF_MAX_MS,
	WebSocketChannel,
	backoffDelay,
	signalingUrl,
	type RoomEvent
} from '$lib/signaling/websocketChannel';
import { startSignaling, TestClient } from '../server/harness';

const NodeWebSocket = WebSocket as unknown as typeof globalThis.WebSocket;
const cleanup: (() => unknown)[] = [];
afterEach(async () => {
	for (const run of cleanup.splice(0).reverse()) await run();
});

function until<T extends RoomEvent>(
	channel: WebSocketChannel,
	match: (e: RoomEvent) => e is T
): Promise<T>;
function until(channel: WebSocketChannel, match: (e: RoomEvent) => boolean): Promise<RoomEvent>;
function until(channel: WebSocketChannel, match: (e: RoomEvent) => boolean) {
	return new Promise((resolve) => {
		const stop = channel.onRoomEvent((e) => {
			if (match(e)) {
				stop();
				resolve(e);
			}
		});
	});
}
const joined = (c: WebSocketChannel) => until(c, (e) => e.type === 'joined');

function open(
	url: string,
	room: string,
	extra: Partial<ConstructorParameters<typeof WebSocketChannel>[0]> = {}
) {
	const channel = new WebSocketChannel({
		url,
		room,
		WebSocket: NodeWebSocket,
		random: () => 0,
		...extra
	});
	cleanup.push(() => channel.close());
	return channel;
}

describe('back-off', () => {
	it('doubles from 0.5 s up to 10 s, with jitter in the upper half', () => {
		expect([1, 2, 3, 4, 5, 6, 7].map((n) => backoffDelay(n, () => 1))).toEqual([
			500, 1000, 2000, 4000, 8000, 10000, 10000
		]);
		expect(backoffDelay(1, () => 0)).toBe(250);
		expect(backoffDelay(50, () => 0.5)).toBeLessThanOrEqual(BACKOFF_MAX_MS);
	});

	it('uses the page origin', () => {
		expect(signalingUrl({ protocol: 'http:', host: '192.168.1.5:3000' })).toBe(
			'ws://192.168.1.5:3000/signal'
		);
		expect(signalingUrl({ protocol: 'https:', host: 'peerscope.example' })).toBe(
			'wss://peerscope.example/signal'
		);
	});
});

describe('WebSocket signaling channel against the real server', () => {
	it('carries envelopes between two peers of a room', async () => {
		const server = await startSignaling();
		cleanup.push(() => server.close());
		const room = newRoomId();
		const a = open(server.url, room);
		expect(await joined(a)).toEqual({
			type: 'joined',
			peer: 'A',
			peers: [],
			rttMs: expect.any(Number)
		});
		const b = open(server.url, room);
		const peerJoined = until(a, (e) => e.type === 'peer-joined');
		expect(await joined(b)).toMatchObject({ type: 'joined', peer: 'B', peers: ['A'] });
		await peerJoined;

		const got = new Promise<SignalEnvelope>((resolve) => b.subscribe(resolve));
		const offer: SignalEnvelope = {
			from: 'A',
			to: 'B',
			messageId: 7,
			message: { type: 'offer', description: { type: 'offer', sdp: 'v=0\r\n' } }
		};
		a.send(offer);
		expect(await got).toEqual(offer);

		const bye = until(b, (e) => e.type === 'bye');
		a.close();
		expect(await bye).toEqual({ type: 'bye', from: 'A' });
	});

	it('reconnects with back-off after a server restart, rejoins with its role, and carries messages again', async () => {
		let server = await startSignaling();
		const port = server.port;
		cleanup.push(() => server.close());
		const room = newRoomId();
		const a = open(server.url, room);
		const b = open(server.url, room);
		await joined(a);
		await joined(b);
		const states: string[] = [];
		b.onRoomEvent((e) => e.type === 'state' && states.push(e.state));

		await server.close();
		await until(b, (e) => e.type === 'state' && e.state === 'reconnecting');
		// While the server is down, a candidate waits in the channel.
		b.send({ from: 'B', to: 'A', messageId: 3, message: { type: 'candidate', candidate: null } });
		server = await startSignaling({}, port);
		const [rejoinA, rejoinB] = await Promise.all([joined(a), joined(b)]);
		expect([rejoinA.peer, rejoinB.peer].sort()).toEqual(['A', 'B']);
		expect(rejoinB.peer).toBe('B');
		expect(states).toContain('reconnecting');
		expect(states.at(-1)).toBe('joined');
		const got = new Promise<SignalEnvelope>((resolve) => a.subscribe(resolve));
		// b may have rejoined before a; then its queued candidate met no-peer. Send once more after both are in.
		b.send({ from: 'B', to: 'A', messageId: 4, message: { type: 'candidate', candidate: null } });
		expect((await got).from).toBe('B');
	});

	it('rejoining while its old connection still holds its role, retries until the role is free', async () => {
		const server = await startSignaling();
		cleanup.push(() => server.close());
		const room = newRoomId();
		// The old, dead-but-not-yet-noticed connection of this device, still holding B.
		const stale = await TestClient.open(server.url);
		await stale.ask({ type: 'join', room, peer: 'B' });
		const errors: string[] = [];
		const channel = open(server.url, room, { peer: 'B' });
		channel.onRoomEvent((e) => e.type === 'error' && errors.push(e.code));
		await until(channel, (e) => e.type === 'state' && e.state === 'reconnecting');
		expect(errors).toContain('room-full');
		expect(channel.peer).toBe('B'); // it never takes the other role instead
		stale.ws.terminate(); // the heartbeat would do this
		expect(await joined(channel)).toMatchObject({ peer: 'B' });
	});

	it('reports server errors such as a full room', async () => {
		const server = await startSignaling();
		cleanup.push(() => server.close());
		const room = newRoomId();
		await joined(open(server.url, room));
		await joined(open(server.url, room));
		const third = open(server.url, room);
		expect(await until(third, (e) => e.type === 'error')).toMatchObject({ code: 'room-full' });
	});
});

describe('problems the page finds in the connection itself', () => {
	it('names a catalog key for an unreadable message and for a close as too big', async () => {
		const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
		await new Promise((resolve) => wss.once('listening', resolve));
		cleanup.push(() => new Promise((resolve) => wss.close(resolve)));
		wss.on('connection', (socket) => {
			socket.send('not json');
			socket.close(1009, 'too big');
		});
		const { port } = wss.address() as { port: number };
		const channel = open(`ws://127.0.0.1:${port}/signal`, newRoomId());
		const errors: RoomEvent[] = [];
		await new Promise<void>((resolve) => {
			channel.onRoomEvent((e) => {
				if (e.type === 'error') errors.push(e);
				if (errors.length === 2) resolve();
			});
		});
		channel.close();
		expect(errors.map((e) => e.type === 'error' && [e.code, e.key])).toEqual([
			['protocol', 'call.protocol.unreadable'],
			['protocol', 'call.protocol.tooBig']
		]);
		const unreadable = errors[0] as Extract<RoomEvent, { type: 'error' }>;
		expect(unreadable.params?.detail).toBeTruthy();
		for (const locale of ['en', 'ko'] as const) {
			expect(CATALOG[locale]['call.protocol.tooBig']).toBeTruthy();
			expect(CATALOG[locale]['call.protocol.unreadable']).toContain('{detail}');
		}
	});
});
