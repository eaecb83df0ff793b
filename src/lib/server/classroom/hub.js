// @ts-check
/**
 * The class hub: a `ws` server in noServer mode on CLASS_PATH, on the app's own http server
 * beside the signaling server. A teacher's connection creates a class and publishes its
 * walkthrough's event log, step and checkpoints; students join by code and receive everything
 * so far, then every broadcast. Read-only by construction: a class's commands are accepted only
 * from the connection that created it or proved its secret, and a student may only answer the
 * open checkpoint, once. Every frame is checked against the shared protocol before it is used;
 * a bad one is answered with an error and the connection (and every other class) goes on.
 *
 * Each connection's frames are handled one after the other (the store is asynchronous), and the
 * store carries broadcasts, so that several app instances on one Redis serve one class.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { WebSocketServer } from 'ws';
import { CLASS_PATH, newClassCode, parseClassClientMessage } from '../../classroom/protocol.js';
import { addressKey } from '../signaling/connections.js';
import { originAllowed } from '../signaling/server.js';
import { TokenBucket } from '../signaling/tokenBucket.js';
import { classSettingsFrom } from './options.js';

/** @typedef {import('./options.js').ClassHubOptions} ClassHubOptions */
/** @typedef {import('../../classroom/protocol.js').ClassClientMessage} ClassClientMessage */
/** @typedef {import('../../classroom/protocol.js').ClassServerMessage} ClassServerMessage */
/** @typedef {import('../../classroom/protocol.js').ClassErrorCode} ClassErrorCode */
/** @typedef {import('../../classroom/protocol.js').Checkpoint} Checkpoint */
/** @typedef {import('ws').WebSocket} WebSocket */

/** RFC 6455 §7.4.1 close codes. */
const CLOSE_NORMAL = 1000;
const CLOSE_GOING_AWAY = 1001;
const CLOSE_POLICY = 1008;
const CLOSE_TRY_LATER = 1013;
/** 128 bits of secret, hex (the protocol's SecretSchema). */
const SECRET_BYTES = 16;
/** Tries at a fresh code before giving up (30 bits: a clash is rare even with many classes). */
const CODE_TRIES = 8;
/**
 * What the hub queues for a connection that does not read before it cuts it. A late joiner's
 * `joined` frame holds the whole log, so this is the log cap's size and a margin.
 */
const MAX_BUFFERED_BYTES = 24 * 1024 * 1024;

/**
 * @typedef {object} ClassConnection
 * @property {number} id
 * @property {WebSocket} ws
 * @property {string} address
 * @property {'teacher' | 'student' | null} role
 * @property {string | null} code
 * @property {TokenBucket} bucket
 * @property {number} strikes
 * @property {boolean} alive
 * @property {Promise<void>} queue frames are handled in order
 * @property {string[] | null} pending broadcasts held until this student's `joined` is sent
 */

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

/** @param {string | null} code logs name a class by its first half only */
function classTag(code) {
	return code ? `${code.slice(0, 3)}…` : null;
}

