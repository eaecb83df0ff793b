/**
 * The prediction beside what happened: when the pure model (predict.js) and the real run agree
 * there is nothing to explain; when they differ the page says which kind of difference it is,
 * each with its own explanation in the catalog (`nat.mismatch.*`).
 */
import type { NatOutcome } from './run';

export const RELAYED: readonly NatOutcome[] = ['relay-udp', 'relay-tcp'];

export type OutcomePath = 'direct' | 'relay' | 'failed';

export function outcomePath(outcome: NatOutcome): OutcomePath {
	if (outcome === 'failed') return 'failed';
	return RELAYED.includes(outcome) ? 'relay' : 'direct';
}

export type MismatchKind =
	| 'directNamedOtherwise'
	| 'relayInsteadOfDirect'
	| 'directInsteadOfRelay'
	| 'otherRelayTransport'
	| 'connectedThoughPredictedFailed'
	| 'failedThoughPredictedConnected';

export type Comparison = { match: true } | { match: false; kind: MismatchKind };

export function compareOutcome(predicted: NatOutcome, outcome: NatOutcome): Comparison {
	if (predicted === outcome) return { match: true };
	const p = outcomePath(predicted);
	const o = outcomePath(outcome);
	if (p === 'failed') return { match: false, kind: 'connectedThoughPredictedFailed' };
	if (o === 'failed') return { match: false, kind: 'failedThoughPredictedConnected' };
	if (p === 'direct' && o === 'direct') return { match: false, kind: 'directNamedOtherwise' };
	if (p === 'relay' && o === 'relay') return { match: false, kind: 'otherRelayTransport' };
	return { match: false, kind: p === 'direct' ? 'relayInsteadOfDirect' : 'directInsteadOfRelay' };
}

/**
 * The relaying cost measured in the run: the relayed/direct RTT ratio when both were measured,
 * rounded to one decimal; null when either is missing (the page then says which is missing).
 */
export function relayRatio(rttMs: { direct?: number; relayed?: number }): number | null {
	const { direct, relayed } = rttMs;
	if (direct === undefined || relayed === undefined || direct <= 0) return null;
	return Math.round((relayed / direct) * 10) / 10;
}
