import { describe, expect, it } from 'vitest';
import {
	acceptedIn,
	applyDescription,
	SIGNALING_EDGES,
	SIGNALING_STATES,
	transitionsOf
} from '$lib/faults/signalingStates';

describe('the signaling state machine (WebRTC 1.0 RTCSignalingState)', () => {
	it.each([
		['stable', 'local', 'offer', 'have-local-offer'],
		['have-local-offer', 'remote', 'answer', 'stable'],
		['stable', 'remote', 'offer', 'have-remote-offer'],
		['have-remote-offer', 'local', 'answer', 'stable']
	] as const)(
		'walks the ordinary offer/answer: in %s, a %s %s leads to %s',
		(from, side, type, to) => {
			expect(applyDescription(from, side, type)).toMatchObject({ ok: true, to });
		}
	);

	it('refuses an answer in stable (the wrong-order fault: InvalidStateError in Chromium)', () => {
		expect(applyDescription('stable', 'remote', 'answer')).toEqual({
			ok: false,
			from: 'stable',
			side: 'remote',
			type: 'answer'
		});
		// and the crossed answer of glare on the other side
		expect(applyDescription('have-remote-offer', 'remote', 'answer').ok).toBe(false);
	});

	it('accepts a remote offer in have-local-offer by rolling the local one back (glare)', () => {
		expect(applyDescription('have-local-offer', 'remote', 'offer')).toEqual({
			ok: true,
			to: 'have-remote-offer',
			implicitRollback: true
		});
	});

	it('rolls back to stable from either pending offer', () => {
		expect(applyDescription('have-local-offer', 'local', 'rollback')).toMatchObject({
			to: 'stable'
		});
		expect(applyDescription('have-remote-offer', 'remote', 'rollback')).toMatchObject({
			to: 'stable'
		});
	});

	it('leaves every state reachable and every state with a way back to stable', () => {
		for (const state of SIGNALING_STATES) {
			expect(acceptedIn(state).length, state).toBeGreaterThan(0);
			if (state !== 'stable') {
				expect(SIGNALING_EDGES.some((e) => e.to === state)).toBe(true);
			}
		}
	});
});

describe('the path of a call through the signaling states (transitionsOf)', () => {
	it("reads the polite peer's implicit rollback as two edges, rollback first (Chromium's events)", () => {
		expect(
			transitionsOf('have-local-offer', ['stable', 'have-remote-offer'], {
				side: 'remote',
				type: 'offer'
			})
		).toEqual([
			{ from: 'have-local-offer', to: 'stable', side: 'local', type: 'rollback', implicit: true },
			{ from: 'stable', to: 'have-remote-offer', side: 'remote', type: 'offer', implicit: false }
		]);
	});

	it('reads an ordinary call as its own edge', () => {
		expect(transitionsOf('stable', ['have-local-offer'], { side: 'local', type: 'offer' })).toEqual(
			[{ from: 'stable', to: 'have-local-offer', side: 'local', type: 'offer', implicit: false }]
		);
		expect(
			transitionsOf('have-local-offer', ['stable'], { side: 'remote', type: 'answer' })
		).toEqual([
			{ from: 'have-local-offer', to: 'stable', side: 'remote', type: 'answer', implicit: false }
		]);
	});

	it('draws no edge for nothing observed, for a value that is no state, or for a jump', () => {
		expect(transitionsOf('stable', [], { side: 'local', type: 'offer' })).toEqual([]);
		expect(transitionsOf('stable', ['closed'], { side: 'local', type: 'offer' })).toEqual([]);
		expect(
			transitionsOf('stable', ['have-remote-pranswer'], { side: 'remote', type: 'pranswer' })
		).toEqual([]);
	});
});
