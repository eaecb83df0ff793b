import { describe, expect, it } from 'vitest';
import { normalizeClassCode, newClassCode } from '$lib/classroom/protocol.js';
import { closedAfterEach } from '../helpers/cleanup';
import { ClassClient, entry, startHub, STEP } from './classroom/harness';

/** expect.poll waits for the hub's own bookkeeping; its timeout only detects a hang. */
const HANG = { timeout: 20_000, interval: 20 };

const keep = closedAfterEach();

async function start(options?: Parameters<typeof startHub>[0]) {
	const hub = await startHub({ studentRateCapacity: 50, studentRatePerSecond: 50, ...options });
	return keep(hub, (h) => h.close());
}
async function client(url: string) {
	return keep(await ClassClient.open(url), (c) => c.close());
}
/** A teacher with a new class. */
async function teacher(url: string) {
	const t = await client(url);
	const { code, secret } = await t.createClass();
	return { t, code, secret };
}
async function student(url: string, code: string) {
	const s = await client(url);
	return { s, joined: await s.joinClass(code) };
}

describe('class codes', () => {
	it('are 6 Crockford symbols and survive how people type them', () => {
		const code = newClassCode();
		expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{3}-[0-9A-HJKMNP-TV-Z]{3}$/);
		expect(normalizeClassCode(code.toLowerCase().replace('-', ' '))).toBe(code);
		expect(normalizeClassCode('ilo-abc')).toBe('110-ABC');
		expect(normalizeClassCode('UUU-UUU')).toBeNull();
		expect(normalizeClassCode('12345')).toBeNull();
		expect(normalizeClassCode(42)).toBeNull();
	});
});

