import { describe, expect, it } from 'vitest';
import { FAULT_IDS, FAULTS } from '$lib/faults/catalogue';
import {
	candidateFailure,
	connectTimeoutFor,
	expectedCandidateError,
	faultApplyCall,
	faultArrivesDegraded,
	faultChosenEntry,
	faultLetsCandidateThrough,
	transitChange,
	transitEntry,
	UNREACHABLE_TURN_CONNECT_TIMEOUT_MS
} from '$lib/lifecycle/faultRules';
import { faultAppliesInCall, faultReplacesStep } from '$lib/lifecycle/faultActors';
import type { LaneMessage } from '$lib/lifecycle/stepResults';
import type { SignalEnvelope } from '$lib/vocabulary';

const candidate = (from: 'A' | 'B', status: LaneMessage['status'] = 'arrived'): LaneMessage => ({
	id: 1,
	from,
	to: from === 'A' ? 'B' : 'A',
	status,
	sentAt: 0,
	receivedAt: 1,
	message: {
		type: 'candidate',
		candidate: {
			candidate: 'candidate:1 1 udp 1 127.0.0.1 9 typ host',
			sdpMid: '0',
			sdpMLineIndex: 0,
			usernameFragment: null
		}
	}
});

describe('what the machine does with the fault of a run', () => {
	it('replaces exactly the steps the catalogue names, and only with its fault', () => {
		expect(faultReplacesStep('wrong-order', 'setLocalOffer')).toBe(true);
		expect(faultReplacesStep('wrong-order', 'setRemoteAnswer')).toBe(false);
		expect(faultReplacesStep('permission-denied', 'getUserMedia')).toBe(true);
		expect(faultReplacesStep('glare', 'setRemoteOffer')).toBe(true);
		expect(faultReplacesStep('send-before-open', 'createDataChannel')).toBe(true);
		// faults on the signaling path or in the configuration leave every step as it is
		for (const id of ['answer-lost', 'dtls-fingerprint', 'turn-unreachable'] as const) {
			expect(FAULTS.some((f) => faultReplacesStep(id, f.injection.step as never))).toBe(false);
		}
		expect(faultReplacesStep(null, 'getUserMedia')).toBe(false);
	});

	it('applies the in-call faults once the call is up, naming the API they call', () => {
		const inCall = FAULT_IDS.filter((id) => faultAppliesInCall(id));
		expect(inCall).toEqual(['track-ended', 'peer-vanishes', 'message-too-big', 'bandwidth-cap']);
		expect(inCall.map(faultApplyCall)).toEqual(['stop', 'cut', 'send', 'setParameters']);
	});

	it("lets only A's first real candidate through early, and only with candidate-too-early", () => {
		expect(faultLetsCandidateThrough('candidate-too-early', candidate('A'))).toBe(true);
		expect(faultLetsCandidateThrough('candidate-too-early', candidate('B'))).toBe(false);
		expect(faultLetsCandidateThrough('candidate-too-early', candidate('A', 'inTransit'))).toBe(
			false
		);
		expect(faultLetsCandidateThrough('glare', candidate('A'))).toBe(false);
		expect(faultLetsCandidateThrough(null, candidate('A'))).toBe(false);
	});

	it('ends the TURN faults on their own icecandidateerror code only', () => {
		expect(expectedCandidateError('turn-bad-credential', { errorCode: 401 })).toBe(true);
		expect(expectedCandidateError('turn-bad-credential', { errorCode: 701 })).toBe(false);
		expect(expectedCandidateError('turn-unreachable', { errorCode: 701 })).toBe(true);
		expect(expectedCandidateError(null, { errorCode: 701 })).toBe(false);
		expect(
			candidateFailure({
				event: {
					type: 'ice.candidateError',
					detail: { errorCode: 401, errorText: 'Unauthorized', url: 'turn:127.0.0.1:3478' }
				}
			})
		).toEqual({
			call: 'icecandidateerror',
			name: 'RTCPeerConnectionIceErrorEvent',
			message: 'errorCode 401: Unauthorized (turn:127.0.0.1:3478)'
		});
	});

	it('waits longer than the STUN transaction timeout only for the unreachable TURN server', () => {
		expect(connectTimeoutFor('turn-unreachable', 30_000)).toBe(UNREACHABLE_TURN_CONNECT_TIMEOUT_MS);
		expect(UNREACHABLE_TURN_CONNECT_TIMEOUT_MS).toBeGreaterThan(39_500);
		expect(connectTimeoutFor('no-candidates', 30_000)).toBe(30_000);
		expect(connectTimeoutFor(null, 30_000)).toBe(30_000);
	});

	it('arrives degraded only with no-common-codec (the others degrade when applied)', () => {
		expect(FAULT_IDS.filter(faultArrivesDegraded)).toEqual(['no-common-codec']);
	});

	it('logs the fault first, and what it did to messages on the way', () => {
		expect(faultChosenEntry('glare')).toEqual({
			kind: 'machine',
			peer: null,
			name: 'fault.chosen',
			payload: { fault: 'glare' }
		});
		const answer: SignalEnvelope = {
			from: 'B',
			to: 'A',
			messageId: 7,
			message: { type: 'answer', description: { type: 'answer', sdp: 'v=0\r\n' } }
		};
		expect(transitEntry({ type: 'lost', envelope: answer })).toMatchObject({
			name: 'fault.lost',
			peer: 'B',
			payload: { messageId: 7 }
		});
		const delivered = {
			...answer,
			message: { type: 'answer' as const, description: { type: 'answer' as const, sdp: 'v=1\r\n' } }
		};
		const changed = { type: 'changed' as const, original: answer, delivered, changedLines: 1 };
		expect(transitEntry(changed)).toMatchObject({
			name: 'fault.changed',
			payload: { changedLines: 1 }
		});
		expect(transitChange(changed)).toEqual({
			which: 'answer',
			original: { type: 'answer', sdp: 'v=0\r\n' },
			delivered: { type: 'answer', sdp: 'v=1\r\n' },
			changedLines: 1
		});
		expect(transitChange({ type: 'lost', envelope: answer })).toBeNull();
	});
});
