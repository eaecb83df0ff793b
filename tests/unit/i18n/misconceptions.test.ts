import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CATALOG, type MessageKey } from '$lib/i18n/catalog';
import { STEPS } from '$lib/lifecycle/steps';
import { MISCONCEPTIONS, misconceptionsAt } from '$lib/components/misconceptions/misconceptions';

const SRC = path.resolve(import.meta.dirname, '../../../src');

describe("the seed's misconceptions, corrected where the truth shows", () => {
	it('names each one the issue lists, once', () => {
		expect(MISCONCEPTIONS.map((m) => m.id).sort()).toEqual(
			[
				'connectedAfterRemoteDescription',
				'dataChannelTextOnly',
				'gatheringBeforeOffer',
				'mediaStreamIsDeviceAccess',
				'onIceCandidateMethod',
				'sdpIsMedia',
				'stunReachability'
			].sort()
		);
	});

	it('is reachable: each sits at a step of the walkthrough, whose card renders it', () => {
		const steps = STEPS.map((s) => s.id as string);
		for (const m of MISCONCEPTIONS) {
			expect(steps, m.id).toContain(m.step);
			expect(misconceptionsAt(m.step, m.when)).toContainEqual(m);
		}
		// the card of the last step and the card of the step under way mount them
		const card = readFileSync(path.join(SRC, 'lib/components/call/StepCard.svelte'), 'utf8');
		expect(card).toMatch(/<Misconceptions step=\{last\.id\} \/>/);
		expect(card).toMatch(/<Misconceptions step=\{step\.id\} when="during" \/>/);
		// connect never becomes the last step (the machine moves on to communicate by itself), so
		// what shows there must show during it
		const connect = MISCONCEPTIONS.filter((m) => m.step === 'connect');
		for (const m of connect) expect(m.when, m.id).toBe('during');
		// each one comes after the step that shows the truth, not before it
		const order = (id: string) => steps.indexOf(id);
		const at = (id: string) => MISCONCEPTIONS.find((m) => m.id === id)!.step;
		expect(order(at('gatheringBeforeOffer'))).toBe(order('setLocalOffer'));
		expect(order(at('connectedAfterRemoteDescription'))).toBeGreaterThanOrEqual(
			order('setRemoteAnswer')
		);
		expect(order(at('stunReachability'))).toBe(order('connect'));
	});

	it('says claim and correction in both languages, with the source cited', () => {
		for (const m of MISCONCEPTIONS) {
			for (const part of ['claim', 'truth'] as const) {
				const key = `misconception.${m.id}.${part}` as MessageKey;
				expect(CATALOG.en[key], key).toBeTruthy();
				expect(CATALOG.ko[key], key).toMatch(/[가-힣]/);
			}
			const truth = `misconception.${m.id}.truth` as MessageKey;
			for (const locale of ['en', 'ko'] as const) {
				expect(CATALOG[locale][truth], `${locale} ${m.id}`).toMatch(
					/RFC \d+|webrtc-pc|mediacapture-streams/
				);
			}
		}
	});
});