/** @param {ClassHubOptions} [options] */
export function createClassHub(options = {}) {
	const settings = classSettingsFrom(options);
	const { store, log, now } = settings;
	/** @type {Map<WebSocket, ClassConnection>} */
	const open = new Map();
	/** @type {Map<string, number>} */
	const perAddress = new Map();
	/** this instance's members of each class @type {Map<string, Set<ClassConnection>>} */
	const locals = new Map();
	let nextId = 1;

	const wss = new WebSocketServer({
		noServer: true,
		maxPayload: settings.maxPayload,
		perMessageDeflate: false
	});

	/**
	 * @param {ClassConnection} conn
	 * @param {string} frame
	 */
	const write = (conn, frame) => {
		const { ws } = conn;
		if (ws.readyState !== ws.OPEN) return;
		if (ws.bufferedAmount > MAX_BUFFERED_BYTES) {
			log({ event: 'error', conn: conn.id, class: classTag(conn.code), code: 'slow-consumer' });
			ws.terminate();
			return;
		}
		ws.send(frame);
	};
	/**
	 * @param {ClassConnection} conn
	 * @param {ClassServerMessage} message
	 */
	const send = (conn, message) => write(conn, JSON.stringify(message));
	/**
	 * @param {ClassConnection} conn
	 * @param {ClassErrorCode} code
	 * @param {string} message
	 * @param {string} [inReplyTo]
	 */
	const fail = (conn, code, message, inReplyTo) => {
		log({ event: 'error', conn: conn.id, class: classTag(conn.code), role: conn.role, code });
		send(conn, { type: 'error', code, message, ...(inReplyTo ? { inReplyTo } : {}) });
	};

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
	 * The open checkpoint of a class, parsed.
	 * @param {string} code
	 * @returns {Promise<Checkpoint | null>}
	 */
	const checkpointOf = async (code) => {
		const snapshot = await store.snapshot(code);
		return snapshot?.checkpoint ? JSON.parse(snapshot.checkpoint) : null;
	};

	/**
	 * @param {string} code
	 * @param {Checkpoint | null} checkpoint
	 */
	const setCheckpoint = async (code, checkpoint) => {
		const json = checkpoint ? JSON.stringify(checkpoint) : null;
		await store.setField(code, 'checkpoint', json, now());
		await store.broadcast(code, 'all', `{"type":"checkpoint","checkpoint":${json ?? 'null'}}`);
	};

	/** @param {Checkpoint} checkpoint */
	const roundKey = (checkpoint) => `${checkpoint.id}#${checkpoint.round}`;

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
	 * @param {Exclude<ClassClientMessage, { type: 'create' | 'teach' | 'join' | 'answer' }>} message
	 * @param {string} code
	 */
	const teacherCommand = async (conn, message, code) => {
		switch (message.type) {
			case 'publish': {
				const size = await store.logSize(code);
				const texts = message.entries.map((entry) => JSON.stringify(entry));
				const bytes = texts.reduce((sum, text) => sum + text.length, 0);
				if (
					size.entries + texts.length > settings.maxLogEntries ||
					size.bytes + bytes > settings.maxLogBytes
				) {
					fail(
						conn,
						'log-full',
						`a class keeps at most ${settings.maxLogEntries} entries and ${settings.maxLogBytes} bytes of log; restart the walkthrough`,
						'publish'
					);
					return;
				}
				const length = await store.append(code, texts, message.masked, now());
				const from = length - texts.length;
				await store.broadcast(
					code,
					'students',
					`{"type":"entries","from":${from},"masked":${message.masked},"entries":[${texts.join(',')}]}`
				);
				return;
			}
			case 'restart':
				await store.clearLog(code);
				await store.broadcast(code, 'students', '{"type":"restart"}');
				return;
			case 'step': {
				const json = JSON.stringify(message.step);
				await store.setField(code, 'step', json, now());
				await store.broadcast(code, 'students', `{"type":"step","step":${json}}`);
				return;
			}
			case 'checkpoint-open': {
				const previous = await checkpointOf(code);
				/** @type {Checkpoint} */
				const checkpoint = {
					id: message.id,
					round: (previous?.round ?? 0) + 1,
					choices: message.choices,
					state: 'open'
				};
				await store.resetAnswers(code, roundKey(checkpoint));
				await setCheckpoint(code, checkpoint);
				await store.broadcast(
					code,
					'teacher',
					JSON.stringify({
						type: 'tally',
						id: checkpoint.id,
						round: checkpoint.round,
						counts: new Array(checkpoint.choices).fill(0)
					})
				);
				return;
			}
			case 'checkpoint-close':
			case 'checkpoint-reveal': {
				const checkpoint = await checkpointOf(code);
				if (!checkpoint) {
					fail(conn, 'no-checkpoint', 'no checkpoint is posed in this class', message.type);
					return;
				}
				if (message.type === 'checkpoint-close') {
					await setCheckpoint(code, { ...checkpoint, state: 'closed' });
					return;
				}
				if (message.answer !== null && message.answer >= checkpoint.choices) {
					fail(
						conn,
						'invalid-message',
						`checkpoint-reveal: answer: the question has ${checkpoint.choices} choices`,
						message.type
					);
					return;
				}
				const counts = await store.counts(code, roundKey(checkpoint), checkpoint.choices);
				await setCheckpoint(code, {
					...checkpoint,
					state: 'revealed',
					answer: message.answer,
					actual: message.actual,
					counts
				});
				return;
			}
			case 'checkpoint-clear':
				await setCheckpoint(code, null);
				return;
		}
	};

	/**
	 * @param {ClassConnection} conn
	 * @param {Extract<ClassClientMessage, { type: 'answer' }>} message
	 * @param {string} code
	 */
	const answer = async (conn, message, code) => {
		const checkpoint = await checkpointOf(code);
		if (
			!checkpoint ||
			checkpoint.state !== 'open' ||
			checkpoint.id !== message.id ||
			checkpoint.round !== message.round
		) {
			fail(conn, 'no-checkpoint', 'this question is not open for answers', 'answer');
			return;
		}
		if (message.choice >= checkpoint.choices) {
			fail(
				conn,
				'invalid-message',
				`answer: choice: the question has ${checkpoint.choices} choices`,
				'answer'
			);
			return;
		}
		const student = `${settings.instance}:${conn.id}`;
		const counts = await store.answer(
			code,
			roundKey(checkpoint),
			student,
			message.choice,
			checkpoint.choices
		);
		if (!counts) {
			fail(conn, 'already-answered', 'one answer per question; yours was counted', 'answer');
			return;
		}
		send(conn, { type: 'answered', id: message.id, round: message.round, choice: message.choice });
		await store.broadcast(
			code,
			'teacher',
			JSON.stringify({ type: 'tally', id: message.id, round: message.round, counts })
		);
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

	/**
	 * Every frame costs a token, answered or not.
	 * @param {ClassConnection} conn
	 */
	const charge = (conn) => {
		const { ws } = conn;
		if (ws.readyState !== ws.OPEN) return false;
		if (conn.bucket.take()) return true;
		conn.strikes += 1;
		if (conn.strikes >= settings.rateStrikes) {
			log({ event: 'error', conn: conn.id, class: classTag(conn.code), code: 'rate-limited' });
			ws.close(CLOSE_POLICY, 'rate limit');
			return false;
		}
		fail(conn, 'rate-limited', 'too many messages; this one was dropped');
		return false;
	};

	wss.on('connection', (ws, /** @type {import('node:http').IncomingMessage} */ req) => {
		const address = addressKey(req?.socket.remoteAddress);
		const busy =
			open.size >= settings.maxConnections
				? 'server-busy'
				: (perAddress.get(address) ?? 0) >= settings.maxConnectionsPerAddress
					? 'too-many-connections'
					: null;
		if (busy) {
			ws.send(
				JSON.stringify({
					type: 'error',
					code: busy,
					message: 'the class hub has as many connections as it takes; try again later'
				})
			);
			ws.close(CLOSE_TRY_LATER, busy);
			return;
		}
		/** @type {ClassConnection} */
		const conn = {
			id: nextId++,
			ws,
			address,
			role: null,
			code: null,
			bucket: new TokenBucket(settings.studentRateCapacity, settings.studentRatePerSecond, now),
			strikes: 0,
			alive: true,
			queue: Promise.resolve(),
			pending: null
		};
		open.set(ws, conn);
		perAddress.set(address, (perAddress.get(address) ?? 0) + 1);
		/** @param {() => Promise<void>} task */
		const enqueue = (task) => {
			conn.queue = conn.queue.then(task).catch((error) => {
				log({ event: 'error', conn: conn.id, code: 'internal', message: String(error) });
			});
		};
		ws.on('pong', () => {
			conn.alive = true;
		});
		ws.on('message', (data, isBinary) => {
			if (!charge(conn)) return;
			if (isBinary) {
				fail(conn, 'invalid-message', 'class messages are JSON text frames');
				return;
			}
			const parsed = parseClassClientMessage(data.toString());
			if (!parsed.ok) {
				fail(conn, parsed.code, parsed.reason, parsed.type);
				return;
			}
			enqueue(() => handle(conn, parsed.message));
		});
		ws.on('error', (error) => {
			log({ event: 'error', conn: conn.id, code: 'socket', message: error.message });
		});
		ws.on('close', () => {
			open.delete(ws);
			const left = (perAddress.get(address) ?? 1) - 1;
			if (left > 0) perAddress.set(address, left);
			else perAddress.delete(address);
			enqueue(() => detach(conn));
		});
	});

	const heartbeat = () => {
		for (const [ws, conn] of open) {
			if (!conn.alive) {
				ws.terminate();
				continue;
			}
			conn.alive = false;
			ws.ping();
		}
	};
	const sweep = async () => {
		for (const code of await store.expire(now(), settings.idleClassMs)) {
			log({ event: 'expire', class: classTag(code) });
			for (const conn of locals.get(code) ?? []) {
				send(conn, { type: 'error', code: 'class-ended', message: 'the class has ended' });
				conn.ws.close(CLOSE_NORMAL, 'class ended');
			}
		}
	};
	const timers = [
		settings.heartbeatMs !== 0 && setInterval(heartbeat, settings.heartbeatMs),
		settings.sweepMs !== 0 && setInterval(() => void sweep(), settings.sweepMs)
	].filter((timer) => timer !== false);
	for (const timer of timers) timer.unref();

	return {
		wss,
		settings,
		heartbeat,
		sweep,
		stats: () => ({ connections: open.size, classes: locals.size }),
		/**
		 * Takes an upgrade for CLASS_PATH; false for any other path.
		 * @param {import('node:http').IncomingMessage} req
		 * @param {import('node:stream').Duplex} socket
		 * @param {Buffer} head
		 */
		handleUpgrade(req, socket, head) {
			const target = req.url ?? '/';
			if (!URL.canParse(target, 'http://localhost')) return false;
			if (new URL(target, 'http://localhost').pathname !== CLASS_PATH) return false;
			if (!originAllowed(req)) {
				socket.on('error', () => socket.destroy());
				socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
				return true;
			}
			wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
			return true;
		},
		async close() {
			for (const timer of timers) clearInterval(timer);
			for (const ws of open.keys()) ws.close(CLOSE_GOING_AWAY, 'server shutting down');
			await new Promise((resolve) => wss.close(() => resolve(undefined)));
			await Promise.all([...open.values()].map((conn) => conn.queue));
			await store.close();
		}
	};
}
