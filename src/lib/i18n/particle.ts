/**
 * Korean particles after a value filled in at run time. A Korean particle has two forms, chosen
 * by how the word before it ends: 을/를, 이/가, 은/는, 과/와 by whether the last syllable has a
 * final consonant (batchim), 으로/로 the same except that a final ㄹ takes 로. A catalog writes
 * `{name:을}` (either form) and the formatter picks the form from the value: `H264를`, `VP8을`,
 * `3을`, `offer를`. The value is read as a Korean reader says it aloud: Hangul by its batchim,
 * digits as Korean numbers (3 삼, 10 십, 100 백), acronyms by their letter names (SDP 에스디피),
 * English words by their usual Korean spelling (track 트랙, offer 오퍼, stable 스테이블).
 */

/** How a word ends, as far as a particle is concerned. */
export type FinalSound = 'consonant' | 'rieul' | 'vowel';

/** Each particle as [after a final consonant, after a vowel]. */
const PARTICLES: ReadonlyArray<readonly [string, string]> = [
	['을', '를'],
	['이', '가'],
	['은', '는'],
	['과', '와'],
	['으로', '로']
];

const HANGUL_FIRST = 0xac00;
const HANGUL_LAST = 0xd7a3;
/** Each Hangul syllable block is 28 codes apart by final consonant; index 0 is none, 8 is ㄹ. */
const FINALS = 28;
const FINAL_RIEUL = 8;

/** The last sound of each digit read in Korean: 영 일 이 삼 사 오 육 칠 팔 구. */
const DIGIT_SOUND: readonly FinalSound[] = [
	'consonant',
	'rieul',
	'vowel',
	'consonant',
	'vowel',
	'vowel',
	'consonant',
	'rieul',
	'rieul',
	'vowel'
];

/** Letter names as Koreans say them: 엘, 엠, 엔 and 알 end in a consonant, the rest in a vowel. */
const LETTER_SOUND: Readonly<Record<string, FinalSound>> = {
	l: 'rieul',
	m: 'consonant',
	n: 'consonant',
	r: 'rieul'
};

/** Acronyms said as words, where that differs from spelling them out. */
const SAID_AS_WORD: Readonly<Record<string, FinalSound>> = { nat: 'consonant' };

const VOWEL_LETTERS = /[aeiouy]/;

function hangulSound(code: number): FinalSound {
	const final = (code - HANGUL_FIRST) % FINALS;
	return final === 0 ? 'vowel' : final === FINAL_RIEUL ? 'rieul' : 'consonant';
}

/** A run of digits read as a Korean number: its last non-zero digit, or 십/백/천/만 for zeros. */
function numberSound(digits: string): FinalSound {
	const zeros = digits.length - digits.replace(/0+$/, '').length;
	if (zeros === digits.length) return 'consonant'; // 영
	if (zeros === 0) return DIGIT_SOUND[Number(digits.at(-1))]!;
	// 십 (ㅂ), 백 (ㄱ), 천 (ㄴ), 만 (ㄴ), 억 (ㄱ): all end in a consonant other than ㄹ
	return 'consonant';
}

/** An English word, by the ending of its usual Korean spelling. */
function wordSound(word: string): FinalSound {
	const w = word.toLowerCase();
	if (w in SAID_AS_WORD) return SAID_AS_WORD[w]!;
	const last = w.at(-1)!;
	const before = w.at(-2) ?? '';
	const isVowel = (c: string) => VOWEL_LETTERS.test(c);
	if (last === 'l') return 'rieul'; // channel 채널
	if (last === 'm' || last === 'n') return 'consonant'; // stream 스트림, connection 커넥션, checking 체킹
	if (last === 'g') return before === 'n' ? 'consonant' : 'vowel'; // tag 태그
	if (last === 'e') {
		// a silent e: stable 스테이블, file 파일; name 네임, tone 톤; state 스테이트
		if (before === 'l') return 'rieul';
		if (before === 'm' || before === 'n') return 'consonant';
		return 'vowel';
	}
	if (last === 'k') return before === 'c' || isVowel(before) ? 'consonant' : 'vowel'; // track 트랙
	if (last === 'p' || last === 'b') return isVowel(before) ? 'consonant' : 'vowel'; // group 그룹, web 웹
	if (last === 't' || last === 'c') {
		// a short vowel before it: chat 챗, mac 맥; otherwise host 호스트, meet 미트
		const third = w.at(-3) ?? '';
		return isVowel(before) && !isVowel(third) ? 'consonant' : 'vowel';
	}
	return 'vowel'; // offer 오퍼, relay 릴레이, video 비디오, opus 오퍼스, srflx … 엑스
}

/** Spelled out letter by letter: an acronym (SDP, DTLS) or a token with no vowel (tcp, srflx). */
function spelledSound(letters: string): FinalSound {
	const w = letters.toLowerCase();
	if (w in SAID_AS_WORD) return SAID_AS_WORD[w]!;
	return LETTER_SOUND[w.at(-1)!] ?? 'vowel';
}

/**
 * How the value ends when read aloud, or null when nothing in it can be read (only punctuation or
 * symbols). Trailing quotes, brackets and punctuation are skipped: `"H264"` ends like H264.
 */
export function finalSound(value: string): FinalSound | null {
	const text = value.replace(/[^\p{L}\p{N}]+$/u, '');
	if (text === '') return null;
	const code = text.charCodeAt(text.length - 1);
	if (code >= HANGUL_FIRST && code <= HANGUL_LAST) return hangulSound(code);
	const digits = /\d+$/.exec(text);
	if (digits) return numberSound(digits[0]);
	const letters = /[A-Za-z]+$/.exec(text);
	if (!letters) return null;
	// the last word of camelCase or an acronym run: setRemoteDescription → Description
	const word = /[A-Z]*[a-z]+$/.exec(letters[0])?.[0] ?? letters[0];
	const acronym = word === word.toUpperCase();
	return acronym || !VOWEL_LETTERS.test(word.toLowerCase()) ? spelledSound(word) : wordSound(word);
}

/** The two forms of a particle, given either of them; null for a word that is not one. */
function particleForms(particle: string): readonly [string, string] | null {
	return PARTICLES.find((forms) => forms.includes(particle)) ?? null;
}

/**
 * The value followed by the right form of the particle. A value whose end cannot be read gets
 * both forms, the way Korean writes it when it cannot know: `…을(를)`.
 */
export function withParticle(value: string, particle: string): string {
	const forms = particleForms(particle);
	if (!forms) throw new Error(`not a Korean particle: ${particle}`);
	const [afterConsonant, afterVowel] = forms;
	const sound = finalSound(value);
	if (sound === null) return `${value}${afterConsonant}(${afterVowel})`;
	if (afterConsonant === '으로') return value + (sound === 'consonant' ? '으로' : '로');
	return value + (sound === 'vowel' ? afterVowel : afterConsonant);
}

/** A placeholder in a catalog message: `{name}`, or `{name:을}` with a particle after it. */
export const PLACEHOLDER = /\{(\w+)(?::([^{}:]+))?\}/g;

/** The parameter names a message uses, sorted (a particle does not change the name). */
export function placeholderNames(template: string): string[] {
	return [...template.matchAll(PLACEHOLDER)].map((m) => m[1]!).sort();
}

/** Whether `particle` is one the formatter knows, for the catalog's own test. */
export function isParticle(particle: string): boolean {
	return particleForms(particle) !== null;
}
