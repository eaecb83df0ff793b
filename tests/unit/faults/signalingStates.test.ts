import { describe, expect, it } from 'vitest';
import {
	acceptedIn,
	applyDescription,
	SIGNALING_EDGES,
	SIGNALING_STATES
} from '$lib/faults/signalingStates';

describe('the signaling state machine (WebRTC 1.0 RTCSignalingState)', () => {
	it('walks the ordinary offer/answer on both sides', () => {
		expect(applyDescription('stable', 'local', 'offer')).toMatchObject({
			ok: true,
			to: 'have-local-offer'
		});
		expect(applyDescription('have-local-offer', 'remote', 'answer')).toMatchObject({
			ok: true,
			to: 'stable'
		});
		expect(applyDescription('stable', 'remote', 'offer')).toMatchObject({
			ok: true,
			to: 'have-remote-offer'
		});
		expect(applyDescription('have-remote-offer', 'local', 'answer')).toMatchObject({
			ok: true,
			to: 'stable'
		});
	});

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
