import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_MESSAGE_SIZE, inspectSdp, negotiate } from '$lib/sdp';
import { fixture, offerAnswerPairs } from './fixtures';

const pair = (
	name: string,
	edit: (answer: string) => string = (a) => a,
	editOffer = (o: string) => o
) =>
	negotiate(
		inspectSdp(editOffer(fixture(`${name}-offer.sdp`))),
		inspectSdp(edit(fixture(`${name}-answer.sdp`)))
	);

/** The first problem `result` reports under the catalog key `key`. */
const problemOf = (result: ReturnType<typeof negotiate>, key: string) =>
	result.problems.find((p) => p.key === key);

describe('every captured offer/answer pair negotiates sensibly', () => {
	for (const [offerName, answerName] of offerAnswerPairs()) {
		it(`${offerName} + ${answerName}`, () => {
			const offer = inspectSdp(fixture(offerName));
			const answer = inspectSdp(fixture(answerName));
			const result = negotiate(offer, answer);
			expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
			expect(result.sections).toHaveLength(offer.media.length);
			expect(result.bundle.accepted).toEqual(answer.session.bundle);
			expect(result.bundle.tag).toBe(answer.session.bundle[0] ?? null);
			for (const section of result.sections) {
				expect(section.mid).toBe(offer.media[section.index]?.mid);
				if (section.rejected) continue;
				expect(section.bundled).toBe(true);
				// the DTLS roles are settled, one client and one server
				expect(section.dtls?.offerSetup).toBe('actpass');
				expect([section.dtls?.offerer, section.dtls?.answerer].sort()).toEqual([
					'client',
					'server'
				]);
				if (section.kind === 'application') {
					expect(section.dataChannel?.offerPort).toBe(5000);
					expect(section.dataChannel?.answerPort).toBe(5000);
					continue;
				}
				// codecs both kept, in the answerer's order, each one offered
				expect(section.codecs.kept.length).toBeGreaterThan(0);
				const answered = section.codecs.answered.map((c) => c.payloadType);
				const kept = section.codecs.kept.map((c) => c.payloadType);
				expect(kept).toEqual(answered.filter((pt) => kept.includes(pt)));
				expect(section.codecs.notOffered).toEqual([]);
				// what each side does mirrors the other
				const mirror = {
					sendrecv: 'sendrecv',
					sendonly: 'recvonly',
					recvonly: 'sendonly',
					inactive: 'inactive'
				};
				expect(section.direction.answerer).toBe(mirror[section.direction.offerer]);
			}
		});
	}
});

