/**
 * Explains one classified line: picks the explainer for its type letter or attribute name.
 * Unknown attributes get key null ("not explained yet") and keep their value as one field.
 */
import { CORE_EXPLAINERS } from './core';
import { fmtp } from './fmtp';
import { ICE_EXPLAINERS } from './ice';
import { extmap } from './extmap';
import { RTP_EXPLAINERS } from './rtp';
import { rtpmap } from './rtpmap';
import { TRANSPORT_EXPLAINERS } from './transport';
import { field } from './helpers';
import type { ExplainContext, Explainer, Explanation } from './types';
import type { SdpLine } from '../types';

const ATTRIBUTES: ReadonlyMap<string, Explainer> = new Map(
	Object.entries({
		...ICE_EXPLAINERS,
		...RTP_EXPLAINERS,
		...TRANSPORT_EXPLAINERS,
		rtpmap,
		fmtp,
		extmap
	})
);

export function explainLine(line: SdpLine, context: ExplainContext): Explanation {
	if (line.type === '') return { key: null, reference: null, fields: [] };
	if (line.type !== 'a') {
		const explain = CORE_EXPLAINERS[line.type];
		return explain ? explain(line.value, context) : { key: null, reference: null, fields: [] };
	}
	const explain = ATTRIBUTES.get(line.attribute ?? '');
	if (explain) return explain(line.value, context);
	return {
		key: null,
		params: { attribute: line.attribute ?? '' },
		reference: null,
		fields: line.value ? [field(line.attribute ?? 'value', line.value)] : []
	};
}

export { parseCandidate, priorityParts, type ParsedCandidate } from './candidate';
export { EXTENSIONS } from './extmap';
export type { ExplainContext } from './types';
