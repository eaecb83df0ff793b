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
import { WebSocketServer } from 'ws';
import { CLASS_PATH, parseClassClientMessage } from '../../classroom/protocol.js';
import { repeat } from '../settings.js';
import { addressKey } from '../signaling/connections.js';
import { originAllowed } from '../signaling/server.js';
import { TokenBucket } from '../signaling/tokenBucket.js';
import { classTag, createOutbox } from './connection.js';
import { createClassHandler } from './handler.js';
import { classSettingsFrom } from './options.js';

/** @typedef {import('./options.js').ClassHubOptions} ClassHubOptions */
/** @typedef {import('./connection.js').ClassConnection} ClassConnection */
/** @typedef {import('ws').WebSocket} WebSocket */

/** RFC 6455 §7.4.1 close codes. */
const CLOSE_NORMAL = 1000;
const CLOSE_GOING_AWAY = 1001;
const CLOSE_POLICY = 1008;
const CLOSE_TRY_LATER = 1013;

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

	const outbox = createOutbox(log);
	const { send, fail } = outbox;
	const { handle, detach } = createClassHandler(settings, locals, outbox);

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
	const stopTimers = repeat([
		[heartbeat, settings.heartbeatMs],
		[() => void sweep(), settings.sweepMs]
	]);

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
			stopTimers();
			for (const ws of open.keys()) ws.close(CLOSE_GOING_AWAY, 'server shutting down');
			await new Promise((resolve) => wss.close(() => resolve(undefined)));
			await Promise.all([...open.values()].map((conn) => conn.queue));
			await store.close();
		}
	};
}
