/**
 * sameCodec against each payload format's own rule for which fmtp parameters identify a format
 * and which only describe a stream or a receiver (see the comment on sameCodec). Where a capture
 * in tests/fixtures/sdp has the case, the line is the one the browser wrote (Chromium 156, Firefox
 * ESR 153); the other lines are written in the same form to reach the case the spec names.
 */
import { describe, expect, it } from 'vitest';
import { inspectSdp, sameCodec, type Codec } from '$lib/sdp';

/** The codec one rtpmap (and optional fmtp) line pair describes, parsed as a real m-section. */
function codec(rtpmap: string, fmtp?: string): Codec {
	const pt = /^a=rtpmap:(\d+) /.exec(rtpmap)?.[1];
	const kind = /opus|PCM|G72/i.test(rtpmap) ? 'audio' : 'video';
	const sdp = [
		'v=0',
		'o=- 1 1 IN IP4 127.0.0.1',
		's=-',
		't=0 0',
		`m=${kind} 9 UDP/TLS/RTP/SAVPF ${pt}`,
		'c=IN IP4 0.0.0.0',
		rtpmap,
		...(fmtp ? [fmtp] : []),
		''
	].join('\r\n');
	const found = inspectSdp(sdp).media[0]?.codecs[0];
	if (!found) throw new Error(`no codec in ${rtpmap}`);
	return found;
}

describe('AV1 (AV1 RTP payload spec §7.2): profile identifies, level-idx and tier describe', () => {
	const chromium = codec('a=rtpmap:45 AV1/90000', 'a=fmtp:45 level-idx=5;profile=0;tier=0');
	it('Chromium’s offer and an answer at another level and tier are the same format', () => {
		expect(
			sameCodec(chromium, codec('a=rtpmap:99 AV1/90000', 'a=fmtp:99 level-idx=8;tier=1'))
		).toBe(true);
	});
	it('an absent profile is profile 0 (Main)', () => {
		expect(sameCodec(chromium, codec('a=rtpmap:99 AV1/90000'))).toBe(true);
	});
	it('another profile is another format', () => {
		expect(sameCodec(chromium, codec('a=rtpmap:45 AV1/90000', 'a=fmtp:45 profile=1'))).toBe(false);
	});
	it('Firefox’s re-serialized copy of Chromium’s line reads as profile 5: the false mismatch', () => {
		// what Firefox's pc.remoteDescription shows for `level-idx=5;profile=0;tier=0`
		const rewritten = codec('a=rtpmap:45 AV1/90000', 'a=fmtp:45 profile=5;tier=0');
		expect(sameCodec(chromium, rewritten)).toBe(false);
	});
});

describe('H.264 (RFC 6184 §8.2.2): profile and packetization-mode identify, the level does not', () => {
	const cb31 = codec(
		'a=rtpmap:108 H264/90000',
		'a=fmtp:108 level-asymmetry-allowed=1;packetization-mode=1;profile-level-id=42e01f'
	);
	it('Constrained Baseline at another level, without level-asymmetry-allowed, is the same', () => {
		const firefox = codec(
			'a=rtpmap:126 H264/90000',
			'a=fmtp:126 profile-level-id=42e00b;level-asymmetry-allowed=0;packetization-mode=1'
		);
		expect(sameCodec(cb31, firefox)).toBe(true);
	});
	it('constraint_set0 and constraint_set1 both name Constrained Baseline (42c0 = 42e0)', () => {
		const c0c1 = codec(
			'a=rtpmap:108 H264/90000',
			'a=fmtp:108 packetization-mode=1;profile-level-id=42c01f'
		);
		expect(sameCodec(cb31, c0c1)).toBe(true);
	});
	it('Baseline (42001f) is not Constrained Baseline (42e01f)', () => {
		const baseline = codec(
			'a=rtpmap:102 H264/90000',
			'a=fmtp:102 level-asymmetry-allowed=1;packetization-mode=1;profile-level-id=42001f'
		);
		expect(sameCodec(cb31, baseline)).toBe(false);
	});
	it('Main (4d001f) is not Constrained Baseline', () => {
		const main = codec(
			'a=rtpmap:116 H264/90000',
			'a=fmtp:116 level-asymmetry-allowed=1;packetization-mode=1;profile-level-id=4d001f'
		);
		expect(sameCodec(cb31, main)).toBe(false);
	});
	it('packetization-mode 0 is another format, and absent means 0 (RFC 6184 §8.1)', () => {
		const mode0 = codec(
			'a=rtpmap:114 H264/90000',
			'a=fmtp:114 level-asymmetry-allowed=1;packetization-mode=0;profile-level-id=42e01f'
		);
		expect(sameCodec(cb31, mode0)).toBe(false);
		expect(
			sameCodec(mode0, codec('a=rtpmap:97 H264/90000', 'a=fmtp:97 profile-level-id=42e01f'))
		).toBe(true);
	});
	it('no profile-level-id is Baseline (420010)', () => {
		const baseline = codec('a=rtpmap:102 H264/90000', 'a=fmtp:102 profile-level-id=42001f');
		expect(sameCodec(baseline, codec('a=rtpmap:97 H264/90000'))).toBe(true);
	});
});

