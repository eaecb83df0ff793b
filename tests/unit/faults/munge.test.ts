import { describe, expect, it } from 'vitest';
import { diffSdp, inspectSdp } from '$lib/sdp';
import {
	maxMessageSizeOf,
	UNSUPPORTED_PREFIX,
	withoutCommonCodecs,
	withWrongFingerprint
} from '$lib/faults/munge';
import { FIXTURES, fixture } from '../sdp/fixtures';

/** The captured real descriptions with a video m-section (Chromium and Firefox, offers and answers). */
const WITH_VIDEO = FIXTURES.filter((name) => /^m=video /m.test(fixture(name)));
const WITH_FINGERPRINT = FIXTURES.filter((name) => /^a=fingerprint:/m.test(fixture(name)));

/** The inspector's diff of two descriptions, as the walkthrough shows it. */
function diff(original: string, munged: string) {
	return diffSdp(inspectSdp(original), inspectSdp(munged));
}

function changedLines(original: string, munged: string) {
	const result = diff(original, munged);
	return result.sections.flatMap((section) =>
		section.lines
			.filter((line) => line.op !== 'unchanged')
			.map((line) => ({ ...line, kind: section.kind }))
	);
}

describe('withoutCommonCodecs (no-common-codec)', () => {
	it('has real fixtures to work on', () => {
		expect(WITH_VIDEO.length).toBeGreaterThan(5);
	});

	it.each(WITH_VIDEO)('%s: only the video rtpmap lines change, each renamed', (name) => {
		const original = fixture(name);
		const munged = withoutCommonCodecs(original, 'video');
		const videoRtpmaps = inspectSdp(original).lines.filter(
			(line) =>
				line.attribute === 'rtpmap' && inspectSdp(original).media[line.section]?.kind === 'video'
		);
		expect(munged.changedLines).toBe(videoRtpmaps.length);
		expect(munged.changedLines).toBeGreaterThan(0);

		const changes = changedLines(original, munged.sdp);
		expect(changes).toHaveLength(munged.changedLines);
		for (const change of changes) {
			// the same line changed in place: nothing added, nothing removed, nothing moved
			expect(change.op).toBe('changed');
			expect(change.kind).toBe('video');
			expect(change.a!.attribute).toBe('rtpmap');
			expect(change.a!.number).toBe(change.b!.number);
			const [pt, codec] = change.a!.value.split(/\s+/);
			expect(change.b!.value).toBe(`${pt} ${UNSUPPORTED_PREFIX}${codec}`);
		}
		const counts = diff(original, munged.sdp).counts;
		expect(counts.added + counts.removed).toBe(0);
		// the session version is not touched: the munge is invisible to the o= line
		expect(diff(original, munged.sdp).sessionVersion.bump).toBe(0);
	});

	it('keeps the line endings and every other byte', () => {
		const original = fixture(WITH_VIDEO[0]!);
		const munged = withoutCommonCodecs(original, 'video').sdp;
		expect(munged.length).toBe(
			original.length +
				withoutCommonCodecs(original, 'video').changedLines * UNSUPPORTED_PREFIX.length
		);
		expect(munged.split('\r\n').length).toBe(original.split('\r\n').length);
		expect(munged.replaceAll(UNSUPPORTED_PREFIX, '')).toBe(original);
	});

	it('leaves the negotiation with no common video codec and the audio as it was', () => {
		const offer = fixture('chromium-av-data-offer.sdp');
		const munged = inspectSdp(withoutCommonCodecs(offer, 'video').sdp);
		const video = munged.media.find((m) => m.kind === 'video')!;
		expect(video.codecs.every((codec) => codec.name.startsWith(UNSUPPORTED_PREFIX))).toBe(true);
		const audioBefore = inspectSdp(offer).media.find((m) => m.kind === 'audio')!.codecs;
		expect(munged.media.find((m) => m.kind === 'audio')!.codecs).toEqual(audioBefore);
	});

	it("renames only the receiver's codecs when they are given", () => {
		const offer = fixture('chromium-av-data-offer.sdp');
		const munged = withoutCommonCodecs(offer, 'video', ['VP8', 'rtx']);
		const names = inspectSdp(munged.sdp)
			.media.find((m) => m.kind === 'video')!
			.codecs.map((c) => c.name);
		expect(names).toContain(`${UNSUPPORTED_PREFIX}VP8`);
		expect(names).toContain('VP9');
		expect(names.filter((n) => n === `${UNSUPPORTED_PREFIX}rtx`).length).toBeGreaterThan(0);
	});

	it('changes nothing in a description without video, and nothing twice', () => {
		const data = fixture('chromium-data-only-offer.sdp');
		expect(withoutCommonCodecs(data, 'video')).toEqual({ sdp: data, changedLines: 0 });
		const once = withoutCommonCodecs(fixture('chromium-av-data-offer.sdp'), 'video').sdp;
		expect(withoutCommonCodecs(once, 'video')).toEqual({ sdp: once, changedLines: 0 });
	});
});

