import type { MediaContext } from './chartEvidence';
import { counterFindings } from './counters';
import { noMediaFindings } from './noMedia';
import { sustainedFindings } from './sustained';
import type { DiagnosisInput, Finding } from './types';
import { videoQualityFindings } from './videoQuality';

/**
 * What went wrong with each peer's media, rule by rule: loss, jitter and RTT held above their
 * thresholds; limited or falling video quality; counters that should stay low (freezes, dropped
 * frames, concealed audio); streams that carried nothing while connected.
 */
export function mediaFindings(input: DiagnosisInput): Finding[] {
	const findings: Finding[] = [];
	for (const { peer, history } of input.peers) {
		const ctx: MediaContext = { peer, history, originMs: input.originMs };
		findings.push(
			...sustainedFindings(ctx),
			...videoQualityFindings(ctx),
			...counterFindings(ctx),
			...noMediaFindings(ctx, input.log)
		);
	}
	return findings;
}
