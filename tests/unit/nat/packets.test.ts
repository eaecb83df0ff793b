/**
 * The capture decoder on real pcaps from the lab's internet bridge (tests/fixtures/nat/*.pcap,
 * the first packets of a symmetric ↔ symmetric call with STUN + TURN, and of a UDP-blocked ↔
 * cone call relayed over TURN/TCP), and on messages the codec builds.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	createPcapReader,
	decodeFrame,
	demux,
	isControl,
	methodAndClass,
	type Frame
} from '$lib/nat/packets.js';
import {
	ATTR,
	CHANNEL_BIND_REQUEST,
	encodeChannelData,
	encodeStun,
	encodeXorAddress,
	SEND_INDICATION
} from '$lib/stun/codec.js';
import type { Packet } from '$lib/nat/types.js';

function decodePcap(name: string, chunkSize = 997): Packet[] {
	const bytes = readFileSync(`tests/fixtures/nat/${name}`);
	const reader = createPcapReader();
	const frames: Frame[] = [];
	// Fed in odd-sized chunks, as tcpdump's pipe delivers them.
	for (let i = 0; i < bytes.length; i += chunkSize) {
		frames.push(...reader.push(bytes.subarray(i, i + chunkSize)));
	}
	return frames.flatMap((f) => decodeFrame(f, frames[0]!.tsMs));
}

describe('decoding a captured UDP TURN call (symmetric ↔ symmetric, STUN + TURN)', () => {
	const packets = decodePcap('symmetric-symmetric-stun-plus-turn.pcap');
	const kinds = new Set(packets.map((p) => p.kind));
	it('finds the Binding exchange with the NAT public address in XOR-MAPPED-ADDRESS', () => {
		const answer = packets.find((p) => p.kind === 'binding-success');
		expect(answer?.from).toBe('203.0.113.3:3478');
		expect(String(answer?.summary.xorMappedAddress)).toMatch(/^203\.0\.113\.(10|20):\d+$/);
		expect(answer?.summary.xorMappedAddress).toBe(answer?.to);
	});
	it('finds Allocate answered 401 with REALM and NONCE, then success with the relay address', () => {
		const challenge = packets.find((p) => p.kind === 'allocate-error-401');
		expect(challenge?.summary).toMatchObject({ realm: 'natlab.peerscope', nonce: true });
		const success = packets.find((p) => p.kind === 'allocate-success');
		expect(String(success?.summary.xorRelayedAddress)).toMatch(/^203\.0\.113\.3:\d+$/);
		expect(success?.summary.lifetime).toBeGreaterThan(0);
	});
	it('finds CreatePermission with XOR-PEER-ADDRESS, Send/Data indications and ICE checks', () => {
		expect(kinds).toContain('create-permission-request');
		expect(kinds).toContain('create-permission-success');
		const permission = packets.find((p) => p.kind === 'create-permission-request');
		expect(String(permission?.summary.xorPeerAddress)).toMatch(/^\d+\.\d+\.\d+\.\d+:\d+$/);
		const send = packets.find(
			(p) =>
				p.kind === 'send-indication' && (p.summary.data as { kind: string }).kind === 'ice-check'
		);
		expect(send?.summary.xorPeerAddress).toBeDefined();
		const check = packets.find((p) => p.kind === 'ice-check');
		expect(check?.summary).toMatchObject({ method: 'binding', class: 'request' });
		expect(String(check?.summary.username)).toContain(':');
		expect(check?.summary.priority).toBeGreaterThan(0);
		expect(['controlling', 'controlled']).toContain(check?.summary.role);
	});
});

describe('decoding a captured TURN-over-TCP call (udp-blocked ↔ cone, TURN TCP only)', () => {
	const packets = decodePcap('udp-blocked-cone-turn-tcp-only.pcap', 4096);
	it('reads STUN messages and ChannelData framed on the TCP stream', () => {
		expect(packets.every((p) => p.protocol === 'tcp')).toBe(true);
		const kinds = new Set(packets.map((p) => p.kind));
		expect(kinds).toContain('allocate-error-401');
		expect(kinds).toContain('allocate-success');
		const allocate = packets.find((p) => p.kind === 'allocate-request');
		expect(allocate?.summary.requestedTransport).toBe('udp');
		expect(allocate?.to).toBe('203.0.113.3:3478');
	});
});

describe('decodeFrame on built messages', () => {
	const frame = (payload: Buffer, protocol: 'udp' | 'tcp' = 'udp'): Frame => ({
		tsMs: 1_000,
		from: '203.0.113.10:5000',
		to: '203.0.113.3:3478',
		protocol,
		payload
	});
	it('decodes ChannelBind with its channel number and peer', () => {
		const channel = Buffer.from([0x40, 0x01, 0, 0]);
		const message = encodeStun(CHANNEL_BIND_REQUEST, [
			[ATTR.CHANNEL_NUMBER, channel],
			[ATTR.XOR_PEER_ADDRESS, encodeXorAddress('198.51.100.7', 40000)]
		]);
		const [packet] = decodeFrame(frame(message), 900);
		expect(packet).toMatchObject({
			t: 100,
			kind: 'channel-bind-request',
			summary: { channel: 0x4001, xorPeerAddress: '198.51.100.7:40000' }
		});
	});
	it('decodes a Send indication carrying an ICE check, and ChannelData carrying DTLS', () => {
		const check = encodeStun(0x0001, [
			[ATTR.USERNAME, Buffer.from('abcd:efgh')],
			[ATTR.PRIORITY, Buffer.from([0x6e, 0, 0x1e, 0xff])],
			[ATTR.ICE_CONTROLLING, Buffer.alloc(8)],
			[ATTR.USE_CANDIDATE, Buffer.alloc(0)]
		]);
		const send = encodeStun(SEND_INDICATION, [
			[ATTR.XOR_PEER_ADDRESS, encodeXorAddress('203.0.113.20', 6000)],
			[ATTR.DATA, check]
		]);
		const indication = decodeFrame(frame(send), 1_000)[0]!;
		expect(indication.kind).toBe('send-indication');
		expect(indication.summary.data).toMatchObject({ kind: 'ice-check', useCandidate: true });
		expect(isControl(indication)).toBe(true);
		const dtls = Buffer.from([22, 0xfe, 0xfd, 0, 0]);
		const channelData = decodeFrame(frame(encodeChannelData(0x4000, dtls)), 1_000)[0]!;
		expect(channelData).toMatchObject({
			kind: 'channel-data',
			summary: { channel: 0x4000, length: 5 }
		});
		expect(isControl(channelData)).toBe(false);
	});
	it('splits a TCP segment holding a STUN message then padded ChannelData (RFC 8656 §12.5)', () => {
		const stun = encodeStun(0x0001, []);
		const data = encodeChannelData(0x4002, Buffer.from([128, 96, 0, 1, 9]), { pad: true });
		const packets = decodeFrame(frame(Buffer.concat([stun, data, stun]), 'tcp'), 1_000);
		expect(packets.map((p) => p.kind)).toEqual([
			'binding-request',
			'channel-data',
			'binding-request'
		]);
		expect(packets[1]!.summary.data).toMatchObject({ kind: 'rtp' });
	});
	it('names the rest by RFC 7983 and the method/class bits by RFC 8489 §5', () => {
		expect(demux(Buffer.from([23]))).toBe('dtls');
		expect(demux(Buffer.from([0x80, 200]))).toBe('rtcp');
		expect(demux(Buffer.from([0x80, 96]))).toBe('rtp');
		expect(methodAndClass(0x0113)).toEqual({ method: 'allocate', class: 'error' });
		expect(methodAndClass(0x0017)).toEqual({ method: 'data', class: 'indication' });
		expect(() => createPcapReader().push(Buffer.alloc(24, 1))).toThrow(/not a pcap stream/);
	});
});
