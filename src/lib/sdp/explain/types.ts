/** What every explainer returns, and the small helpers they share. */
import type { SdpMessageKey } from '$lib/i18n/sdp/en';
import type { Codec, MediaSection, ProblemSeverity, SdpField, SessionSummary } from '../types';

export type Params = Record<string, string | number>;

/**
 * A lookup table without a prototype: SDP text picks the key, and `constructor` or `__proto__`
 * in an attribute must find nothing rather than Object.prototype's members.
 */
export function table<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
	return Object.assign(Object.create(null) as Record<string, T>, entries);
}

/** A problem found in one line; the caller adds the line number. */
export interface LineProblem {
	severity: ProblemSeverity;
	key: SdpMessageKey;
	params?: Params;
}

export interface Explanation {
	key: SdpMessageKey | null;
	params?: Params;
	reference: string | null;
	fields: SdpField[];
	problems?: LineProblem[];
}

/** What an explainer may look at besides its own line: the structure around it. */
export interface ExplainContext {
	session: SessionSummary;
	/** the m-section the line is in, null in the session part */
	section: MediaSection | null;
	/** that section's codecs by payload type */
	codecs: ReadonlyMap<number, Codec>;
}

export type Explainer = (value: string, context: ExplainContext) => Explanation;

export function field(name: string, value: string, key?: SdpMessageKey, params?: Params): SdpField {
	// always the same four properties, so every field object has one shape (faster to build)
	return { name, value, key, params };
}

/** A known line that does not follow its grammar: still explained as far as it goes. */
export function malformed(expected: string): LineProblem {
	return { severity: 'error', key: 'sdp.problem.malformed', params: { expected } };
}

/** The grammar helpers every explainer uses, from the module sdp/ shares with ice/. */
export { isDigits, tokens } from '$lib/grammar';

/** The name a payload type is known by in this section, for messages: `opus`, `VP8`, `?`. */
export function codecName(context: ExplainContext, payloadType: number): string {
	return context.codecs.get(payloadType)?.name || '?';
}
