import { describe, expect, it } from 'vitest';
import { sdpEn } from '$lib/i18n/sdp/en';
import { inspectSdp } from '$lib/sdp';
import { payloadTypeField } from '$lib/sdp/explain/rtpmap';
import type { SdpDocument, SdpField, SdpLine } from '$lib/sdp';
import {
	CHROMIUM_AV_AUDIO_CODECS,
	FIXTURES,
	fixture,
	hasFixture,
	valueAfter,
	withLine
} from './fixtures';

const chromiumText = fixture('chromium-av-data-offer.sdp');
const chromium = inspectSdp(chromiumText);

/** The first line that is `raw`, or that starts with it when it ends in a space, colon or =. */
function line(doc: SdpDocument, raw: string): SdpLine {
	const prefix = /[ :=]$/.test(raw);
	const found = doc.lines.find((l) => (prefix ? l.raw.startsWith(raw) : l.raw === raw));
	if (!found) throw new Error(`no line ${raw}`);
	return found;
}

function fieldOf(l: SdpLine, name: string): SdpField {
	const found = l.fields.find((f) => f.name === name);
	if (!found) throw new Error(`no field ${name} in ${l.raw}`);
	return found;
}

/** Line `number` of Chromium's data-only offer, replaced by `raw`, as the inspector reads it. */
function dataOfferWith(number: number, raw: string): SdpLine {
	const text = withLine(fixture('chromium-data-only-offer.sdp'), number, raw);
	return inspectSdp(text).lines[number - 1]!;
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);

describe('explanations use the catalog', () => {
	it('every key any fixture produces exists, and its parameters fill every placeholder', () => {
		const catalog = sdpEn as Record<string, string>;
		for (const name of FIXTURES) {
			const doc = inspectSdp(fixture(name));
			const explained: { key: string; params?: Record<string, string | number> }[] = [
				...doc.problems,
				...doc.lines.filter((l) => l.key !== null).map((l) => ({ key: l.key!, params: l.params })),
				...doc.lines.flatMap(
					(l) => l.fields.filter((f) => f.key !== undefined) as { key: string }[]
				)
			];
			for (const { key, params } of explained) {
				expect(catalog[key], `${name}: ${key}`).toBeDefined();
				for (const placeholder of placeholders(catalog[key]!)) {
					expect(params ?? {}, `${name}: ${key} needs {${placeholder}}`).toHaveProperty(
						placeholder
					);
				}
			}
		}
	});

	it('gives every explained line a reference', () => {
		for (const l of chromium.lines) if (l.key !== null) expect(l.reference, l.raw).toMatch(/\S/);
	});
});

describe('core lines (RFC 8866 §5)', () => {
	it('takes o= apart field by field', () => {
		const o = line(chromium, 'o=');
		const [, sessionId] = /^o=- (\d+) 2 IN IP4 127\.0\.0\.1$/.exec(o.raw)!;
		expect(o).toMatchObject({ key: 'sdp.line.o', reference: 'RFC 8866 §5.2' });
		expect(o.fields.map((f) => [f.name, f.value])).toEqual([
			['username', '-'],
			['sess-id', sessionId],
			['sess-version', '2'],
			['nettype', 'IN'],
			['addrtype', 'IP4'],
			['unicast-address', '127.0.0.1']
		]);
	});

	it('explains the m= line and names the codec behind each format', () => {
		const m = chromium.lines.find((l) => l.type === 'm')!;
		expect(m).toMatchObject({
			key: 'sdp.line.m',
			params: {
				media: 'audio',
				port: valueAfter(chromiumText, 'm=audio ').split(' ')[0],
				protocol: 'UDP/TLS/RTP/SAVPF',
				count: 8
			}
		});
		const formats = m.fields.filter((f) => f.name === 'fmt').map((f) => f.params?.codec);
		expect(formats).toEqual(CHROMIUM_AV_AUDIO_CODECS);
		expect(fieldOf(m, 'proto').key).toBe('sdp.proto.udpTlsRtpSavpf');
	});

	it('says port 9 and 0.0.0.0 are placeholders', () => {
		const answer = inspectSdp(fixture('chromium-av-data-answer.sdp'));
		const video = answer.lines.find((l) => l.type === 'm' && l.value.startsWith('video'))!;
		expect(fieldOf(video, 'port').key).toBe('sdp.field.portDiscard');
		expect(line(answer, 'c=IN IP4 0.0.0.0').key).toBe('sdp.line.cPlaceholder');
		expect(line(answer, 't=0 0').key).toBe('sdp.line.tUnbounded');
	});
});

