import { describe, expect, it } from 'vitest';
import { sdpKo } from '$lib/i18n/sdp/ko';
import { iceKo } from '$lib/i18n/ice/ko';
import { statsKo } from '$lib/i18n/stats/ko';
import { callKo } from '$lib/i18n/call/ko';
import { transferKo } from '$lib/i18n/transfer/ko';
import { ko } from '$lib/i18n/ko';
import { CATALOG } from '$lib/i18n/catalog';
import { EXPANDED, GLOSSARY, glossaryViolations, withoutCode } from '$lib/i18n/glossary';

/** Every Korean catalog, by file, so a failure names where to fix it. */
const KOREAN: Record<string, Record<string, string>> = {
	'ko.ts': ko,
	'sdp/ko.ts': sdpKo,
	'ice/ko.ts': iceKo,
	'stats/ko.ts': statsKo,
	'call/ko.ts': callKo,
	'transfer/ko.ts': transferKo
};

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
