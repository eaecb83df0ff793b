/**
 * The line layer: split the text into lines keeping every one and its exact number, record the
 * line endings, and classify each line (type letter, attribute, value, section). Nothing here
 * explains or validates beyond the shape of a single line.
 */
import { strayCharacter } from './input';
import type { LineEnding, SdpLine, SdpProblem } from './types';

type Ending = 'CRLF' | 'LF' | 'CR' | '';

export interface SplitText {
	raws: string[];
	/** the ending that closed each line; '' for a last line without one */
	endings: Ending[];
	lineEnding: LineEnding;
	problems: SdpProblem[];
}

const CR = 13;
const LF = 10;

/**
 * Splits on CRLF, LF or CR. A line ending closes a line: text ending in CRLF has no empty line
 * after it, so `lines.map(l => l.raw).join('\n')` is the input with its endings normalised to LF
 * (and without the last one).
 */
export function splitLines(text: string): SplitText {
	if (text === '') return { raws: [], endings: [], lineEnding: 'none', problems: [] };
	const uniform = uniformEnding(text);
	if (uniform !== null) {
		// the usual case, one kind of line ending throughout: the native split is the fastest
		const raws =
			uniform === ''
				? [text]
				: text.split(uniform === 'CRLF' ? '\r\n' : uniform === 'LF' ? '\n' : '\r');
		const closed = raws.length > 1 && raws[raws.length - 1] === '';
		if (closed) raws.pop();
		const endings: Ending[] = raws.map(() => uniform);
		if (!closed && uniform !== '') endings[endings.length - 1] = '';
		return { raws, endings, ...lineEndingOf(endings) };
	}
	const raws: string[] = [];
	const endings: Ending[] = [];
	let start = 0;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code !== CR && code !== LF) continue;
		raws.push(text.slice(start, i));
		if (code === CR && text.charCodeAt(i + 1) === LF) {
			endings.push('CRLF');
			i++;
		} else endings.push(code === CR ? 'CR' : 'LF');
		start = i + 1;
	}
	if (start < text.length) {
		raws.push(text.slice(start));
		endings.push('');
	}
	return { raws, endings, ...lineEndingOf(endings) };
}

/**
 * The one line ending the text uses, '' for none at all, or null when it mixes them. Counted
 * with indexOf, which the engine runs as a fast scan, rather than a regex tried at every place.
 */
function uniformEnding(text: string): Ending | null {
	let crlf = 0;
	let lf = 0;
	for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
		if (i > 0 && text.charCodeAt(i - 1) === CR) crlf++;
		else lf++;
	}
	let cr = -crlf;
	for (let i = text.indexOf('\r'); i >= 0; i = text.indexOf('\r', i + 1)) cr++;
	const kinds = (crlf > 0 ? 1 : 0) + (lf > 0 ? 1 : 0) + (cr > 0 ? 1 : 0);
	if (kinds > 1) return null;
	return crlf > 0 ? 'CRLF' : lf > 0 ? 'LF' : cr > 0 ? 'CR' : '';
}

/** RFC 8866 §5: every line ends with CRLF; LF alone is tolerated by browsers, and said. */
function lineEndingOf(endings: Ending[]): { lineEnding: LineEnding; problems: SdpProblem[] } {
	const first = endings.find((e) => e !== '');
	if (first === undefined) return { lineEnding: 'none', problems: [] };
	const problems: SdpProblem[] = [];
	const odd = endings.findIndex((e) => e !== '' && e !== first);
	if (odd >= 0) {
		problems.push({
			line: odd + 1,
			severity: 'warning',
			key: 'sdp.problem.mixedLineEndings',
			params: { first, found: endings[odd]! }
		});
	} else if (first === 'LF') {
		problems.push({ line: null, severity: 'info', key: 'sdp.problem.lineEndingLf' });
	} else if (first === 'CR') {
		problems.push({ line: null, severity: 'warning', key: 'sdp.problem.lineEndingCr' });
	}
	if (endings.length > 1 && endings[endings.length - 1] === '') {
		problems.push({ line: endings.length, severity: 'info', key: 'sdp.problem.noFinalLineEnding' });
	}
	return { lineEnding: odd >= 0 ? 'mixed' : first, problems };
}

