// @ts-check
/**
 * The project's STUN message codec (RFC 8489) with the TURN methods and attributes (RFC 8656) and
 * TURN's ChannelData framing (RFC 8656 §12.4). Pure: no sockets, no clock; it builds and reads
 * bytes. The UDP/TCP clients that ask coturn questions live in src/lib/server/stunClient.js, and the NAT
 * lab's capture decoder (src/lib/nat/packets.js) reads captured payloads with it. Node-only for
 * now (Buffer and node:crypto for MESSAGE-INTEGRITY), plain JS so server.js and the CLI run it
 * without a build.
 */
import { createHash, createHmac, randomBytes } from 'node:crypto';

/** RFC 8489 §5: the fixed magic cookie in every STUN header. */
export const MAGIC_COOKIE = 0x2112a442;
/** RFC 8489 §5: every STUN message starts with a 20-byte header. */
export const HEADER_LENGTH = 20;
/** RFC 8489 §14.7: FINGERPRINT is CRC-32 of the message XOR'ed with this. */
const FINGERPRINT_XOR = 0x5354554e;

/** Message types (RFC 8489 §5, RFC 8656 §17): method and class packed together. */
export const BINDING_REQUEST = 0x0001;
export const BINDING_SUCCESS = 0x0101;
export const BINDING_ERROR = 0x0111;
export const ALLOCATE_REQUEST = 0x0003;
export const ALLOCATE_SUCCESS = 0x0103;
export const ALLOCATE_ERROR = 0x0113;
export const REFRESH_REQUEST = 0x0004;
export const REFRESH_SUCCESS = 0x0104;
export const REFRESH_ERROR = 0x0114;
export const SEND_INDICATION = 0x0016;
export const DATA_INDICATION = 0x0017;
export const CREATE_PERMISSION_REQUEST = 0x0008;
export const CREATE_PERMISSION_SUCCESS = 0x0108;
export const CREATE_PERMISSION_ERROR = 0x0118;
export const CHANNEL_BIND_REQUEST = 0x0009;
export const CHANNEL_BIND_SUCCESS = 0x0109;
export const CHANNEL_BIND_ERROR = 0x0119;

/** Attribute types (RFC 8489 §18.3, RFC 8656 §18, RFC 8445 §16.1 for ICE's). */
export const ATTR = {
	USERNAME: 0x0006,
	MESSAGE_INTEGRITY: 0x0008,
	ERROR_CODE: 0x0009,
	CHANNEL_NUMBER: 0x000c,
	LIFETIME: 0x000d,
	XOR_PEER_ADDRESS: 0x0012,
	DATA: 0x0013,
	REALM: 0x0014,
	NONCE: 0x0015,
	XOR_RELAYED_ADDRESS: 0x0016,
	REQUESTED_TRANSPORT: 0x0019,
	XOR_MAPPED_ADDRESS: 0x0020,
	PRIORITY: 0x0024,
	USE_CANDIDATE: 0x0025,
	SOFTWARE: 0x8022,
	FINGERPRINT: 0x8028,
	ICE_CONTROLLED: 0x8029,
	ICE_CONTROLLING: 0x802a
};

/** REQUESTED-TRANSPORT's protocol numbers (RFC 8656 §18.7; TCP allocations: RFC 6062 §6.1). */
export const UDP_PROTOCOL = 17;
export const TCP_PROTOCOL = 6;

/** RFC 8656 §12: channel numbers are 0x4000 through 0x4FFF; the first two bits are 01. */
export const CHANNEL_MIN = 0x4000;
export const CHANNEL_MAX = 0x4fff;

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
 * @param {{ transactionId?: Buffer, key?: Buffer, fingerprint?: boolean }} [options]
 */
export function encodeStun(
	type,
	attributes,
	{ transactionId = randomBytes(12), key, fingerprint = true } = {}
) {
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
	if (!fingerprint) return Buffer.concat([header(body.length), body]);
	const fingerprintLength = 8;
	const unsigned = Buffer.concat([header(body.length + fingerprintLength), body]);
	const value = Buffer.alloc(4);
	value.writeUInt32BE((crc32(unsigned) ^ FINGERPRINT_XOR) >>> 0, 0);
	return Buffer.concat([unsigned, attribute(ATTR.FINGERPRINT, value)]);
}

