import type { PeerField, PeerRole } from '$lib/vocabulary';
import type { NewLogEntry, SignalStage } from '$lib/log/eventLog';
import type { PeerEvent } from '$lib/webrtc/peerEvents';
import type { PeerStateChangedEvent } from './events';
import type { LaneMessage } from './stepResults';
import { STEP_ACTOR, type ApiStepId } from './steps';
import type { ErrorInfo } from './types';

/**
 * The walkthrough's log entries, built from what happened (pure: no time, no peers' state; the
 * machine stamps those when it appends). Every browser call is logged as start, then success or
 * error, naming the peer and the step; every signaling message as sent, received and applied.
 */

/** The DOM event behind each peer state field (WebRTC 1.0 §4.3.2). */
const STATE_EVENT_NAMES: Record<PeerField, string> = {
	signalingState: 'signalingstatechange',
	iceGatheringState: 'icegatheringstatechange',
	iceConnectionState: 'iceconnectionstatechange',
	connectionState: 'connectionstatechange'
};

/** The browser API a step or call name stands for (`setLocalOffer` calls setLocalDescription). */
export function apiNameOf(call: string): string {
	return call in STEP_ACTOR ? STEP_ACTOR[call as ApiStepId] : call;
}

export function callStarted(
	step: ApiStepId,
	peer: PeerRole | null,
	payload?: unknown
): NewLogEntry {
	return { kind: 'call', peer, name: STEP_ACTOR[step], step, status: 'start', payload };
}

export function callSucceeded(
	step: ApiStepId,
	peer: PeerRole | null,
	payload?: unknown
): NewLogEntry {
	return { kind: 'call', peer, name: STEP_ACTOR[step], step, status: 'success', payload };
}

export function callFailed(call: string, peer: PeerRole | null, error: ErrorInfo): NewLogEntry {
	return { kind: 'call', peer, name: apiNameOf(call), step: call, status: 'error', error };
}

/** addIceCandidate for one lane message, as the receiving peer calls it. */
export function candidateCall(
	message: LaneMessage,
	status: 'start' | 'success',
	payload: unknown
): NewLogEntry {
	return {
		kind: 'call',
		peer: message.to,
		name: 'addIceCandidate',
		step: 'addIceCandidate',
		status,
		payload
	};
}

/** A signaling message at one stage of its trip; the entry belongs to the peer acting on it. */
export function signalEntry(
	message: Pick<LaneMessage, 'id' | 'from' | 'to' | 'message'>,
	stage: SignalStage
): NewLogEntry {
	return {
		kind: 'signal',
		name: message.message.type,
		stage,
		from: message.from,
		to: message.to,
		messageId: message.id,
		payload: message.message,
		peer: stage === 'sent' ? message.from : message.to
	};
}

export function machineEntry(name: string, payload?: unknown, peer: PeerRole | null = null) {
	return { kind: 'machine', peer, name, payload } satisfies NewLogEntry;
}

export function browserEvent(peer: PeerRole, name: string, payload?: unknown): NewLogEntry {
	return { kind: 'event', peer, name, payload };
}

export function stateChanged(event: PeerStateChangedEvent): NewLogEntry {
	return browserEvent(event.peer, STATE_EVENT_NAMES[event.field], {
		[event.field]: event.value
	});
}

/** A peer's event that the log shows under its DOM name. */
export function peerEventEntry(
	event: Extract<
		PeerEvent,
		{
			type:
				| 'ice.candidateGathered'
				| 'ice.candidateError'
				| 'media.remoteTrack'
				| 'media.trackState'
				| 'data.channelState'
				| 'data.message';
		}
	>
): NewLogEntry {
	switch (event.type) {
		case 'ice.candidateGathered':
			return browserEvent(event.peer, 'icecandidate', event.candidate);
		case 'ice.candidateError':
			return browserEvent(event.peer, 'icecandidateerror', event.detail);
		case 'media.remoteTrack':
			return browserEvent(event.peer, 'track', event.track);
		case 'media.trackState':
			return browserEvent(event.peer, event.cause, { ...event.track, muted: event.muted });
		case 'data.channelState':
			return browserEvent(event.peer, event.cause, event.channel);
		case 'data.message':
			return browserEvent(event.peer, 'message', { data: event.text });
	}
}

/** channel.send() of a chat message (no promise: it succeeds or throws at once). */
export function chatSent(from: PeerRole, text: string): NewLogEntry {
	return {
		kind: 'call',
		peer: from,
		name: 'send',
		step: 'communicate',
		status: 'success',
		payload: { data: text }
	};
}

/** pc.close() on every peer this page runs. */
export function hangUpEntry(): NewLogEntry {
	return { kind: 'call', peer: null, name: 'close', step: 'hangUp', status: 'success' };
}
