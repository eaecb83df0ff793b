import { connectionFindings } from './connection';
import { mediaFindings } from './media';
import { negotiationFindings } from './negotiation';
import type { DiagnosisInput, Finding, Severity } from './types';

export type { DiagnosisInput, Evidence, Finding, FindingId, Severity } from './types';

const ORDER: Record<Severity, number> = { problem: 0, warning: 1, info: 2 };

/**
 * What happened in a call and what went wrong, as findings: pure functions of the same model the
 * timeline and charts draw (a dump, an rtcstats trace, a session or the live call). Problems
 * first, then warnings, then the facts (selected pair, time to connected).
 */
export function diagnose(input: DiagnosisInput): Finding[] {
	const findings = [
		...connectionFindings(input),
		...negotiationFindings(input),
		...mediaFindings(input)
	];
	return findings
		.map((finding, order) => ({ finding, order }))
		.sort((a, b) => ORDER[a.finding.severity] - ORDER[b.finding.severity] || a.order - b.order)
		.map(({ finding }) => finding);
}