describe('codecs: rtpmap and fmtp', () => {
	it('a=rtpmap:111 opus/48000/2: payload type, codec, clock rate and channels each explained', () => {
		const rtpmap = line(chromium, 'a=rtpmap:111 opus/48000/2');
		expect(rtpmap).toMatchObject({
			key: 'sdp.attr.rtpmap',
			params: { payloadType: 111, name: 'opus', clockRate: 48000 },
			reference: 'RFC 8866 §6.6'
		});
		const params = { payloadType: 111, name: 'opus', clockRate: 48000, channels: 2 };
		expect(rtpmap.fields).toEqual([
			{ name: 'payload type', value: '111', key: 'sdp.field.payloadTypeDynamic', params },
			{ name: 'encoding name', value: 'opus', key: 'sdp.codec.opus', params },
			{ name: 'clock rate', value: '48000', key: 'sdp.field.clockRateOpus', params },
			{ name: 'channels', value: '2', key: 'sdp.field.channelsOpus', params }
		]);
	});

	it('knows static payload types (PCMU 0) and the 35–63 range Chrome uses (red 63)', () => {
		expect(fieldOf(line(chromium, 'a=rtpmap:0 PCMU/8000'), 'payload type').key).toBe(
			'sdp.field.payloadTypeStatic'
		);
		expect(fieldOf(line(chromium, 'a=rtpmap:63 red/48000/2'), 'payload type').key).toBe(
			'sdp.field.payloadTypeUnassigned'
		);
	});

	it('does not call the reserved and unassigned numbers below 35 static (RFC 3551 §6)', () => {
		for (const pt of [1, 2, 19, 20, 24, 27, 29, 30]) {
			expect(payloadTypeField(String(pt), {}).key, String(pt)).toBe(
				'sdp.field.payloadTypeReserved'
			);
		}
		for (const pt of [0, 8, 9, 18, 25, 26, 28, 31, 34]) {
			expect(payloadTypeField(String(pt), {}).key, String(pt)).toBe('sdp.field.payloadTypeStatic');
		}
	});

	it('decodes the Opus fmtp: minptime and useinbandfec (RFC 7587)', () => {
		const fmtp = line(chromium, 'a=fmtp:111 minptime=10;useinbandfec=1');
		expect(fmtp).toMatchObject({
			params: { payloadType: 111, codec: 'opus' },
			reference: 'RFC 7587 §6.1'
		});
		expect(fieldOf(fmtp, 'minptime')).toMatchObject({ value: '10', key: 'sdp.fmtp.minptime' });
		expect(fieldOf(fmtp, 'useinbandfec')).toMatchObject({
			value: '1',
			key: 'sdp.fmtp.useinbandfec'
		});
	});

	it('decodes H264 profile-level-id 42e01f as Constrained Baseline, level 3.1', () => {
		const fmtp = line(
			chromium,
			'a=fmtp:108 level-asymmetry-allowed=1;packetization-mode=1;profile-level-id=42e01f'
		);
		expect(fmtp).toMatchObject({
			key: 'sdp.attr.fmtpH264',
			params: { payloadType: 108, profile: 'Constrained Baseline', level: '3.1' }
		});
		expect(fieldOf(fmtp, 'profile-level-id')).toMatchObject({
			key: 'sdp.fmtp.profileLevelId',
			params: { profile: 'Constrained Baseline', level: '3.1' }
		});
		expect(fieldOf(fmtp, 'profile_idc').value).toBe('0x42 (66)');
		expect(fieldOf(fmtp, 'profile-iop').params).toEqual({
			flags: 'constraint_set0, constraint_set1, constraint_set2'
		});
		expect(fieldOf(fmtp, 'level_idc')).toMatchObject({
			value: '0x1f (31)',
			params: { level: '3.1' }
		});
		expect(fieldOf(fmtp, 'packetization-mode').key).toBe('sdp.fmtp.packetizationMode1');
	});

	it('tells Baseline (42001f) and Main (4d001f) from Constrained Baseline', () => {
		const profile = (raw: string) => line(chromium, raw).params?.profile;
		expect(
			profile('a=fmtp:102 level-asymmetry-allowed=1;packetization-mode=1;profile-level-id=42001f')
		).toBe('Baseline');
		expect(
			profile('a=fmtp:116 level-asymmetry-allowed=1;packetization-mode=1;profile-level-id=4d001f')
		).toBe('Main');
	});

	it('says which codec an RTX payload type protects (apt=)', () => {
		const fmtp = line(chromium, 'a=fmtp:97 apt=96');
		expect(fmtp).toMatchObject({
			key: 'sdp.attr.fmtpRtx',
			params: { payloadType: 97, apt: '96', protects: 'VP8' },
			reference: 'RFC 4588 §8'
		});
		expect(fieldOf(fmtp, 'apt')).toMatchObject({
			key: 'sdp.fmtp.apt',
			params: { payloadType: '96', codec: 'VP8' }
		});
	});

	it('decodes RED, VP9 and AV1 parameters', () => {
		expect(fieldOf(line(chromium, 'a=fmtp:63 111/111'), 'redundancy').params).toEqual({
			encodings: 'opus, opus'
		});
		expect(fieldOf(line(chromium, 'a=fmtp:100 profile-id=2'), 'profile-id').key).toBe(
			'sdp.fmtp.vp9ProfileId'
		);
		const av1 = line(chromium, 'a=fmtp:45 level-idx=5;profile=0;tier=0');
		expect(fieldOf(av1, 'level-idx').params).toEqual({ value: '5', level: '3.1' });
	});

	it('names the RTCP feedback of each payload type', () => {
		expect(line(chromium, 'a=rtcp-fb:96 nack pli')).toMatchObject({
			key: 'sdp.rtcpFb.nackPli',
			params: { payloadType: 96, codec: 'VP8', type: 'nack pli' },
			reference: 'RFC 4585 §6.3.1'
		});
		expect(line(chromium, 'a=rtcp-fb:111 transport-cc').key).toBe('sdp.rtcpFb.transportCc');
		expect(line(chromium, 'a=rtcp-fb:96 ccm fir').reference).toBe('RFC 5104 §7.1');
	});
});

