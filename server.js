// @ts-check
/**
 * Production server for `npm start`: the SvelteKit adapter-node handler on a plain node:http
 * server, with the WebSocket signaling server on the same port and origin (path /signal).
 * `startServer` is exported for Playwright, benchmarks and tests.
 */
import http from 'node:http';
import path from 'node:path';
import process from 'node:process';
import { pathToFileURL } from 'node:url';
import { interfaceUrls, LAN_URLS_ENV } from './src/lib/server/lan.js';
import { startTurn } from './src/lib/server/turn.js';
import { createSignalingServer } from './src/lib/server/signaling/server.js';
import { createClassHub } from './src/lib/server/classroom/hub.js';
import { storesFromEnv } from './src/lib/server/classroom/backends.js';
import { createPipeServer } from './src/lib/server/pipe/server.js';

/** Ports tried, in order, when neither the caller nor PORT chose one. */
const DEFAULT_PORT = 3000;
const LAST_FALLBACK_PORT = 3010;

/** How long close() lets in-flight requests finish before cutting their connections. */
const SHUTDOWN_GRACE_MS = 5_000;

/**
 * A plain-HTTP server must tell SvelteKit its protocol, or adapter-node assumes https and
 * `url.origin` is wrong (which also trips the CSRF origin check on form posts). ORIGIN would pin
 * one host name, but Peerscope is opened both on loopback and by LAN address, so we use
 * adapter-node's PROTOCOL_HEADER with a private header that we always overwrite ourselves.
 * Behind a TLS proxy, set ORIGIN or PROTOCOL_HEADER and this is skipped.
 */
const PROTOCOL_HEADER = 'x-peerscope-protocol';

/**
 * @typedef {(
 *   req: http.IncomingMessage,
 *   res: http.ServerResponse,
 *   next: () => void
 * ) => void} NodeHandler
 */

/**
 * @typedef {object} StartOptions
 * @property {string} [host] interface to bind; default HOST, then '0.0.0.0'
 * @property {number} [port] port to bind (0 = any free port); default PORT, then 3000..3010
 * @property {boolean} [quiet] do not print the "open this URL" line
 * @property {boolean | NodeJS.ProcessEnv} [turn] launch the embedded coturn or use TURN_URLS
 *   (default true: read TURN_* from process.env; an object: read them from it instead; see
 *   src/lib/server/turn.js); relay is simply unavailable when it cannot start
 * @property {import('./src/lib/server/signaling/server.js').SignalingOptions} [signaling]
 *   options of the signaling server (tests inject clocks and limits)
 * @property {import('./src/lib/server/classroom/hub.js').ClassHubOptions} [classroom]
 *   options of the class hub
 * @property {string} [redisUrl] share rooms and classes through this Redis (default REDIS_URL)
 */

/**
 * @typedef {object} RunningServer
 * @property {http.Server} server
 * @property {string} url loopback URL, usable from this machine
 * @property {ReturnType<typeof createSignalingServer>} signaling
 * @property {ReturnType<typeof createClassHub>} classroom
 * @property {() => Promise<void>} close
 */

/**
 * Refuses an upgrade that is not for the signaling server with 426 and closes the socket, so
 * clients fail fast instead of hanging.
 *
 * @param {import('node:stream').Duplex} socket
 */
