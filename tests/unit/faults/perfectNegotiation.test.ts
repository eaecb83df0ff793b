import { describe, expect, it } from 'vitest';
import {
	afterDecision,
	decide,
	GLARE_STRATEGIES,
	initialFlags,
	isGlareStrategy,
	isPolite,
	POLITE_PEER,
	type NegotiationFlags
} from '$lib/faults/perfectNegotiation';

/** The flags of the example (WebRTC 1.0 §10.7) for one peer, with some set. */
const flags = (set: Partial<NegotiationFlags> = {}, polite = false): NegotiationFlags => ({
	...initialFlags(polite ? 'B' : 'A'),
	...set
});

describe('perfect negotiation: the handler of WebRTC 1.0 §10.7', () => {
	it('names one strategy, and B is the polite peer', () => {
		expect(GLARE_STRATEGIES).toEqual(['perfect-negotiation']);
		expect(isGlareStrategy('perfect-negotiation')).toBe(true);
		expect(isGlareStrategy('Perfect-Negotiation')).toBe(false);
		expect(isGlareStrategy(undefined)).toBe(false);
		expect(POLITE_PEER).toBe('B');
		expect(isPolite('B')).toBe(true);
		expect(isPolite('A')).toBe(false);
		expect(initialFlags('B')).toEqual({
			polite: true,
			makingOffer: false,
			ignoreOffer: false,
			isSettingRemoteAnswerPending: false
		});
	});

	it('takes an offer in stable: no collision, no rollback', () => {
		expect(decide(flags(), 'stable', 'offer')).toEqual({
			type: 'offer',
			signalingState: 'stable',
			readyForOffer: true,
			offerCollision: false,
			ignoreOffer: false,
			action: 'apply',
			rollsBack: false
		});
	});

	it('glare, impolite side: an offer in have-local-offer collides and is ignored', () => {
		expect(decide(flags(), 'have-local-offer', 'offer')).toMatchObject({
			readyForOffer: false,
			offerCollision: true,
			ignoreOffer: true,
			action: 'ignore',
			rollsBack: false
		});
	});

	it('glare, polite side: the same collision is applied, rolling its own offer back', () => {
		expect(decide(flags({}, true), 'have-local-offer', 'offer')).toMatchObject({
			readyForOffer: false,
			offerCollision: true,
			ignoreOffer: false,
			action: 'apply',
			rollsBack: true
		});
	});

	it('makingOffer: an offer that arrives while setLocalDescription() runs collides in stable', () => {
		const decision = decide(flags({ makingOffer: true }), 'stable', 'offer');
		expect(decision).toMatchObject({
			readyForOffer: false,
			offerCollision: true,
			ignoreOffer: true
		});
		// the polite peer applies it; it is still stable, so nothing is rolled back yet
		expect(decide(flags({ makingOffer: true }, true), 'stable', 'offer')).toMatchObject({
			offerCollision: true,
			action: 'apply',
			rollsBack: false
		});
	});

	it('isSettingRemoteAnswerPending: an offer during setRemoteDescription(answer) is no collision', () => {
		expect(
			decide(flags({ isSettingRemoteAnswerPending: true }), 'have-local-offer', 'offer')
		).toMatchObject({ readyForOffer: true, offerCollision: false, ignoreOffer: false });
	});

	it('an answer never collides, and resets ignoreOffer even on the impolite peer', () => {
		const ignored = afterDecision(flags(), decide(flags(), 'have-local-offer', 'offer'));
		expect(ignored.ignoreOffer).toBe(true);
		const answer = decide(ignored, 'have-local-offer', 'answer');
		expect(answer).toMatchObject({ offerCollision: false, ignoreOffer: false, action: 'apply' });
		expect(afterDecision(ignored, answer).ignoreOffer).toBe(false);
	});

	it('afterDecision changes ignoreOffer only', () => {
		const before = flags({ makingOffer: true, isSettingRemoteAnswerPending: true });
		const after = afterDecision(before, decide(before, 'have-local-offer', 'offer'));
		expect(after).toEqual({ ...before, ignoreOffer: true });
	});
});