describe('class hub', () => {
	it('gives a late joiner the whole log, then live entries and steps', async () => {
		const { url } = await start();
		const { t, code, secret } = await teacher(url);
		expect(secret).toMatch(/^[0-9a-f]{32}$/);
		t.send({ type: 'publish', masked: true, entries: [entry(1), entry(2)] });
		t.send({ type: 'step', step: STEP });

		const { s, joined } = await student(url, code.toLowerCase());
		expect(joined).toMatchObject({ code, masked: true, step: STEP, teacher: true });
		expect(joined.log.map((e) => e.id)).toEqual([1, 2]);
		// the payload travels as it was published
		expect(joined.log[0]).toEqual(entry(1));
		expect(await t.nextOf('students')).toEqual({ type: 'students', count: 1 });

		t.send({ type: 'publish', masked: true, entries: [entry(3)] });
		expect(await s.next()).toEqual({ type: 'entries', from: 2, masked: true, entries: [entry(3)] });
		t.send({ type: 'step', step: { ...STEP, step: 'setLocalOffer', index: 5 } });
		expect(await s.next()).toMatchObject({ type: 'step', step: { step: 'setLocalOffer' } });

		const late = await student(url, code);
		expect(late.joined.log.map((e) => e.id)).toEqual([1, 2, 3]);
		expect(late.joined.step?.step).toBe('setLocalOffer');

		t.send({ type: 'restart' });
		expect(await s.next()).toEqual({ type: 'restart' });
		const after = await student(url, code);
		expect(after.joined.log).toEqual([]);
	});

	it('says when a class carries unmasked entries', async () => {
		const { url } = await start();
		const { t, code } = await teacher(url);
		t.send({ type: 'publish', masked: true, entries: [entry(1)] });
		t.send({ type: 'publish', masked: false, entries: [entry(2)] });
		const { joined } = await student(url, code);
		expect(joined.masked).toBe(false);
	});

	it('refuses every teacher command from a student and keeps the class as it was', async () => {
		const { url } = await start();
		const { t, code } = await teacher(url);
		t.send({ type: 'publish', masked: true, entries: [entry(1)] });
		const { s } = await student(url, code);
		const other = await student(url, code);
		const commands = [
			{ type: 'publish', masked: true, entries: [entry(9)] },
			{ type: 'restart' },
			{ type: 'step', step: STEP },
			{ type: 'checkpoint-open', id: 'signaling-state-offer', choices: 4 },
			{ type: 'checkpoint-close' },
			{ type: 'checkpoint-reveal', answer: 1, actual: 'x' },
			{ type: 'checkpoint-clear' }
		];
		for (const command of commands) {
			expect(await s.ask(command)).toEqual({
				type: 'error',
				code: 'teacher-only',
				message: `only the teacher's connection may send "${command.type}"; students may only answer checkpoints`,
				inReplyTo: command.type
			});
		}
		// nothing reached the other student, and the log is unchanged
		expect(await other.s.drain()).toEqual([]);
		const late = await student(url, code);
		expect(late.joined.log.map((e) => e.id)).toEqual([1]);
		expect(late.joined.step).toBeNull();
		// a second join, create or teach on a student's connection is refused too
		expect(await s.ask({ type: 'create' })).toMatchObject({ code: 'already-in-class' });
	});

	it('refuses a wrong teacher secret and gives the class back to the right one', async () => {
		const { url } = await start();
		const { t, code, secret } = await teacher(url);
		t.send({ type: 'publish', masked: true, entries: [entry(1)] });
		const { s } = await student(url, code);
		await t.close();
		expect(await s.next()).toEqual({ type: 'teacher', present: false });

		const intruder = await client(url);
		expect(await intruder.ask({ type: 'teach', code, secret: 'f'.repeat(32) })).toMatchObject({
			type: 'error',
			code: 'bad-secret'
		});
		expect(
			await intruder.ask({ type: 'publish', masked: true, entries: [entry(2)] })
		).toMatchObject({ code: 'not-in-class' });
		expect(await intruder.ask({ type: 'teach', code, secret: 'nope' })).toMatchObject({
			code: 'invalid-message'
		});

		const back = await client(url);
		expect(await back.ask({ type: 'teach', code, secret })).toEqual({
			type: 'teaching',
			code,
			entries: 1,
			students: 1
		});
		expect(await s.next()).toEqual({ type: 'teacher', present: true });
		back.send({ type: 'publish', masked: true, entries: [entry(2)] });
		expect(await s.next()).toMatchObject({ type: 'entries', from: 1 });
	});

	it('counts one answer per student per checkpoint and reveals the counts', async () => {
		const { url } = await start();
		const { t, code } = await teacher(url);
		const students = await Promise.all([1, 2, 3].map(() => student(url, code)));
		for (let i = 0; i < 3; i++) await t.nextOf('students');

		t.send({ type: 'checkpoint-open', id: 'signaling-state-offer', choices: 4 });
		const open = { id: 'signaling-state-offer', round: 1, choices: 4, state: 'open' };
		expect(await t.nextOf('checkpoint')).toEqual({ type: 'checkpoint', checkpoint: open });
		expect(await t.nextOf('tally')).toMatchObject({ counts: [0, 0, 0, 0] });
		for (const { s } of students) {
			expect(await s.next()).toEqual({ type: 'checkpoint', checkpoint: open });
		}
		const [a, b, c] = students.map(({ s }) => s);
		const answer = (choice: number) => ({
			type: 'answer',
			id: 'signaling-state-offer',
			round: 1,
			choice
		});
		expect(await a!.ask(answer(1))).toEqual({
			type: 'answered',
			id: 'signaling-state-offer',
			round: 1,
			choice: 1
		});
		expect(await t.nextOf('tally')).toMatchObject({ counts: [0, 1, 0, 0] });
		expect(await a!.ask(answer(2))).toMatchObject({ code: 'already-answered' });
		expect(await b!.ask(answer(1))).toMatchObject({ type: 'answered' });
		expect(await t.nextOf('tally')).toMatchObject({ counts: [0, 2, 0, 0] });
		expect(await c!.ask(answer(4))).toMatchObject({ code: 'invalid-message' });
		expect(await c!.ask({ ...answer(0), round: 7 })).toMatchObject({ code: 'no-checkpoint' });
		expect(await c!.ask({ ...answer(0), id: 'other' })).toMatchObject({ code: 'no-checkpoint' });
		// the teacher does not answer
		expect(await t.ask(answer(0))).toMatchObject({ code: 'students-only' });

		t.send({ type: 'checkpoint-close' });
		expect(await c!.next()).toMatchObject({ checkpoint: { state: 'closed' } });
		expect(await c!.ask(answer(0))).toMatchObject({ code: 'no-checkpoint' });

		t.send({ type: 'checkpoint-reveal', answer: 1, actual: 'have-local-offer' });
		expect(await c!.next()).toEqual({
			type: 'checkpoint',
			checkpoint: {
				...open,
				state: 'revealed',
				answer: 1,
				actual: 'have-local-offer',
				counts: [0, 2, 0, 0]
			}
		});
		// a late joiner sees the revealed checkpoint
		const late = await student(url, code);
		expect(late.joined.checkpoint).toMatchObject({ state: 'revealed', answer: 1 });

		// the same question again is a new round: everyone may answer again
		t.send({ type: 'checkpoint-open', id: 'signaling-state-offer', choices: 4 });
		let reopened = await a!.nextOf('checkpoint');
		while (reopened.checkpoint?.round !== 2) reopened = await a!.nextOf('checkpoint');
		expect(reopened.checkpoint).toMatchObject({ state: 'open' });
		expect(await a!.ask({ ...answer(3), round: 2 })).toMatchObject({ type: 'answered' });
		t.send({ type: 'checkpoint-reveal', answer: 9, actual: null });
		expect(await t.nextOf('error')).toMatchObject({ code: 'invalid-message' });
	});

	it('answers garbage with a specific error and keeps the connection and other classes', async () => {
		const { url } = await start();
		const one = await teacher(url);
		const two = await teacher(url);
		const { s } = await student(url, two.code);
		const bad: [unknown, string][] = [
			['{nope', 'bad-json'],
			['[1,2]', 'invalid-message'],
			['{"no":"type"}', 'invalid-message'],
			[{ type: 'wat' }, 'unknown-type'],
			[{ type: 'publish', masked: true, entries: [] }, 'invalid-message'],
			[{ type: 'publish', masked: true, entries: [{ id: 'x' }] }, 'invalid-message'],
			[{ type: 'publish', masked: 'yes', entries: [entry(1)] }, 'invalid-message'],
			[{ type: 'publish', masked: true, entries: [entry(1, { kind: 'evil' })] }, 'invalid-message'],
			[{ type: 'step', step: { ...STEP, step: '<img src=x>' } }, 'invalid-message'],
			[{ type: 'checkpoint-open', id: 'Bad Id', choices: 4 }, 'invalid-message'],
			[{ type: 'checkpoint-open', id: 'ok', choices: 9 }, 'invalid-message'],
			[{ type: 'checkpoint-close' }, 'no-checkpoint'],
			[{ type: 'join', code: 'not a code' }, 'invalid-message'],
			[{ type: 'join', code: 'ZZZ-ZZZ' }, 'already-in-class']
		];
		for (const [message, code] of bad) {
			const reply = await one.t.ask(message);
			expect(reply, JSON.stringify(message)).toMatchObject({ type: 'error', code });
		}
		one.t.ws.send(Buffer.from([1, 2, 3]));
		expect(await one.t.next()).toMatchObject({ code: 'invalid-message' });
		// the other class never noticed
		two.t.send({ type: 'publish', masked: true, entries: [entry(1)] });
		expect(await s.next()).toMatchObject({ type: 'entries', from: 0 });
		// a frame over the size limit ends that connection only
		const big = await client(url);
		big.send('x'.repeat(300 * 1024));
		expect((await big.closed).code).toBe(1009);
		one.t.send({ type: 'publish', masked: true, entries: [entry(1)] });
		two.t.send({ type: 'publish', masked: true, entries: [entry(2)] });
		expect(await s.next()).toMatchObject({ type: 'entries', from: 1 });
	});

	it('says when a class does not exist or is full', async () => {
		const { url } = await start({ maxStudentsPerClass: 2 });
		const { code } = await teacher(url);
		const nobody = await client(url);
		expect(await nobody.ask({ type: 'join', code: 'ZZZ-ZZZ' })).toMatchObject({
			code: 'no-class',
			message: 'there is no class ZZZ-ZZZ; check the code'
		});
		const first = await student(url, code);
		await student(url, code);
		const third = await client(url);
		expect(await third.ask({ type: 'join', code })).toMatchObject({ code: 'class-full' });
		// a place frees when a student leaves
		await first.s.close();
		const again = await client(url);
		await expect
			.poll(async () => {
				const reply = await again.ask({ type: 'join', code });
				return reply.type;
			}, HANG)
			.toBe('joined');
	});

	it('rate-limits a flooding student, then cuts it, while the class goes on', async () => {
		const { url } = await start({
			studentRateCapacity: 3,
			studentRatePerSecond: 0.001,
			rateStrikes: 5
		});
		const { t, code } = await teacher(url);
		const { s } = await student(url, code);
		const calm = await student(url, code);
		for (let i = 0; i < 12; i++) s.send({ type: 'answer', id: 'x', round: 1, choice: 0 });
		const codes = new Set<string>();
		for (;;) {
			const reply = await Promise.race([s.next(), s.closed.then(() => null)]);
			if (!reply) break;
			if (reply.type === 'error') codes.add(reply.code);
		}
		// the answers within the burst are handled (and refused: no question is open), the rest are
		// dropped unread, and the replies still queued are lost when the connection is cut
		expect(codes.has('rate-limited')).toBe(true);
		expect((await s.closed).code).toBe(1008);
		t.send({ type: 'publish', masked: true, entries: [entry(1)] });
		expect(await calm.s.nextOf('entries')).toMatchObject({ from: 0 });
	});

	it('caps a class log and says so', async () => {
		const { url } = await start({ maxLogEntries: 3 });
		const { t, code } = await teacher(url);
		t.send({ type: 'publish', masked: true, entries: [entry(1), entry(2)] });
		expect(
			await t.ask({ type: 'publish', masked: true, entries: [entry(3), entry(4)] })
		).toMatchObject({ code: 'log-full', inReplyTo: 'publish' });
		const { joined } = await student(url, code);
		expect(joined.log).toHaveLength(2);
	});

	it('ends idle classes', async () => {
		let clock = 0;
		const { url, hub } = await start({ now: () => clock, idleClassMs: 1000 });
		const { code } = await teacher(url);
		const { s } = await student(url, code);
		clock = 5000;
		await hub.sweep();
		expect(await s.next()).toMatchObject({ code: 'class-ended' });
		expect((await s.closed).code).toBe(1000);
		const late = await client(url);
		expect(await late.ask({ type: 'join', code })).toMatchObject({ code: 'no-class' });
	});
});
