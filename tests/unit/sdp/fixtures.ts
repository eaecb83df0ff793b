/**
 * The captured SDP fixtures (tests/fixtures/sdp/, see its README for how each was captured).
 * Tests run over every `.sdp` file there, so a newly captured case is covered at once.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const FIXTURE_DIR = fileURLToPath(new URL('../../fixtures/sdp/', import.meta.url));

export const FIXTURES: string[] = readdirSync(FIXTURE_DIR)
	.filter((name) => name.endsWith('.sdp'))
	.sort();

/** The audio codecs of chromium-av-data-offer.sdp, in the order of its m=audio line. */
export const CHROMIUM_AV_AUDIO_CODECS = [
	'opus',
	'red',
	'G722',
	'PCMU',
	'PCMA',
	'CN',
	'telephone-event',
	'telephone-event'
];

/** Fixtures that are broken on purpose (named so); all others must inspect without errors. */
export const DELIBERATELY_BROKEN = /broken|malformed|invalid/;

export function hasFixture(name: string): boolean {
	return existsSync(FIXTURE_DIR + name);
}

export function fixture(name: string): string {
	return readFileSync(FIXTURE_DIR + name, 'utf8');
}

/** `x-offer.sdp` with `x-answer.sdp`, for every x that has both. */
export function offerAnswerPairs(): [string, string][] {
	return FIXTURES.filter((name) => name.endsWith('-offer.sdp'))
		.map((offer): [string, string] => [offer, offer.replace(/-offer\.sdp$/, '-answer.sdp')])
		.filter(([, answer]) => FIXTURES.includes(answer));
}

/** `x-before-offer.sdp` with `x-offer.sdp`: one description before and after a renegotiation. */
export function beforeAfterPairs(): [string, string][] {
	return FIXTURES.filter((name) => name.includes('-before-'))
		.map((before): [string, string] => [before, before.replace('-before-', '-')])
		.filter(([, after]) => FIXTURES.includes(after));
}

/** The input as the line layer keeps it: endings as LF, the final one closing the last line. */
export function normalised(text: string): string {
	return text.replace(/\r\n|\r/g, '\n').replace(/\n$/, '');
}

/** Replaces one line (1-based) of a text, keeping its line endings. */
export function withLine(text: string, number: number, replacement: string | null): string {
	const lines = text.split('\r\n');
	if (replacement === null) lines.splice(number - 1, 1);
	else lines[number - 1] = replacement;
	return lines.join('\r\n');
}

/** The 1-based number of the first line that starts with `prefix`. */
export function lineNumberOf(text: string, prefix: string): number {
	const index = text.split(/\r\n|\r|\n/).findIndex((line) => line.startsWith(prefix));
	if (index < 0) throw new Error(`no line starts with ${prefix}`);
	return index + 1;
}

/**
 * What follows `prefix` on the first line that starts with it. Captures are redone from time to
 * time, so tests read random values (session ids, ufrags, SSRCs) from the text, never hardcode them.
 */
export function valueAfter(text: string, prefix: string): string {
	const line = text.split(/\r\n|\r|\n/).find((l) => l.startsWith(prefix));
	if (line === undefined) throw new Error(`no line starts with ${prefix}`);
	return line.slice(prefix.length);
}