describe('header extensions, SSRCs, msid', () => {
	it('names a=extmap URIs', () => {
		const names = chromium.lines
			.filter((l) => l.attribute === 'extmap' && l.section === 1)
			.map((l) => l.params?.name);
		expect(names).toEqual([
			'toffset',
			'abs-send-time',
			'video-orientation',
			'transport-wide-cc',
			'playout-delay',
			'video-content-type',
			'video-timing',
			'color-space',
			'mid',
			'rid',
			'repaired-rid'
		]);
		const extmap = line(
			chromium,
			'a=extmap:3 http://www.ietf.org/id/draft-holmer-rmcat-transport-wide-cc-extensions-01'
		);
		expect(fieldOf(extmap, 'id').key).toBe('sdp.field.extmapIdOneByte');
		expect(fieldOf(extmap, 'URI').key).toBe('sdp.extmap.transportWideCc');
	});

	it('explains a=ssrc-group:FID as the RTX flow of a primary SSRC', () => {
		const [primary, rtx] = valueAfter(chromiumText, 'a=ssrc-group:FID ').split(' ');
		expect(line(chromium, 'a=ssrc-group:FID ')).toMatchObject({
			key: 'sdp.ssrcGroup.fid',
			params: { semantics: 'FID', first: primary, second: rtx }
		});
	});

	it('explains a=ssrc cname and msid, and a=msid', () => {
		const [ssrc, cname] = valueAfter(chromiumText, 'a=ssrc:').split(' cname:');
		expect(line(chromium, `a=ssrc:${ssrc} cname:`)).toMatchObject({
			key: 'sdp.ssrc.cname',
			params: { ssrc, cname }
		});
		const [stream, track] = valueAfter(chromiumText, 'a=msid:').split(' ');
		expect(line(chromium, 'a=msid:')).toMatchObject({
			key: 'sdp.attr.msid',
			params: { stream, track }
		});
		expect(line(chromium, `a=ssrc:${ssrc} msid:`)).toMatchObject({
			key: 'sdp.ssrc.msid',
			params: { ssrc, stream, track }
		});
	});

	it('explains rid and simulcast (RFC 8851, RFC 8853)', () => {
		const doc = inspectSdp(fixture('chromium-simulcast-offer.sdp'));
		expect(line(doc, 'a=rid:q send')).toMatchObject({
			key: 'sdp.attr.rid',
			params: { id: 'q', direction: 'send' }
		});
		const simulcast = line(doc, 'a=simulcast:send q;h;f');
		expect(simulcast).toMatchObject({
			params: { streams: 'send q;h;f' },
			reference: 'RFC 8853 §5.1'
		});
		expect(simulcast.fields.map((f) => f.value)).toEqual(['send', 'q', 'h', 'f']);
	});
});

