import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newRoomId } from '$lib/signaling/roomId.js';
import { storesFromEnv } from '../../../src/lib/server/classroom/backends.js';
import { startRedisServer, type RedisServer } from '../../../scripts/redis.js';
import { closedAfterEach } from '../helpers/cleanup';
import { ClassClient, entry, startHub, STEP } from './classroom/harness';
import { TestClient } from './harness';

/**
 * Two app instances on one real redis-server (started here on a free loopback port, stopped
 * afterwards, also when a test fails): a class whose teacher is on one and whose students are on
 * the other, and a two-device call whose devices sit on different instances.
 */
let redis: RedisServer;
beforeAll(async () => {
	redis = await startRedisServer();
});
afterAll(async () => {
	await redis?.stop();
});

type Instance = Awaited<ReturnType<typeof startHub>> & { stop(): Promise<void> };
const keep = closedAfterEach();

async function instance(): Promise<Instance> {
	const shared = await storesFromEnv(redis.url);
	const hub = await startHub(
		{ store: shared.classes, instance: shared.instance },
		{ registry: shared.registry }
	);
	const running = {
		...hub,
		async stop() {
			await hub.close();
			await shared.close();
		}
	};
	return keep(running, (i) => i.stop());
}
async function classClient(url: string) {
	return keep(await ClassClient.open(url), (c) => c.close());
}
async function signalClient(url: string) {
	return keep(await TestClient.open(url), (c) => c.ws.terminate());
}

/** Waits until everything instance `from` published so far has reached instance `to`. */
async function barrier(from: Instance, to: Instance) {
	const teacher = await classClient(from.url);
	const { code } = await teacher.createClass();
	const student = await classClient(to.url);
	await student.joinClass(code);
	teacher.send({ type: 'publish', masked: true, entries: [entry(1)] });
	await student.nextOf('entries');
}

describe('classroom across two instances (Redis)', () => {
	it('says so when REDIS_URL names a Redis that cannot be reached', async () => {
		await expect(storesFromEnv('redis://:hunter2@127.0.0.1:1')).rejects.toThrow(
			/^REDIS_URL is set, but Redis at redis:\/\/:\*\*\*@127\.0\.0\.1:1 cannot be reached/
		);
	});

	it('serves one class: teacher on one instance, students on the other', async () => {
		const one = await instance();
		const two = await instance();
		const teacher = await classClient(one.url);
		const { code } = await teacher.createClass();
		teacher.send({ type: 'publish', masked: true, entries: [entry(1), entry(2)] });
		teacher.send({ type: 'step', step: STEP });

		// The teacher's frames are handled in order: once this one is refused, the step is stored.
		expect(await teacher.ask({ type: 'checkpoint-close' })).toMatchObject({
			code: 'no-checkpoint'
		});
		const student = await classClient(two.url);
		const joined = await student.ask({ type: 'join', code });
		expect(joined).toMatchObject({ type: 'joined', code, masked: true, teacher: true });
		if (joined.type !== 'joined') return;
		expect(joined.log.map((e) => e.id)).toEqual([1, 2]);
		expect(joined.step).toEqual(STEP);

		teacher.send({ type: 'publish', masked: true, entries: [entry(3)] });
		expect(await student.nextOf('entries')).toEqual({
			type: 'entries',
			from: 2,
			masked: true,
			entries: [entry(3)]
		});

		// a student on the other instance still cannot command the class
		expect(await student.ask({ type: 'step', step: STEP })).toMatchObject({
			code: 'teacher-only'
		});

		// answers given on instance two are counted on the teacher's screen on instance one
		teacher.send({ type: 'checkpoint-open', id: 'offer-state', choices: 3 });
		const open = await student.nextOf('checkpoint');
		expect(open.checkpoint).toMatchObject({ id: 'offer-state', round: 1, state: 'open' });
		const second = await classClient(two.url);
		await second.joinClass(code);
		for (const [c, choice] of [
			[student, 2],
			[second, 2]
		] as const) {
			expect(await c.ask({ type: 'answer', id: 'offer-state', round: 1, choice })).toMatchObject({
				type: 'answered'
			});
		}
		expect(
			await second.ask({ type: 'answer', id: 'offer-state', round: 1, choice: 0 })
		).toMatchObject({ code: 'already-answered' });
		let tally = await teacher.nextOf('tally');
		while (tally.counts[2] !== 2) tally = await teacher.nextOf('tally');
		expect(tally.counts).toEqual([0, 0, 2]);

		teacher.send({ type: 'checkpoint-reveal', answer: 2, actual: 'have-local-offer' });
		let revealed = await second.nextOf('checkpoint');
		while (revealed.checkpoint?.state !== 'revealed') revealed = await second.nextOf('checkpoint');
		expect(revealed.checkpoint?.counts).toEqual([0, 0, 2]);
	});

	it('relays a two-device call whose devices sit on different instances', async () => {
		const one = await instance();
		const two = await instance();
		const room = newRoomId();
		const a = await signalClient(one.signalUrl);
		const b = await signalClient(two.signalUrl);
		const joinedA = await a.ask({ type: 'join', room });
		expect(joinedA).toMatchObject({ type: 'joined', peer: 'A', peers: [] });
		// Instance two learns of A through Redis pub/sub. Both stores of an instance publish on one
		// Redis connection and listen on another, and Redis keeps a connection's messages in order:
		// once a class broadcast sent from instance one after A's join reaches instance two, so has
		// the join.
		await barrier(one, two);
		expect(await b.ask({ type: 'join', room })).toMatchObject({
			type: 'joined',
			peer: 'B',
			peers: ['A']
		});
		expect(await a.next()).toEqual({ type: 'peer-joined', peer: 'B' });

		const sdp = 'v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n';
		a.send({ type: 'offer', messageId: 1, description: { type: 'offer', sdp } });
		expect(await b.next()).toEqual({
			type: 'offer',
			messageId: 1,
			description: { type: 'offer', sdp },
			from: 'A'
		});
		b.send({ type: 'answer', messageId: 1, description: { type: 'answer', sdp } });
		expect(await a.next()).toMatchObject({ type: 'answer', from: 'B' });
		const candidate = {
			candidate: 'candidate:1 1 udp 2122260223 192.0.2.1 50000 typ host',
			sdpMid: '0',
			sdpMLineIndex: 0,
			usernameFragment: 'abcd'
		};
		b.send({ type: 'candidate', messageId: 2, candidate });
		expect(await a.next()).toEqual({ type: 'candidate', messageId: 2, candidate, from: 'B' });

		// a third device, on either instance, finds the room full
		const third = await signalClient(one.signalUrl);
		expect(await third.ask({ type: 'join', room })).toMatchObject({ code: 'room-full' });

		// B leaves with bye; A hears it across the instances
		b.send({ type: 'bye' });
		expect(await a.next()).toEqual({ type: 'bye', from: 'B' });
	});
});
