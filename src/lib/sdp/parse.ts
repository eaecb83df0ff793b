/**
 * The inspector's entry point: text in, an SdpDocument out, every line kept with its number,
 * explained where the inspector knows it, and every problem located. It never throws.
 */
import { explainLine } from './explain';
import type { ExplainContext } from './explain/types';
import { checkInput } from './input';
import { addProblem, classifyLines, splitLines } from './lines';
import { checkOrder } from './order';
import { buildStructure, emptySession } from './structure';
import type { Codec, SdpDocument, SdpLine, SdpProblem } from './types';

const NO_CODECS: ReadonlyMap<number, Codec> = new Map();

function emptyDocument(problem: SdpProblem): SdpDocument {
	return { lines: [], lineEnding: 'none', session: emptySession(), media: [], problems: [problem] };
}

function inspect(text: string): SdpDocument {
	const check = checkInput(text);
	const refused = check.problem;
	if (refused && refused.key !== 'sdp.problem.empty') return emptyDocument(refused);

	const split = splitLines(text);
	// checkInput already scanned for control characters: only look per line when it found some
	const lines = classifyLines(split.raws, check.suspect);
	const located: SdpProblem[] = refused ? [refused] : [...split.problems];
	if (!refused) located.push(...checkOrder(lines));
	const structure = buildStructure(lines);
	located.push(...structure.problems);

	const context: ExplainContext = { session: structure.session, section: null, codecs: NO_CODECS };
	for (const line of lines) {
		// a negative index would take V8's slow property path: session lines have section -1
		const inMedia = line.section >= 0;
		context.section = inMedia ? (structure.media[line.section] ?? null) : null;
		context.codecs = inMedia ? (structure.codecsBySection[line.section] ?? NO_CODECS) : NO_CODECS;
		explainInto(line, context);
	}

	const whole: SdpProblem[] = [];
	for (const problem of located) {
		const line = problem.line === null ? undefined : lines[problem.line - 1];
		if (line) addProblem(line, problem);
		else whole.push(problem);
	}
	// the whole input's problems first, then each line's, in line order
	const problems = whole;
	for (const line of lines) for (const problem of line.problems) problems.push(problem);
	return {
		lines,
		lineEnding: split.lineEnding,
		session: structure.session,
		media: structure.media,
		problems
	};
}

function explainInto(line: SdpLine, context: ExplainContext) {
	const explanation = explainLine(line, context);
	line.key = explanation.key;
	line.params = explanation.params;
	line.reference = explanation.reference;
	line.fields = explanation.fields;
	if (explanation.problems) {
		for (const problem of explanation.problems) addProblem(line, { line: line.number, ...problem });
	}
}

/**
 * Inspects an SDP text: every line with its number, type, attribute, explanation (a catalog key
 * and parameters), reference and fields; the session summary and the m-sections; and the
 * problems, each located by line where it can be. Input over MAX_SDP_LENGTH, binary input and
 * non-strings return one problem and no lines. Never throws: an internal failure becomes a
 * problem too, so the page always has something to show.
 */
export function inspectSdp(text: string): SdpDocument {
	try {
		return inspect(text);
	} catch (error) {
		return emptyDocument({
			line: null,
			severity: 'error',
			key: 'sdp.problem.internal',
			params: { message: error instanceof Error ? error.message : String(error) }
		});
	}
}
