import { describe, expect, it } from 'vitest';
import { diffSdp, inspectSdp } from '$lib/sdp';
import type { SdpDiff } from '$lib/sdp';
import { beforeAfterPairs, fixture, valueAfter } from './fixtures';

const doc = (name: string) => inspectSdp(fixture(name));
const changes = (diff: SdpDiff) =>
	diff.sections.flatMap((s) =>
		s.lines
			.filter((l) => l.op !== 'unchanged')
			.map((l) => [l.op, l.a?.raw ?? null, l.b?.raw ?? null])
	);

describe('diffSdp over the captured renegotiations', () => {
	it('has before/after pairs to run over', () =>
		expect(beforeAfterPairs().length).toBeGreaterThan(0));

	for (const [before, after] of beforeAfterPairs()) {
		it(`${before} → ${after}: every line accounted for, version bumped`, () => {
			const a = doc(before);
			const b = doc(after);
			const diff = diffSdp(a, b);
			const fromA = diff.sections.flatMap((s) =>
				s.lines.filter((l) => l.a).map((l) => l.a!.number)
			);
			const fromB = diff.sections.flatMap((s) =>
				s.lines.filter((l) => l.b).map((l) => l.b!.number)
			);
			expect(fromA.sort((x, y) => x - y)).toEqual(a.lines.map((l) => l.number));
			expect(fromB.sort((x, y) => x - y)).toEqual(b.lines.map((l) => l.number));
			expect(diff.sessionVersion.bump).toBe(1);
			expect(diff.sessionVersion.note.key).toBe('sdp.diff.versionBumped');
			expect(diff.problems).toEqual([]);
		});
	}
});

