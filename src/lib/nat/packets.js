// @ts-check
/**
 * Decodes what the lab captures on the internet side (tcpdump's pcap stream of the bridge) into
 * Packet entries: STUN Binding (RFC 8489), TURN Allocate / Refresh / CreatePermission /
 * ChannelBind / Send and Data indications and ChannelData (RFC 8656), ICE connectivity checks
 * (RFC 8445 §7.1: Binding requests with USERNAME, PRIORITY, ICE-CONTROLLING/-CONTROLLED and
 * USE-CANDIDATE), and, for the rest, the protocol RFC 7983's first-byte rule names (DTLS, RTP,
 * RTCP). Uses the project's STUN codec. Node-only (Buffer).
 */
import {
	ATTR,
	decodeChannelData,
	decodeStun,
	decodeXorAddress,
	errorCodeOf,
	stunMessageSize
} from '../stun/codec.js';

/** @typedef {import('./types.js').Packet} Packet */
/** @typedef {import('../stun/codec.js').StunMessage} StunMessage */

/** pcap file format: the magic number in microsecond-resolution files, either byte order. */
const PCAP_MAGIC_LE = 0xa1b2c3d4;
const PCAP_GLOBAL_HEADER = 24;
const PCAP_RECORD_HEADER = 16;
/** LINKTYPE_ETHERNET (tcpdump on a bridge or veth). */
const LINKTYPE_ETHERNET = 1;
const ETHERTYPE_IPV4 = 0x0800;
const IPPROTO_TCP = 6;
const IPPROTO_UDP = 17;

/** STUN methods by number (RFC 8489 §18.2, RFC 8656 §17). */
const METHODS = /** @type {Record<number, string>} */ ({
	0x001: 'binding',
	0x003: 'allocate',
	0x004: 'refresh',
	0x006: 'send',
	0x007: 'data',
	0x008: 'create-permission',
	0x009: 'channel-bind'
});

/**
 * A message type's method and class (RFC 8489 §5: the class bits are interleaved, C1 at bit 8
 * and C0 at bit 4).
 * @param {number} type
 */
export function methodAndClass(type) {
	const method = (type & 0x000f) | ((type & 0x00e0) >> 1) | ((type & 0x3e00) >> 2);
	const klass = ((type & 0x0100) >> 7) | ((type & 0x0010) >> 4);
	return {
		method: METHODS[method] ?? `method-0x${method.toString(16)}`,
		class: /** @type {const} */ (['request', 'indication', 'success', 'error'])[klass]
	};
}

/**
 * @typedef {object} Frame
 * @property {number} tsMs capture time, ms since the epoch
 * @property {string} from 'addr:port'
 * @property {string} to 'addr:port'
 * @property {'udp' | 'tcp'} protocol
 * @property {Buffer} payload
 */

/**
 * An incremental pcap reader: feed it tcpdump's `-w -` output in chunks of any size; it returns
 * the IPv4 UDP/TCP frames completed so far.
 */
export function createPcapReader() {
	/** @type {Buffer} */
	let buffered = Buffer.alloc(0);
	let littleEndian = true;
	let linkType = -1;
	return {
		/**
		 * @param {Buffer} chunk
		 * @returns {Frame[]}
		 */
		push(chunk) {
			buffered = buffered.length ? Buffer.concat([buffered, chunk]) : chunk;
			/** @type {Frame[]} */
			const frames = [];
			if (linkType < 0) {
				if (buffered.length < PCAP_GLOBAL_HEADER) return frames;
				littleEndian = buffered.readUInt32LE(0) === PCAP_MAGIC_LE;
				if (!littleEndian && buffered.readUInt32BE(0) !== PCAP_MAGIC_LE) {
					throw new Error('not a pcap stream (bad magic number)');
				}
				linkType = littleEndian ? buffered.readUInt32LE(20) : buffered.readUInt32BE(20);
				buffered = buffered.subarray(PCAP_GLOBAL_HEADER);
			}
			const u32 = (/** @type {number} */ at) =>
				littleEndian ? buffered.readUInt32LE(at) : buffered.readUInt32BE(at);
			while (buffered.length >= PCAP_RECORD_HEADER) {
				const captured = u32(8);
				if (buffered.length < PCAP_RECORD_HEADER + captured) break;
				const tsMs = u32(0) * 1000 + u32(4) / 1000;
				const data = buffered.subarray(PCAP_RECORD_HEADER, PCAP_RECORD_HEADER + captured);
				buffered = buffered.subarray(PCAP_RECORD_HEADER + captured);
				const frame = linkType === LINKTYPE_ETHERNET ? decodeEthernet(data, tsMs) : null;
				if (frame) frames.push(frame);
			}
			return frames;
		}
	};
}

