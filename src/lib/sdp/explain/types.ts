/** What every explainer returns, and what it may look at. Types only: the helpers are in ./helpers. */
import type { SdpMessageKey } from '$lib/i18n/sdp/en';
import type { Codec, MediaSection, ProblemSeverity, SdpField, SessionSummary } from '../types';

export type Params = Record<string, string | number>;

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
