import { describe, expect, it } from 'vitest';
import {
	FAULT_IDS,
	FAULT_TEXTS,
	FAULTS,
	faultById,
	faultKey,
	isFaultId,
	UNREACHABLE_TURN_URL,
	type FaultId,
	type FaultPhase
} from '$lib/faults/catalogue';
import { CATALOG } from '$lib/i18n/catalog';
import { PHASES, STEPS } from '$lib/lifecycle/steps';
import { parseIceServerUrl } from '$lib/ice/serverUrl';

/**
 * The names the issue gives for the URL, in its order (issue 13), grouped by the phase of the call
 * each one breaks (the picker's groups).
 */
const ISSUE_NAMES: Record<FaultPhase, string[]> = {
	fetching: ['permission-denied', 'no-device', 'overconstrained', 'track-ended'],
	signaling: ['answer-lost', 'wrong-order', 'glare', 'no-common-codec', 'candidate-too-early'],
	connection: [
		'no-candidates',
		'relay-without-turn',
		'turn-bad-credential',
		'turn-unreachable',
		'dtls-fingerprint',
		'peer-vanishes'
	],
	communication: ['message-too-big', 'send-before-open', 'bandwidth-cap']
};

describe('the fault catalogue', () => {
	it('has exactly the URL names of the issue, each once, in its order, each in its phase', () => {
		const names = Object.values(ISSUE_NAMES).flat();
		expect([...FAULT_IDS]).toEqual(names);
		expect(FAULTS.map((f) => f.id)).toEqual(names);
		for (const [phase, ids] of Object.entries(ISSUE_NAMES)) {
			for (const id of ids) expect(faultById(id as FaultId).phase, id).toBe(phase);
		}
	});

	it('gives every fault a phase, a step of the walkthrough, an outcome and a reference', () => {
		const steps = STEPS.map((s) => s.id as string);
		for (const fault of FAULTS) {
			expect(PHASES, fault.id).toContain(fault.phase);
			expect(steps, fault.id).toContain(fault.injection.step);
			expect(fault.outcomes.length, fault.id).toBeGreaterThan(0);
			expect(fault.references.length, fault.id).toBeGreaterThan(0);
		}
	});

	it('explains every fault in English and Korean: title, what is broken, outcome, cause, remedy', () => {
		for (const id of FAULT_IDS) {
			for (const text of FAULT_TEXTS) {
				const key = faultKey(id, text);
				expect(CATALOG.en[key]?.trim(), `en ${key}`).toBeTruthy();
				expect(CATALOG.ko[key], `ko ${key}`).toMatch(/[\uac00-\ud7a3]/);
			}
		}
	});

	it('names in each outcome text the error the browser really gives', () => {
		for (const fault of FAULTS) {
			for (const outcome of fault.outcomes) {
				if (outcome.kind !== 'error' || outcome.call === 'connectTimeout') continue;
				expect(CATALOG.en[faultKey(fault.id, 'outcome')], fault.id).toContain(outcome.name);
				expect(CATALOG.ko[faultKey(fault.id, 'outcome')], fault.id).toContain(outcome.name);
			}
		}
	});

	it('looks faults up by id and refuses anything else', () => {
		expect(faultById('glare').phase).toBe('signaling');
		expect(isFaultId('glare')).toBe(true);
		expect(isFaultId('Glare')).toBe(false);
		expect(isFaultId(undefined)).toBe(false);
		expect(() => faultById('nope' as never)).toThrow(/unknown fault/);
	});

	it('uses a valid TURN URL for the unreachable server', () => {
		const parsed = parseIceServerUrl(UNREACHABLE_TURN_URL);
		expect(parsed.ok).toBe(true);
	});
});

describe('the phases the catalogue names', () => {
	it('are the walkthrough phases, in the same order', () => {
		const phases: FaultPhase[] = ['fetching', 'signaling', 'connection', 'communication'];
		expect([...PHASES]).toEqual(phases);
	});
});