/** @param {Buffer} b @param {number} at */
const ipv4At = (b, at) => `${b[at]}.${b[at + 1]}.${b[at + 2]}.${b[at + 3]}`;

/**
 * @param {Buffer} data an Ethernet frame
 * @param {number} tsMs
 * @returns {Frame | null}
 */
export function decodeEthernet(data, tsMs) {
	if (data.length < 14 + 20 || data.readUInt16BE(12) !== ETHERTYPE_IPV4) return null;
	const ip = data.subarray(14);
	const headerLength = (ip.readUInt8(0) & 0x0f) * 4;
	const totalLength = Math.min(ip.readUInt16BE(2), ip.length);
	const fragment = ip.readUInt16BE(6) & 0x1fff;
	if (fragment !== 0) return null;
	const src = ipv4At(ip, 12);
	const dst = ipv4At(ip, 16);
	const l4 = ip.subarray(headerLength, totalLength);
	if (ip[9] === IPPROTO_UDP && l4.length >= 8) {
		return {
			tsMs,
			protocol: 'udp',
			from: `${src}:${l4.readUInt16BE(0)}`,
			to: `${dst}:${l4.readUInt16BE(2)}`,
			payload: l4.subarray(8)
		};
	}
	if (ip[9] === IPPROTO_TCP && l4.length >= 20) {
		const offset = (l4.readUInt8(12) >> 4) * 4;
		return {
			tsMs,
			protocol: 'tcp',
			from: `${src}:${l4.readUInt16BE(0)}`,
			to: `${dst}:${l4.readUInt16BE(2)}`,
			payload: l4.subarray(offset)
		};
	}
	return null;
}

/**
 * RFC 7983 §7: what a non-STUN datagram on a WebRTC 5-tuple is, by its first byte.
 * @param {Buffer} data
 */
export function demux(data) {
	if (data.length === 0) return 'empty';
	const first = data.readUInt8(0);
	if (first <= 3) return 'stun';
	if (first >= 20 && first <= 63) return 'dtls';
	if (first >= 64 && first <= 79) return 'channel-data';
	if (first >= 128 && first <= 191) {
		// RFC 5761 §4: RTCP packet types 192–223 share the second byte with RTP's marker + PT.
		const pt = data.length > 1 ? data.readUInt8(1) : 0;
		return pt >= 192 && pt <= 223 ? 'rtcp' : 'rtp';
	}
	return 'unknown';
}

/**
 * @param {StunMessage} message
 * @param {number} attribute
 */
function xorAddressOf(message, attribute) {
	const value = message.attributes.get(attribute);
	const address = value ? decodeXorAddress(value, message.transactionId) : null;
	return address ? `${address.ip}:${address.port}` : undefined;
}

/**
 * The kind and decoded fields of one STUN message.
 * @param {StunMessage} message
 * @returns {{ kind: string, summary: Record<string, unknown> }}
 */
