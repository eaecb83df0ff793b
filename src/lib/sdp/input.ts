/**
 * Checks that run before any parsing: is this text at all, is it empty, is it too big. Each
 * returns one clear problem so that the inspector never spends time on input it cannot explain.
 */
import type { SdpProblem } from './types';

/**
 * The largest input inspected, in UTF-16 code units (`string.length`). A Chromium offer with 16
 * transceivers is about 46 K; 1 Mi is over 20 times that, so no real description comes near it,
 * while a pasted log file or a dropped video is refused at once instead of freezing the page.
 */
export const MAX_SDP_LENGTH = 1024 * 1024;

/**
 * Characters no real description carries: C0 controls other than TAB/LF/CR, DEL, C1 controls,
 * U+FFFD (what a decoder leaves of bytes that were not UTF-8) and surrogates (checked for pairing
 * separately). RFC 8866 §9's byte-string forbids only NUL, CR and LF, so the others are reported
 * as a warning on their line, unless there are so many that the input is binary.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const SUSPECT = /[\0-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffd]/;
/** The same without surrogates: a well-formed pair is an ordinary character (an emoji in s=). */
// eslint-disable-next-line no-control-regex -- as above
const STRAY = /[\0-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffd]/;
const STRAY_GLOBAL = new RegExp(STRAY.source, 'g');
/** A surrogate without its other half: the string did not come from decoding text. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Above this share of suspect characters the input is binary, not text with a few stray ones. */
export const BINARY_SUSPECT_RATIO = 0.1;
/** ...but a couple of stray characters in a tiny input are reported per line, not as binary. */
const BINARY_SUSPECT_MIN = 4;
/** And this many suspect characters make any input binary, however long it is. */
const BINARY_SUSPECT_MAX = 64;

/** 1-based line and column of an index, counting CRLF, LF and CR as one line ending each. */
export function locate(text: string, index: number): { line: number; column: number } {
	let line = 1;
	let lineStart = 0;
	for (let i = 0; i < index; i++) {
		const code = text.charCodeAt(i);
		if (code === 13 || code === 10) {
			if (code === 13 && text.charCodeAt(i + 1) === 10) i++;
			line++;
			lineStart = i + 1;
		}
	}
	return { line, column: index - lineStart + 1 };
}

function codePoint(text: string, index: number): string {
	return 'U+' + text.charCodeAt(index).toString(16).toUpperCase().padStart(4, '0');
}

export interface InputCheck {
	/** the one problem that stops inspection before parsing, or null when the text can be parsed */
	problem: SdpProblem | null;
	/** whether some line may hold a stray control character, worth a look line by line */
	suspect: boolean;
}

const ACCEPTED: InputCheck = { problem: null, suspect: false };
const SUSPECTED: InputCheck = { problem: null, suspect: true };

function refuse(problem: SdpProblem): InputCheck {
	return { problem, suspect: true };
}

export function checkInput(text: unknown): InputCheck {
	if (typeof text !== 'string') {
		return refuse({
			line: null,
			severity: 'error',
			key: 'sdp.problem.notText',
			params: { type: typeof text }
		});
	}
	if (text.length > MAX_SDP_LENGTH) {
		return refuse({
			line: null,
			severity: 'error',
			key: 'sdp.problem.tooLarge',
			params: { length: text.length, limit: MAX_SDP_LENGTH }
		});
	}
	if (!/\S/.test(text)) return refuse({ line: null, severity: 'error', key: 'sdp.problem.empty' });
	if (!SUSPECT.test(text)) return ACCEPTED;

	const nul = text.indexOf('\0');
	const lone = LONE_SURROGATE.exec(text);
	let index = nul >= 0 ? nul : lone ? lone.index : -1;
	if (index < 0) {
		let count = 0;
		let first = -1;
		STRAY_GLOBAL.lastIndex = 0;
		for (let m = STRAY_GLOBAL.exec(text); m; m = STRAY_GLOBAL.exec(text)) {
			if (first < 0) first = m.index;
			count++;
		}
		const binary =
			count > BINARY_SUSPECT_MAX ||
			(count >= BINARY_SUSPECT_MIN && count / text.length > BINARY_SUSPECT_RATIO);
		if (!binary) return SUSPECTED;
		index = first;
	}
	const { line, column } = locate(text, index);
	return refuse({
		line,
		severity: 'error',
		key: 'sdp.problem.binary',
		params: { line, column, character: codePoint(text, index) }
	});
}

/** Where a line holds a character that does not belong in SDP text, for a per-line warning. */
export function strayCharacter(raw: string): { column: number; character: string } | null {
	const m = STRAY.exec(raw);
	if (!m) return null;
	return { column: m.index + 1, character: codePoint(raw, m.index) };
}
