// @ts-check
/**
 * The fault lab's pipe endpoint: a `ws` WebSocket server in noServer mode on PIPE_PATH of the
 * app's own http server (server.js in production, a Vite plugin in `npm run dev`). A browser that
 * runs the peer-vanishes fault opens a pipe (pipe.js) between its two peers, routes each peer's
 * real address, and cuts the pipe mid-call.
 *
 * An open UDP forwarder is an abuse risk, so it is held in on every side: the WebSocket client
 * must be on this machine (its address is one of the server's own), the pipe binds only an
 * address of the server's interfaces and forwards only to such addresses (interfaces.js), a
 * connection holds a few pipes, a pipe lives a few minutes, frames are small and counted against a
 * token bucket, and every pipe of a connection closes with it (a reset, a reload, a closed tab).
 */
import { WebSocketServer } from 'ws';
import { PIPE_MAX_PAYLOAD_BYTES, PIPE_PATH, parsePipeRequest } from '../../faults/pipeProtocol.js';
import { originAllowed } from '../signaling/server.js';
import { TokenBucket } from '../signaling/tokenBucket.js';
import { checkLocalAddress, localAddresses } from './interfaces.js';
import { openPipe } from './pipe.js';

/** @typedef {import('../../faults/pipeProtocol.js').PipeRequest} PipeRequest */
/** @typedef {import('../../faults/pipeProtocol.js').PipeReply} PipeReply */
/** @typedef {import('../../faults/pipeProtocol.js').PipeErrorCode} PipeErrorCode */
/** @typedef {import('./pipe.js').Pipe} Pipe */
/** @typedef {import('./interfaces.js').LocalAddress} LocalAddress */

/** WebSocket close codes (RFC 6455 §7.4.1; 1013 from IANA's registry). */
const CLOSE_GOING_AWAY = 1001;
const CLOSE_POLICY = 1008;
const CLOSE_TRY_LATER = 1013;

/**
 * One walkthrough run needs one pipe; a second covers a reset whose old pipe is still closing.
 * Each pipe holds two UDP ports.
 */
const DEFAULT_MAX_PIPES_PER_CONNECTION = 2;
/** Pipe connections at once: one per open walkthrough with the fault, on one machine. */
const DEFAULT_MAX_CONNECTIONS = 16;
/**
 * A run with the fault takes about a minute (the call, ~6 s to disconnected, ~16 s to failed, the
 * ICE restart); ten minutes leave room for a class that steps through it slowly.
 */
const DEFAULT_PIPE_LIFETIME_MS = 10 * 60_000;
/** A run sends a handful of frames (open, two routes, cut, a few stats): a burst of 20, 5 a second. */
const DEFAULT_RATE_CAPACITY = 20;
const DEFAULT_RATE_PER_SECOND = 5;

/**
 * @typedef {object} PipeServerOptions
 * @property {() => LocalAddress[]} [addresses] this server's interface addresses (read on every
 *   request, so an interface that comes up later counts); default `localAddresses()`
 * @property {number} [maxPipesPerConnection]
 * @property {number} [maxConnections]
 * @property {number} [pipeLifetimeMs]
 * @property {number} [rateCapacity]
 * @property {number} [ratePerSecond]
 * @property {() => number} [now] clock in milliseconds, for the token bucket
 * @property {(line: Record<string, unknown>) => void} [log] one structured log line
 */

/**
 * @param {import('node:stream').Duplex} socket
 * @param {string} status
 */
