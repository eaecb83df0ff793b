import { describe, expect, it } from 'vitest';
import { inspectSdp, maskSdp, maskSdps, maskValue, negotiate } from '$lib/sdp';
import { FIXTURES, fixture, withLine } from './fixtures';

const lineCount = (text: string) => text.split(/\r\n|\r|\n/).length;

describe('maskSdp over every fixture', () => {
	for (const name of FIXTURES) {
		it(`${name}: same lines and structure, nothing identifying left`, () => {
			const text = fixture(name);
			const masked = maskSdp(text);
			expect(lineCount(masked)).toBe(lineCount(text));
			expect(masked.match(/\r\n/g)?.length).toBe(text.match(/\r\n/g)?.length);
			const before = inspectSdp(text);
			const after = inspectSdp(masked);
			expect(after.problems).toEqual(before.problems);
			expect(after.lines.map((l) => [l.type, l.attribute, l.key])).toEqual(
				before.lines.map((l) => [l.type, l.attribute, l.key])
			);
			expect(after.media.map((m) => m.codecs)).toEqual(before.media.map((m) => m.codecs));
			for (const section of before.media) {
				if (section.iceUfrag) expect(masked).not.toContain(`ice-ufrag:${section.iceUfrag}`);
				if (section.icePwd) expect(masked).not.toContain(section.icePwd);
				if (section.fingerprint) expect(masked).not.toContain(section.fingerprint.value);
			}
			for (const line of before.lines.filter((l) => l.attribute === 'candidate')) {
				const address = line.fields.find((f) => f.name === 'connection-address')!.value;
				// loopback identifies no one and stays, like the 0.0.0.0 placeholder
				if (!/^(127\.|::1$)/.test(address)) expect(masked).not.toContain(` ${address} `);
			}
		});
	}
});

