/**
 * The Korean glossary of Peerscope: one Korean term for each English one, used the same way in
 * every Korean catalog (`ko.ts`, `sdp/ko.ts`, `ice/ko.ts`, `stats/ko.ts`, `call/ko.ts`, …).
 *
 * Rules (tests/unit/i18n/glossary.test.ts holds them):
 * - Write the Korean term. Gloss the English once, where the reader first meets it, as
 *   `후보(candidate)`; after that the Korean term stands alone.
 * - Never write a variant the entry lists under `avoid` (English left in a Korean sentence, or a
 *   second Korean word for the same thing).
 * - API names, event names, state values, SDP attribute names and field names stay as the code
 *   writes them (`signalingState`, `icecandidate`, `a=candidate`, `"have-local-offer"`,
 *   `end-of-candidates`): a reader types them into a console, so they are not translated.
 *   `offer`, `answer`, `transceiver` and `description` are such API words and stay English;
 *   `description` is never 설명, which is the app's word for "explain".
 * - Acronyms are expanded once in each language, where they first appear: `EXPANDED`.
 */

export interface GlossaryTerm {
	/** the English term */
	english: string;
	/** the one Korean term */
	korean: string;
	/** how its first appearance reads: the Korean term glossed with the English */
	gloss: string;
	/** variants no Korean message may use, read after `withoutCode` */
	avoid: readonly RegExp[];
}

export const GLOSSARY: readonly GlossaryTerm[] = [
	{ english: 'candidate', korean: '후보', gloss: '후보(candidate)', avoid: [/\bcandidates?\b/i] },
	{ english: 'peer', korean: '피어', gloss: '피어(peer)', avoid: [/\bpeers?\b/i] },
	{
		english: 'signaling',
		korean: '시그널링',
		gloss: '시그널링(signaling)',
		avoid: [/\bsignaling\b/i]
	},
	{ english: 'track', korean: '트랙', gloss: '트랙(track)', avoid: [/\btracks?\b/i] },
	{ english: 'port', korean: '포트', gloss: '포트(port)', avoid: [/\bports?\b/i] },
	{ english: 'stream', korean: '스트림', gloss: '스트림(stream)', avoid: [/\bstreams?\b/i] },
	{ english: 'codec', korean: '코덱', gloss: '코덱(codec)', avoid: [/\bcodecs?\b/i] },
	{
		english: 'data channel',
		korean: '데이터 채널',
		gloss: '데이터 채널(data channel)',
		avoid: [/\bdata channels?\b/i]
	},
	{ english: 'pair', korean: '쌍', gloss: '쌍(pair)', avoid: [/\bpairs?\b/i] },
	{
		english: 'connectivity check',
		korean: '연결 확인',
		gloss: '연결 확인(connectivity check)',
		avoid: [/\bconnectivity checks?\b/i, /검사/]
	},
	{ english: 'relay', korean: '중계', gloss: '중계(relay)', avoid: [/릴레이/] },
	{
		english: 'negotiation',
		korean: '협상',
		gloss: '협상(negotiation)',
		avoid: [/\bnegotiat/i, /네고/]
	},
	{
		english: 'credentials',
		korean: '자격 증명',
		gloss: '자격 증명(credentials)',
		avoid: [/인증 정보/]
	},
	{ english: 'error', korean: '오류', gloss: '오류(error)', avoid: [/에러/] },
	{ english: 'walkthrough', korean: '단계별 실습', gloss: '단계별 실습', avoid: [/워크스루/] },
	{ english: 'step mode', korean: '단계 모드', gloss: '단계 모드', avoid: [/\bstep 모드/i] },
	{
		english: 'rate (per second)',
		korean: '초당 변화율',
		gloss: '초당 변화율',
		// 비율 is ratio; a rate is a change per second
		avoid: [/비율(?:을 계산|에는|:)/, /음수 비율/]
	}
];

/** Acronyms and their expansion, each written out once per language. */
export const EXPANDED: Readonly<Record<string, string>> = {
	SDP: 'Session Description Protocol',
	ICE: 'Interactive Connectivity Establishment',
	STUN: 'Session Traversal Utilities for NAT',
	TURN: 'Traversal Using Relays around NAT',
	NAT: 'Network Address Translation'
};

/**
 * A message with what stays as code taken out: placeholders, quoted values, and tokens joined by
 * `=`, `:`, `-`, `_`, `.` or `/` or written in camelCase (`a=candidate`, `end-of-candidates`,
 * `event.streams`, `localCandidateId`), names of three or more capitalized words (a STUN reason
 * phrase such as `Peer Address Family Mismatch`), and the English glosses in parentheses.
 */
export function withoutCode(text: string): string {
	return text
		.replace(/\{[^}]*\}/g, ' ')
		.replace(/"[^"]*"|“[^”]*”/g, ' ')
		.replace(/[\w$]*(?:[=:_/.-](?=[\w$])|[a-z](?=[A-Z]))[\w$=:/.-]*/g, ' ')
		.replace(/\b(?:[A-Z][a-z]+ ){2,}[A-Z][a-z]+\b/g, ' ')
		.replace(/\(([a-z][a-z -]*)\)/gi, ' ');
}

/** The glossary terms a Korean message breaks, with the variant found. */
export function glossaryViolations(text: string): { term: GlossaryTerm; found: string }[] {
	const plain = withoutCode(text);
	return GLOSSARY.flatMap((term) =>
		term.avoid.flatMap((pattern) => {
			const found = pattern.exec(plain);
			return found ? [{ term, found: found[0] }] : [];
		})
	);
}