function refuse(socket, status) {
	socket.on('error', () => socket.destroy());
	socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

/** A pipe error with its protocol code, thrown inside a request and answered as `error`. */
class PipeError extends Error {
	/**
	 * @param {PipeErrorCode} code
	 * @param {string} message
	 */
	constructor(code, message) {
		super(message);
		this.code = code;
	}
}

/** @param {PipeServerOptions} [options] */
export function createPipeServer(options = {}) {
	const addresses = options.addresses ?? (() => localAddresses());
	const maxPipes = options.maxPipesPerConnection ?? DEFAULT_MAX_PIPES_PER_CONNECTION;
	const maxConnections = options.maxConnections ?? DEFAULT_MAX_CONNECTIONS;
	const lifetimeMs = options.pipeLifetimeMs ?? DEFAULT_PIPE_LIFETIME_MS;
	const now = options.now ?? Date.now;
	const log =
		options.log ??
		((/** @type {Record<string, unknown>} */ line) =>
			console.log(JSON.stringify({ t: new Date().toISOString(), source: 'fault-pipe', ...line })));
	/** @type {Set<() => Promise<void>>} */
	const closers = new Set();
	let nextPipeId = 1;
	/** the faces of every open pipe, as `address port`: no pipe forwards into one (a loop) */
	const faces = new Set();
	/** @param {{ address: string; port: number }} endpoint */
	const faceKey = (endpoint) => `${endpoint.address} ${endpoint.port}`;
	/** @param {{ address: string; port: number }} endpoint */
	const isPipeFace = (endpoint) => faces.has(faceKey(endpoint));

	const wss = new WebSocketServer({
		noServer: true,
		maxPayload: PIPE_MAX_PAYLOAD_BYTES,
		perMessageDeflate: false
	});

	/**
	 * @param {import('ws').WebSocket} ws
	 * @param {PipeReply} reply
	 */
	const send = (ws, reply) => {
		if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(reply));
	};

	wss.on('connection', (ws, /** @type {import('node:http').IncomingMessage} */ req) => {
		const client = req.socket.remoteAddress ?? '';
		// A dual-stack socket reports an IPv4 client as ::ffff:a.b.c.d.
		const clientAddress = client.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, '');
		/** @type {{ code: PipeErrorCode; message: string } | null} */
		const refusal =
			closers.size >= maxConnections
				? {
						code: 'server-busy',
						message: `the server holds ${maxConnections} pipe connections; try again later`
					}
				: !checkLocalAddress(clientAddress, addresses()).ok
					? {
							code: 'not-local-client',
							message: `this browser (${clientAddress}) does not run on the machine that runs Peerscope: the pipe only joins peers on that machine`
						}
					: null;
		if (refusal) {
			log({ event: 'refused', code: refusal.code });
			send(ws, { type: 'error', ref: null, ...refusal });
			ws.close(refusal.code === 'server-busy' ? CLOSE_TRY_LATER : CLOSE_POLICY, refusal.code);
			return;
		}

		/** @type {Map<number, { pipe: Pipe; timer: NodeJS.Timeout }>} */
		const pipes = new Map();
		const bucket = new TokenBucket(
			options.rateCapacity ?? DEFAULT_RATE_CAPACITY,
			options.ratePerSecond ?? DEFAULT_RATE_PER_SECOND,
			now
		);

		/**
		 * @param {number} id
		 * @param {number | null} ref
		 * @param {'asked' | 'expired'} reason
		 */
		const closePipe = async (id, ref, reason) => {
			const held = pipes.get(id);
			if (!held) return;
			pipes.delete(id);
			clearTimeout(held.timer);
			for (const port of Object.values(held.pipe.faces))
				faces.delete(faceKey({ address: held.pipe.address, port }));
			const counts = held.pipe.counts();
			await held.pipe.close();
			log({ event: 'closed', pipe: id, reason, ...counts });
			send(ws, { type: 'closed', ref, pipe: id, reason });
		};
		const closeAll = () => Promise.all([...pipes.keys()].map((id) => closePipe(id, null, 'asked')));
		const closer = () => closeAll().then(() => undefined);
		closers.add(closer);

		/** @param {number} id */
		const held = (id) => {
			const found = pipes.get(id);
			if (!found) throw new PipeError('unknown-pipe', `no pipe ${id} on this connection`);
			return found.pipe;
		};

		/**
		 * @param {PipeRequest} request
		 * @returns {Promise<PipeReply>}
		 */
		const answer = async (request) => {
			switch (request.type) {
				case 'open': {
					if (pipes.size >= maxPipes) {
						throw new PipeError(
							'too-many-pipes',
							`this connection already holds ${maxPipes} pipes; close one first`
						);
					}
					const check = checkLocalAddress(request.address, addresses());
					if (!check.ok) throw new PipeError(check.code, check.reason);
					const id = nextPipeId++;
					/** @type {Pipe} */
					let pipe;
					try {
						pipe = await openPipe(check.local.address, check.local.family, {
							isPipeFace,
							onError: (error) => {
								log({ event: 'error', pipe: id, message: error.message });
								void closePipe(id, null, 'asked');
							}
						});
					} catch (error) {
						throw new PipeError('bind-failed', /** @type {Error} */ (error).message);
					}
					if (ws.readyState !== ws.OPEN) {
						// the page went away while the sockets were binding
						await pipe.close();
						throw new PipeError('unknown-pipe', 'the connection closed');
					}
					const timer = setTimeout(() => void closePipe(id, null, 'expired'), lifetimeMs);
					timer.unref();
					pipes.set(id, { pipe, timer });
					for (const port of Object.values(pipe.faces))
						faces.add(faceKey({ address: pipe.address, port }));
					log({ event: 'opened', pipe: id, address: pipe.address, faces: pipe.faces });
					return {
						type: 'opened',
						ref: request.ref,
						pipe: id,
						address: pipe.address,
						faces: pipe.faces,
						lifetimeMs
					};
				}
				case 'route': {
					const pipe = held(request.pipe);
					const check = checkLocalAddress(request.address, addresses());
					if (!check.ok) throw new PipeError(check.code, check.reason);
					if (check.local.family !== pipe.family) {
						throw new PipeError(
							'family-mismatch',
							`the pipe is on ${pipe.address} (IPv${pipe.family}); ${request.address} is IPv${check.local.family}`
						);
					}
					const endpoint = { address: check.local.address, port: request.port };
					if (isPipeFace(endpoint)) {
						throw new PipeError(
							'loop',
							`${request.address} port ${request.port} is a face of a pipe: a pipe never forwards into a pipe`
						);
					}
					pipe.route(request.peer, endpoint);
					return { type: 'routed', ref: request.ref, pipe: request.pipe, peer: request.peer };
				}
				case 'cut': {
					const counts = held(request.pipe).cut();
					log({ event: 'cut', pipe: request.pipe, ...counts });
					return { type: 'counts', ref: request.ref, pipe: request.pipe, ...counts };
				}
				case 'stats':
					return {
						type: 'counts',
						ref: request.ref,
						pipe: request.pipe,
						...held(request.pipe).counts()
					};
				case 'close':
					held(request.pipe);
					await closePipe(request.pipe, request.ref, 'asked');
					return { type: 'closed', ref: request.ref, pipe: request.pipe, reason: 'asked' };
			}
		};

		ws.on('message', (data, isBinary) => {
			if (!bucket.take()) {
				send(ws, {
					type: 'error',
					ref: null,
					code: 'rate-limited',
					message: 'too many messages; slow down'
				});
				return;
			}
			if (isBinary) {
				send(ws, {
					type: 'error',
					ref: null,
					code: 'invalid-message',
					message: 'pipe messages are JSON text frames'
				});
				return;
			}
			const parsed = parsePipeRequest(data.toString());
			if (!parsed.ok) {
				send(ws, { type: 'error', ref: parsed.ref, code: parsed.code, message: parsed.reason });
				return;
			}
			const { ref } = parsed.message;
			answer(parsed.message).then(
				(reply) => {
					// `close` has already answered with its `closed`
					if (parsed.message.type !== 'close') send(ws, reply);
				},
				(error) => {
					const { code, message } =
						error instanceof PipeError
							? error
							: { code: /** @type {PipeErrorCode} */ ('bind-failed'), message: String(error) };
					send(ws, { type: 'error', ref, code, message });
				}
			);
		});
		ws.on('error', () => {
			// ws closes the connection itself (e.g. 1009 for a frame over maxPayload)
		});
		ws.on('close', () => {
			closers.delete(closer);
			void closeAll();
		});
	});

	return {
		/** open pipe connections */
		get connections() {
			return closers.size;
		},
		/**
		 * Takes an upgrade request if it is for the pipe path; returns false otherwise.
		 * @param {import('node:http').IncomingMessage} req
		 * @param {import('node:stream').Duplex} socket
		 * @param {Buffer} head
		 */
		handleUpgrade(req, socket, head) {
			const target = req.url ?? '/';
			if (!URL.canParse(target, 'http://localhost')) return false;
			if (new URL(target, 'http://localhost').pathname !== PIPE_PATH) return false;
			if (!originAllowed(req)) {
				refuse(socket, '403 Forbidden');
				return true;
			}
			wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
			return true;
		},
		/** Closes every pipe and connection. */
		async close() {
			await Promise.all([...closers].map((closer) => closer()));
			for (const ws of wss.clients) ws.close(CLOSE_GOING_AWAY, 'server shutting down');
			await new Promise((resolve) => wss.close(() => resolve(undefined)));
		}
	};
}
