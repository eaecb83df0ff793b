import { describe, expect, it, vi } from 'vitest';
import { inspectSdp, MAX_SDP_LENGTH } from '$lib/sdp';
import { splitLines } from '$lib/sdp/lines';
import type { SdpDocument } from '$lib/sdp';
import {
	CHROMIUM_AV_AUDIO_CODECS,
	DELIBERATELY_BROKEN,
	FIXTURES,
	fixture,
	lineNumberOf,
	normalised,
	valueAfter,
	withLine
} from './fixtures';

// Watched (and still called through) to show that input over the limit is never split into lines.
vi.mock('$lib/sdp/lines', async (importOriginal) => {
	const original = await importOriginal<typeof import('$lib/sdp/lines')>();
	return { ...original, splitLines: vi.fn(original.splitLines) };
});

const errors = (doc: SdpDocument) => doc.problems.filter((p) => p.severity === 'error');
/** An error the inspector reports at `line` (null: about the whole input), with its parameters. */
const errorAt = (line: number | null, key: string, params?: Record<string, unknown>) =>
	params ? { line, severity: 'error', key, params } : { line, severity: 'error', key };
/** The one problem of input that is not text: where its first non-text character stands. */
const binaryAt = (line: number, column: number, character: string) =>
	errorAt(line, 'sdp.problem.binary', { line, column, character });
/** A line found after a line it must come before: its type and the type it follows. */
const outOfOrderAt = (line: number, type: string, after: string) =>
	errorAt(line, 'sdp.problem.outOfOrder', { type, after });
const keysAt = (doc: SdpDocument, line: number) =>
	doc.problems.filter((p) => p.line === line).map((p) => p.key);

/** Every line of `text` is in the document, in order, with its number. */
function expectEveryLineKept(doc: SdpDocument, text: string) {
	expect(doc.lines.map((l) => l.raw).join('\n')).toBe(normalised(text));
	doc.lines.forEach((line, i) => expect(line.number).toBe(i + 1));
}

describe('inspectSdp over every captured fixture', () => {
	it('has fixtures to run over', () => {
		expect(FIXTURES.length).toBeGreaterThan(0);
	});

	for (const name of FIXTURES) {
		describe(name, () => {
			const text = fixture(name);
			const doc = inspectSdp(text);

			it('keeps every line with its number', () => expectEveryLineKept(doc, text));

			it.skipIf(DELIBERATELY_BROKEN.test(name))('has no error-severity problems', () => {
				expect(errors(doc)).toEqual([]);
			});

			it('classifies every line and explains every known one', () => {
				for (const line of doc.lines) {
					expect(line.type, line.raw).toBe(line.raw.trim()[0]);
					if (line.type === 'a') expect(line.attribute, line.raw).not.toBeNull();
					expect(line.section).toBeGreaterThanOrEqual(-1);
				}
				const unexplained = doc.lines.filter((l) => l.key === null).map((l) => l.raw);
				expect(unexplained).toEqual([]);
			});

			it('lists the problems of the lines in line order', () => {
				const located = doc.problems.filter((p) => p.line !== null).map((p) => p.line!);
				expect(located).toEqual([...located].sort((a, b) => a - b));
				const fromLines = doc.lines.flatMap((l) => l.problems);
				expect(doc.problems.filter((p) => p.line !== null)).toEqual(fromLines);
			});

			it('assigns each line to the section of the m= line above it', () => {
				let section = -1;
				for (const line of doc.lines) {
					if (line.type === 'm') section++;
					expect(line.section).toBe(section);
				}
				expect(doc.media.length).toBe(section + 1);
			});
		});
	}
});

