import { describe, expect, it } from 'vitest';
import { FAULT_IDS } from '$lib/faults/catalogue';
import { closestFault, faultSearch, MAX_SHOWN_NAME, parseFaultParam } from '$lib/faults/url';
import { translate } from '$lib/i18n/catalog';

const parse = (query: string) => parseFaultParam(new URLSearchParams(query));

describe('?fault= in the walkthrough address', () => {
	it('is no fault when absent', () => {
		expect(parse('')).toEqual({ fault: null, problem: null });
		expect(parse('lang=ko')).toEqual({ fault: null, problem: null });
	});

	it('takes every fault by its name', () => {
		for (const id of FAULT_IDS) expect(parse(`fault=${id}`)).toEqual({ fault: id, problem: null });
	});

	it('takes the same name in another case or with underscores', () => {
		expect(parse('fault=DTLS-Fingerprint').fault).toBe('dtls-fingerprint');
		expect(parse('fault=no_common_codec').fault).toBe('no-common-codec');
	});

	it('says clearly that an unknown name is unknown, lists the known ones, runs without', () => {
		const choice = parse('fault=dtls-fingerprnt');
		expect(choice.fault).toBeNull();
		expect(choice.problem?.key).toBe('fault.unknown');
		expect(choice.problem?.params.name).toBe('dtls-fingerprnt');
		expect(choice.problem?.suggestion).toBe('dtls-fingerprint');
		const text = translate('en', choice.problem!.key, choice.problem!.params);
		expect(text).toContain('"dtls-fingerprnt"');
		expect(text).toContain('runs without a fault');
		for (const id of FAULT_IDS) expect(text).toContain(id);
		expect(translate('ko', choice.problem!.key, choice.problem!.params)).toContain(
			'"dtls-fingerprnt": Peerscope가 모르는 장애'
		);
	});

	it('suggests nothing for a name that is nowhere near', () => {
		expect(parse('fault=banana').problem?.suggestion).toBeNull();
		expect(closestFault('xyzzy-plugh')).toBeNull();
	});

	it('shortens a long name it shows back, and keeps markup as plain text', () => {
		const long = '<img src=x onerror=alert(1)>'.repeat(10);
		const problem = parse(`fault=${encodeURIComponent(long)}`).problem!;
		expect(String(problem.params.name).length).toBe(MAX_SHOWN_NAME + 1);
		expect(String(problem.params.name).endsWith('…')).toBe(true);
	});

	it('refuses two faults at once and an empty one, each with its own message', () => {
		expect(parse('fault=glare&fault=glare').problem).toMatchObject({
			key: 'fault.several',
			params: { count: 2 }
		});
		expect(parse('fault=').problem?.key).toBe('fault.empty');
		expect(parse('fault=%20').problem?.key).toBe('fault.empty');
	});

	it('builds the address of a fault, keeping other parameters', () => {
		expect(faultSearch(new URLSearchParams('lang=ko'), 'glare')).toBe('?lang=ko&fault=glare');
		expect(faultSearch(new URLSearchParams('fault=glare'), null)).toBe('');
	});
});
