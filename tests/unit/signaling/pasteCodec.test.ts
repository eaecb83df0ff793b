import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeDescription, encodeDescription } from '$lib/signaling/pasteCodec';

const offer = readFileSync('tests/fixtures/sdp/chromium-data-only-offer.sdp', 'utf8');

describe('copy-paste codec', () => {
	it('round-trips a real offer', () => {
		const text = encodeDescription({ type: 'offer', sdp: offer });
		const decoded = decodeDescription(text, 'offer');
		expect(decoded.ok && decoded.description.sdp.split('\r\n').filter(Boolean)).toEqual(
			offer.split(/\r?\n/).filter(Boolean)
		);
	});

	it('repairs what a chat app does to pasted text', () => {
		const mangled =
			'  ' + encodeDescription({ type: 'offer', sdp: offer }).replace(/\\r\\n/g, '\\n') + '\n';
		const decoded = decodeDescription(mangled, 'offer');
		expect(decoded.ok && decoded.description.sdp).toMatch(/^v=0\r\no=/);
		expect(decoded.ok && decoded.description.sdp.endsWith('\r\n')).toBe(true);
		// A bare SDP is taken as the expected type.
		const bare = decodeDescription(offer.replace(/\r\n/g, '\n'), 'offer');
		expect(bare).toMatchObject({ ok: true, description: { type: 'offer' } });
	});

	it('names each kind of bad paste', () => {
		expect(decodeDescription('   ', 'offer')).toMatchObject({ ok: false, reason: 'empty' });
		expect(decodeDescription('{"type":', 'offer')).toMatchObject({ ok: false, reason: 'json' });
		expect(decodeDescription('{"type":"offer","sdp":"hello"}', 'offer')).toMatchObject({
			ok: false,
			reason: 'shape',
			detail: expect.stringContaining('v=0')
		});
		expect(decodeDescription('{"type":"pranswer","sdp":"v=0"}', 'answer')).toMatchObject({
			ok: false,
			reason: 'shape'
		});
		expect(decodeDescription(encodeDescription({ type: 'offer', sdp: offer }), 'answer')).toEqual({
			ok: false,
			reason: 'type',
			detail: 'offer'
		});
	});
});
