/**
 * Descriptions that do not come from today's browsers: the RFC examples, Safari-style and legacy
 * Chrome (SDES) offers, a SIP desk phone, and a non-BUNDLE offer with RTCP on its own port.
 */
import { describe, expect, it } from 'vitest';
import { inspectSdp } from '$lib/sdp';
import type { SdpDocument, SdpLine } from '$lib/sdp';
import { fixture } from './fixtures';

const fieldKey = (line: SdpLine, name: string) => line.fields.find((f) => f.name === name)?.key;
const attributes = (doc: SdpDocument, name: string) =>
	doc.lines.filter((l) => l.attribute === name);

describe('RFC examples', () => {
	it('RFC 8866 §5 example: every line explained, static PCMU without rtpmap, IPv6 c= per section', () => {
		const doc = inspectSdp(fixture('rfc8866-example.sdp'));
		expect(doc.problems).toEqual([]);
		expect(doc.lines.every((l) => l.key !== null)).toBe(true);
		expect(doc.session).toMatchObject({ name: 'Call to John Smith', bundle: [], iceUfrag: null });
		expect(doc.media.map((m) => [m.kind, m.port, m.protocol, m.mid])).toEqual([
			['audio', 49170, 'RTP/AVP', null],
			['audio', 49180, 'RTP/AVP', null],
			['video', 51372, 'RTP/AVP', null]
		]);
		expect(doc.media[0]?.codecs).toEqual([
			expect.objectContaining({ payloadType: 0, name: 'PCMU', clockRate: 8000 })
		]);
		expect(doc.media[2]?.codecs[0]).toMatchObject({ payloadType: 99, name: 'h263-1998' });
		const c = doc.lines.find((l) => l.raw === 'c=IN IP6 2001:db8::2')!;
		expect(c).toMatchObject({ key: 'sdp.line.c', section: 2 });
		expect(fieldKey(c, 'connection-address')).toBe('sdp.field.addressIpv6');
		expect(doc.lines.find((l) => l.type === 'p')?.key).toBe('sdp.line.p');
	});

	it('RFC 4566 example: LF endings noted, multicast address with a TTL', () => {
		const doc = inspectSdp(fixture('rfc4566-example.sdp'));
		expect(doc.lineEnding).toBe('LF');
		expect(doc.problems.map((p) => p.key)).toEqual(['sdp.problem.lineEndingLf']);
		const c = doc.lines.find((l) => l.type === 'c')!;
		expect(c.fields.find((f) => f.name === 'connection-address')?.value).toBe('224.2.17.12/127');
		expect(doc.media.every((m) => m.direction === 'recvonly')).toBe(true);
		expect(doc.lines.find((l) => l.type === 't')).toMatchObject({
			key: 'sdp.line.t',
			params: { start: '2873397496', stop: '2873404696' }
		});
	});
});

describe('other endpoints', () => {
	it('Safari-style offer: mDNS host candidate, srflx with a hidden related address', () => {
		const doc = inspectSdp(fixture('safari-style-av-offer.sdp'));
		expect(doc.problems).toEqual([]);
		const [host, srflx] = attributes(doc, 'candidate');
		expect(fieldKey(host!, 'connection-address')).toBe('sdp.candidate.addressMdns');
		expect(fieldKey(srflx!, 'cand-type')).toBe('sdp.candidate.typeSrflx');
		expect(fieldKey(srflx!, 'raddr')).toBe('sdp.candidate.raddrHidden');
		expect(doc.media.every((m) => m.bundled)).toBe(true);
	});

	it('legacy Chrome with SDES: a=crypto keys, RTP/SAVPF, Plan B ssrc attributes', () => {
		const doc = inspectSdp(fixture('legacy-sdes-crypto.sdp'));
		expect(doc.problems.filter((p) => p.severity === 'error')).toEqual([]);
		expect(doc.session.bundle).toEqual(['audio', 'video']);
		expect(doc.media[0]?.crypto).toHaveLength(2);
		expect(doc.media[0]?.fingerprint).toBeNull();
		const crypto = attributes(doc, 'crypto');
		expect(crypto.map((l) => l.params?.suite)).toEqual([
			'AES_CM_128_HMAC_SHA1_32',
			'AES_CM_128_HMAC_SHA1_80',
			'AES_CM_128_HMAC_SHA1_80'
		]);
		expect(fieldKey(crypto[0]!, 'key||salt')).toBe('sdp.field.cryptoKey');
		expect(doc.lines.find((l) => l.raw.includes(' mslabel:'))?.key).toBe('sdp.ssrc.legacy');
		expect(doc.lines.find((l) => l.type === 'm')).toMatchObject({
			fields: expect.arrayContaining([
				expect.objectContaining({ name: 'proto', key: 'sdp.proto.rtpSavpf' })
			])
		});
	});

	it('a SIP desk phone: plain RTP/AVP, b=AS, no ICE, static payload types', () => {
		const doc = inspectSdp(fixture('sip-device-g711.sdp'));
		expect(doc.problems).toEqual([]);
		expect(doc.lines.find((l) => l.type === 'b')).toMatchObject({
			key: 'sdp.line.b',
			params: { type: 'AS', bandwidth: '84' }
		});
		expect(doc.media[0]).toMatchObject({
			protocol: 'RTP/AVP',
			iceUfrag: null,
			setup: null,
			bundled: false
		});
		expect(doc.media[0]?.codecs.map((c) => c.name)).toEqual(['PCMU', 'PCMA', 'telephone-event']);
		expect(attributes(doc, 'ptime')[0]).toMatchObject({
			key: 'sdp.attr.ptime',
			params: { value: '20' }
		});
	});

	it('non-BUNDLE offer: RTCP candidates on component 2, a=rtcp ports, session-level ICE and DTLS', () => {
		const doc = inspectSdp(fixture('non-bundle-multicomponent.sdp'));
		expect(doc.problems).toEqual([]);
		expect(doc.session.bundle).toEqual([]);
		for (const section of doc.media) {
			expect(section).toMatchObject({
				bundled: false,
				rtcpMux: false,
				setup: 'actpass',
				iceUfrag: '8hhY'
			});
			expect(section.candidates).toHaveLength(8);
		}
		const rtcp = attributes(doc, 'candidate').filter(
			(l) => fieldKey(l, 'component-id') === 'sdp.candidate.componentRtcp'
		);
		expect(rtcp).toHaveLength(8);
		expect(attributes(doc, 'rtcp').map((l) => l.params?.port)).toEqual(['50011', '50021']);
		const ipv6 = attributes(doc, 'candidate').find((l) => l.raw.includes('2001:db8::5'))!;
		expect(fieldKey(ipv6, 'connection-address')).toBe('sdp.candidate.addressIpv6');
		expect(doc.media[1]?.codecs.find((c) => c.name === 'H264')?.fmtp).toEqual({
			'packetization-mode': '1',
			'profile-level-id': '42e01f'
		});
	});
});