export function describeStun(message) {
	const { method, class: klass } = methodAndClass(message.type);
	const has = (/** @type {number} */ a) => message.attributes.has(a);
	/** @type {Record<string, unknown>} */
	const summary = { method, class: klass, transactionId: message.transactionId.toString('hex') };
	const username = message.attributes.get(ATTR.USERNAME);
	if (username) summary.username = username.toString('utf8');
	const realm = message.attributes.get(ATTR.REALM);
	if (realm) summary.realm = realm.toString('utf8');
	if (has(ATTR.NONCE)) summary.nonce = true;
	if (has(ATTR.MESSAGE_INTEGRITY)) summary.messageIntegrity = true;
	const error = errorCodeOf(message);
	if (error) summary.error = error;
	for (const [name, attr] of /** @type {const} */ ([
		['xorMappedAddress', ATTR.XOR_MAPPED_ADDRESS],
		['xorPeerAddress', ATTR.XOR_PEER_ADDRESS],
		['xorRelayedAddress', ATTR.XOR_RELAYED_ADDRESS]
	])) {
		const address = xorAddressOf(message, attr);
		if (address) summary[name] = address;
	}
	const channel = message.attributes.get(ATTR.CHANNEL_NUMBER);
	if (channel && channel.length >= 2) summary.channel = channel.readUInt16BE(0);
	const lifetime = message.attributes.get(ATTR.LIFETIME);
	if (lifetime && lifetime.length >= 4) summary.lifetime = lifetime.readUInt32BE(0);
	const transport = message.attributes.get(ATTR.REQUESTED_TRANSPORT);
	if (transport)
		summary.requestedTransport =
			transport[0] === 6 ? 'tcp' : transport[0] === 17 ? 'udp' : transport[0];
	const priority = message.attributes.get(ATTR.PRIORITY);
	if (priority && priority.length >= 4) summary.priority = priority.readUInt32BE(0);
	if (has(ATTR.USE_CANDIDATE)) summary.useCandidate = true;
	if (has(ATTR.ICE_CONTROLLING)) summary.role = 'controlling';
	if (has(ATTR.ICE_CONTROLLED)) summary.role = 'controlled';
	const data = message.attributes.get(ATTR.DATA);
	if (data) summary.data = describeInner(data);

	// RFC 8445 §7.1.1/7.2.5: a connectivity check is a Binding request carrying PRIORITY and the
	// ICE role; its answer carries MESSAGE-INTEGRITY keyed with the ICE password (a plain STUN
	// server's Binding answer does not).
	let kind;
	if (method === 'binding' && klass === 'request' && has(ATTR.PRIORITY)) kind = 'ice-check';
	else if (method === 'binding' && klass === 'success' && has(ATTR.MESSAGE_INTEGRITY)) {
		kind = 'ice-check-success';
	} else if (method === 'send' || method === 'data') kind = `${method}-indication`;
	else if (klass === 'error') kind = `${method}-error${error ? `-${error.code}` : ''}`;
	else kind = `${method}-${klass}`;
	return { kind, summary };
}

/**
 * What a relayed payload (the DATA of a Send/Data indication, or a ChannelData's data) carries.
 * @param {Buffer} data
 * @returns {Record<string, unknown>}
 */
function describeInner(data) {
	const message = demux(data) === 'stun' ? decodeStun(data) : null;
	if (message) {
		const inner = describeStun(message);
		return { kind: inner.kind, ...inner.summary };
	}
	return { kind: demux(data), length: data.length };
}

/**
 * The messages in one captured payload. A UDP datagram holds one; a TCP segment to or from TURN
 * holds a run of STUN messages and ChannelData frames (RFC 8656 §12.5: padded to 4 bytes over
 * TCP). Segments that do not start on a message boundary are reported as 'tcp-segment'.
 * @param {Frame} frame
 * @param {number} startMs the run's start, ms since the epoch
 * @returns {Packet[]}
 */
export function decodeFrame(frame, startMs) {
	const t = Math.max(0, Math.round(frame.tsMs - startMs));
	const base = { t, from: frame.from, to: frame.to, protocol: frame.protocol };
	/** @type {Packet[]} */
	const packets = [];
	let rest = frame.payload;
	while (rest.length > 0) {
		const kind = demux(rest);
		if (kind === 'stun') {
			const message = decodeStun(rest);
			if (!message) break;
			packets.push({ ...base, ...describeStun(message) });
			// decodeStun read a whole message, so its size is known
			rest = rest.subarray(stunMessageSize(rest) ?? rest.length);
		} else if (kind === 'channel-data') {
			const channelData = decodeChannelData(rest);
			if (!channelData) break;
			packets.push({
				...base,
				kind: 'channel-data',
				summary: {
					channel: channelData.channel,
					length: channelData.data.length,
					data: describeInner(channelData.data)
				}
			});
			const length = 4 + channelData.data.length;
			rest = rest.subarray(frame.protocol === 'tcp' ? Math.ceil(length / 4) * 4 : length);
		} else {
			packets.push({
				...base,
				kind: frame.protocol === 'tcp' ? 'tcp-segment' : kind,
				summary: { length: rest.length }
			});
			break;
		}
		if (frame.protocol === 'udp') break;
	}
	if (packets.length === 0 && frame.payload.length > 0) {
		packets.push({ ...base, kind: 'tcp-segment', summary: { length: frame.payload.length } });
	}
	return packets;
}

/**
 * Whether a packet belongs to the signalling of connectivity (STUN/TURN control and ICE checks),
 * as opposed to media and DTLS riding on the path, which the lab only samples.
 * @param {Packet} packet
 */
export function isControl(packet) {
	if (['dtls', 'rtp', 'rtcp', 'unknown', 'empty', 'tcp-segment'].includes(packet.kind))
		return false;
	const inner = /** @type {{ kind?: string } | undefined} */ (packet.summary.data);
	if ((packet.kind === 'channel-data' || packet.kind.endsWith('-indication')) && inner) {
		return inner.kind?.startsWith('ice-check') ?? false;
	}
	return true;
}
