// @ts-check
/**
 * A small STUN message codec (RFC 8489), enough to ask a STUN/TURN server a question over UDP:
 * a Binding request to see that coturn is up, and TURN Allocate requests (RFC 8656 §7) with the
 * long-term credential mechanism to check which credentials it accepts. Server-only, plain JS so
 * that server.js can use it without a build.
 */
import { createHash, createHmac, randomBytes } from 'node:crypto';
import dgram from 'node:dgram';
import net from 'node:net';

/** RFC 8489 §5: the fixed magic cookie in every STUN header. */
export const MAGIC_COOKIE = 0x2112a442;
const HEADER_LENGTH = 20;
/** RFC 8489 §14.7: FINGERPRINT is CRC-32 of the message XOR'ed with this. */
const FINGERPRINT_XOR = 0x5354554e;

/** Message types (RFC 8489 §5, RFC 8656 §17): method and class packed together. */
export const BINDING_REQUEST = 0x0001;
export const BINDING_SUCCESS = 0x0101;
export const ALLOCATE_REQUEST = 0x0003;
export const ALLOCATE_SUCCESS = 0x0103;
export const ALLOCATE_ERROR = 0x0113;
export const CREATE_PERMISSION_REQUEST = 0x0008;
export const CREATE_PERMISSION_SUCCESS = 0x0108;

/** Attribute types (RFC 8489 §18.3, RFC 8656 §18). */
export const ATTR = {
	USERNAME: 0x0006,
	MESSAGE_INTEGRITY: 0x0008,
	ERROR_CODE: 0x0009,
	REALM: 0x0014,
	NONCE: 0x0015,
	XOR_PEER_ADDRESS: 0x0012,
	XOR_RELAYED_ADDRESS: 0x0016,
	REQUESTED_TRANSPORT: 0x0019,
	XOR_MAPPED_ADDRESS: 0x0020,
	LIFETIME: 0x000d,
	FINGERPRINT: 0x8028
};

/** REQUESTED-TRANSPORT's protocol numbers (RFC 8656 §18.7; TCP allocations: RFC 6062 §6.1). */
const UDP_PROTOCOL = 17;
const TCP_PROTOCOL = 6;

/**
 * @typedef {object} StunMessage
 * @property {number} type
 * @property {Buffer} transactionId 12 bytes
 * @property {Map<number, Buffer>} attributes first value of each attribute type
 */

/** @param {Buffer} buffer */
function crc32(buffer) {
	let crc = 0xffffffff;
	for (const byte of buffer) {
		crc ^= byte;
		for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
	}
	return (crc ^ 0xffffffff) >>> 0;
}

/**
 * @param {number} type
 * @param {Buffer} value
 */
function attribute(type, value) {
	const padded = Buffer.alloc(4 + Math.ceil(value.length / 4) * 4);
	padded.writeUInt16BE(type, 0);
	padded.writeUInt16BE(value.length, 2);
	value.copy(padded, 4);
	return padded;
}

/**
 * The long-term credential key, RFC 8489 §9.2.2: MD5(username ":" realm ":" password).
 * @param {string} username
 * @param {string} realm
 * @param {string} password
 */
export function longTermKey(username, realm, password) {
	return createHash('md5').update(`${username}:${realm}:${password}`).digest();
}

/**
 * Builds a STUN message. With a key, appends MESSAGE-INTEGRITY (HMAC-SHA1 over the message with
 * the length field already counting it, RFC 8489 §14.5), then FINGERPRINT (§14.7).
 *
 * @param {number} type
 * @param {[number, Buffer][]} attributes
 * @param {{ transactionId?: Buffer, key?: Buffer }} [options]
 */
export function encodeStun(type, attributes, { transactionId = randomBytes(12), key } = {}) {
	let body = Buffer.concat(attributes.map(([t, v]) => attribute(t, v)));
	const header = (/** @type {number} */ length) => {
		const h = Buffer.alloc(HEADER_LENGTH);
		h.writeUInt16BE(type, 0);
		h.writeUInt16BE(length, 2);
		h.writeUInt32BE(MAGIC_COOKIE, 4);
		transactionId.copy(h, 8);
		return h;
	};
	if (key) {
		const integrityLength = 4 + 20;
		const signed = Buffer.concat([header(body.length + integrityLength), body]);
		const hmac = createHmac('sha1', key).update(signed).digest();
		body = Buffer.concat([body, attribute(ATTR.MESSAGE_INTEGRITY, hmac)]);
	}
	const fingerprintLength = 8;
	const unsigned = Buffer.concat([header(body.length + fingerprintLength), body]);
	const fingerprint = Buffer.alloc(4);
	fingerprint.writeUInt32BE((crc32(unsigned) ^ FINGERPRINT_XOR) >>> 0, 0);
	return Buffer.concat([unsigned, attribute(ATTR.FINGERPRINT, fingerprint)]);
}

/**
 * @param {Buffer} buffer
 * @returns {StunMessage | null} null when it is not a STUN message
 */
export function decodeStun(buffer) {
	if (buffer.length < HEADER_LENGTH || buffer.readUInt32BE(4) !== MAGIC_COOKIE) return null;
	const length = buffer.readUInt16BE(2);
	if (HEADER_LENGTH + length > buffer.length) return null;
	/** @type {Map<number, Buffer>} */
	const attributes = new Map();
	let offset = HEADER_LENGTH;
	while (offset + 4 <= HEADER_LENGTH + length) {
		const t = buffer.readUInt16BE(offset);
		const l = buffer.readUInt16BE(offset + 2);
		if (!attributes.has(t)) attributes.set(t, buffer.subarray(offset + 4, offset + 4 + l));
		offset += 4 + Math.ceil(l / 4) * 4;
	}
	return {
		type: buffer.readUInt16BE(0),
		transactionId: buffer.subarray(8, 20),
		attributes
	};
}

/**
 * ERROR-CODE (RFC 8489 §14.8): class in hundreds, number in the last byte.
 * @param {StunMessage} message
 * @returns {{ code: number, reason: string } | null}
 */
export function errorCodeOf(message) {
	const value = message.attributes.get(ATTR.ERROR_CODE);
	if (!value || value.length < 4) return null;
	return {
		code: (value.readUInt8(2) & 0x7) * 100 + value.readUInt8(3),
		reason: value.subarray(4).toString('utf8')
	};
}

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
			const size = HEADER_LENGTH + buffered.readUInt16BE(2);
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
 * XOR-PEER-ADDRESS for an IPv4 peer (RFC 8489 §14.2): port and address XOR'ed with the cookie.
 * @param {string} ip
 * @param {number} port
 */
function xorPeerAddress(ip, port) {
	const value = Buffer.alloc(8);
	value.writeUInt8(0x01, 1); // family IPv4
	value.writeUInt16BE(port ^ (MAGIC_COOKIE >>> 16), 2);
	const address = ip.split('.').reduce((n, part) => n * 256 + Number(part), 0);
	value.writeUInt32BE((address ^ MAGIC_COOKIE) >>> 0, 4);
	return value;
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
				[ATTR.XOR_PEER_ADDRESS, xorPeerAddress(peer.ip, peer.port)]
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