describe('what a real exchange negotiated', () => {
	it('audio + video + data: opus first, RTX kept with what it protects, Chrome answers DTLS active', () => {
		const result = pair('chromium-av-data');
		const [audio, video, data] = result.sections;
		expect(audio?.codecs.kept[0]).toMatchObject({
			payloadType: 111,
			offeredPayloadType: 111,
			name: 'opus'
		});
		expect(audio?.direction).toEqual({
			offered: 'sendrecv',
			answered: 'sendrecv',
			offerer: 'sendrecv',
			answerer: 'sendrecv'
		});
		expect(video?.codecs.kept.find((c) => c.payloadType === 97)).toMatchObject({
			name: 'rtx',
			rtxFor: 96
		});
		expect(video?.codecs.kept.find((c) => c.payloadType === 96)).toMatchObject({
			name: 'VP8',
			rtx: 97
		});
		expect(audio?.dtls).toEqual({
			offerSetup: 'actpass',
			answerSetup: 'active',
			offerer: 'server',
			answerer: 'client'
		});
		expect(data?.dataChannel).toEqual({
			offerPort: 5000,
			answerPort: 5000,
			offerMaxMessageSize: 262144,
			answerMaxMessageSize: 262144,
			offererMaySend: 262144,
			answererMaySend: 262144
		});
		expect(video?.extensions.map((e) => e.name)).toContain('transport-wide-cc');
		expect(result.bundle).toEqual({
			offered: ['0', '1', '2'],
			answered: ['0', '1', '2'],
			accepted: ['0', '1', '2'],
			removed: [],
			tag: '0'
		});
	});

	it('a recvonly answer to sendrecv: the offerer only sends', () => {
		const [first] = pair('chromium-16-transceivers').sections;
		expect(first?.direction).toEqual({
			offered: 'sendrecv',
			answered: 'recvonly',
			offerer: 'sendonly',
			answerer: 'recvonly'
		});
	});

	it('simulcast the answer did not take is noted', () => {
		const result = pair('chromium-simulcast');
		expect(result.sections[0]?.simulcast).toEqual({ offered: 'send q;h;f', answered: null });
		expect(result.problems).toEqual([
			{
				side: 'answer',
				section: 0,
				line: 8,
				severity: 'info',
				key: 'sdp.negotiation.simulcastDeclined',
				params: { mid: '0' }
			}
		]);
	});

	it('codec preferences: kept codecs follow the answer', () => {
		const [video] = pair('chromium-codec-preferences').sections;
		expect(video?.codecs.kept.slice(0, 2).map((c) => c.name)).toEqual(['VP9', 'rtx']);
		// the same capture with the answer's m= line reordered: the result follows the answerer
		const [reordered] = pair('chromium-codec-preferences', (a) =>
			a.replace(/^(m=video \d+ \S+) (.*)$/m, (_, head: string, formats: string) =>
				[head, ...formats.split(' ').reverse()].join(' ')
			)
		).sections;
		expect(reordered?.codecs.kept.map((c) => c.payloadType)).toEqual(
			[...(video?.codecs.kept.map((c) => c.payloadType) ?? [])].reverse()
		);
	});

	it('Firefox data channel: max-message-size each way', () => {
		const [data] = pair('firefox-data-only').sections;
		expect(data?.dataChannel).toMatchObject({
			offererMaySend: 1073741823,
			answererMaySend: 1073741823
		});
	});
});

