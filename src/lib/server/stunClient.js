// @ts-check
/**
 * STUN/TURN clients (RFC 8489, RFC 8656) over UDP and TCP, enough to ask a STUN/TURN server a
 * question: a Binding request to see that coturn is up, and TURN Allocate requests (RFC 8656 §7)
 * with the long-term credential mechanism to check which credentials it accepts. Server-only,
 * plain JS so that server.js can use it without a build. The messages themselves are built and
 * read by the pure codec, src/lib/stun/codec.js.
 */
import dgram from 'node:dgram';
import net from 'node:net';
import {
	ALLOCATE_REQUEST,
	ALLOCATE_SUCCESS,
	ATTR,
	BINDING_REQUEST,
	BINDING_SUCCESS,
	CREATE_PERMISSION_REQUEST,
	CREATE_PERMISSION_SUCCESS,
	HEADER_LENGTH,
	TCP_PROTOCOL,
	UDP_PROTOCOL,
	decodeStun,
	encodeStun,
	encodeXorAddress,
	errorCodeOf,
	longTermKey,
	stunMessageSize
} from '../stun/codec.js';

/** @typedef {import('../stun/codec.js').StunMessage} StunMessage */

/**
 * A UDP client socket for STUN transactions. A TURN server keys its state (the nonce, the
 * allocation) by the client's 5-tuple, so an Allocate and its retry must use the same socket.
 * @param {{ host: string, port: number }} server
 */
export function stunClient(server) {
	const socket = dgram.createSocket(server.host.includes(':') ? 'udp6' : 'udp4');
	/** @type {Map<string, (message: StunMessage) => void>} */
	const waiting = new Map();
	socket.on('message', (data) => {
		const message = decodeStun(data);
		const key = message?.transactionId.toString('hex');
		if (message && key) waiting.get(key)?.(message);
	});
	/** @type {Error | null} */
	let failure = null;
	socket.on('error', (error) => {
		failure = error;
	});
	return {
		/**
		 * Sends one request and waits for the response with the same transaction id.
		 * @param {Buffer} request
		 * @param {number} timeoutMs
		 * @returns {Promise<StunMessage>}
		 */
		transact(request, timeoutMs) {
			const key = request.subarray(8, 20).toString('hex');
			return new Promise((resolve, reject) => {
				if (failure) return reject(failure);
				const timer = setTimeout(() => {
					waiting.delete(key);
					reject(new Error(`no STUN answer from ${server.host}:${server.port}`));
				}, timeoutMs);
				waiting.set(key, (message) => {
					clearTimeout(timer);
					waiting.delete(key);
					resolve(message);
				});
				socket.send(request, server.port, server.host, (error) => {
					if (!error) return;
					clearTimeout(timer);
					waiting.delete(key);
					reject(error);
				});
			});
		},
		close() {
			socket.close();
		}
	};
}

/**
 * A TCP client connection for STUN transactions (RFC 8489 §6.2.2: messages are self-delimiting
 * on a stream, 20-byte header plus its length). RFC 6062 TCP allocations are asked for over one.
 * Same interface as stunClient.
 * @param {{ host: string, port: number }} server
 */
export function stunTcpClient(server) {
	const socket = net.connect(server.port, server.host);
	/** @type {Map<string, (message: StunMessage) => void>} */
	const waiting = new Map();
	let buffered = Buffer.alloc(0);
	socket.on('data', (chunk) => {
		buffered = Buffer.concat([buffered, chunk]);
		while (buffered.length >= HEADER_LENGTH) {
			const size = stunMessageSize(buffered);
			// not a STUN header: the stream lost its framing, and nothing after it can be trusted
			if (size === null) return void (buffered = Buffer.alloc(0));
			if (buffered.length < size) return;
			const message = decodeStun(buffered.subarray(0, size));
			buffered = buffered.subarray(size);
			const key = message?.transactionId.toString('hex');
			if (message && key) waiting.get(key)?.(message);
		}
	});
	/** @type {Error | null} */
	let failure = null;
	socket.on('error', (error) => {
		failure = error;
		for (const fail of rejecters) fail(error);
	});
	/** @type {Set<(error: Error) => void>} */
	const rejecters = new Set();
	return {
		/**
		 * @param {Buffer} request
		 * @param {number} timeoutMs
		 * @returns {Promise<StunMessage>}
		 */
		transact(request, timeoutMs) {
			const key = request.subarray(8, 20).toString('hex');
			return new Promise((resolve, reject) => {
				if (failure) return reject(failure);
				const done = () => {
					clearTimeout(timer);
					waiting.delete(key);
					rejecters.delete(onError);
				};
				/** @param {Error} error */
				const onError = (error) => {
					done();
					reject(error);
				};
				const timer = setTimeout(
					() => onError(new Error(`no STUN answer from ${server.host}:${server.port}`)),
					timeoutMs
				);
				rejecters.add(onError);
				waiting.set(key, (message) => {
					done();
					resolve(message);
				});
				socket.write(request);
			});
		},
		close() {
			socket.destroy();
		}
	};
}

/**
 * One request on a fresh socket.
 * @param {{ host: string, port: number }} server
 * @param {Buffer} request
 * @param {number} timeoutMs
 */
export async function transact(server, request, timeoutMs) {
	const client = stunClient(server);
	try {
		return await client.transact(request, timeoutMs);
	} finally {
		client.close();
	}
}

