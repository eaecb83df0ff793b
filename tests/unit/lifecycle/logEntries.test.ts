import { describe, expect, it } from 'vitest';
import {
	apiNameOf,
	callFailed,
	callStarted,
	callSucceeded,
	candidateCall,
	chatSent,
	hangUpEntry,
	machineEntry,
	peerEventEntry,
	signalEntry,
	stateChanged
} from '$lib/lifecycle/logEntries';
import type { LaneMessage } from '$lib/lifecycle/stepResults';
import { freshView } from './fakeCall';

const candidate: LaneMessage = {
	id: 7,
	from: 'A',
	to: 'B',
	message: {
		type: 'candidate',
		candidate: {
			candidate: 'candidate:1 1 udp 1 192.0.2.1 9 typ host',
			sdpMid: '0',
			sdpMLineIndex: 0,
			usernameFragment: 'abcd'
		}
	},
	status: 'arrived',
	sentAt: 1,
	receivedAt: 2
};

describe('log entries, built from what happened', () => {
	it('names the browser API of a step, and keeps other call names', () => {
		const apiNames: Record<string, string> = {
			setLocalOffer: 'setLocalDescription',
			setRemoteAnswer: 'setRemoteDescription',
			addIceCandidate: 'addIceCandidate',
			connectTimeout: 'connectTimeout'
		};
		for (const [call, api] of Object.entries(apiNames)) expect(apiNameOf(call), call).toBe(api);
	});

	it('logs a call as start, success or error with the peer and the step', () => {
		expect(callStarted('setRemoteOffer', 'B', { type: 'offer' })).toEqual({
			kind: 'call',
			peer: 'B',
			name: 'setRemoteDescription',
			step: 'setRemoteOffer',
			status: 'start',
			payload: { type: 'offer' }
		});
		expect(callSucceeded('createOffer', 'A', 'sdp')).toMatchObject({
			name: 'createOffer',
			status: 'success',
			payload: 'sdp'
		});
		expect(callFailed('setLocalAnswer', 'B', { name: 'InvalidStateError', message: 'x' })).toEqual({
			kind: 'call',
			peer: 'B',
			name: 'setLocalDescription',
			step: 'setLocalAnswer',
			status: 'error',
			error: { name: 'InvalidStateError', message: 'x' }
		});
	});

	it('logs addIceCandidate as the receiving peer’s call', () => {
		expect(candidateCall(candidate, 'start', candidate.message)).toEqual({
			kind: 'call',
			peer: 'B',
			name: 'addIceCandidate',
			step: 'addIceCandidate',
			status: 'start',
			payload: candidate.message
		});
	});

	it('gives each stage of a signaling message to the peer acting on it', () => {
		expect(signalEntry(candidate, 'sent')).toEqual({
			kind: 'signal',
			name: 'candidate',
			stage: 'sent',
			from: 'A',
			to: 'B',
			messageId: 7,
			payload: candidate.message,
			peer: 'A'
		});
		expect(signalEntry(candidate, 'received').peer).toBe('B');
		expect(signalEntry(candidate, 'applied').peer).toBe('B');
	});

	it('names browser events by their DOM names', () => {
		const view = freshView({ connectionState: 'connected' });
		expect(
			stateChanged({
				type: 'peer.stateChanged',
				peer: 'A',
				field: 'connectionState',
				value: 'connected',
				view
			})
		).toEqual({
			kind: 'event',
			peer: 'A',
			name: 'connectionstatechange',
			payload: { connectionState: 'connected' }
		});
		expect(
			peerEventEntry({ type: 'ice.candidateGathered', peer: 'B', candidate: null, view })
		).toEqual({ kind: 'event', peer: 'B', name: 'icecandidate', payload: null });
		expect(peerEventEntry({ type: 'data.message', peer: 'B', text: 'hi' })).toEqual({
			kind: 'event',
			peer: 'B',
			name: 'message',
			payload: { data: 'hi' }
		});
		const track = { id: 't', kind: 'video', label: 'cam' };
		expect(
			peerEventEntry({ type: 'media.trackState', peer: 'B', cause: 'mute', track, muted: true })
		).toMatchObject({ name: 'mute', payload: { id: 't', muted: true } });
	});

	it('logs the machine’s own steps, chat and hang-up', () => {
		expect(machineEntry('mode.run')).toEqual({
			kind: 'machine',
			peer: null,
			name: 'mode.run',
			payload: undefined
		});
		expect(machineEntry('ice.restart', undefined, 'A').peer).toBe('A');
		expect(chatSent('A', '<b>hi</b>')).toMatchObject({
			kind: 'call',
			peer: 'A',
			name: 'send',
			payload: { data: '<b>hi</b>' }
		});
		expect(hangUpEntry()).toMatchObject({ name: 'close', step: 'hangUp', status: 'success' });
	});
});
