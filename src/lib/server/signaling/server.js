// @ts-check
/**
 * Peerscope's signaling server: a `ws` WebSocket server in noServer mode, attached to the app's
 * own http server (server.js in production, a Vite plugin in `npm run dev`) on SIGNAL_PATH. It
 * only relays: a client joins a room of two, and what it sends reaches the other peer of that
 * room and nobody else. Every frame is checked against the shared protocol before it is used.
 *
 * This file takes upgrades and frames and hands them on: connections.js keeps the open
 * connections (caps, token buckets, backpressure), membership.js joins, leaves and expires rooms,
 * relay.js passes messages on within a room. Limits, each named in options.js: frame size, a
 * per-connection token bucket, idle and empty room expiry, ping/pong heartbeats, and the Origin
 * of the upgrade request. Time (clock and intervals) is injectable so that tests drive it
 * instead of sleeping.
 */
import process from 'node:process';
import { WebSocketServer } from 'ws';
import { SIGNAL_PATH, parseClientMessage } from '../../signaling/protocol.js';
import { repeat } from '../settings.js';
import { Connections, addressKey, roomTag } from './connections.js';
import { expireRooms, join, leave } from './membership.js';
import { settingsFrom } from './options.js';
import { relay } from './relay.js';

/** @typedef {import('./options.js').SignalingOptions} SignalingOptions */
/** @typedef {import('../../signaling/protocol.js').ErrorCode} ErrorCode */

/** WebSocket close code (RFC 6455 §7.4.1): the server is going away. */
const CLOSE_GOING_AWAY = 1001;
/** Try Again Later (IANA WebSocket close code registry): the server is at a limit. */
const CLOSE_TRY_LATER = 1013;

/**
 * Whether an upgrade request may open a signaling connection. Browsers always send Origin on a
 * WebSocket handshake, so a page from another site is refused here (a cross-site WebSocket is not
 * stopped by CORS). Clients that are not browsers send none, and could forge it anyway, so a
 * missing Origin is allowed. Behind a proxy that rewrites Host, the app's public origin (the
 * ORIGIN that adapter-node also reads) is accepted as well.
 * @param {import('node:http').IncomingMessage} req
 * @param {string | undefined} [publicOrigin]
 */
export function originAllowed(req, publicOrigin = process.env.ORIGIN) {
	const origin = req.headers.origin;
	if (origin === undefined) return true;
	try {
		const { host } = new URL(origin);
		if (host === req.headers.host) return true;
		return publicOrigin !== undefined && publicOrigin !== '' && new URL(publicOrigin).host === host;
	} catch {
		return false;
	}
}

/**
 * Answers an upgrade request with an error status and closes its socket.
 * @param {import('node:stream').Duplex} socket
 * @param {string} status
 */
function refuse(socket, status) {
	socket.on('error', () => socket.destroy());
	socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

/** @param {SignalingOptions} [options] */
export function createSignalingServer(options = {}) {
	const settings = settingsFrom(options);
	const { log, registry } = settings;
	const connections = new Connections(settings);
	/** @type {import('./membership.js').Server} */
	const server = { settings, connections };

	const wss = new WebSocketServer({
		noServer: true,
		maxPayload: settings.maxPayload,
		// Signaling frames are small; compression would cost CPU and open the door to zip bombs.
		perMessageDeflate: false
	});

	/**
	 * @param {import('ws').WebSocket} ws
	 * @param {import('./connections.js').Connection} conn
	 * @param {string} text
	 */
	const onFrame = (ws, conn, text) => {
		const parsed = parseClientMessage(text);
		if (!parsed.ok) connections.fail(ws, conn, parsed.code, parsed.reason, parsed.type);
		else if (parsed.message.type === 'join') join(server, ws, conn, parsed.message);
		else relay(server, ws, conn, parsed.message);
	};

	wss.on('connection', (ws, /** @type {import('node:http').IncomingMessage} */ req) => {
		const address = addressKey(req?.socket.remoteAddress);
		const refused = connections.refusal(address);
		if (refused) {
			// Told why over the socket (a browser sees no HTTP status of a refused handshake), then closed.
			log({ event: 'error', code: refused, closed: true });
			connections.send(ws, {
				type: 'error',
				code: refused,
				message:
					refused === 'server-busy'
						? 'the server has as many connections as it takes; try again later'
						: `your network address already has ${settings.maxConnectionsPerAddress} connections open`
			});
			ws.close(CLOSE_TRY_LATER, refused);
			return;
		}
		const conn = connections.open(ws, address);
		ws.on('pong', () => {
			conn.alive = true;
		});
		ws.on('message', (data, isBinary) => {
			// Every frame costs a token, answered or not: otherwise a flood of frames the server
			// refuses (binary ones) would get a reply and a log line each, without limit.
			if (!connections.charge(ws, conn)) return;
			if (isBinary) {
				connections.fail(ws, conn, 'invalid-message', 'signaling messages are JSON text frames');
				return;
			}
			onFrame(ws, conn, data.toString());
		});
		ws.on('error', (error) => {
			// ws closes the connection itself (e.g. 1009 for a frame over maxPayload).
			log({
				event: 'error',
				conn: conn.id,
				room: roomTag(conn.room),
				code: /** @type {NodeJS.ErrnoException} */ (error).code ?? 'socket',
				message: error.message
			});
		});
		ws.on('close', (code) => {
			leave(server, conn, `closed ${code}`);
			connections.closed(ws, conn);
		});
	});

	const heartbeat = () => connections.heartbeat();
	const sweep = () => expireRooms(server);
	const stopTimers = repeat([
		[heartbeat, settings.heartbeatMs],
		[sweep, settings.sweepMs]
	]);

	return {
		wss,
		heartbeat,
		sweep,
		/** rooms and members in the registry, and open connections */
		stats: () => ({ ...registry.size(), connections: connections.size }),
		/**
		 * Takes an upgrade request if it is for the signaling path; returns false otherwise so the
		 * caller can hand it to someone else (Vite's HMR socket) or refuse it.
		 * @param {import('node:http').IncomingMessage} req
		 * @param {import('node:stream').Duplex} socket
		 * @param {Buffer} head
		 */
		handleUpgrade(req, socket, head) {
			// A request-target that is not a URL path (`http://[`, `//x:y`) must not throw out of the
			// http server's upgrade listener: an uncaught exception there ends the whole process,
			// coturn with it. It cannot be for us, so it is answered 400 here and the socket closed.
			const target = req.url ?? '/';
			if (!URL.canParse(target, 'http://localhost')) {
				log({ event: 'error', code: 'bad-request-target', target: target.slice(0, 200) });
				refuse(socket, '400 Bad Request');
				return true;
			}
			const path = new URL(target, 'http://localhost').pathname;
			if (path !== SIGNAL_PATH) return false;
			if (!originAllowed(req)) {
				log({ event: 'error', code: 'origin', origin: String(req.headers.origin).slice(0, 200) });
				refuse(socket, '403 Forbidden');
				return true;
			}
			wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
			return true;
		},
		/** Closes every connection (going away) and stops the timers. */
		close() {
			stopTimers();
			for (const ws of connections.sockets()) ws.close(CLOSE_GOING_AWAY, 'server shutting down');
			return new Promise((resolve) => wss.close(() => resolve(undefined)));
		}
	};
}
