import { describe, expect, it } from 'vitest';
import { MAX_SHOWN_NAME, parseFaultParam } from '$lib/faults/url';
import {
	closestStrategy,
	isStrategyProblem,
	parseStrategyParam,
	strategySearch,
	suggestedRun,
	walkthroughSearch
} from '$lib/faults/strategyParam';
import { translate } from '$lib/i18n/catalog';

const parse = (query: string, fault: Parameters<typeof parseStrategyParam>[1] = 'glare') =>
	parseStrategyParam(new URLSearchParams(query), fault);

describe('?strategy= in the walkthrough address', () => {
	it('is no strategy when absent', () => {
		expect(parse('fault=glare')).toEqual({ strategy: null, problem: null });
		expect(parse('', null)).toEqual({ strategy: null, problem: null });
	});

	it('takes perfect-negotiation for glare, in another case or with underscores too', () => {
		expect(parse('strategy=perfect-negotiation')).toEqual({
			strategy: 'perfect-negotiation',
			problem: null
		});
		expect(parse('strategy=Perfect_Negotiation').strategy).toBe('perfect-negotiation');
		expect(parse('strategy=%20perfect-negotiation%20').strategy).toBe('perfect-negotiation');
	});

	it('says clearly that an unknown strategy is unknown, lists the known one, runs without', () => {
		const choice = parse('strategy=perfect-negociation');
		expect(choice.strategy).toBeNull();
		expect(choice.problem).toMatchObject({
			key: 'fault.strategyUnknown',
			params: { name: 'perfect-negociation', known: 'perfect-negotiation' },
			suggestion: 'perfect-negotiation'
		});
		const text = translate('en', choice.problem!.key, choice.problem!.params);
		expect(text).toContain('"perfect-negociation"');
		expect(text).toContain('runs without a strategy');
		expect(text).toContain('perfect-negotiation');
		expect(translate('ko', choice.problem!.key, choice.problem!.params)).toContain(
			'"perfect-negociation": Peerscope가 모르는 전략'
		);
		expect(isStrategyProblem(choice.problem!)).toBe(true);
		expect(isStrategyProblem({ key: 'fault.unknown' })).toBe(false);
	});

	it('suggests only what is near: the same first word, or a few edits', () => {
		expect(closestStrategy('perfect')).toBe('perfect-negotiation');
		expect(closestStrategy('perfect-negotiaton')).toBe('perfect-negotiation');
		expect(parse('strategy=rollback').problem).toMatchObject({
			key: 'fault.strategyUnknown',
			suggestion: null
		});
	});

	it('shortens a long unknown name before showing it back (it is untrusted text)', () => {
		const long = 'x'.repeat(500);
		const shown = String(parse(`strategy=${long}`).problem?.params.name);
		expect([...shown].length).toBe(MAX_SHOWN_NAME + 1);
		expect(shown.endsWith('…')).toBe(true);
	});

	it('refuses several strategies and an empty one', () => {
		expect(parse('strategy=perfect-negotiation&strategy=perfect-negotiation').problem).toEqual({
			key: 'fault.strategySeveral',
			params: { count: 2 },
			suggestion: null
		});
		expect(parse('strategy=').problem?.key).toBe('fault.strategyEmpty');
		expect(parse('strategy=%20').problem?.key).toBe('fault.strategyEmpty');
	});

	it('says a strategy belongs to glare when the fault is another one, or none', () => {
		for (const fault of ['wrong-order', null] as const) {
			const choice = parse('strategy=perfect-negotiation', fault);
			expect(choice).toEqual({
				strategy: null,
				problem: {
					key: 'fault.strategyNotGlare',
					params: { name: 'perfect-negotiation', fault: 'glare' },
					suggestion: null
				}
			});
			expect(translate('en', choice.problem!.key, choice.problem!.params)).toContain(
				'only the glare fault has'
			);
		}
	});

	it('writes the strategy into an address, keeping its other parameters', () => {
		const search = new URLSearchParams('fault=glare&lang=ko');
		expect(strategySearch(search, 'perfect-negotiation')).toBe(
			'?fault=glare&lang=ko&strategy=perfect-negotiation'
		);
		expect(strategySearch(new URLSearchParams('fault=glare&strategy=x'), null)).toBe(
			'?fault=glare'
		);
		expect(strategySearch(new URLSearchParams(), null)).toBe('');
	});

	it('writes a fault and its strategy into an address, keeping its other parameters', () => {
		const search = new URLSearchParams('lang=ko&strategy=perfect-negotiation');
		expect(walkthroughSearch(search, 'glare', 'perfect-negotiation')).toBe(
			'?lang=ko&strategy=perfect-negotiation&fault=glare'
		);
		expect(walkthroughSearch(search, 'answer-lost', null)).toBe('?lang=ko&fault=answer-lost');
		expect(walkthroughSearch(new URLSearchParams('fault=glare'), null, null)).toBe('');
	});

	it("runs a notice's suggestion: the fault, or glare with the strategy", () => {
		expect(suggestedRun(parse('strategy=perfect-negotiatio').problem!)).toEqual({
			fault: 'glare',
			strategy: 'perfect-negotiation'
		});
		expect(suggestedRun(parseFaultParam(new URLSearchParams('fault=glar')).problem!)).toEqual({
			fault: 'glare',
			strategy: null
		});
	});
});
