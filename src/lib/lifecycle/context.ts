import {
	PEER_ROLES,
	type PeerRole,
	type PeerViews,
	type SessionDescription
} from '$lib/vocabulary';
import { appendEntry, type LogEntry, type NewLogEntry } from '$lib/log/eventLog';
import { likelyCauseKey, type CauseKey } from './failures';
import type { LaneMessage } from './stepResults';
import type { StepId } from './steps';
import type {
	ChatMessage,
	DataChannelView,
	DeviceInfo,
	ErrorInfo,
	MediaSourceChoice,
	Mode,
	TrackInfo
} from './types';
import type { FaultId } from '$lib/faults/catalogue';
import { faultChosenEntry, type FaultChange } from './faultRules';

export interface Failure {
	/** the step or call that failed: a step id, `addIceCandidate`, `connection`, ... */
	call: string;
	error: ErrorInfo;
	causeKey: CauseKey;
	t: number;
}

/** The page's copy of one candidate lane (a child actor owns the queue; it reports every change). */
export interface LaneView {
	/** candidates for this peer, sent and not yet applied */
	queue: LaneMessage[];
	/** the candidate addIceCandidate is working on */
	applying: LaneMessage | null;
	/** the receiver has a remote description, so it can take candidates */
	open: boolean;
}

export interface WalkthroughContext {
	mode: Mode;
	source: MediaSourceChoice;
	devices: DeviceInfo[];
	/** each peer's own media, from getUserMedia (only this device's peer in a two-device call) */
	localStreams: Record<PeerRole, MediaStream | null>;
	localTracks: Record<PeerRole, TrackInfo[]>;
	/** the media each peer receives from the other (its track events) */
	remoteStreams: Record<PeerRole, MediaStream | null>;
	remoteTracks: Record<PeerRole, TrackInfo[]>;
	peers: PeerViews;
	offer: SessionDescription | null;
	answer: SessionDescription | null;
	/** offers and answers sent and not yet given to the receiver's setRemoteDescription */
	descriptions: LaneMessage[];
	/** the candidate lanes, one per receiving peer */
	lanes: Record<PeerRole, LaneView>;
	nextMessageId: number;
	dataChannels: Record<PeerRole, DataChannelView | null>;
	chat: ChatMessage[];
	failure: Failure | null;
	/** the last step that completed, so the UI can show what it changed */
	lastStep: StepId | null;
	log: LogEntry[];
	clock: () => number;
	startedAt: number;
	/** the peers this page runs: both in a loopback call, one when the other is on another device */
	local: readonly PeerRole[];
	/** the next createOffer restarts ICE (set by `ice.restart`) */
	iceRestart: boolean;
	/** the fault this run is made with (the fault lab), or null for a good call */
	fault: FaultId | null;
	/** descriptions the fault changed on their way, as sent and as delivered */
	faultChanges: FaultChange[];
}

export interface WalkthroughInput {
	clock?: () => number;
	source?: MediaSourceChoice;
	/**
	 * Which peers run in this page (default both). With one, the other peer's steps are skipped
	 * here (its own device runs them) and its offer or answer is waited for from the signaling
	 * channel instead of being sent.
	 */
	local?: readonly PeerRole[];
	/** the fault lab's fault for this run */
	fault?: FaultId | null;
}

export const EMPTY_LANE: LaneView = { queue: [], applying: null, open: false };

/**
 * A fresh session; after a reset it keeps the clock, the source, the devices, the local peers and
 * the fault (unless `fault` names another, as the fault lab's picker does).
 */
export function initialContext(
	input: WalkthroughInput | undefined,
	previous?: WalkthroughContext,
	fault?: FaultId | null
): WalkthroughContext {
	const clock = previous?.clock ?? input?.clock ?? (() => performance.now());
	const context: WalkthroughContext = {
		mode: 'step',
		source: previous?.source ??
			input?.source ?? { kind: 'devices', videoDeviceId: null, audioDeviceId: null },
		devices: previous?.devices ?? [],
		localStreams: { A: null, B: null },
		localTracks: { A: [], B: [] },
		remoteStreams: { A: null, B: null },
		remoteTracks: { A: [], B: [] },
		peers: { A: null, B: null },
		offer: null,
		answer: null,
		descriptions: [],
		lanes: { A: EMPTY_LANE, B: EMPTY_LANE },
		nextMessageId: 1,
		dataChannels: { A: null, B: null },
		chat: [],
		failure: null,
		lastStep: null,
		log: [],
		clock,
		startedAt: clock(),
		local: previous?.local ?? input?.local ?? PEER_ROLES,
		iceRestart: false,
		fault: fault === undefined ? (previous?.fault ?? input?.fault ?? null) : fault,
		faultChanges: []
	};
	// the log of a faulted run names its fault first, so an export says what was broken
	if (context.fault) context.log = logged(context, faultChosenEntry(context.fault));
	return context;
}

/** Milliseconds since the session started. */
export function elapsed(context: WalkthroughContext): number {
	return context.clock() - context.startedAt;
}

/** The log with one entry appended, stamped with the time and the peers' state values. */
export function logged(
	context: WalkthroughContext,
	entry: NewLogEntry,
	peers = context.peers
): LogEntry[] {
	return appendEntry(context.log, entry, elapsed(context), peers);
}

export function failureOf(context: WalkthroughContext, call: string, error: ErrorInfo): Failure {
	return { call, error, causeKey: likelyCauseKey(call, error), t: elapsed(context) };
}

/**
 * Every signaling message this page still has to apply, in the order they were sent: the offers
 * and answers, then (by id) the candidates of both lanes. The signaling lane renders this list.
 */
export function laneMessages(context: Pick<WalkthroughContext, 'descriptions' | 'lanes'>) {
	return [...context.descriptions, ...PEER_ROLES.flatMap((peer) => context.lanes[peer].queue)].sort(
		(a, b) => a.id - b.id
	);
}

/** The candidate addIceCandidate is applying right now, if it is this message. */
export function isApplying(context: Pick<WalkthroughContext, 'lanes'>, messageId: number): boolean {
	return PEER_ROLES.some((peer) => context.lanes[peer].applying?.id === messageId);
}

/** A candidate the user can deliver now: arrived, and its receiver has a remote description. */
export function isDeliverable(
	context: Pick<WalkthroughContext, 'lanes'>,
	message: LaneMessage
): boolean {
	const lane = context.lanes[message.to];
	return (
		message.message.type === 'candidate' &&
		message.status === 'arrived' &&
		lane.open &&
		lane.applying === null
	);
}

/** The lane message to deliver for `lane.deliver`: the one named, or the oldest deliverable. */
export function nextDeliverable(
	context: Pick<WalkthroughContext, 'lanes' | 'descriptions'>,
	messageId?: number
): LaneMessage | undefined {
	return laneMessages(context).find(
		(m) => (messageId === undefined || m.id === messageId) && isDeliverable(context, m)
	);
}
