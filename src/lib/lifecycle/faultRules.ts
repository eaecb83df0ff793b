/**
 * What the walkthrough machine needs to know about the fault of a run: pure rules read from the
 * fault catalogue, and the log entries the fault lab writes. No browser, no xstate.
 */
import { faultById, type FaultId } from '$lib/faults/catalogue';
import type { TransitEvent } from '$lib/faults/inTransit';
import type { NewLogEntry } from '$lib/log/eventLog';
import type { SessionDescription } from '$lib/vocabulary';
import type { LaneMessage } from './stepResults';

/** A description the fault changed on its way: as the sender made it and as it was delivered. */
export interface FaultChange {
	which: 'offer' | 'answer';
	original: SessionDescription;
	delivered: SessionDescription;
	changedLines: number;
}

/**
 * A TURN server that never answers is reported only when the browser's STUN transaction times
 * out: 39.5 s (RFC 8489 §6.2.1, Rc = 7 from an RTO of 500 ms). The connect timeout of that run
 * must be longer, or it would end the call before the browser says 701.
 */
export const UNREACHABLE_TURN_CONNECT_TIMEOUT_MS = 60_000;

export function connectTimeoutFor(fault: FaultId | null, usual: number): number {
	return fault === 'turn-unreachable' ? UNREACHABLE_TURN_CONNECT_TIMEOUT_MS : usual;
}

/** The first log entry of a faulted run: the export and /stats name the fault from it. */
export function faultChosenEntry(fault: FaultId): NewLogEntry {
	return { kind: 'machine', peer: null, name: 'fault.chosen', payload: { fault } };
}

/** candidate-too-early: the lane hands Peer A's first candidate over without waiting. */
export function faultLetsCandidateThrough(fault: FaultId | null, message: LaneMessage): boolean {
	return (
		fault === 'candidate-too-early' &&
		message.from === 'A' &&
		message.status === 'arrived' &&
		message.message.type === 'candidate' &&
		message.message.candidate !== null
	);
}

/** The icecandidateerror code a TURN fault ends the run with (RFC 8656 401; 701 is the browser's). */
export function expectedCandidateError(
	fault: FaultId | null,
	detail: Record<string, unknown>
): boolean {
	if (!fault) return false;
	const expected = faultById(fault).outcomes.find((o) => o.kind === 'candidateError');
	return expected?.kind === 'candidateError' && detail.errorCode === expected.code;
}

/** The failure an expected icecandidateerror becomes: the event, its code, text and server. */
export function candidateFailure({ event }: { event: { type: string; detail?: unknown } }) {
	const detail = (event.detail ?? {}) as Record<string, unknown>;
	return {
		call: 'icecandidateerror',
		name: 'RTCPeerConnectionIceErrorEvent',
		message: `errorCode ${String(detail.errorCode)}: ${String(detail.errorText ?? '')} (${String(detail.url ?? '')})`
	};
}

/** A fault that leaves the call up but visibly broken as soon as it is connected. */
export function faultArrivesDegraded(fault: FaultId | null): boolean {
	if (!fault) return false;
	const definition = faultById(fault);
	return definition.ending === 'degraded' && definition.injection.step !== 'communicate';
}

/**
 * A fault whose connection failure can be recovered in this page: the peers stay, only their path
 * went away, so ICE failing leads to `iceFailed` (the peers kept open for an ICE restart) instead
 * of ending the run.
 */
export function faultRecoversByRestart(fault: FaultId | null): boolean {
	return fault !== null && faultById(fault).injection.action === 'cutPath';
}

/** A fault applied during the call that leaves it degraded rather than failed. */
export function faultEndsDegraded(fault: FaultId | null): boolean {
	return fault !== null && faultById(fault).ending === 'degraded';
}

/** The API a fault applied during the call calls, as the log and the failure name it. */
export function faultApplyCall(fault: FaultId | null): string {
	if (!fault) return 'fault';
	const injection = faultById(fault).injection;
	switch (injection.action) {
		case 'stopTrack':
			return 'stop';
		case 'capBitrate':
			return 'setParameters';
		case 'cutPath':
			return 'cut';
		case 'sendOversize':
			return 'send';
		default:
			return 'fault';
	}
}

/** The log entry of a message the fault lost or changed on the signaling path. */
export function transitEntry(event: TransitEvent): NewLogEntry {
	if (event.type === 'path') {
		const path = event.event;
		const peer = path.type === 'opened' ? null : (path.peer ?? null);
		return { kind: 'machine', peer, name: `fault.path.${path.type}`, payload: path };
	}
	if (event.type === 'lost') {
		return {
			kind: 'machine',
			peer: event.envelope.from,
			name: 'fault.lost',
			payload: {
				messageId: event.envelope.messageId,
				message: event.envelope.message,
				...(event.reason ? { reason: event.reason } : {})
			}
		};
	}
	const original = event.original.message;
	return {
		kind: 'machine',
		peer: event.original.from,
		name: 'fault.changed',
		payload: {
			messageId: event.original.messageId,
			changedLines: event.changedLines,
			message: event.delivered.message,
			// a rewritten candidate is one line: the log keeps it as sent (descriptions are kept whole
			// in faultChanges for the diff)
			...(original.type === 'candidate' ? { original } : {})
		}
	};
}

/** The path of peer-vanishes could not be made: the failure it ends the run with. */
export function pathUnavailable(event: TransitEvent): { name: string; message: string } | null {
	if (event.type !== 'path' || event.event.type !== 'unavailable') return null;
	return { name: 'PipeError', message: `${event.event.code}: ${event.event.message}` };
}

/** The description a changed message carried, before and after, for the diff. */
export function transitChange(event: TransitEvent): FaultChange | null {
	if (event.type !== 'changed') return null;
	const original = event.original.message;
	const delivered = event.delivered.message;
	if (original.type === 'candidate' || delivered.type === 'candidate') return null;
	return {
		which: original.type,
		original: original.description,
		delivered: delivered.description,
		changedLines: event.changedLines
	};
}