describe('VP9 (RFC 9628 §6): profile-id identifies, max-fr and max-fs describe', () => {
	const firefox = codec('a=rtpmap:121 VP9/90000', 'a=fmtp:121 max-fs=12288;max-fr=60');
	const chromiumP0 = codec('a=rtpmap:98 VP9/90000', 'a=fmtp:98 profile-id=0');
	const chromiumP2 = codec('a=rtpmap:100 VP9/90000', 'a=fmtp:100 profile-id=2');
	it('Firefox’s VP9 without profile-id is profile 0, whatever its frame limits', () => {
		expect(sameCodec(firefox, chromiumP0)).toBe(true);
	});
	it('profile 2 is another format', () => {
		expect(sameCodec(firefox, chromiumP2)).toBe(false);
		expect(sameCodec(chromiumP0, chromiumP2)).toBe(false);
	});
});

describe('H.265 (RFC 7798 §7.2.2): profile, tier and tx-mode are symmetric, level-id changes', () => {
	const main31 = codec(
		'a=rtpmap:100 H265/90000',
		'a=fmtp:100 level-id=93;profile-id=1;tier-flag=0;tx-mode=SRST'
	);
	it('another level is the same format, and absent parameters take their defaults', () => {
		expect(
			sameCodec(
				main31,
				codec(
					'a=rtpmap:49 H265/90000',
					'a=fmtp:49 level-id=180;profile-id=1;tier-flag=0;tx-mode=SRST'
				)
			)
		).toBe(true);
		expect(sameCodec(main31, codec('a=rtpmap:100 H265/90000'))).toBe(true);
	});
	it('Main 10 (profile-id=2), the high tier or multi-stream transmission is another format', () => {
		expect(sameCodec(main31, codec('a=rtpmap:100 H265/90000', 'a=fmtp:100 profile-id=2'))).toBe(
			false
		);
		expect(sameCodec(main31, codec('a=rtpmap:100 H265/90000', 'a=fmtp:100 tier-flag=1'))).toBe(
			false
		);
		expect(sameCodec(main31, codec('a=rtpmap:100 H265/90000', 'a=fmtp:100 tx-mode=MRST'))).toBe(
			false
		);
	});
	it('interop-constraints count only when both sides wrote them', () => {
		const a = codec(
			'a=rtpmap:100 H265/90000',
			'a=fmtp:100 profile-id=1;interop-constraints=B00000000000'
		);
		const b = codec(
			'a=rtpmap:100 H265/90000',
			'a=fmtp:100 profile-id=1;interop-constraints=900000000000'
		);
		expect(sameCodec(a, main31)).toBe(true);
		expect(sameCodec(a, b)).toBe(false);
	});
});

describe('Opus (RFC 7587 §7): no fmtp parameter identifies the format', () => {
	const chromium = codec('a=rtpmap:111 opus/48000/2', 'a=fmtp:111 minptime=10;useinbandfec=1');
	const firefox = codec(
		'a=rtpmap:109 opus/48000/2',
		'a=fmtp:109 maxplaybackrate=48000;stereo=1;useinbandfec=1'
	);
	it('Chromium’s and Firefox’s Opus lines are the same codec', () => {
		expect(sameCodec(chromium, firefox)).toBe(true);
	});
	it('the clock rate and channel count still do (RFC 7587 §7: opus/48000/2)', () => {
		expect(sameCodec(chromium, codec('a=rtpmap:111 opus/48000'))).toBe(false);
		expect(sameCodec(chromium, codec('a=rtpmap:111 opus/16000/2'))).toBe(false);
	});
	it('the encoding name is case-insensitive (RFC 4855 §3)', () => {
		expect(sameCodec(chromium, codec('a=rtpmap:111 OPUS/48000/2'))).toBe(true);
	});
});