function refuseUpgrade(socket) {
	socket.on('error', () => socket.destroy());
	socket.end('HTTP/1.1 426 Upgrade Required\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
}

/**
 * @param {http.Server} server
 * @param {string} host
 * @param {number} port
 * @returns {Promise<void>}
 */
function listen(server, host, port) {
	return new Promise((resolve, reject) => {
		/** @param {Error} error */
		const onError = (error) => {
			server.off('listening', onListening);
			reject(error);
		};
		const onListening = () => {
			server.off('error', onError);
			resolve();
		};
		server.once('error', onError);
		server.once('listening', onListening);
		server.listen(port, host);
	});
}

/** @param {string} host */
function isWildcard(host) {
	return host === '0.0.0.0' || host === '::';
}

/**
 * @param {string} host
 * @param {number} port
 */
function urlFor(host, port) {
	const name = isWildcard(host) ? '127.0.0.1' : host;
	return `http://${name.includes(':') ? `[${name}]` : name}:${port}`;
}

/**
 * @param {StartOptions} [options]
 * @returns {Promise<RunningServer>}
 */
export async function startServer({
	host,
	port,
	quiet = false,
	turn = true,
	signaling: signalingOptions,
	classroom: classOptions,
	redisUrl = process.env.REDIS_URL
} = {}) {
	host ??= process.env.HOST || '0.0.0.0';
	const envPort = process.env.PORT ? Number(process.env.PORT) : undefined;
	const chosenPort = port ?? envPort;
	if (chosenPort !== undefined && !(Number.isInteger(chosenPort) && chosenPort >= 0)) {
		throw new Error(`Invalid port: ${port ?? process.env.PORT}`);
	}

	const ownsProtocol =
		!process.env.ORIGIN && (process.env.PROTOCOL_HEADER ?? PROTOCOL_HEADER) === PROTOCOL_HEADER;
	if (ownsProtocol) process.env.PROTOCOL_HEADER = PROTOCOL_HEADER;

	// Imported here, not at the top, so this file type-checks and imports without a build;
	// adapter-node reads its environment (PROTOCOL_HEADER above) when the module loads.
	const handlerUrl = new URL('./build/handler.js', import.meta.url);
	/** @type {{ handler: NodeHandler }} */
	const { handler } = await import(handlerUrl.href);

	/** @type {Promise<void> | undefined} */
	let closing;
	const server = http.createServer((req, res) => {
		if (ownsProtocol) req.headers[PROTOCOL_HEADER] = 'http';
		// While closing, hang up as soon as each in-flight response is done (as adapter-node does).
		res.once('close', () => closing && server.closeIdleConnections());
		handler(req, res, () => {
			res.statusCode = 404;
			res.end('Not found');
		});
	});
	// With REDIS_URL, rooms and classes live in Redis so that several instances share them.
	const shared = await storesFromEnv(redisUrl);
	const signaling = createSignalingServer({ registry: shared.registry, ...signalingOptions });
	const classroom = createClassHub({
		store: shared.classes,
		instance: shared.instance,
		...classOptions
	});
	// the fault lab's UDP pipe (peer-vanishes): its pipes close with their page's connection
	const pipes = createPipeServer();
	server.on('upgrade', (req, socket, head) => {
		if (signaling.handleUpgrade(req, socket, head)) return;
		if (pipes.handleUpgrade(req, socket, head)) return;
		if (!classroom.handleUpgrade(req, socket, head)) refuseUpgrade(socket);
	});

	// Browsers open spare connections before they need them, and closeIdleConnections() does not
	// count a connection that never carried a request as idle; close() ends those itself.
	/** @type {Set<import('node:net').Socket>} */
	const unusedSockets = new Set();
	server.on('connection', (socket) => {
		unusedSockets.add(socket);
		socket.once('close', () => unusedSockets.delete(socket));
	});
	/** @param {http.IncomingMessage} req */
	const markUsed = (req) =>
		unusedSockets.delete(/** @type {import('node:net').Socket} */ (req.socket));
	server.on('request', markUsed);
	server.on('upgrade', markUsed);

	const candidates =
		chosenPort === undefined
			? Array.from({ length: LAST_FALLBACK_PORT - DEFAULT_PORT + 1 }, (_, i) => DEFAULT_PORT + i)
			: [chosenPort];
	for (const [index, candidate] of candidates.entries()) {
		try {
			await listen(server, host, candidate);
			break;
		} catch (error) {
			const busy = /** @type {NodeJS.ErrnoException} */ (error).code === 'EADDRINUSE';
			if (!busy || index === candidates.length - 1) throw error;
		}
	}

	// After listening, so a busy port fails before coturn starts; it stops with the server.
	const relay = turn
		? await startTurn({ appHost: host, quiet, env: turn === true ? process.env : turn })
		: null;

	const address = /** @type {import('node:net').AddressInfo} */ (server.address());
	const url = urlFor(host, address.port);
	const lan = isWildcard(host) ? interfaceUrls(address.port) : [];
	// The call page offers these in its join link when it was opened on loopback (/call/lan).
	process.env[LAN_URLS_ENV] = JSON.stringify(lan);
	if (!quiet) {
		const also = lan.length > 0 ? ` (on your network: ${lan.join(', ')})` : '';
		console.log(`Peerscope is running at ${url}${also}`);
	}

	const close = () => {
		closing ??= new Promise((resolve, reject) => {
			const force = setTimeout(() => server.closeAllConnections(), SHUTDOWN_GRACE_MS);
			const relayClosed = relay?.close() ?? Promise.resolve();
			// The hub's last leaves still write to the store; the store closes after them.
			const hubClosed = classroom.close().then(() => shared.close());
			// every pipe's UDP sockets, and the pages' pipe connections
			const pipesClosed = pipes.close();
			server.close((error) => {
				clearTimeout(force);
				if (error) reject(error);
				else Promise.all([relayClosed, hubClosed, pipesClosed]).then(() => resolve(), reject);
			});
			// WebSockets are not http requests: close() would wait for them forever.
			void signaling.close();
			// Keep-alive sockets would otherwise hold close() open until they time out.
			server.closeIdleConnections();
			for (const socket of unusedSockets) socket.destroy();
		});
		return closing;
	};

	return { server, url, signaling, classroom, close };
}

const isMain =
	process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;

if (isMain) {
	/** @type {RunningServer | undefined} */
	let running;
	/** @param {NodeJS.Signals} signal */
	const shutdown = (signal) => {
		// A second Ctrl-C while draining means "now".
		process.once(signal, () => process.exit(1));
		// Exit when the event loop drains; this only fires if something (a WebSocket, an app timer)
		// still holds it after the in-flight requests have had their grace period.
		setTimeout(() => process.exit(0), SHUTDOWN_GRACE_MS + 1_000).unref();
		if (!running) process.exit(0); // still starting: nothing to drain
		running.close().then(
			// adapter-node's own server emits this; app code may use it to release resources.
			() => process.emit(/** @type {any} */ ('sveltekit:shutdown'), signal),
			(error) => {
				console.error(error);
				process.exit(1);
			}
		);
	};
	// Registered before listening, so a signal right after the "running" line is never missed.
	process.once('SIGINT', shutdown);
	process.once('SIGTERM', shutdown);

	try {
		running = await startServer();
	} catch (error) {
		const { code, message } = /** @type {NodeJS.ErrnoException} */ (error);
		console.error(`Peerscope could not start: ${message}`);
		if (code === 'ERR_MODULE_NOT_FOUND' && message.includes('build')) {
			console.error('Build it first with `npm run build` (or use `npm start`).');
		}
		process.exit(1);
	}
}