describe('what is masked', () => {
	it('ICE credentials keep their grammar and the same value maps to the same mask', () => {
		const masked = maskSdp(fixture('chromium-av-data-offer.sdp'));
		const doc = inspectSdp(masked);
		expect(new Set(doc.media.map((m) => m.iceUfrag))).toEqual(new Set(['u1xx']));
		expect(doc.media[0]?.icePwd).toBe('p1'.padEnd(24, 'x'));
		expect(doc.session.fingerprint?.value).toMatch(/^00(:00){31}$/);
		expect(doc.problems).toEqual([]);
	});

	it('an ICE restart still shows a new ufrag after masking', () => {
		const before = inspectSdp(maskSdp(fixture('chromium-ice-restart-before-offer.sdp')));
		const after = inspectSdp(maskSdp(fixture('chromium-ice-restart-offer.sdp')));
		// each masks on its own, so both get the first mask; within one text, two ufrags differ
		expect(before.session.iceUfrag).toBe(after.session.iceUfrag);
		const both = maskSdp(
			fixture('chromium-data-only-offer.sdp').replace(
				'a=ice-pwd:',
				'a=ice-ufrag:other\r\na=ice-pwd:'
			)
		);
		expect(both).toContain('a=ice-ufrag:u1xx');
		expect(both).toContain('a=ice-ufrag:u2xxx');
	});

	it('addresses in c=, o=, candidates, raddr and a=rtcp; placeholders stay', () => {
		const text = [
			'a=candidate:1 1 UDP 1686052607 203.0.113.77 50021 typ srflx raddr 10.0.0.5 rport 50021',
			'a=candidate:2 1 udp 2122262783 2001:db8:85a3::8a2e:370:7334 50022 typ host ufrag Zq9x network-cost 10',
			'a=candidate:3 1 udp 41885439 turn.example.net 3478 typ relay raddr 0.0.0.0 rport 0',
			'a=candidate:4 1 udp 2122252543 5c459018-7335-4d9b-b9ab-7483cc6cb069.local 36287 typ host',
			'c=IN IP4 10.0.0.5',
			'a=rtcp:9 IN IP4 10.0.0.5'
		].reduce((sdp, raw, i) => withLine(sdp, 10 + i, raw), fixture('chromium-data-only-offer.sdp'));
		const masked = maskSdp(text.replace(/^(o=.* IP4 )127\.0\.0\.1$/m, '$110.0.0.5'));
		const lines = masked.split('\r\n');
		expect(lines[1]).toMatch(/^o=- \d+ 2 IN IP4 192\.0\.2\.1$/);
		expect(lines.slice(9, 15)).toEqual([
			'a=candidate:1 1 UDP 1686052607 192.0.2.2 50021 typ srflx raddr 192.0.2.1 rport 50021',
			'a=candidate:2 1 udp 2122262783 2001:db8::1 50022 typ host ufrag u1xx network-cost 10',
			'a=candidate:3 1 udp 41885439 masked-1.invalid 3478 typ relay raddr 0.0.0.0 rport 0',
			'a=candidate:4 1 udp 2122252543 masked-1.local 36287 typ host',
			'c=IN IP4 192.0.2.1',
			'a=rtcp:9 IN IP4 192.0.2.1'
		]);
		expect(inspectSdp(masked).problems.filter((p) => p.severity === 'error')).toEqual(
			inspectSdp(text).problems.filter((p) => p.severity === 'error')
		);
	});

	it('SDES keys keep their length and base64 alphabet', () => {
		const text = withLine(
			fixture('chromium-data-only-offer.sdp'),
			18,
			'a=crypto:1 AES_CM_128_HMAC_SHA1_80 inline:PS1uQCVeeCFCanVmcjkpPywjNWhcYD0mXXtxaVBR|2^20|1:32'
		);
		expect(maskSdp(text).split('\r\n')[17]).toBe(
			`a=crypto:1 AES_CM_128_HMAC_SHA1_80 inline:${'A'.repeat(40)}|2^20|1:32`
		);
	});

	it('keeps LF-only and mixed line endings exactly', () => {
		const text = fixture('chromium-data-only-offer.sdp').replace(/\r\n/g, '\n').replace('\n', '\r');
		const masked = maskSdp(text);
		expect(masked.replace(/[^\r\n]/g, '')).toBe(text.replace(/[^\r\n]/g, ''));
	});

	it('a masked offer and answer still negotiate the same', () => {
		const offer = fixture('chromium-av-data-offer.sdp');
		const answer = fixture('chromium-av-data-answer.sdp');
		const plain = negotiate(inspectSdp(offer), inspectSdp(answer));
		const masked = negotiate(inspectSdp(maskSdp(offer)), inspectSdp(maskSdp(answer)));
		expect(masked.problems).toEqual(plain.problems);
		expect(masked.sections.map((s) => [s.codecs.kept, s.direction, s.dtls])).toEqual(
			plain.sections.map((s) => [s.codecs.kept, s.direction, s.dtls])
		);
	});

	it('an offer and its answer masked together keep who is who', () => {
		const offer = fixture('firefox-av-data-offer.sdp');
		const answer = fixture('firefox-av-data-answer.sdp');
		const [maskedOffer, maskedAnswer] = maskSdps([offer, answer]);
		const ufrag = (text: string) => inspectSdp(text).media[0]?.iceUfrag;
		expect(ufrag(maskedOffer!)).toBe('u1xxxxxx');
		expect(ufrag(maskedAnswer!)).toBe('u2xxxxxx');
		// masked one at a time, both would read u1: nothing would tell the two peers apart
		expect(ufrag(maskSdp(answer))).toBe('u1xxxxxx');
		expect(maskedOffer).toBe(maskSdp(offer));
	});

	it('maskValue masks one value on its own', () => {
		expect(maskValue('address', '10.1.2.3')).toBe('192.0.2.1');
		expect(maskValue('address', '0.0.0.0')).toBe('0.0.0.0');
		expect(maskValue('address', 'fe80::1')).toBe('2001:db8::1');
		expect(maskValue('ufrag', '1IUT')).toBe('u1xx');
		expect(maskValue('pwd', 'jN1QdySl1zIeEsUn49ErpkYO')).toHaveLength(24);
		expect(maskValue('fingerprint', 'AD:5E:EB')).toBe('00:00:00');
		expect(maskValue('key', 'PS1uQCVe|2^20')).toBe('AAAAAAAA|2^20');
	});
});
