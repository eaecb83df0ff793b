import { parse } from 'sdp-transform';
import { describe, expect, it } from 'vitest';
import { inspectSdp } from '$lib/sdp';
import { FIXTURES, fixture, valueAfter, withLine } from './fixtures';

describe('structure agrees with sdp-transform on every fixture, and keeps what it drops', () => {
	for (const name of FIXTURES) {
		it(name, () => {
			const text = fixture(name);
			const doc = inspectSdp(text);
			const reference = parse(text);
			expect(doc.session.origin?.sessionVersion).toBe(String(reference.origin?.sessionVersion));
			expect(doc.session.bundle.join(' ')).toBe(
				String(reference.groups?.find((g) => g.type === 'BUNDLE')?.mids ?? '')
			);
			expect(doc.media).toHaveLength(reference.media.length);
			doc.media.forEach((section, i) => {
				const other = reference.media[i]!;
				expect(section.kind).toBe(other.type);
				expect(section.port).toBe(other.port);
				expect(section.protocol).toBe(other.protocol);
				expect(section.mid ?? undefined).toBe(
					other.mid === undefined ? undefined : String(other.mid)
				);
				// sdp-transform lists rtpmap lines only; static payload types need none (RFC 3551)
				const mapped = new Set(other.rtp.map((r) => r.payload));
				expect(
					section.codecs
						.filter((c) => mapped.has(c.payloadType))
						.map((c) => [c.payloadType, c.name, c.clockRate])
				).toEqual(other.rtp.map((r) => [r.payload, r.codec, r.rate]));
				for (const codec of section.codecs.filter((c) => !mapped.has(c.payloadType))) {
					expect(codec.payloadType).toBeLessThan(35);
				}
				expect(section.extensions.map((e) => [e.id, e.uri])).toEqual(
					(other.ext ?? []).map((e) => [e.value, e.uri])
				);
				expect(section.candidates).toHaveLength(other.candidates?.length ?? 0);
				expect(section.ssrcs.map((s) => s.ssrc)).toEqual([
					...new Set((other.ssrcs ?? []).map((s) => Number(s.id)))
				]);
				expect(section.sctpPort).toBe(other.sctpPort ?? null);
				expect(section.maxMessageSize).toBe(other.maxMessageSize ?? null);
			});
		});
	}
});

describe('session summary', () => {
	it('Chromium: BUNDLE, ICE, DTLS and msid-semantic, shared by every m-section', () => {
		const text = fixture('chromium-av-data-offer.sdp');
		const { session } = inspectSdp(text);
		expect(session).toMatchObject({
			version: '0',
			origin: {
				username: '-',
				sessionVersion: '2',
				netType: 'IN',
				addrType: 'IP4',
				address: '127.0.0.1'
			},
			name: '-',
			bundle: ['0', '1', '2'],
			iceUfrag: valueAfter(text, 'a=ice-ufrag:'),
			icePwd: valueAfter(text, 'a=ice-pwd:'),
			iceOptions: ['trickle'],
			iceLite: false,
			fingerprint: { algorithm: 'sha-256', value: valueAfter(text, 'a=fingerprint:sha-256 ') },
			setup: 'actpass',
			msidSemantic: valueAfter(text, 'a=msid-semantic: '),
			extmapAllowMixed: true
		});
	});

	it('Firefox: session-level fingerprint and direction are inherited by the m-section', () => {
		const doc = inspectSdp(fixture('firefox-data-only-offer.sdp'));
		expect(doc.session).toMatchObject({
			bundle: ['0'],
			iceOptions: ['trickle'],
			msidSemantic: 'WMS *',
			setup: 'actpass'
		});
		expect(doc.session.fingerprint?.algorithm).toBe('sha-256');
		const [data] = doc.media;
		expect(data).toMatchObject({
			kind: 'application',
			direction: 'sendrecv',
			sctpPort: 5000,
			setup: 'actpass'
		});
		expect(data?.fingerprint).toEqual(doc.session.fingerprint);
		expect(data?.maxMessageSize).toBe(1073741823);
		expect(data?.endOfCandidates).toBe(true);
	});
});