describe('ICE candidates (RFC 8839 §5.1)', () => {
	it('explains each field of a Chrome host candidate and keeps its extensions', () => {
		const candidate = chromium.lines.find((l) => / udp .* typ host /.test(l.raw))!;
		const [foundation, , , priority, , port] = candidate.value.split(' ');
		expect(candidate).toMatchObject({
			key: 'sdp.attr.candidate',
			params: { type: 'host', transport: 'udp', address: '127.0.0.1', port: Number(port) },
			reference: 'RFC 8839 §5.1'
		});
		expect(candidate.fields.map((f) => [f.name, f.value, f.key])).toEqual([
			['foundation', foundation, 'sdp.candidate.foundation'],
			['component-id', '1', 'sdp.candidate.componentRtp'],
			['transport', 'udp', 'sdp.candidate.transportUdp'],
			['priority', priority, 'sdp.candidate.priority'],
			['connection-address', '127.0.0.1', 'sdp.candidate.addressIpv4'],
			['port', port, 'sdp.candidate.port'],
			['cand-type', 'host', 'sdp.candidate.typeHost'],
			['generation', '0', 'sdp.candidate.generation'],
			['network-id', '1', 'sdp.candidate.networkId'],
			['network-cost', '50', 'sdp.candidate.networkCost']
		]);
		// Chrome's host priority 2122260223 = 126·2^24 + 32542·2^8 + (256 − 1), RFC 8445 §5.1.2.1
		expect(priority).toBe('2122260223');
		expect(fieldOf(candidate, 'priority').params).toEqual({
			typePreference: 126,
			localPreference: 32542,
			component: 1
		});
	});

	it('explains an active TCP candidate: tcptype, and port 9', () => {
		const candidate = chromium.lines.find((l) => / tcp .* tcptype active /.test(l.raw))!;
		expect(fieldOf(candidate, 'transport').key).toBe('sdp.candidate.transportTcp');
		expect(fieldOf(candidate, 'port')).toMatchObject({
			value: '9',
			key: 'sdp.candidate.portActiveTcp'
		});
		expect(fieldOf(candidate, 'tcptype').key).toBe('sdp.candidate.tcpTypeActive');
	});

	it('reads Firefox upper-case UDP and TCP candidates', () => {
		const firefox = inspectSdp(fixture('firefox-data-only-offer.sdp'));
		const candidates = firefox.lines.filter((l) => l.attribute === 'candidate');
		const udp = candidates.find((l) => l.params?.transport === 'UDP');
		const tcp = candidates.find((l) => l.params?.transport === 'TCP');
		expect(udp).toMatchObject({ params: { type: 'host' } });
		expect(fieldOf(udp!, 'transport').key).toBe('sdp.candidate.transportUdp');
		expect(tcp).toMatchObject({ params: { type: 'host', port: 9 } });
		expect(fieldOf(tcp!, 'transport').key).toBe('sdp.candidate.transportTcp');
		expect(fieldOf(tcp!, 'tcptype').key).toBe('sdp.candidate.tcpTypeActive');
		expect(firefox.problems).toEqual([]);
	});

	it('explains an mDNS .local host candidate (Firefox)', () => {
		const mdns = inspectSdp(fixture('firefox-mdns-offer.sdp'));
		const addresses = mdns.lines
			.filter((l) => l.attribute === 'candidate')
			.map((l) => fieldOf(l, 'connection-address'))
			.filter((f) => f.value.endsWith('.local'));
		expect(addresses.length).toBeGreaterThan(0);
		for (const address of addresses) {
			expect(address.value).toMatch(/^[0-9a-f-]{36}\.local$/);
			expect(address.key).toBe('sdp.candidate.addressMdns');
		}
	});

	it.runIf(hasFixture('chromium-mdns-offer.sdp'))(
		'explains an mDNS .local host candidate (Chromium)',
		() => {
			const doc = inspectSdp(fixture('chromium-mdns-offer.sdp'));
			const candidate = doc.lines.find((l) => l.attribute === 'candidate')!;
			expect(fieldOf(candidate, 'connection-address').key).toBe('sdp.candidate.addressMdns');
		}
	);

	it('keeps Chrome\u2019s ufrag and network-cost extensions, which sdp-transform drops', () => {
		const text = fixture('chromium-data-only-offer.sdp').replace(
			'typ host generation 0 network-id 1 network-cost 50',
			'typ host generation 0 ufrag Zq9x network-id 1 network-cost 50'
		);
		const candidate = inspectSdp(text).lines.find((l) => l.attribute === 'candidate')!;
		expect(fieldOf(candidate, 'ufrag')).toMatchObject({
			value: 'Zq9x',
			key: 'sdp.candidate.ufrag'
		});
		expect(fieldOf(candidate, 'network-cost')).toMatchObject({
			value: '50',
			params: { value: '50' }
		});
	});

	it('reads IPv6, srflx/relay with raddr/rport, and unknown extensions', () => {
		const candidate = dataOfferWith(
			10,
			'a=candidate:842163049 1 udp 1677729535 2001:db8::7 61665 typ srflx raddr 0.0.0.0 rport 0 generation 0 x-future 1'
		);
		expect(candidate.problems).toEqual([]);
		expect(fieldOf(candidate, 'connection-address').key).toBe('sdp.candidate.addressIpv6');
		expect(fieldOf(candidate, 'cand-type').key).toBe('sdp.candidate.typeSrflx');
		expect(fieldOf(candidate, 'raddr').key).toBe('sdp.candidate.raddrHidden');
		expect(fieldOf(candidate, 'rport').key).toBe('sdp.candidate.rport');
		expect(fieldOf(candidate, 'x-future')).toMatchObject({ value: '1', key: undefined });
	});
});