/** The type letters RFC 8866 §5 defines. */
const KNOWN_TYPES = new Set([
	'v',
	'o',
	's',
	'i',
	'u',
	'e',
	'p',
	'c',
	'b',
	't',
	'r',
	'z',
	'k',
	'a',
	'm'
]);

function isSpace(code: number): boolean {
	return code === 32 || code === 9;
}

/**
 * Shared by every line that has none: most lines of a real description have no problem, and
 * a description has thousands of lines. Frozen, so a push by mistake fails loudly; addProblem
 * gives the line its own array first.
 */
export const NO_PROBLEMS: SdpProblem[] = Object.freeze([]) as unknown as SdpProblem[];
const NO_FIELDS = Object.freeze([]) as unknown as SdpLine['fields'];

export function addProblem(line: SdpLine, problem: SdpProblem) {
	if (line.problems === NO_PROBLEMS) line.problems = [problem];
	else line.problems.push(problem);
}

function lineProblem(
	number: number,
	severity: SdpProblem['severity'],
	key: SdpProblem['key'],
	params?: SdpProblem['params']
): SdpProblem {
	return params ? { line: number, severity, key, params } : { line: number, severity, key };
}

/**
 * Takes one line apart: `x=value`, and for `a=` lines `name:value` or a bare `name`. Leading and
 * trailing whitespace is tolerated (and reported); the raw text is kept as it was.
 */
export function classifyLine(
	raw: string,
	number: number,
	section: number,
	checkStray = true
): SdpLine {
	let text = raw;
	let problems = NO_PROBLEMS;
	if (raw.length > 0 && (isSpace(raw.charCodeAt(0)) || isSpace(raw.charCodeAt(raw.length - 1)))) {
		text = raw.trim();
		// `s= ` (a single space) is the name RFC 8866 §5.3 recommends for an unnamed session
		if (raw !== 's= ' && text !== '') {
			problems = [lineProblem(number, 'warning', 'sdp.problem.strayWhitespace')];
		}
	}
	const stray = checkStray ? strayCharacter(raw) : null;
	if (stray) {
		const problem = lineProblem(number, 'warning', 'sdp.problem.strayCharacter', stray);
		problems = problems === NO_PROBLEMS ? [problem] : [...problems, problem];
	}

	let type = '';
	let attribute: string | null = null;
	let value = text;
	const letter = text.charCodeAt(0);
	if (text.length < 2 || text.charCodeAt(1) !== 61 /* = */ || letter < 97 || letter > 122) {
		const problem =
			text === ''
				? lineProblem(number, 'warning', 'sdp.problem.blankLine')
				: lineProblem(number, 'error', 'sdp.problem.notSdpLine');
		problems = problems === NO_PROBLEMS ? [problem] : [...problems, problem];
	} else {
		type = text[0]!;
		if (type === 'a') {
			const colon = text.indexOf(':', 2);
			attribute = colon < 0 ? text.slice(2) : text.slice(2, colon);
			value = colon < 0 ? '' : text.slice(colon + 1);
		} else {
			value = raw === 's= ' ? ' ' : text.slice(2);
			if (!KNOWN_TYPES.has(type)) {
				const problem = lineProblem(number, 'warning', 'sdp.problem.unknownType', { type });
				problems = problems === NO_PROBLEMS ? [problem] : [...problems, problem];
			}
		}
	}
	// every property set here, even when unused, so that every line object has the same shape
	return {
		number,
		raw,
		type,
		attribute,
		value,
		section,
		key: null,
		params: undefined,
		reference: null,
		fields: NO_FIELDS,
		problems
	};
}

/**
 * Every line, classified, with `section` counting m= lines (-1 before the first). `checkStray`
 * false skips the per-line look for control characters when the whole text has none.
 */
export function classifyLines(raws: readonly string[], checkStray = true): SdpLine[] {
	const lines: SdpLine[] = new Array(raws.length);
	let section = -1;
	for (let i = 0; i < raws.length; i++) {
		const line = classifyLine(raws[i]!, i + 1, section, checkStray);
		if (line.type === 'm') line.section = ++section;
		lines[i] = line;
	}
	return lines;
}