describe('problems an answer can have (real captures, edited)', () => {
	it('fewer m-sections than the offer', () => {
		const result = pair('chromium-av-data', (a) => a.slice(0, a.indexOf('m=application')));
		expect(result.problems).toContainEqual({
			side: null,
			section: null,
			line: null,
			severity: 'error',
			key: 'sdp.negotiation.sectionCount',
			params: { offered: 3, answered: 2 }
		});
		expect(result.sections[2]).toMatchObject({ rejected: true, answer: null, mid: '2' });
	});

	it('a codec that was never offered', () => {
		const result = pair('chromium-av-data', (a) =>
			a.replace('a=rtpmap:9 G722/8000', 'a=rtpmap:9 G729/8000')
		);
		expect(problemOf(result, 'sdp.negotiation.codecNotOffered')).toEqual(
			expect.objectContaining({
				side: 'answer',
				section: 0,
				severity: 'error',
				params: { payloadType: 9, codec: 'G729' }
			})
		);
		expect(result.sections[0]?.codecs.notOffered.map((c) => c.name)).toEqual(['G729']);
		expect(result.sections[0]?.codecs.dropped.map((c) => c.name)).toEqual(['G722']);
	});

	it('the same codec under another payload type is kept, and noted', () => {
		const result = pair('chromium-av-data', (a) =>
			a.replace(/^(m=audio \S+ \S+) 111 /m, '$1 109 ').replace(/:111 /g, ':109 ')
		);
		expect(result.sections[0]?.codecs.kept[0]).toMatchObject({
			name: 'opus',
			payloadType: 109,
			offeredPayloadType: 111
		});
		expect(result.problems.map((p) => p.key)).toContain('sdp.negotiation.payloadTypeChanged');
	});

	it('setup:actpass in an answer, and both sides active', () => {
		const actpass = pair('chromium-data-only', (a) =>
			a.replace('a=setup:active', 'a=setup:actpass')
		);
		expect(actpass.problems.map((p) => p.key)).toEqual(['sdp.negotiation.answerActpass']);
		expect(actpass.sections[0]?.dtls).toMatchObject({ offerer: null, answerer: null });
		const conflict = pair(
			'chromium-data-only',
			(a) => a,
			(o) => o.replace('a=setup:actpass', 'a=setup:active')
		);
		expect(conflict.problems.map((p) => p.key)).toEqual(['sdp.negotiation.setupConflict']);
	});

	it('a passive answer makes the offerer the DTLS client', () => {
		const result = pair('chromium-data-only', (a) =>
			a.replace('a=setup:active', 'a=setup:passive')
		);
		expect(result.sections[0]?.dtls).toMatchObject({ offerer: 'client', answerer: 'server' });
	});

	it('a direction the offer does not allow', () => {
		const result = pair('chromium-simulcast', (a) => a.replace('a=recvonly', 'a=sendonly'));
		expect(problemOf(result, 'sdp.negotiation.directionIncompatible')).toEqual(
			expect.objectContaining({ params: { offered: 'sendonly', answered: 'sendonly' } })
		);
		expect(result.sections[0]?.direction.offerer).toBe('inactive');
	});

	it('a rejected section (port 0 in the answer)', () => {
		const result = pair('chromium-av-data', (a) => a.replace('m=video 9 ', 'm=video 0 '));
		expect(result.sections[1]).toMatchObject({
			rejected: true,
			rejectedBy: 'answer',
			bundled: false
		});
		expect(result.sections[1]?.codecs.kept).toEqual([]);
		expect(result.sections[1]?.direction).toMatchObject({
			offerer: 'inactive',
			answerer: 'inactive'
		});
	});

	it('a section the offer stopped but the answer accepted', () => {
		const result = pair(
			'chromium-av-data',
			(a) => a,
			(o) => o.replace(/^m=video \d+ /m, 'm=video 0 ')
		);
		expect(result.sections[1]).toMatchObject({ rejected: true, rejectedBy: 'offer' });
		expect(result.problems.map((p) => p.key)).toContain('sdp.negotiation.acceptedStopped');
	});

	it('BUNDLE: a mid left out of the answer\u2019s group, and one the offer did not bundle', () => {
		const removed = pair('chromium-av-data', (a) =>
			a.replace('a=group:BUNDLE 0 1 2', 'a=group:BUNDLE 0 1')
		);
		expect(removed.bundle).toMatchObject({ accepted: ['0', '1'], removed: ['2'], tag: '0' });
		expect(removed.sections[2]?.bundled).toBe(false);
		const added = pair('chromium-av-data', (a) =>
			a.replace('a=group:BUNDLE 0 1 2', 'a=group:BUNDLE 0 1 2 7')
		);
		expect(problemOf(added, 'sdp.negotiation.bundleNotOffered')).toEqual(
			expect.objectContaining({ side: 'answer', line: 5, params: { mid: '7' } })
		);
	});

	it('a different mid at the same position', () => {
		const result = pair('chromium-data-only', (a) =>
			a.replace('a=mid:0', 'a=mid:data').replace('BUNDLE 0', 'BUNDLE data')
		);
		expect(result.problems.map((p) => p.key)).toContain('sdp.negotiation.midMismatch');
	});

	it('without a=max-message-size the limit is 64 KiB (RFC 8841 §6.1)', () => {
		const result = pair('chromium-data-only', (a) =>
			a.replace('a=max-message-size:262144\r\n', '')
		);
		expect(DEFAULT_MAX_MESSAGE_SIZE).toBe(65536);
		expect(result.sections[0]?.dataChannel).toMatchObject({
			answerMaxMessageSize: null,
			offererMaySend: 65536,
			answererMaySend: 262144
		});
	});

	it('an offer negotiated against itself shows the actpass answer problem', () => {
		const offer = inspectSdp(fixture('chromium-av-data-offer.sdp'));
		const result = negotiate(offer, offer);
		expect(result.problems.filter((p) => p.key === 'sdp.negotiation.answerActpass')).toHaveLength(
			3
		);
	});
});