describe('what changed', () => {
	it('ICE restart: new ufrag and pwd, candidates of the new generation, o= bumped', () => {
		const diff = diffSdp(
			doc('chromium-ice-restart-before-offer.sdp'),
			doc('chromium-ice-restart-offer.sdp')
		);
		expect(diff.sections.map((s) => [s.a, s.b, s.mid, s.matchedBy])).toEqual([
			[-1, -1, null, 'session'],
			[0, 0, '0', 'mid'],
			[1, 1, '1', 'mid'],
			[2, 2, '2', 'mid']
		]);
		expect(diff.sessionVersion).toMatchObject({ a: '2', b: '3', bump: 1 });
		expect(diff.sameSession).toBe(true);
		// what an ICE restart touches: the ports and addresses, the candidates and the credentials
		const touched = new Set(
			diff.sections[1]!.lines.filter((l) => l.op !== 'unchanged').map(
				(l) => (l.a ?? l.b)!.attribute ?? (l.a ?? l.b)!.type
			)
		);
		expect([...touched].sort()).toEqual(expect.arrayContaining(['ice-pwd', 'ice-ufrag', 'm']));
		for (const what of touched)
			expect(['m', 'c', 'candidate', 'ice-ufrag', 'ice-pwd']).toContain(what);
		expect(diff.sections[1]!.lines.find((l) => l.b?.attribute === 'ice-ufrag')).toMatchObject({
			op: 'changed',
			a: {
				raw: `a=ice-ufrag:${valueAfter(fixture('chromium-ice-restart-before-offer.sdp'), 'a=ice-ufrag:')}`
			},
			b: {
				raw: `a=ice-ufrag:${valueAfter(fixture('chromium-ice-restart-offer.sdp'), 'a=ice-ufrag:')}`
			}
		});
	});

	it('renegotiation adding a transceiver: a new section, the BUNDLE group grows', () => {
		const diff = diffSdp(
			doc('chromium-renegotiation-before-offer.sdp'),
			doc('chromium-renegotiation-offer.sdp')
		);
		expect(diff.sections.map((s) => [s.a, s.b, s.changed])).toEqual([
			[-1, -1, true],
			[0, 0, false],
			[1, 1, false],
			[2, 2, false],
			[null, 3, true]
		]);
		expect(diff.sections[0]!.lines.filter((l) => l.op === 'changed').map((l) => l.b!.raw)).toEqual([
			`o=${valueAfter(fixture('chromium-renegotiation-offer.sdp'), 'o=')}`,
			'a=group:BUNDLE 0 1 2 3'
		]);
		expect(diff.sections[4]!.lines.every((l) => l.op === 'added')).toBe(true);
		const added = diff.sections[4]!.lines.length;
		expect(added).toBeGreaterThan(100);
		expect(diff.counts).toMatchObject({ added, removed: 0, changed: 2 });
	});

	it('the same description: nothing changed, version the same', () => {
		const diff = diffSdp(doc('chromium-av-data-offer.sdp'), doc('chromium-av-data-offer.sdp'));
		expect(changes(diff)).toEqual([]);
		expect(diff.sessionVersion.note.key).toBe('sdp.diff.versionSame');
	});

	it('a hand edit without a version bump is a problem (RFC 3264 §8)', () => {
		const original = fixture('chromium-av-data-offer.sdp');
		const edited = original
			.replace('a=sendrecv', 'a=sendonly')
			.replace('a=fmtp:111 minptime=10;useinbandfec=1', 'a=fmtp:111 minptime=10;useinbandfec=0');
		const diff = diffSdp(inspectSdp(original), inspectSdp(edited));
		expect(changes(diff)).toEqual([
			['changed', 'a=sendrecv', 'a=sendonly'],
			['changed', 'a=fmtp:111 minptime=10;useinbandfec=1', 'a=fmtp:111 minptime=10;useinbandfec=0']
		]);
		expect(diff.problems).toEqual([
			{
				line: 2,
				severity: 'warning',
				key: 'sdp.diff.versionNotBumped',
				params: { from: '2', to: '2', bump: 0 }
			}
		]);
	});

	it('changed lines pair by payload type, not by position', () => {
		const original = fixture('chromium-av-data-offer.sdp');
		const edited = original.replace(
			'a=rtpmap:9 G722/8000\r\na=rtpmap:0 PCMU/8000',
			'a=rtpmap:0 PCMU/16000'
		);
		const diff = diffSdp(inspectSdp(original), inspectSdp(edited));
		expect(changes(diff)).toEqual([
			['removed', 'a=rtpmap:9 G722/8000', null],
			['changed', 'a=rtpmap:0 PCMU/8000', 'a=rtpmap:0 PCMU/16000']
		]);
	});

	it('a version that went down, and two different sessions', () => {
		const original = fixture('chromium-data-only-offer.sdp');
		const older = original.replace(' 2 IN IP4', ' 1 IN IP4');
		expect(diffSdp(inspectSdp(original), inspectSdp(older)).problems.map((p) => p.key)).toEqual([
			'sdp.diff.versionDecreased'
		]);
		const other = diffSdp(inspectSdp(original), doc('chromium-data-only-answer.sdp'));
		expect(other.sameSession).toBe(false);
		expect(other.sessionVersion.note.key).toBe('sdp.diff.otherSession');
	});

	it('session versions beyond 2^53 still compare', () => {
		const original = fixture('chromium-data-only-offer.sdp').replace(
			' 2 IN IP4',
			' 18446744073709551614 IN IP4'
		);
		const next = original.replace(' 18446744073709551614 IN IP4', ' 18446744073709551615 IN IP4');
		expect(diffSdp(inspectSdp(original), inspectSdp(next)).sessionVersion.bump).toBe(1);
	});

	it('sections without mids are matched by position', () => {
		const strip = (text: string) => text.replace(/a=mid:\d+\r\n/g, '');
		const diff = diffSdp(
			inspectSdp(strip(fixture('chromium-ice-restart-before-offer.sdp'))),
			inspectSdp(strip(fixture('chromium-ice-restart-offer.sdp')))
		);
		expect(diff.sections.map((s) => s.matchedBy)).toEqual(['session', 'index', 'index', 'index']);
	});

	it('a removed section is shown where it was', () => {
		const before = fixture('chromium-renegotiation-offer.sdp');
		const after = before.slice(0, before.lastIndexOf('m=video'));
		const diff = diffSdp(inspectSdp(before), inspectSdp(after));
		expect(diff.sections.at(-1)).toMatchObject({ a: 3, b: null, mid: '3', changed: true });
		expect(diff.sections.at(-1)!.lines.every((l) => l.op === 'removed')).toBe(true);
	});
});
