import { describe, expect, it } from 'vitest';
import { CATALOG } from '$lib/i18n/catalog';
import { EXPANDED, GLOSSARY, glossaryViolations, withoutCode } from '$lib/i18n/glossary';

/**
 * Every Korean catalog, by file, so a failure names where to fix it. Found by file name, not
 * listed by hand: a catalog part added later (nat/, chart/, class/, …) is checked too.
 */
const MODULES = import.meta.glob<Record<string, Record<string, string>>>('/src/lib/i18n/**/ko.ts', {
	eager: true
});
const KOREAN: Record<string, Record<string, string>> = Object.fromEntries(
	Object.entries(MODULES).map(([path, module]) => [
		path.replace('/src/lib/i18n/', ''),
		Object.assign({}, ...Object.values(module).filter((value) => typeof value === 'object'))
	])
);

describe('the Korean glossary (glossary.ts)', () => {
	it('is used the same way in every Korean catalog: no variant of a glossary term', () => {
		const offenders = Object.entries(KOREAN).flatMap(([file, catalog]) =>
			Object.entries(catalog).flatMap(([key, text]) =>
				glossaryViolations(text).map(
					({ term, found }) => `${file} ${key}: "${found}" (write ${term.korean}): ${text}`
				)
			)
		);
		expect(offenders).toEqual([]);
	});

	it('reads every Korean message of the catalog', () => {
		const read = new Set(Object.values(KOREAN).flatMap((catalog) => Object.keys(catalog)));
		expect(Object.keys(CATALOG.ko).filter((key) => !read.has(key))).toEqual([]);
	});

	it('glosses each term with its English at least once', () => {
		const all = Object.values(CATALOG.ko).join('\n');
		for (const term of GLOSSARY) expect(all, term.english).toContain(term.gloss);
	});

	it('expands each acronym once in both languages', () => {
		for (const [acronym, expansion] of Object.entries(EXPANDED)) {
			for (const locale of ['en', 'ko'] as const) {
				const all = Object.values(CATALOG[locale]).join('\n');
				expect(all, `${locale} ${acronym}`).toMatch(new RegExp(`${acronym}[ ,(:]*${expansion}`));
			}
		}
	});

	it('has no English sentence in a Korean message (code, SDP and API names apart)', () => {
		// four or more English words with a function word among them read as a sentence
		const run = /(?:\b[A-Za-z]+\b[ ,]+){3,}\b[A-Za-z]+\b/g;
		const glue = /\b(?:the|is|are|of|to|and|with|by|from|this|that|it|on)\b/i;
		const english = Object.entries(CATALOG.ko).flatMap(([key, text]) =>
			[...withoutCode(text).matchAll(run)]
				.filter((m) => glue.test(m[0]))
				.map((m) => `${key}: ${m[0]}`)
		);
		expect(english).toEqual([]);
		expect(
			[...withoutCode('이것은 the offer is sent to the peer 입니다').matchAll(run)].length
		).toBe(1);
	});

	it('leaves code alone: API names, attributes and quoted values are not variants', () => {
		expect(withoutCode('a=candidate 줄, end-of-candidates, localCandidateId, "peer"')).not.toMatch(
			/candidate|peer/
		);
		expect(glossaryViolations('후보(candidate)를 icecandidate 이벤트로 받습니다')).toEqual([]);
		expect(glossaryViolations('candidate를 받습니다').map((v) => v.term.korean)).toEqual(['후보']);
		expect(glossaryViolations('에러가 났습니다').map((v) => v.term.korean)).toEqual(['오류']);
	});
});
