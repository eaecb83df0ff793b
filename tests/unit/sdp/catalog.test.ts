import { describe, expect, it } from 'vitest';
import { placeholderNames } from '$lib/i18n/particle';
import { sdpEn } from '$lib/i18n/sdp/en';
import { sdpKo } from '$lib/i18n/sdp/ko';

const placeholders = placeholderNames;
const en = sdpEn as Record<string, string>;
const ko = sdpKo as Record<string, string>;

describe('the SDP part of the catalog', () => {
	it('has the same keys in English and Korean, all prefixed sdp.', () => {
		expect(Object.keys(ko).sort()).toEqual(Object.keys(en).sort());
		for (const key of Object.keys(en)) expect(key).toMatch(/^sdp\./);
		expect(en['sdp.notExplained']).toBeDefined();
	});

	it('has no empty message and the same placeholders in both languages', () => {
		for (const key of Object.keys(en)) {
			expect(en[key]!.trim(), key).not.toBe('');
			expect(ko[key]!.trim(), key).not.toBe('');
			expect(placeholders(ko[key]!), key).toEqual(placeholders(en[key]!));
		}
	});

	it('is Korean in Korean, keeping API and SDP words in English and the glossary terms (glossary.ts)', () => {
		const hangul = /[\uac00-\ud7a3]/;
		for (const key of Object.keys(ko)) expect(ko[key], key).toMatch(hangul);
		expect(ko['sdp.attr.groupBundle']).toContain('BUNDLE');
		expect(ko['sdp.attr.fmtp']).toContain('payload type');
		expect(ko['sdp.negotiation.codecNotOffered']).toMatch(/offer.*answer|answer.*offer/);
		expect(ko['sdp.attr.candidate']).toContain('ICE 후보');
	});

	it('produces no markup: every message is plain text', () => {
		for (const [key, text] of [...Object.entries(en), ...Object.entries(ko)]) {
			expect(text, key).not.toMatch(/<\/?[a-z][^>]*>|&[a-z]+;/i);
		}
	});
});
