import { describe, expect, it } from 'vitest';
import { placeholderNames } from '$lib/i18n/particle';
import {
	CATALOG,
	LOCALES,
	MissingMessageError,
	negotiateLocale,
	translate,
	type MessageKey
} from '$lib/i18n/catalog';
import { STEPS, PHASES } from '$lib/lifecycle/steps';
import { en } from '$lib/i18n/en';
import { ko } from '$lib/i18n/ko';

const placeholders = placeholderNames;

describe('i18n catalog', () => {
	it('has every key in every language, none empty', () => {
		const keys = Object.keys(CATALOG.en).sort();
		for (const locale of LOCALES) {
			const catalog = CATALOG[locale] as Record<string, string>;
			expect(Object.keys(catalog).sort(), `keys of ${locale}`).toEqual(keys);
			for (const key of keys) expect(catalog[key]!.trim(), `${locale} ${key}`).not.toBe('');
		}
	});

	it('uses the same placeholders in every language', () => {
		for (const key of Object.keys(CATALOG.en) as MessageKey[]) {
			expect(placeholders(CATALOG.ko[key]), key).toEqual(placeholders(CATALOG.en[key]));
		}
	});

	it('explains every phase and step in both languages', () => {
		for (const phase of PHASES) {
			expect(en).toHaveProperty(`phase.${phase}.summary`);
		}
		for (const step of STEPS) {
			for (const part of ['title', 'what', 'done']) {
				expect(en, `${step.id}.${part}`).toHaveProperty(`step.${step.id}.${part}`);
			}
		}
	});

	it('Korean explanations are Korean, with API words as the code writes them and the glossary terms', () => {
		const hangul = /[\uac00-\ud7a3]/;
		for (const step of STEPS) {
			expect(ko[`step.${step.id}.what` as keyof typeof ko]).toMatch(hangul);
		}
		expect(ko['step.createOffer.what']).toContain('offer');
		expect(ko['step.setLocalOffer.what']).toContain('ICE 후보');
	});

	it('fills placeholders and leaves unknown ones visible', () => {
		expect(translate('en', 'lane.waitRemote', { peer: 'B' })).toBe(
			'waits: Peer B has no remote description yet'
		);
		expect(translate('ko', 'chat.from', {})).toBe('피어 {peer}');
	});

	it('a key the catalog lacks is an error in tests and dev, never the raw key as text', () => {
		// only a cast can name such a key: the key type holds every key of the catalog
		const unknown = 'phase.noSuchState.title' as MessageKey;
		for (const locale of LOCALES) {
			expect(() => translate(locale, unknown)).toThrow(MissingMessageError);
			expect(() => translate(locale, unknown)).toThrow(`no message "${unknown}" in the ${locale}`);
		}
	});

	it('negotiates the locale from Accept-Language or navigator.languages', () => {
		expect(negotiateLocale('ko-KR,ko;q=0.9,en-US;q=0.8')).toBe('ko');
		expect(negotiateLocale('en-US,ko;q=0.5')).toBe('en');
		expect(negotiateLocale('fr-FR, ko;q=0.3')).toBe('ko');
		expect(negotiateLocale('fr-FR')).toBe('en');
		expect(negotiateLocale(['ko'])).toBe('ko');
		expect(negotiateLocale('')).toBe('en');
		expect(negotiateLocale(null)).toBe('en');
		expect(negotiateLocale('ko;q=0, en')).toBe('en');
	});
});
