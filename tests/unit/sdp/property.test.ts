/**
 * Thousands of real captures, mutated the ways pasted SDP goes wrong: lines deleted, duplicated,
 * swapped or replaced, text cut short, random and control characters, other line endings,
 * numbers changed. Whatever comes in, nothing throws, every line is kept, and each problem is
 * located within the input or said to be about all of it.
 */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { sdpEn } from '$lib/i18n/sdp/en';
import { diffSdp, inspectSdp, maskSdp, negotiate } from '$lib/sdp';
import type { SdpDocument } from '$lib/sdp';
import { FIXTURES, fixture, normalised } from './fixtures';

/** The big fixture is the bench input; the smaller ones mutate faster and cover the same lines. */
const SOURCES = FIXTURES.filter((name) => !name.includes('16-transceivers'));
const TEXTS = new Map(FIXTURES.map((name) => [name, fixture(name)]));
const RUNS = 2000;

const splitKeeping = (text: string) => text.split(/(\r\n|\r|\n)/);

type Mutation =
	| { op: 'delete' | 'duplicate'; at: number }
	| { op: 'swap'; at: number; other: number }
	| { op: 'truncate'; at: number }
	| { op: 'insert'; at: number; text: string }
	| { op: 'replaceLine'; at: number; text: string }
	| { op: 'endings'; ending: string }
	| { op: 'number'; at: number; value: string };

const insertion = fc.oneof(
	fc.string({ maxLength: 8 }),
	fc.string({ unit: 'binary', maxLength: 8 }),
	fc.constantFrom(
		'\0',
		'\r',
		'\n',
		'\t',
		' ',
		'\x01',
		'\x7f',
		'\ud800',
		'\udc00',
		'\ufffd',
		':',
		'=',
		'/',
		';',
		'*',
		'~',
		'<b>x</b>',
		'a=',
		'm=',
		'constructor',
		'__proto__'
	)
);

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
	fc.record({ op: fc.constantFrom('delete' as const, 'duplicate' as const), at: fc.nat() }),
	fc.record({ op: fc.constant('swap' as const), at: fc.nat(), other: fc.nat() }),
	fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
	fc.record({ op: fc.constant('insert' as const), at: fc.nat(), text: insertion }),
	fc.record({
		op: fc.constant('replaceLine' as const),
		at: fc.nat(),
		text: fc.oneof(
			fc.string({ maxLength: 40 }),
			fc
				.tuple(
					fc.constantFrom(
						'a=rtpmap:',
						'a=fmtp:',
						'a=candidate:',
						'a=extmap:',
						'a=ssrc:',
						'a=rtcp-fb:',
						'a=group:',
						'a=simulcast:',
						'a=crypto:',
						'o=',
						'c=',
						'm=',
						't=',
						'b='
					),
					fc.string({ maxLength: 30 })
				)
				.map(([a, b]) => a + b)
		)
	}),
	fc.record({
		op: fc.constant('endings' as const),
		ending: fc.constantFrom('\n', '\r', '\r\n', 'mixed')
	}),
	fc.record({
		op: fc.constant('number' as const),
		at: fc.nat(),
		value: fc.oneof(
			fc.integer({ min: -1, max: 300 }).map(String),
			fc.constantFrom('0', '65536', '4294967296', '1e21', '00', '-', '')
		)
	})
);

function apply(text: string, m: Mutation): string {
	const parts = splitKeeping(text);
	const lines = parts.filter((_, i) => i % 2 === 0);
	const pick = (n: number) => (lines.length ? n % lines.length : 0);
	const rebuild = (next: string[]) => next.join('\r\n');
	switch (m.op) {
		case 'delete':
			return rebuild(lines.filter((_, i) => i !== pick(m.at)));
		case 'duplicate':
			return rebuild(lines.flatMap((l, i) => (i === pick(m.at) ? [l, l] : [l])));
		case 'swap': {
			const next = [...lines];
			const [a, b] = [pick(m.at), pick(m.other)];
			[next[a], next[b]] = [next[b]!, next[a]!];
			return rebuild(next);
		}
		case 'replaceLine':
			return rebuild(lines.map((l, i) => (i === pick(m.at) ? m.text : l)));
		case 'truncate':
			return text.slice(0, m.at % (text.length + 1));
		case 'insert': {
			const at = m.at % (text.length + 1);
			return text.slice(0, at) + m.text + text.slice(at);
		}
		case 'endings':
			return m.ending === 'mixed'
				? lines.map((l, i) => l + ['\r\n', '\n', '\r'][i % 3]).join('')
				: lines.join(m.ending);
		case 'number': {
			let k = 0;
			const target = m.at % 64;
			return text.replace(/\d+/g, (digits) => (k++ === target ? m.value : digits));
		}
	}
}