/**
 * A TURN Allocate with the long-term credential mechanism (RFC 8656 §7.2, RFC 8489 §9.2): the
 * first request has no credentials and is answered 401 with REALM and NONCE; the second carries
 * USERNAME, REALM, NONCE and MESSAGE-INTEGRITY. Resolves with the final answer's error code, or
 * null when the allocation succeeded.
 *
 * @param {{ host: string, port: number }} server
 * @param {{ username: string, password: string }} credentials
 * @param {number} [timeoutMs]
 * @returns {Promise<{ code: number, reason: string } | null>}
 */
export async function tryAllocate(server, { username, password }, timeoutMs = 3_000) {
	const client = stunClient(server);
	try {
		return (await allocate(client, { username, password }, timeoutMs)).error;
	} finally {
		client.close();
	}
}

/**
 * An RFC 6062 TCP allocation (a relay that opens TCP connections to peers), asked for over a TCP
 * control connection as that RFC requires. Resolves with its error (442 Unsupported Transport
 * Protocol from a server that does not relay TCP), or null when the server granted it.
 *
 * @param {{ host: string, port: number }} server
 * @param {{ username: string, password: string }} credentials
 * @param {number} [timeoutMs]
 * @returns {Promise<{ code: number, reason: string } | null>}
 */
export async function tryTcpAllocate(server, credentials, timeoutMs = 3_000) {
	const client = stunTcpClient(server);
	try {
		return (await allocate(client, credentials, timeoutMs, TCP_PROTOCOL)).error;
	} finally {
		client.close();
	}
}

/**
 * @typedef {object} AllocateResult
 * @property {{ code: number, reason: string } | null} error null when the allocation succeeded
 * @property {(type: number, attributes: [number, Buffer][]) => Buffer} [sign] builds a request
 *   authenticated like the successful Allocate (same username, realm, nonce and key)
 */

/**
 * @param {{ transact: (request: Buffer, timeoutMs: number) => Promise<StunMessage> }} client
 * @param {{ username: string, password: string }} credentials
 * @param {number} timeoutMs
 * @param {number} [protocol] REQUESTED-TRANSPORT
 * @returns {Promise<AllocateResult>}
 */
async function allocate(client, { username, password }, timeoutMs, protocol = UDP_PROTOCOL) {
	const transport = Buffer.from([protocol, 0, 0, 0]);
	const first = await client.transact(
		encodeStun(ALLOCATE_REQUEST, [[ATTR.REQUESTED_TRANSPORT, transport]]),
		timeoutMs
	);
	if (first.type === ALLOCATE_SUCCESS) return { error: null };
	const realm = first.attributes.get(ATTR.REALM);
	const nonce = first.attributes.get(ATTR.NONCE);
	if (!realm || !nonce) {
		return { error: errorCodeOf(first) ?? { code: 0, reason: 'no realm or nonce' } };
	}
	const key = longTermKey(username, realm.toString('utf8'), password);
	/** @type {(type: number, attributes: [number, Buffer][]) => Buffer} */
	const sign = (type, attributes) =>
		encodeStun(
			type,
			[
				...attributes,
				[ATTR.USERNAME, Buffer.from(username, 'utf8')],
				[ATTR.REALM, realm],
				[ATTR.NONCE, nonce]
			],
			{ key }
		);
	const second = await client.transact(
		sign(ALLOCATE_REQUEST, [[ATTR.REQUESTED_TRANSPORT, transport]]),
		timeoutMs
	);
	if (second.type === ALLOCATE_SUCCESS) return { error: null, sign };
	return {
		error: errorCodeOf(second) ?? { code: 0, reason: `unexpected message type ${second.type}` }
	};
}

/**
 * Allocates a relay, then asks for a permission to send to `peer` (RFC 8656 §9). Resolves with
 * the CreatePermission error (e.g. 403 when the server refuses that peer address), or null when
 * it was granted. Rejects when the allocation itself fails.
 *
 * @param {{ host: string, port: number }} server
 * @param {{ username: string, password: string }} credentials
 * @param {{ ip: string, port: number }} peer an IPv4 peer
 * @param {number} [timeoutMs]
 */
export async function tryPermission(server, credentials, peer, timeoutMs = 3_000) {
	const client = stunClient(server);
	try {
		const allocation = await allocate(client, credentials, timeoutMs);
		if (allocation.error || !allocation.sign) {
			throw new Error(`Allocate failed: ${allocation.error?.code} ${allocation.error?.reason}`);
		}
		const answer = await client.transact(
			allocation.sign(CREATE_PERMISSION_REQUEST, [
				[ATTR.XOR_PEER_ADDRESS, encodeXorAddress(peer.ip, peer.port)]
			]),
			timeoutMs
		);
		if (answer.type === CREATE_PERMISSION_SUCCESS) return null;
		return errorCodeOf(answer) ?? { code: 0, reason: `unexpected message type ${answer.type}` };
	} finally {
		client.close();
	}
}

/**
 * A STUN Binding request: true when the server answered with a success response.
 * @param {{ host: string, port: number }} server
 * @param {number} timeoutMs
 */
export async function bindingWorks(server, timeoutMs) {
	try {
		const answer = await transact(server, encodeStun(BINDING_REQUEST, []), timeoutMs);
		return answer.type === BINDING_SUCCESS;
	} catch {
		return false;
	}
}