describe('line endings and whitespace', () => {
	const text = fixture('chromium-data-only-offer.sdp');

	it('records CRLF, the ending RFC 8866 §5 asks for, without a problem', () => {
		const doc = inspectSdp(text);
		expect(doc.lineEnding).toBe('CRLF');
		expect(doc.problems).toEqual([]);
	});

	it('tolerates LF-only endings and says so', () => {
		const lf = text.replace(/\r\n/g, '\n');
		const doc = inspectSdp(lf);
		expect(doc.lineEnding).toBe('LF');
		expect(doc.problems).toEqual([
			{ line: null, severity: 'info', key: 'sdp.problem.lineEndingLf' }
		]);
		expectEveryLineKept(doc, lf);
		expect(doc.media[0]?.sctpPort).toBe(5000);
	});

	it('tolerates CR-only endings with a warning', () => {
		const cr = text.replace(/\r\n/g, '\r');
		const doc = inspectSdp(cr);
		expect(doc.lineEnding).toBe('CR');
		expect(doc.problems.map((p) => p.key)).toEqual(['sdp.problem.lineEndingCr']);
		expectEveryLineKept(doc, cr);
	});

	it('locates the first line whose ending differs when endings are mixed', () => {
		const lines = text.split('\r\n');
		const mixed = lines.slice(0, 5).join('\r\n') + '\r\n' + lines.slice(5).join('\n');
		const doc = inspectSdp(mixed);
		expect(doc.lineEnding).toBe('mixed');
		expect(doc.problems).toEqual([
			{
				line: 6,
				severity: 'warning',
				key: 'sdp.problem.mixedLineEndings',
				params: { first: 'CRLF', found: 'LF' }
			}
		]);
		expectEveryLineKept(doc, mixed);
		expect(errors(doc)).toEqual([]);
	});

	it('notes a last line without a line ending', () => {
		const doc = inspectSdp(text.replace(/\r\n$/, ''));
		expect(doc.problems.map((p) => [p.line, p.key])).toEqual([
			[19, 'sdp.problem.noFinalLineEnding']
		]);
		expect(doc.lines).toHaveLength(19);
	});

	it('tolerates stray whitespace around a line, reports it there, and still explains it', () => {
		const line = lineNumberOf(text, 'a=setup:');
		const spaced = withLine(text, line, '  a=setup:actpass \t');
		const doc = inspectSdp(spaced);
		expect(keysAt(doc, line)).toEqual(['sdp.problem.strayWhitespace']);
		expect(doc.lines[line - 1]).toMatchObject({
			raw: '  a=setup:actpass \t',
			type: 'a',
			attribute: 'setup',
			key: 'sdp.setup.actpass'
		});
		expect(doc.media[0]?.setup).toBe('actpass');
		expect(errors(doc)).toEqual([]);
	});

	it('keeps a blank line, with a warning', () => {
		const blank = withLine(text, 5, '\r\na=group:BUNDLE 0');
		const doc = inspectSdp(blank);
		expect(doc.lines[4]).toMatchObject({ raw: '', type: '', key: null });
		expect(keysAt(doc, 5)).toEqual(['sdp.problem.blankLine']);
		expectEveryLineKept(doc, blank);
	});
});