describe('transport, DTLS and session attributes', () => {
	it('explains BUNDLE, setup, fingerprint, mid and data channel attributes', () => {
		expect(line(chromium, 'a=group:BUNDLE 0 1 2')).toMatchObject({
			key: 'sdp.attr.groupBundle',
			params: { mids: '0, 1, 2', tag: '0' }
		});
		expect(chromium.lines.find((l) => l.attribute === 'setup')?.key).toBe('sdp.setup.actpass');
		expect(chromium.lines.find((l) => l.attribute === 'fingerprint')).toMatchObject({
			key: 'sdp.attr.fingerprint',
			params: { algorithm: 'sha-256' },
			reference: 'RFC 8122 §5, RFC 5763 §5, RFC 5764 §4.2'
		});
		expect(line(chromium, 'a=sctp-port:5000').reference).toBe('RFC 8841 §5');
		expect(line(chromium, 'a=max-message-size:262144').params).toEqual({ value: '262144' });
		expect(line(chromium, 'a=rtcp-mux').reference).toBe('RFC 5761 §5.1.1');
		expect(line(chromium, 'a=extmap-allow-mixed').reference).toBe('RFC 8285 §6');
		expect(line(chromium, 'a=msid-semantic: WMS ').params).toEqual({
			semantic: 'WMS',
			streams: valueAfter(chromiumText, 'a=msid-semantic: WMS ')
		});
	});

	it('warns about an ICE ufrag shorter than RFC 8839 §5.4 allows', () => {
		const text = fixture('chromium-data-only-offer.sdp').replace(
			/a=ice-ufrag:\S+/,
			'a=ice-ufrag:E5'
		);
		const ufrag = inspectSdp(text).lines.find((l) => l.attribute === 'ice-ufrag')!;
		expect(ufrag.problems).toEqual([
			{
				line: ufrag.number,
				severity: 'warning',
				key: 'sdp.problem.iceCredentialLength',
				params: { name: 'ice-ufrag', length: 2, min: 4, max: 256 }
			}
		]);
	});

	it('explains legacy SDES a=crypto (RFC 4568)', () => {
		const crypto = dataOfferWith(
			18,
			'a=crypto:1 AES_CM_128_HMAC_SHA1_80 inline:PS1uQCVeeCFCanVmcjkpPywjNWhcYD0mXXtxaVBR|2^20|1:32'
		);
		expect(crypto).toMatchObject({
			key: 'sdp.attr.crypto',
			params: { tag: '1', suite: 'AES_CM_128_HMAC_SHA1_80' }
		});
		expect(fieldOf(crypto, 'key||salt')).toMatchObject({
			value: 'PS1uQCVeeCFCanVmcjkpPywjNWhcYD0mXXtxaVBR',
			key: 'sdp.field.cryptoKey'
		});
		expect(fieldOf(crypto, 'lifetime').value).toBe('2^20');
		expect(fieldOf(crypto, 'MKI:length').value).toBe('1:32');
	});
});