describe('withWrongFingerprint (dtls-fingerprint)', () => {
	it.each(WITH_FINGERPRINT)('%s: only the fingerprint lines change, first byte only', (name) => {
		const original = fixture(name);
		const munged = withWrongFingerprint(original);
		const count = original.split(/\r?\n/).filter((l) => l.startsWith('a=fingerprint:')).length;
		expect(munged.changedLines).toBe(count);
		const changes = changedLines(original, munged.sdp);
		expect(changes).toHaveLength(count);
		for (const change of changes) {
			expect(change.op).toBe('changed');
			expect(change.a!.attribute).toBe('fingerprint');
			const [hash, before] = change.a!.value.split(' ');
			const [hashAfter, after] = change.b!.value.split(' ');
			expect(hashAfter).toBe(hash);
			expect(after!.length).toBe(before!.length);
			expect(after!.slice(2)).toBe(before!.slice(2));
			expect(Number.parseInt(after!.slice(0, 2), 16)).toBe(
				Number.parseInt(before!.slice(0, 2), 16) ^ 0xff
			);
		}
	});

	it('is undone by applying it again (the complement of the complement)', () => {
		const original = fixture(WITH_FINGERPRINT[0]!);
		expect(withWrongFingerprint(withWrongFingerprint(original).sdp).sdp).toBe(original);
	});

	it('keeps the case of the hex digits', () => {
		const lower = 'v=0\na=fingerprint:sha-256 0a:bc:de\n';
		expect(withWrongFingerprint(lower).sdp).toBe('v=0\na=fingerprint:sha-256 f5:bc:de\n');
		const upper = 'v=0\r\na=fingerprint:sha-256 0A:BC\r\n';
		expect(withWrongFingerprint(upper).sdp).toBe('v=0\r\na=fingerprint:sha-256 F5:BC\r\n');
	});
});

describe('maxMessageSizeOf (message-too-big)', () => {
	it('reads the SCTP section of real descriptions', () => {
		expect(maxMessageSizeOf(fixture('chromium-av-data-offer.sdp'))).toBe(262144);
		expect(maxMessageSizeOf(fixture('firefox-av-data-offer.sdp'))).toBe(1073741823);
	});

	it('is 64 KB without the attribute (RFC 8841 §6.1) and null without SCTP', () => {
		const withoutAttribute = fixture('chromium-av-data-offer.sdp').replace(
			/a=max-message-size:\d+\r\n/,
			''
		);
		expect(maxMessageSizeOf(withoutAttribute)).toBe(65536);
		const audioOnly = 'v=0\r\nm=audio 9 UDP/TLS/RTP/SAVPF 111\r\na=max-message-size:5\r\n';
		expect(maxMessageSizeOf(audioOnly)).toBeNull();
	});
});