describe('bad input: each is reported where it is, and the rest is still shown', () => {
	const text = fixture('chromium-data-only-offer.sdp');
	const lineCount = normalised(text).split('\n').length;

	it('missing v=: reported at line 1, every other line kept and explained', () => {
		const input = withLine(text, 1, null);
		const doc = inspectSdp(input);
		expect(doc.problems).toContainEqual(errorAt(1, 'sdp.problem.missingVersion'));
		expect(doc.lines).toHaveLength(lineCount - 1);
		expectEveryLineKept(doc, input);
		expect(doc.lines[0]).toMatchObject({ type: 'o', key: 'sdp.line.o' });
		expect(doc.media[0]?.mid).toBe('0');
		expect(doc.session.bundle).toEqual(['0']);
	});

	it('lines out of order: o= after s= is reported at the o= line', () => {
		const lines = text.split('\r\n');
		[lines[1], lines[2]] = [lines[2]!, lines[1]!];
		const input = lines.join('\r\n');
		const doc = inspectSdp(input);
		expect(doc.problems).toEqual([outOfOrderAt(3, 'o', 's')]);
		expectEveryLineKept(doc, input);
		expect(doc.session.origin?.sessionId).toBe(valueAfter(text, 'o=- ').split(' ')[0]);
		expect(doc.lines.every((l) => l.key !== null)).toBe(true);
	});

	it('an attribute before t=: out of order, reported at the attribute', () => {
		const lines = text.split('\r\n');
		const [t] = lines.splice(3, 1);
		lines.splice(5, 0, t!);
		const doc = inspectSdp(lines.join('\r\n'));
		expect(doc.problems).toContainEqual(outOfOrderAt(6, 't', 'a'));
	});

	it('a missing required line is reported where it belongs', () => {
		const doc = inspectSdp(withLine(text, lineNumberOf(text, 't='), null));
		expect(doc.problems).toEqual([errorAt(4, 'sdp.problem.missingLine', { type: 't' })]);
	});

	it('a session line inside an m-section is reported', () => {
		const doc = inspectSdp(text + 's=again\r\n');
		expect(doc.problems).toEqual([errorAt(20, 'sdp.problem.notInMedia', { type: 's' })]);
	});

	it('a malformed known line: line number and what was expected, the rest still parsed', () => {
		const av = fixture('chromium-av-data-offer.sdp');
		const line = lineNumberOf(av, 'a=rtpmap:111 ');
		const doc = inspectSdp(withLine(av, line, 'a=rtpmap:111 opus'));
		const problem = doc.problems.find((p) => p.line === line);
		expect(problem).toMatchObject({ severity: 'error', key: 'sdp.problem.malformed' });
		expect(String(problem?.params?.expected)).toMatch(
			/^a=rtpmap:<payload type> <encoding name>\/<clock rate>/
		);
		expect(doc.problems.filter((p) => p.severity === 'error')).toHaveLength(1);
		expect(doc.lines[line - 1]).toMatchObject({ raw: 'a=rtpmap:111 opus', key: 'sdp.attr.rtpmap' });
		expect(doc.lines).toHaveLength(normalised(av).split('\n').length);
		// the codec whose rtpmap broke is gone from the structure, every other one is there
		expect(doc.media[0]?.codecs.map((c) => c.name)).toEqual(
			CHROMIUM_AV_AUDIO_CODECS.filter((name) => name !== 'opus')
		);
		expect(doc.media[1]?.codecs).toHaveLength(23);
	});

	it('a malformed candidate is located, and the other candidates still parse', () => {
		const line = lineNumberOf(text, 'a=candidate:');
		const doc = inspectSdp(
			withLine(text, line, 'a=candidate:1981373692 1 udp 2122260223 127.0.0.1')
		);
		expect(doc.problems.map((p) => [p.line, p.key])).toEqual([[line, 'sdp.problem.malformed']]);
		expect(doc.lines[line]!.fields.find((f) => f.name === 'cand-type')?.value).toBe('host');
	});

	it('a line that is not SDP at all is kept and reported', () => {
		const doc = inspectSdp(withLine(text, 6, 'hello world'));
		expect(doc.problems).toEqual([errorAt(6, 'sdp.problem.notSdpLine')]);
		expect(doc.lines[5]).toMatchObject({ raw: 'hello world', type: '', key: null });
	});

	it('an unknown attribute is kept as "not explained yet", not a problem', () => {
		const doc = inspectSdp(withLine(text, 6, 'a=x-peerscope-test:42 yes'));
		expect(doc.problems).toEqual([]);
		expect(doc.lines[5]).toMatchObject({
			type: 'a',
			attribute: 'x-peerscope-test',
			value: '42 yes',
			key: null,
			reference: null
		});
	});

	it('empty input: one clear problem, no lines', () => {
		expect(inspectSdp('')).toMatchObject({
			lines: [],
			lineEnding: 'none',
			media: [],
			problems: [errorAt(null, 'sdp.problem.empty')]
		});
	});

	it('whitespace-only input: empty, and its lines are still shown', () => {
		const doc = inspectSdp('  \r\n\t\r\n');
		expect(doc.problems[0]).toEqual(errorAt(null, 'sdp.problem.empty'));
		expect(doc.lines.map((l) => l.raw)).toEqual(['  ', '\t']);
	});

	it('binary input (NUL bytes): one problem locating the first one', () => {
		const doc = inspectSdp(withLine(text, 3, 's=\0\0\0PNG'));
		expect(doc.lines).toEqual([]);
		expect(doc.problems).toEqual([binaryAt(3, 3, 'U+0000')]);
	});

	it('binary input (many control characters, as bytes decoded as text)', () => {
		const bytes = Array.from({ length: 400 }, (_, i) => String.fromCharCode((i * 37) % 256)).join(
			''
		);
		const doc = inspectSdp(bytes.replace(/\0/g, '\x01'));
		expect(doc.problems).toHaveLength(1);
		expect(doc.problems[0]).toMatchObject({ severity: 'error', key: 'sdp.problem.binary' });
	});

	it('non-text input: an unpaired UTF-16 surrogate', () => {
		const doc = inspectSdp('v=0\r\ns=\ud800x\r\n');
		expect(doc.problems).toEqual([binaryAt(2, 3, 'U+D800')]);
	});

	it('non-text input: not a string at all', () => {
		const doc = inspectSdp(new Uint8Array([118, 61, 48]) as unknown as string);
		expect(doc.problems).toEqual([errorAt(null, 'sdp.problem.notText', { type: 'object' })]);
	});

	it('a single stray control character is a warning on its line, not binary', () => {
		const doc = inspectSdp(withLine(text, 3, 's=\x07-'));
		expect(doc.problems).toEqual([
			{
				line: 3,
				severity: 'warning',
				key: 'sdp.problem.strayCharacter',
				params: { column: 3, character: 'U+0007' }
			}
		]);
		expect(doc.lines).toHaveLength(lineCount);
	});

	it('an emoji is text, not binary', () => {
		const doc = inspectSdp(withLine(text, 3, 's=📞 call'));
		expect(doc.problems).toEqual([]);
		expect(doc.session.name).toBe('📞 call');
	});

	it('input over the size limit: one clear problem at once, without parsing', () => {
		const huge = text.repeat(Math.ceil((MAX_SDP_LENGTH + 1) / text.length));
		vi.mocked(splitLines).mockClear();
		const doc = inspectSdp(huge);
		// refused before any parsing: not one line was split off (no timing threshold, see brief)
		expect(splitLines).not.toHaveBeenCalled();
		expect(doc.lines).toEqual([]);
		expect(doc.problems).toEqual([
			errorAt(null, 'sdp.problem.tooLarge', { length: huge.length, limit: MAX_SDP_LENGTH })
		]);
		// (the watch works: input within the limit is split)
		inspectSdp(text);
		expect(splitLines).toHaveBeenCalled();
	});

	it('input just under the limit is still inspected', () => {
		const copies = Math.floor(MAX_SDP_LENGTH / text.length);
		const doc = inspectSdp(text.repeat(copies));
		expect(doc.lines).toHaveLength(copies * lineCount);
		// the second copy's v= sits inside the first copy's last m-section
		expect(doc.problems).toContainEqual(
			errorAt(lineCount + 1, 'sdp.problem.notInMedia', { type: 'v' })
		);
	});

	it('markup in a line stays text: kept verbatim, never turned into anything else', () => {
		const markup = 'a=x-note:<img src=x onerror="alert(1)"><script>alert(2)</script>';
		const doc = inspectSdp(withLine(text, 6, markup));
		expect(doc.lines[5]).toMatchObject({ raw: markup, key: null, attribute: 'x-note' });
		expect(doc.lines[5]!.fields).toEqual([
			{
				name: 'x-note',
				value: '<img src=x onerror="alert(1)"><script>alert(2)</script>',
				key: undefined,
				params: undefined
			}
		]);
	});
});