describe('media sections', () => {
	const doc = inspectSdp(fixture('chromium-av-data-offer.sdp'));
	const [audio, video, data] = doc.media;

	it('audio: codecs in preference order with fmtp and rtcp-fb', () => {
		expect(audio).toMatchObject({
			index: 0,
			line: 8,
			kind: 'audio',
			mid: '0',
			direction: 'sendrecv',
			rejected: false,
			bundled: true,
			rtcpMux: true
		});
		expect(audio?.codecs[0]).toEqual({
			payloadType: 111,
			name: 'opus',
			clockRate: 48000,
			channels: 2,
			fmtp: { minptime: '10', useinbandfec: '1' },
			rtcpFeedback: ['transport-cc'],
			rtxFor: null,
			rtx: null
		});
		expect(audio?.codecs.find((c) => c.payloadType === 0)).toMatchObject({
			name: 'PCMU',
			channels: null
		});
		expect(audio?.extensions.map((e) => e.name)).toEqual([
			'audio-level',
			'abs-send-time',
			'transport-wide-cc',
			'mid'
		]);
	});

	it('video: RTX paired both ways through apt', () => {
		const vp8 = video?.codecs.find((c) => c.payloadType === 96);
		const rtx = video?.codecs.find((c) => c.payloadType === 97);
		expect(vp8).toMatchObject({ name: 'VP8', rtx: 97, rtxFor: null });
		expect(rtx).toMatchObject({ name: 'rtx', rtxFor: 96, rtx: null, fmtp: { apt: '96' } });
		const unpaired = video!.codecs
			.filter((c) => c.name !== 'rtx' && c.rtx === null)
			.map((c) => c.name);
		expect(unpaired).toEqual(['ulpfec']);
	});

	it('video: SSRCs with cname and msid, and the FID group', () => {
		const reference = parse(fixture('chromium-av-data-offer.sdp')).media[1]!;
		const [primary, rtx] = String(reference.ssrcGroups?.[0]?.ssrcs ?? '')
			.split(' ')
			.map(Number);
		const attribute = (ssrc: number, name: string) =>
			String(reference.ssrcs?.find((s) => s.id === ssrc && s.attribute === name)?.value);
		expect(video?.ssrcGroups).toEqual([{ semantics: 'FID', ssrcs: [primary, rtx] }]);
		expect(video?.ssrcs).toEqual(
			[primary!, rtx!].map((ssrc) => ({
				ssrc,
				cname: attribute(ssrc, 'cname'),
				msid: attribute(ssrc, 'msid')
			}))
		);
		expect(video?.msid).toBe(attribute(primary!, 'msid'));
	});

	it('data channel: SCTP port and max-message-size, no codecs', () => {
		expect(data).toMatchObject({
			kind: 'application',
			protocol: 'UDP/DTLS/SCTP',
			formats: ['webrtc-datachannel'],
			sctpPort: 5000,
			maxMessageSize: 262144,
			codecs: []
		});
		const lines = doc.lines.filter((l) => l.section === 2 && l.attribute === 'candidate');
		expect(data?.candidates).toEqual(lines.map((l) => ({ line: l.number, raw: l.raw })));
		expect(data?.candidates).toHaveLength(2);
	});

	it('simulcast: rids and the simulcast line', () => {
		const [section] = inspectSdp(fixture('chromium-simulcast-offer.sdp')).media;
		expect(section?.rids).toEqual([
			{ id: 'q', direction: 'send', params: null },
			{ id: 'h', direction: 'send', params: null },
			{ id: 'f', direction: 'send', params: null }
		]);
		expect(section?.simulcast).toBe('send q;h;f');
		expect(section?.direction).toBe('sendonly');
	});

	it('16 transceivers: one card each, all bundled', () => {
		const big = inspectSdp(fixture('chromium-16-transceivers-offer.sdp'));
		expect(big.media).toHaveLength(17);
		expect(big.media.every((m) => m.bundled)).toBe(true);
		expect(big.media.map((m) => m.mid)).toEqual(big.session.bundle);
	});

	it('port 0 is rejected, unless bundle-only', () => {
		const answer = fixture('chromium-av-data-answer.sdp');
		const rejected = inspectSdp(answer.replace('m=video 9 ', 'm=video 0 '));
		expect(rejected.media[1]).toMatchObject({ port: 0, rejected: true, bundled: false });
		const bundleOnly = inspectSdp(
			answer
				.replace('m=video 9 ', 'm=video 0 ')
				.replace('a=mid:1\r\n', 'a=mid:1\r\na=bundle-only\r\n')
		);
		expect(bundleOnly.media[1]).toMatchObject({ port: 0, rejected: false, bundled: true });
		const m = bundleOnly.lines.find((l) => l.number === bundleOnly.media[1]!.line);
		expect(m?.key).toBe('sdp.line.mBundleOnly');
	});

	it('a static payload type needs no rtpmap (RFC 3551), a dynamic one does', () => {
		const text = fixture('chromium-av-data-offer.sdp').replace('a=rtpmap:0 PCMU/8000\r\n', '');
		const doc = inspectSdp(text);
		expect(doc.media[0]?.codecs.find((c) => c.payloadType === 0)).toMatchObject({
			name: 'PCMU',
			clockRate: 8000
		});
		const withoutOpus = inspectSdp(text.replace('a=rtpmap:111 opus/48000/2\r\n', ''));
		expect(withoutOpus.problems).toContainEqual({
			line: 8,
			severity: 'warning',
			key: 'sdp.problem.formatWithoutRtpmap',
			params: { payloadType: 111 }
		});
		expect(withoutOpus.media[0]?.codecs.map((c) => c.payloadType)).not.toContain(111);
	});

	it('fmtp and rtcp-fb before their rtpmap still belong to the codec', () => {
		const text = withLine(fixture('chromium-simulcast-offer.sdp'), 11, 'a=fmtp:96 max-fr=30');
		const vp8 = inspectSdp(text).media[0]?.codecs.find((c) => c.payloadType === 96);
		expect(vp8?.fmtp).toEqual({ 'max-fr': '30' });
	});

	it('reports a duplicate mid and a BUNDLE group naming an unknown mid', () => {
		const text = fixture('chromium-av-data-offer.sdp').replace('a=mid:1', 'a=mid:0');
		const doc = inspectSdp(text);
		expect(doc.problems.map((p) => p.key)).toEqual([
			'sdp.problem.groupUnknownMid',
			'sdp.problem.duplicateMid'
		]);
	});
});
