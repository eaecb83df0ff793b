import { describe, expect, it } from 'vitest';
import { CATALOG, translate } from '$lib/i18n/catalog';
import { PLACEHOLDER, finalSound, isParticle, withParticle } from '$lib/i18n/particle';

describe('Korean particles after a value (particle.ts)', () => {
	it('reads Hangul by its final consonant, ㄹ apart for (으)로', () => {
		expect(withParticle('트랙', '을')).toBe('트랙을');
		expect(withParticle('후보', '을')).toBe('후보를');
		expect(withParticle('피어', '이')).toBe('피어가');
		expect(withParticle('채널', '은')).toBe('채널은');
		expect(withParticle('채널', '으로')).toBe('채널로');
		expect(withParticle('서버', '으로')).toBe('서버로');
		expect(withParticle('방', '로')).toBe('방으로');
		expect(withParticle('연결', '과')).toBe('연결과');
		expect(withParticle('오디오', '과')).toBe('오디오와');
	});

	it('reads digits as Korean numbers', () => {
		expect(withParticle('3', '를')).toBe('3을'); // 삼
		expect(withParticle('2', '을')).toBe('2를'); // 이
		expect(withParticle('7', '으로')).toBe('7로'); // 칠: ㄹ takes 로
		expect(withParticle('6', '으로')).toBe('6으로'); // 육
		expect(withParticle('10', '이')).toBe('10이'); // 십
		expect(withParticle('100', '가')).toBe('100이'); // 백
		expect(withParticle('1000', '는')).toBe('1000은'); // 천
		expect(withParticle('0', '가')).toBe('0이'); // 영
		expect(withParticle('3478', '을')).toBe('3478을'); // …팔
		expect(withParticle('1.5', '을')).toBe('1.5를'); // …오
	});

	it('reads codec names, acronyms and English words as a Korean reader says them', () => {
		expect(withParticle('H264', '을')).toBe('H264를'); // …사
		expect(withParticle('VP8', '를')).toBe('VP8을'); // …팔
		expect(withParticle('AV1', '를')).toBe('AV1을'); // …일
		expect(withParticle('SDP', '을')).toBe('SDP를'); // 에스디피
		expect(withParticle('TURN', '를')).toBe('TURN을'); // 턴
		expect(withParticle('URL', '으로')).toBe('URL로'); // 유알엘
		expect(withParticle('NAT', '를')).toBe('NAT을'); // 낫, said as a word
		expect(withParticle('tcp', '을')).toBe('tcp를'); // 티씨피, no vowel: spelled out
		expect(withParticle('srflx', '을')).toBe('srflx를');
		expect(withParticle('offer', '을')).toBe('offer를'); // 오퍼
		expect(withParticle('answer', '이')).toBe('answer가');
		expect(withParticle('track', '를')).toBe('track을'); // 트랙
		expect(withParticle('stable', '으로')).toBe('stable로'); // 스테이블
		expect(withParticle('connection', '를')).toBe('connection을');
		expect(withParticle('host', '을')).toBe('host를'); // 호스트
		expect(withParticle('chat', '를')).toBe('chat을'); // 챗
		expect(withParticle('setRemoteDescription', '를')).toBe('setRemoteDescription을');
		expect(withParticle('Peer A', '이')).toBe('Peer A가');
	});

	it('skips closing punctuation and admits what it cannot read', () => {
		expect(withParticle('"H264"', '을')).toBe('"H264"를');
		expect(withParticle('(VP8)', '를')).toBe('(VP8)을');
		expect(finalSound('—')).toBeNull();
		expect(withParticle('→', '을')).toBe('→을(를)');
		expect(() => withParticle('x', '의')).toThrow(/not a Korean particle/);
	});

	it('is wired into the formatter as {name:particle}', () => {
		expect(translate('ko', 'call.paste.wrongType', { expected: 'offer', actual: 'answer' })).toBe(
			'여기에는 offer가 와야 하는데, 붙여 넣은 것은 answer입니다.'
		);
		expect(
			translate('ko', 'sdp.attr.rtpmap', { payloadType: 96, name: 'VP8', clockRate: 90000 })
		).toMatch(/^payload type 96은 VP8이고/);
		expect(
			translate('ko', 'sdp.attr.rtpmap', { payloadType: 102, name: 'H264', clockRate: 90000 })
		).toMatch(/^payload type 102는 H264이고/);
	});

	it('every Korean message writes a particle after a value through the syntax, never fixed', () => {
		// a fixed particle right after a placeholder is correct for one value and wrong for another
		const fixed = /\{\w+\}(을|를|이|가|은|는|과|와|으로|로)(?=[\s.,)]|$)/;
		const offenders = Object.entries(CATALOG.ko)
			.filter(([, text]) => fixed.test(text))
			.map(([key, text]) => `${key}: ${text}`);
		expect(offenders).toEqual([]);
		for (const [key, text] of Object.entries(CATALOG.ko)) {
			for (const m of text.matchAll(PLACEHOLDER)) {
				if (m[2]) expect(isParticle(m[2]), `${key}: ${m[0]}`).toBe(true);
			}
		}
	});
});
