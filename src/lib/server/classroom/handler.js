// @ts-check
// Membership and dispatch: create, teach and join a class, leave it, and route every other frame.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { newClassCode } from '../../classroom/protocol.js';
import { TokenBucket } from '../signaling/tokenBucket.js';
import { createClassCommands } from './commands.js';
import { classTag } from './connection.js';

/** @typedef {import('./options.js').ClassHubSettings} ClassHubSettings */
/** @typedef {import('./connection.js').ClassConnection} ClassConnection */
/** @typedef {import('../../classroom/protocol.js').ClassClientMessage} ClassClientMessage */

/** 128 bits of secret, hex (the protocol's SecretSchema). */
const SECRET_BYTES = 16;
/** Tries at a fresh code before giving up (30 bits: a clash is rare even with many classes). */
const CODE_TRIES = 8;

/** @param {string} secret */
function hashSecret(secret) {
	return createHash('sha256').update(secret).digest('hex');
}

/**
 * @param {string} a
 * @param {string} b
 */
function sameHash(a, b) {
	const x = Buffer.from(a, 'hex');
	const y = Buffer.from(b, 'hex');
	return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * @param {ClassHubSettings} settings
 * @param {Map<string, Set<ClassConnection>>} locals this instance's members of each class
 * @param {ReturnType<typeof import('./connection.js').createOutbox>} outbox
 */
export function createClassHandler(settings, locals, outbox) {
	const { store, log, now } = settings;
	const { write, send, fail } = outbox;
	const { teacherCommand, answer } = createClassCommands(settings, outbox);

	/**
	 * Delivers a broadcast from the store to this instance's members of the class.
	 * @param {string} code
	 * @param {import('./store.js').Audience} audience
	 * @param {string} frame
	 */
	const deliverLocal = (code, audience, frame) => {
		for (const conn of locals.get(code) ?? []) {
			if (audience === 'teacher' && conn.role !== 'teacher') continue;
			if (audience === 'students' && conn.role !== 'student') continue;
			if (conn.pending) conn.pending.push(frame);
			else write(conn, frame);
		}
	};

	/**
	 * Makes the connection a local member of the class, listening to its broadcasts.
	 * @param {ClassConnection} conn
	 * @param {string} code
	 */
	const attach = async (conn, code) => {
		let members = locals.get(code);
		if (!members) {
			members = new Set();
			locals.set(code, members);
			await store.subscribe(code, (audience, frame) => deliverLocal(code, audience, frame));
		}
		members.add(conn);
		conn.code = code;
	};

	/** @param {ClassConnection} conn */
	const detach = async (conn) => {
		const { code, role } = conn;
		if (!code) return;
		conn.code = null;
		const members = locals.get(code);
		members?.delete(conn);
		if (members && members.size === 0) {
			locals.delete(code);
			await store.unsubscribe(code);
		}
		if (role === 'student') {
			const count = await store.members(code, 'students', -1);
			await store.broadcast(code, 'teacher', JSON.stringify({ type: 'students', count }));
		} else if (role === 'teacher') {
			const teachers = await store.members(code, 'teachers', -1);
			if (teachers === 0) {
				await store.broadcast(
					code,
					'students',
					JSON.stringify({ type: 'teacher', present: false })
				);
			}
		}
	};

	/**
	 * @param {ClassConnection} conn
	 * @param {string} code
	 * @returns {Promise<number>} the class's teacher connections
	 */
	const becomeTeacher = async (conn, code) => {
		conn.role = 'teacher';
		conn.bucket = new TokenBucket(settings.teacherRateCapacity, settings.teacherRatePerSecond, now);
		await attach(conn, code);
		return store.members(code, 'teachers', 1);
	};

	/**
	 * @param {ClassConnection} conn
	 * @param {Extract<ClassClientMessage, { type: 'join' }>} message
	 */
	const join = async (conn, message) => {
		const { code } = message;
		if ((await store.secretHash(code)) === null) {
			fail(conn, 'no-class', `there is no class ${code}; check the code`, 'join');
			return;
		}
		const students = await store.members(code, 'students', 1);
		if (students > settings.maxStudentsPerClass) {
			await store.members(code, 'students', -1);
			fail(
				conn,
				'class-full',
				`this class has ${settings.maxStudentsPerClass} students, as many as it takes`,
				'join'
			);
			return;
		}
		conn.role = 'student';
		// Broadcasts that arrive between subscribing and reading the snapshot wait, so that none is
		// lost; the page skips entries it already has (each `entries` says where it starts).
		conn.pending = [];
		await attach(conn, code);
		const snapshot = await store.snapshot(code);
		if (!snapshot) {
			conn.pending = null;
			await detach(conn);
			conn.role = null;
			fail(conn, 'class-ended', 'the class has ended', 'join');
			return;
		}
		write(
			conn,
			`{"type":"joined","code":${JSON.stringify(code)},"masked":${snapshot.masked},"log":[${snapshot.log.join(',')}],"step":${snapshot.step ?? 'null'},"checkpoint":${snapshot.checkpoint ?? 'null'},"teacher":${snapshot.teachers > 0}}`
		);
		const pending = conn.pending;
		conn.pending = null;
		for (const frame of pending) write(conn, frame);
		log({ event: 'join', conn: conn.id, class: classTag(code), students });
		await store.broadcast(code, 'teacher', JSON.stringify({ type: 'students', count: students }));
	};

	/**
	 * @param {ClassConnection} conn
	 * @param {ClassClientMessage} message
	 */
	const handle = async (conn, message) => {
		const { type } = message;
		if (type === 'create' || type === 'teach' || type === 'join') {
			if (conn.role) {
				fail(conn, 'already-in-class', 'this connection is already in a class', type);
				return;
			}
		}
		if (message.type === 'create') {
			if ((await store.count()) >= settings.maxClasses) {
				fail(conn, 'server-busy', 'the server holds as many classes as it can', 'create');
				return;
			}
			const secret = randomBytes(SECRET_BYTES).toString('hex');
			for (let i = 0; i < CODE_TRIES; i++) {
				const code = newClassCode();
				if (!(await store.create(code, hashSecret(secret), now()))) continue;
				await becomeTeacher(conn, code);
				log({ event: 'create', conn: conn.id, class: classTag(code) });
				send(conn, { type: 'created', code, secret });
				return;
			}
			fail(conn, 'server-busy', 'no free class code was found; try again', 'create');
			return;
		}
		if (message.type === 'teach') {
			const hash = await store.secretHash(message.code);
			if (hash === null) {
				fail(conn, 'no-class', `there is no class ${message.code}`, 'teach');
				return;
			}
			if (!sameHash(hash, hashSecret(message.secret))) {
				fail(conn, 'bad-secret', 'that is not this class’s teacher secret', 'teach');
				return;
			}
			const teachers = await becomeTeacher(conn, message.code);
			const size = await store.logSize(message.code);
			const students = await store.members(message.code, 'students', 0);
			send(conn, { type: 'teaching', code: message.code, entries: size.entries, students });
			if (teachers === 1) {
				await store.broadcast(
					message.code,
					'students',
					JSON.stringify({ type: 'teacher', present: true })
				);
			}
			return;
		}
		if (message.type === 'join') {
			await join(conn, message);
			return;
		}
		if (!conn.code || !conn.role) {
			fail(conn, 'not-in-class', 'create or join a class first', type);
			return;
		}
		if (message.type === 'answer') {
			if (conn.role !== 'student') {
				fail(conn, 'students-only', 'only students answer checkpoints', type);
				return;
			}
			await answer(conn, message, conn.code);
			return;
		}
		if (conn.role !== 'teacher') {
			fail(
				conn,
				'teacher-only',
				`only the teacher's connection may send "${type}"; students may only answer checkpoints`,
				type
			);
			return;
		}
		await teacherCommand(conn, message, conn.code);
	};

	return { handle, detach };
}
