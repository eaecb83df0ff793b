/**
 * The `?strategy=` query parameter of the walkthrough (`/walkthrough?fault=glare&strategy=
 * perfect-negotiation`): the glare fault run with a strategy that resolves it. Bad input never stops
 * the walkthrough: glare runs without a strategy (the failing run) and the page says why, naming
 * what was asked for (shortened, rendered as text) and what exists, as for an unknown fault.
 */
import type { FaultsMessageKey } from '$lib/i18n/faults/en';
import type { FaultId } from './catalogue';
import { GLARE_STRATEGIES, isGlareStrategy, type GlareStrategy } from './perfectNegotiation';
import {
	editDistance,
	faultSearch,
	MAX_SUGGESTION_DISTANCE,
	normaliseName,
	searchWith,
	shorten,
	type FaultParamProblem
} from './url';

export const STRATEGY_PARAM = 'strategy';

/** The one fault a strategy belongs to. */
export const STRATEGY_FAULT: FaultId = 'glare';

export interface StrategyParamProblem {
	key: Extract<
		FaultsMessageKey,
		| 'fault.strategyUnknown'
		| 'fault.strategySeveral'
		| 'fault.strategyEmpty'
		| 'fault.strategyNotGlare'
	>;
	params: Record<string, string | number>;
	/** the known strategy the name most likely meant, when one is close */
	suggestion: GlareStrategy | null;
}

export type StrategyChoice =
	| { strategy: GlareStrategy | null; problem: null }
	| { strategy: null; problem: StrategyParamProblem };

/**
 * Reads the strategy of an address for the fault it chose (`fault` as `parseFaultParam` read it):
 * none, one known strategy for glare, or a problem to show.
 */
export function parseStrategyParam(search: URLSearchParams, fault: FaultId | null): StrategyChoice {
	const values = search.getAll(STRATEGY_PARAM);
	if (values.length === 0) return { strategy: null, problem: null };
	const problem = (
		key: StrategyParamProblem['key'],
		params: StrategyParamProblem['params'] = {},
		suggestion: GlareStrategy | null = null
	): StrategyChoice => ({ strategy: null, problem: { key, params, suggestion } });
	if (values.length > 1) return problem('fault.strategySeveral', { count: values.length });
	const name = values[0]!.trim();
	if (name === '') return problem('fault.strategyEmpty');
	// A different case or underscores is still clearly the same strategy: take it.
	const normalised = normaliseName(name);
	if (!isGlareStrategy(normalised)) {
		return problem(
			'fault.strategyUnknown',
			{ name: shorten(name), known: GLARE_STRATEGIES.join(', ') },
			closestStrategy(normalised)
		);
	}
	if (fault !== STRATEGY_FAULT) {
		return problem('fault.strategyNotGlare', { name: normalised, fault: STRATEGY_FAULT });
	}
	return { strategy: normalised, problem: null };
}

/** The address of the walkthrough with this strategy (or none), keeping its other parameters. */
export function strategySearch(search: URLSearchParams, strategy: GlareStrategy | null): string {
	return searchWith(search, STRATEGY_PARAM, strategy);
}

/**
 * The walkthrough's query with a fault and a strategy (none deletes it), the address's other
 * parameters kept: what a shared link or the page's own address carries.
 */
export function walkthroughSearch(
	search: URLSearchParams,
	fault: FaultId | null,
	strategy: GlareStrategy | null
): string {
	return strategySearch(new URLSearchParams(faultSearch(search, fault)), strategy);
}

/** Whether a notice of the address is about its strategy (rather than its fault). */
export function isStrategyProblem(problem: { key: string }): problem is StrategyParamProblem {
	return problem.key.startsWith('fault.strategy');
}

/** What a notice's suggestion runs: the suggested fault, or glare with the suggested strategy. */
export function suggestedRun(problem: FaultParamProblem | StrategyParamProblem): {
	fault: FaultId | null;
	strategy: GlareStrategy | null;
} {
	return isStrategyProblem(problem)
		? { fault: STRATEGY_FAULT, strategy: problem.suggestion }
		: { fault: problem.suggestion, strategy: null };
}

/**
 * A misspelt strategy: the known one that shares its first word (`perfect-…`) or is within a few
 * edits, as a misspelt fault is.
 */
export function closestStrategy(name: string): GlareStrategy | null {
	return (
		GLARE_STRATEGIES.find(
			(strategy) =>
				name.split('-')[0] === strategy.split('-')[0] ||
				editDistance(name, strategy) <= MAX_SUGGESTION_DISTANCE
		) ?? null
	);
}