const catalog = sdpEn as Record<string, string>;
/** Inspected once: the unmutated captures that mutated ones negotiate and diff against. */
const DOCS = new Map([...TEXTS].map(([name, text]) => [name, inspectSdp(text)]));

/** Plain checks rather than expect(): thousands per run would dominate the test's time. */
function check(condition: boolean, message: string): asserts condition {
	if (!condition) throw new Error(message);
}

function expectSound(doc: SdpDocument, input: string) {
	check(doc.lines.length > 0 || doc.problems.length > 0, 'neither lines nor problems');
	const inputLines = input === '' ? 0 : normalised(input).split('\n').length;
	for (const problem of doc.problems) {
		check(catalog[problem.key] !== undefined, `unknown key ${problem.key}`);
		check(
			problem.key !== 'sdp.problem.internal',
			`internal failure ${JSON.stringify(problem.params)}`
		);
		check(
			problem.line === null || (problem.line >= 1 && problem.line <= inputLines),
			`problem ${problem.key} at line ${problem.line} of ${inputLines}`
		);
	}
	if (doc.lines.length === 0) return;
	check(doc.lines.map((l) => l.raw).join('\n') === normalised(input), 'a line was lost or changed');
	for (const line of doc.lines) {
		check(line.key === null || catalog[line.key] !== undefined, `unknown key ${line.key}`);
		for (const f of line.fields) {
			check(f.key === undefined || catalog[f.key] !== undefined, `unknown field key ${f.key}`);
		}
	}
}

describe('the inspector never throws on mutated real SDP', () => {
	it(`inspectSdp, negotiate, diffSdp and maskSdp hold over ${RUNS} mutations`, () => {
		fc.assert(
			fc.property(
				fc.constantFrom(...SOURCES),
				fc.array(mutation, { minLength: 1, maxLength: 5 }),
				(name, mutations) => {
					const original = TEXTS.get(name)!;
					const input = mutations.reduce(apply, original);
					const doc = inspectSdp(input);
					expectSound(doc, input);

					const base = DOCS.get(name)!;
					const partner = DOCS.get(name.replace('-offer.', '-answer.')) ?? base;
					for (const result of [negotiate(doc, partner), negotiate(base, doc)]) {
						for (const p of result.problems) check(catalog[p.key] !== undefined, p.key);
					}

					const diff = diffSdp(base, doc);
					const fromB = diff.sections.flatMap((s) =>
						s.lines.filter((l) => l.b).map((l) => l.b!.number)
					);
					check(fromB.length === doc.lines.length, 'the diff lost a line');

					const masked = maskSdp(input);
					check(
						splitKeeping(masked).length === splitKeeping(input).length,
						'masking changed the lines'
					);
					expectSound(inspectSdp(masked), masked);
				}
			),
			{ numRuns: RUNS }
		);
	}, 60_000);

	it('the 16-transceiver capture too, fewer runs', () => {
		const original = TEXTS.get('chromium-16-transceivers-offer.sdp');
		if (!original) return;
		fc.assert(
			fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (mutations) => {
				const input = mutations.reduce(apply, original);
				const doc = inspectSdp(input);
				expectSound(doc, input);
				negotiate(doc, DOCS.get('chromium-16-transceivers-answer.sdp') ?? doc);
				diffSdp(DOCS.get('chromium-16-transceivers-offer.sdp')!, doc);
			}),
			{ numRuns: 100 }
		);
	}, 60_000);

	it('arbitrary text, not SDP at all, is reported, never thrown on', () => {
		fc.assert(
			fc.property(
				fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' })),
				(text) => {
					const doc = inspectSdp(text);
					expectSound(doc, text);
					diffSdp(doc, doc);
					negotiate(doc, doc);
					maskSdp(text);
				}
			),
			{ numRuns: 1000 }
		);
	});
});