/**
 * @param {Buffer} buffer
 * @returns {StunMessage | null} null when it is not a STUN message
 */
export function decodeStun(buffer) {
	// RFC 8489 §5: the two most significant bits of every STUN message are zero.
	if (buffer.length < HEADER_LENGTH || (buffer.readUInt8(0) & 0xc0) !== 0) return null;
	if (buffer.readUInt32BE(4) !== MAGIC_COOKIE) return null;
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
 * The size of the STUN message at the start of a stream buffer (RFC 8489 §6.2.2: over TCP the
 * 20-byte header's length field delimits it), or null when the buffer does not start with one.
 * @param {Buffer} buffer
 */
export function stunMessageSize(buffer) {
	if (buffer.length < HEADER_LENGTH || (buffer.readUInt8(0) & 0xc0) !== 0) return null;
	if (buffer.readUInt32BE(4) !== MAGIC_COOKIE) return null;
	return HEADER_LENGTH + buffer.readUInt16BE(2);
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
 * An XOR-MAPPED-ADDRESS / XOR-PEER-ADDRESS / XOR-RELAYED-ADDRESS value for an IPv4 address
 * (RFC 8489 §14.2): port and address XOR'ed with the magic cookie.
 * @param {string} ip
 * @param {number} port
 */
export function encodeXorAddress(ip, port) {
	const value = Buffer.alloc(8);
	value.writeUInt8(0x01, 1); // family IPv4
	value.writeUInt16BE(port ^ (MAGIC_COOKIE >>> 16), 2);
	const address = ip.split('.').reduce((n, part) => n * 256 + Number(part), 0);
	value.writeUInt32BE((address ^ MAGIC_COOKIE) >>> 0, 4);
	return value;
}

/**
 * Reads an XOR'ed address attribute (RFC 8489 §14.2). IPv6 addresses are XOR'ed with the cookie
 * followed by the transaction id.
 * @param {Buffer} value
 * @param {Buffer} transactionId
 * @returns {{ ip: string, port: number } | null}
 */
export function decodeXorAddress(value, transactionId) {
	if (value.length < 8) return null;
	const family = value.readUInt8(1);
	const port = value.readUInt16BE(2) ^ (MAGIC_COOKIE >>> 16);
	if (family === 0x01) {
		const n = (value.readUInt32BE(4) ^ MAGIC_COOKIE) >>> 0;
		return { ip: [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.'), port };
	}
	if (family === 0x02 && value.length >= 20) {
		const mask = Buffer.concat([Buffer.from([0x21, 0x12, 0xa4, 0x42]), transactionId]);
		const parts = [];
		for (let i = 0; i < 16; i += 2) {
			const high = value.readUInt8(4 + i) ^ mask.readUInt8(i);
			const low = value.readUInt8(5 + i) ^ mask.readUInt8(i + 1);
			parts.push((high * 256 + low).toString(16));
		}
		return { ip: parts.join(':'), port };
	}
	return null;
}

/**
 * A ChannelData message (RFC 8656 §12.4): 2-byte channel number, 2-byte length, the data. Over
 * UDP the padding is optional; over TCP it pads to a multiple of 4 (§12.5), which `pad` adds.
 * @param {number} channel 0x4000–0x4FFF
 * @param {Buffer} data
 * @param {{ pad?: boolean }} [options]
 */
export function encodeChannelData(channel, data, { pad = false } = {}) {
	const size = 4 + (pad ? Math.ceil(data.length / 4) * 4 : data.length);
	const frame = Buffer.alloc(size);
	frame.writeUInt16BE(channel, 0);
	frame.writeUInt16BE(data.length, 2);
	data.copy(frame, 4);
	return frame;
}

/**
 * @param {Buffer} buffer
 * @returns {{ channel: number, data: Buffer } | null} null when it is not ChannelData
 */
export function decodeChannelData(buffer) {
	if (buffer.length < 4) return null;
	const channel = buffer.readUInt16BE(0);
	if (channel < CHANNEL_MIN || channel > CHANNEL_MAX) return null;
	const length = buffer.readUInt16BE(2);
	if (4 + length > buffer.length) return null;
	return { channel, data: buffer.subarray(4, 4 + length) };
}