describe('hostile input never reaches the prototype', () => {
	it('looks names like constructor and __proto__ up as plain names', () => {
		const text = [
			'a=rtcp-fb:96 constructor',
			'a=fmtp:96 __proto__=1;constructor=2;toString',
			'a=extmap:1 constructor',
			'a=setup:toString',
			'a=ssrc-group:constructor 1 2',
			'a=ice-options:__proto__',
			'a=candidate:1 1 udp 1 1.2.3.4 1 typ constructor hasOwnProperty 1'
		].reduce((sdp, raw, i) => withLine(sdp, 10 + i, raw), fixture('chromium-simulcast-offer.sdp'));
		const doc = inspectSdp(text);
		for (const l of doc.lines) {
			expect(l.key === null || typeof l.key === 'string', l.raw).toBe(true);
			for (const f of l.fields)
				expect(f.key === undefined || typeof f.key === 'string', l.raw).toBe(true);
		}
		const vp8 = doc.media[0]!.codecs.find((c) => c.payloadType === 96)!;
		expect(Object.keys(vp8.fmtp)).toEqual(['__proto__', 'constructor', 'toString']);
	});
});

describe('Firefox ESR as captured', () => {
	const firefox = inspectSdp(fixture('firefox-av-data-offer.sdp'));
	const attribute = (name: string, section = 0) =>
		firefox.lines.filter((l) => l.attribute === name && l.section === section);

	it('decodes the Opus fmtp even though Firefox writes it before the rtpmap', () => {
		const fmtp = attribute('fmtp').find((l) => l.value.startsWith('109 '))!;
		expect(fmtp.params).toMatchObject({ payloadType: 109, codec: 'opus' });
		expect(fieldOf(fmtp, 'useinbandfec').key).toBe('sdp.fmtp.useinbandfec');
		expect(fieldOf(fmtp, 'stereo').key).toBe('sdp.fmtp.stereo');
		expect(fieldOf(fmtp, 'maxplaybackrate').params).toMatchObject({ value: '48000' });
		expect(
			fieldOf(
				attribute('fmtp').find((l) => l.value.startsWith('101 '))!,
				'events'
			).params
		).toEqual({
			events: '0-15'
		});
		expect(firefox.media[0]?.codecs[0]).toMatchObject({
			name: 'opus',
			fmtp: { maxplaybackrate: '48000', stereo: '1', useinbandfec: '1' }
		});
	});

	it('explains RTCP candidates (component 2) and an extmap direction', () => {
		const rtcp = attribute('candidate').find((l) => fieldOf(l, 'component-id').value === '2')!;
		expect(fieldOf(rtcp, 'component-id').key).toBe('sdp.candidate.componentRtcp');
		const extmap = attribute('extmap').find((l) => l.value.startsWith('2/'))!;
		expect(fieldOf(extmap, 'direction')).toMatchObject({
			value: 'recvonly',
			key: 'sdp.field.extmapDirection'
		});
		expect(extmap.params).toEqual({ id: 2, name: 'csrc-audio-level' });
	});

	it('explains relay candidates with their related address', () => {
		const relay = inspectSdp(fixture('firefox-relay-only-offer.sdp'));
		const candidates = relay.lines.filter((l) => l.attribute === 'candidate');
		expect(candidates.length).toBeGreaterThan(0);
		for (const candidate of candidates) {
			expect(fieldOf(candidate, 'cand-type').key).toBe('sdp.candidate.typeRelay');
			expect(fieldOf(candidate, 'raddr').key).toMatch(/^sdp\.candidate\.raddr/);
			expect(fieldOf(candidate, 'rport').key).toBe('sdp.candidate.rport');
		}
	});
});