describe('a Firefox ↔ Chromium call: what was signaled, and what the other browser re-serialized', () => {
	const errors = (offer: string, answer: string) =>
		negotiate(inspectSdp(fixture(offer)), inspectSdp(fixture(answer))).problems.filter(
			(p) => p.severity === 'error'
		);
	/**
	 * Firefox's copy of a description reads AV1's fmtp as profile=5: the answer's AV1 then looks
	 * like a codec never offered.
	 */
	const falseAv1Error = (payloadType: number) =>
		expect.objectContaining({
			key: 'sdp.negotiation.codecNotOffered',
			params: { payloadType, codec: 'AV1' }
		});

	it('Chromium offers, Firefox answers: the signaled pair negotiates AV1 cleanly', () => {
		expect(errors('chromium-firefox-call-offer.sdp', 'chromium-firefox-call-answer.sdp')).toEqual(
			[]
		);
		const av1 = negotiate(
			inspectSdp(fixture('chromium-firefox-call-offer.sdp')),
			inspectSdp(fixture('chromium-firefox-call-answer.sdp'))
		).sections[1]?.codecs.kept.find((c) => c.name === 'AV1');
		expect(av1).toMatchObject({ payloadType: 45, offeredPayloadType: 45 });
	});

	it('Firefox’s copy of that offer (pc.remoteDescription) reads profile=5: the false AV1 error', () => {
		const copy = fixture('chromium-firefox-call-offer.firefox-remote.sdp');
		expect(fixture('chromium-firefox-call-offer.sdp')).toContain(
			'a=fmtp:45 level-idx=5;profile=0;tier=0'
		);
		expect(copy).toContain('a=fmtp:45 profile=5;tier=0');
		expect(
			errors('chromium-firefox-call-offer.firefox-remote.sdp', 'chromium-firefox-call-answer.sdp')
		).toContainEqual(falseAv1Error(45));
	});

	it('Firefox offers, Chromium answers: clean as signaled, the same false error on Firefox’s copy', () => {
		expect(errors('firefox-chromium-call-offer.sdp', 'firefox-chromium-call-answer.sdp')).toEqual(
			[]
		);
		expect(fixture('firefox-chromium-call-answer.firefox-remote.sdp')).toContain(
			'a=fmtp:99 profile=5;tier=0'
		);
		expect(
			errors('firefox-chromium-call-offer.sdp', 'firefox-chromium-call-answer.firefox-remote.sdp')
		).toContainEqual(falseAv1Error(99));
	});

	it('Chromium rewrites Firefox’s o= line, and its copies negotiate cleanly', () => {
		const signaled = inspectSdp(fixture('firefox-chromium-call-offer.sdp'));
		const copy = inspectSdp(fixture('firefox-chromium-call-offer.chromium-remote.sdp'));
		expect(signaled.lines[1]?.raw).toMatch(
			/^o=mozilla\.\.\.THIS_IS_SDPARTA-\S+ (\d+) 0 IN IP4 0\.0\.0\.0$/
		);
		const sessionId = signaled.lines[1]!.raw.split(' ')[1];
		expect(copy.lines[1]?.raw).toBe(`o=- ${sessionId} 0 IN IP4 127.0.0.1`);
		expect(
			errors('firefox-chromium-call-offer.chromium-remote.sdp', 'firefox-chromium-call-answer.sdp')
		).toEqual([]);
		expect(
			errors('chromium-firefox-call-offer.sdp', 'chromium-firefox-call-answer.chromium-remote.sdp')
		).toEqual([]);
	});
});
