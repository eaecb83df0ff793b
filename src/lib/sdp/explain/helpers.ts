/** The small helpers every explainer shares: lookup tables, fields, and the malformed-line problem. */
import type { SdpMessageKey } from '$lib/i18n/sdp/en';
import type { SdpField } from '../types';
import type { ExplainContext, Explanation, LineProblem, Params } from './types';

/**
 * A lookup table without a prototype: SDP text picks the key, and `constructor` or `__proto__`
 * in an attribute must find nothing rather than Object.prototype's members.
 */
export function table<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
	return Object.assign(Object.create(null) as Record<string, T>, entries);
}

export function field(name: string, value: string, key?: SdpMessageKey, params?: Params): SdpField {
	// always the same four properties, so every field object has one shape (faster to build)
	return { name, value, key, params };
}

/** A known line that does not follow its grammar: still explained as far as it goes. */
export function malformed(expected: string): LineProblem {
	return { severity: 'error', key: 'sdp.problem.malformed', params: { expected } };
}

/**
 * A known line whose value does not parse at all: what the line is (key, placeholder params and
 * reference), its whole value as one field, and the grammar it should have followed.
 */
export function unparsed(
	value: string,
	expected: string,
	line: { key: SdpMessageKey; params: Params; reference: string }
): Explanation {
	return {
		key: line.key,
		params: line.params,
		reference: line.reference,
		fields: [field('value', value)],
		problems: [malformed(expected)]
	};
}

/** The grammar helpers every explainer uses, from the module sdp/ shares with ice/. */
export { isDigits, tokens } from '$lib/grammar';

/** The name a payload type is known by in this section, for messages: `opus`, `VP8`, `?`. */
export function codecName(context: ExplainContext, payloadType: number): string {
	return context.codecs.get(payloadType)?.name || '?';
}
