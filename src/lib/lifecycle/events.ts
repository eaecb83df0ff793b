import type { CandidateInit, PeerRole, SessionDescription, SignalMessage } from '$lib/vocabulary';
import type { NewLogEntry } from '$lib/log/eventLog';
import type { PeerEvent } from '$lib/webrtc/peerEvents';
import type { FaultId } from '$lib/faults/catalogue';
import type { TransitEvent } from '$lib/faults/inTransit';
import type { ApiOutput, LaneMessage } from './stepResults';
import type { ApiStepId } from './steps';
import type { ErrorInfo, MediaSourceChoice, Mode } from './types';

/**
 * The events of the walkthrough machine, named `domain.verb`: the user's commands, the peers'
 * browser events (as the typed wrapper emits them), the signaling channel's messages and what the
 * candidate lane (a child actor) reports.
 */
export type WalkthroughEvent =
	| { type: 'step.next' }
	| { type: 'mode.set'; mode: Mode }
	| { type: 'walkthrough.reset' }
	| { type: 'media.selectSource'; source: MediaSourceChoice }
	| { type: 'media.refreshDevices' }
	| { type: 'media.useSynthetic' }
	| { type: 'lane.deliver'; messageId?: number }
	| { type: 'lane.deliverAll' }
	| PeerEvent
	| SignalReceivedEvent
	| { type: 'chat.send'; from: PeerRole; text: string }
	| { type: 'call.hangUp' }
	/** the caller negotiates again with new ICE credentials (RFC 8445 §2.4, ICE restart) */
	| { type: 'ice.restart' }
	/** a call made outside the steps (a sender's setParameters from the stats panel), for the log */
	| { type: 'log.record'; entry: NewLogEntry }
	| CallFailedEvent
	| LaneReport
	/** the fault lab: start over with this fault (or none) */
	| { type: 'fault.select'; fault: FaultId | null }
	/** the fault lab: what happened to a message on the signaling path */
	| { type: 'fault.transit'; event: TransitEvent }
	/** the fault lab: break the call that is up */
	| { type: 'fault.apply' };

export type SignalReceivedEvent = {
	type: 'signal.received';
	from: PeerRole;
	to: PeerRole;
	messageId: number;
	message: SignalMessage;
};

export type PeerStateChangedEvent = Extract<PeerEvent, { type: 'peer.stateChanged' }>;

/**
 * A call failed: the machine moves to `failed` naming it. Every failure goes through this one
 * event (a step's rejected actor, the lane's addIceCandidate, and whatever a test or a fault
 * injector sends), so a new source of failures needs no new transition.
 */
export interface CallFailedEvent {
	type: 'call.failed';
	/** the step or call that failed: a step id, `addIceCandidate`, `connection`, `signaling`, ... */
	call: string;
	peer: PeerRole | null;
	error: ErrorInfo;
}

/** What a candidate lane tells the walkthrough machine (its parent). */
export type LaneReport =
	/** the lane's queue changed: the parent keeps a copy for the page to render */
	| {
			type: 'lane.changed';
			receiver: PeerRole;
			queue: LaneMessage[];
			applying: LaneMessage | null;
			open: boolean;
	  }
	/** the lane starts addIceCandidate for this message */
	| { type: 'lane.applying'; message: LaneMessage }
	/** addIceCandidate resolved */
	| { type: 'lane.applied'; message: LaneMessage; output: ApiOutput };

/** What the machine asks the signaling actor to do. */
export interface SignalSendEvent {
	type: 'signal.send';
	from: PeerRole;
	to: PeerRole;
	messageId: number;
	message: SignalMessage;
}

/** What the machine asks the peer-events actor to do (synchronous calls on a live channel or peer). */
export type PeerCommand = { type: 'peer.sendChat'; from: PeerRole; text: string };

/** The input of every API step's actor. */
export interface StepInput {
	step: ApiStepId;
	peer: PeerRole | null;
	source: MediaSourceChoice;
	description: SessionDescription | null;
	/** createOffer only: ask for new ICE credentials */
	iceRestart?: boolean;
}

/** The input of the addIceCandidate actor. */
export interface CandidateInput {
	peer: PeerRole;
	candidate: CandidateInit | null;
}
