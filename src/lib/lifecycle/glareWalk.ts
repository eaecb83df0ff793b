/**
 * Glare resolved by perfect negotiation, as a walk through the run's own log: which peer did what,
 * the flags of WebRTC 1.0 §10.7's example at each step, each peer's signaling state after it and
 * the signalingstatechange events the browser fired during it. The fault actor records the
 * collision (glare.* entries and its calls, step `glare`); the walkthrough's own steps record the
 * answer that follows. Pure: reads log entries, no browser.
 */
import {
	afterDecision,
	decide,
	initialFlags,
	POLITE_PEER,
	type DescriptionDecision,
	type GlareStrategy,
	type NegotiationFlags
} from '$lib/faults/perfectNegotiation';
import {
	isSignalingState,
	transitionsOf,
	type SignalingState,
	type SignalingTransition
} from '$lib/faults/signalingStates';
import type { CallEntry, LogEntry, NewLogEntry } from '$lib/log/eventLog';
import { otherPeer, PEER_ROLES, type PeerRole } from '$lib/vocabulary';
import type { ErrorInfo } from '$lib/webrtc/types';

/** The machine entry that opens a run with a strategy, and the one of the ignored offer. */
export const GLARE_STRATEGY_ENTRY = 'glare.strategy';
export const GLARE_IGNORED_ENTRY = 'glare.ignoreOffer';
/** The step name of the calls the glare fault makes itself. */
export const GLARE_STEP = 'glare';

/** What the fault actor keeps in the payload of each of its calls and decisions. */
export interface NegotiationPayload {
	/** the acting peer's flags: while the call runs (start) or after it (success, decision) */
	negotiation: NegotiationFlags;
	decision?: DescriptionDecision;
}

export function strategyEntry(strategy: GlareStrategy): NewLogEntry {
	return {
		kind: 'machine',
		peer: null,
		name: GLARE_STRATEGY_ENTRY,
		payload: { strategy, polite: POLITE_PEER, impolite: otherPeer(POLITE_PEER) }
	};
}

export function ignoredEntry(peer: PeerRole, payload: NegotiationPayload): NewLogEntry {
	return { kind: 'machine', peer, name: GLARE_IGNORED_ENTRY, payload };
}

/** The steps of the walk, in the order they happen. */
export const GLARE_WALK_STEPS = [
	'offerA',
	'offerB',
	'ignoreOffer',
	'rollback',
	'answer',
	'applyAnswer',
	'connected'
] as const;
export type GlareWalkStepId = (typeof GLARE_WALK_STEPS)[number];

export interface GlareWalkStep {
	id: GlareWalkStepId;
	/** the peer acting (null: the browser, for both peers) */
	peer: PeerRole | null;
	/** the log entry that ends the step, to find it in the timeline */
	entryId: number;
	error: ErrorInfo | null;
	/** the handler's decision on an incoming description */
	decision: DescriptionDecision | null;
	/** flags that hold only while the step's call runs (makingOffer, isSettingRemoteAnswerPending) */
	during: Partial<NegotiationFlags>;
	/** both peers' flags after the step */
	flags: Record<PeerRole, NegotiationFlags>;
	/** both peers' signalingState after the step, as the browser reported it */
	signaling: Record<PeerRole, string | null>;
	connection: Record<PeerRole, string | null>;
	/** every signalingstatechange the browser fired during the step, per peer, as graph edges */
	transitions: Record<PeerRole, SignalingTransition[]>;
}

export interface GlareWalk {
	strategy: GlareStrategy;
	polite: PeerRole;
	steps: GlareWalkStep[];
	/** both peers connected: perfect negotiation resolved the glare */
	resolved: boolean;
}

/** Where each step's call is found in the log: the step (or glare call) and the peer. */
const CALLS: Partial<Record<GlareWalkStepId, { step: string; peer: PeerRole; name?: string }>> = {
	offerA: { step: 'setLocalOffer', peer: 'A' },
	offerB: { step: GLARE_STEP, peer: 'B', name: 'setLocalDescription' },
	rollback: { step: GLARE_STEP, peer: 'B', name: 'setRemoteDescription' },
	answer: { step: 'setLocalAnswer', peer: 'B' },
	applyAnswer: { step: 'setRemoteAnswer', peer: 'A' }
};

/** Which side and description type each call applies (for the edges it takes). */
const APPLIES = {
	offerA: { side: 'local', type: 'offer' },
	offerB: { side: 'local', type: 'offer' },
	rollback: { side: 'remote', type: 'offer' },
	answer: { side: 'local', type: 'answer' },
	applyAnswer: { side: 'remote', type: 'answer' }
} as const;

const isCall = (
	entry: LogEntry,
	where: { step: string; peer: PeerRole; name?: string }
): entry is CallEntry =>
	entry.kind === 'call' &&
	entry.step === where.step &&
	entry.peer === where.peer &&
	(where.name === undefined || entry.name === where.name);

function negotiationOf(entry: LogEntry): NegotiationPayload | null {
	const payload = entry.payload as Partial<NegotiationPayload> | undefined;
	return payload?.negotiation ? (payload as NegotiationPayload) : null;
}

const signalingOf = (entry: LogEntry, peer: PeerRole) => entry.peers[peer]?.signalingState ?? null;

/**
 * The walk of a glare run with a strategy, read from its log, or null when the log has none (a
 * run without a strategy, or one that has not reached the collision yet). Steps not reached yet
 * are left out; a step that failed ends the walk with its error.
 */
export function glareWalk(log: readonly LogEntry[]): GlareWalk | null {
	const opening = log.find((e) => e.kind === 'machine' && e.name === GLARE_STRATEGY_ENTRY);
	if (!opening) return null;
	const strategy = (opening.payload as { strategy: GlareStrategy }).strategy;
	const flags: Record<PeerRole, NegotiationFlags> = { A: initialFlags('A'), B: initialFlags('B') };
	const steps: GlareWalkStep[] = [];
	let from = 0;

	const push = (
		id: GlareWalkStepId,
		peer: PeerRole | null,
		start: number,
		end: LogEntry,
		extra: Partial<GlareWalkStep> = {}
	) => {
		const transitions = { A: [], B: [] } as Record<PeerRole, SignalingTransition[]>;
		const applies = id in APPLIES ? APPLIES[id as keyof typeof APPLIES] : null;
		if (peer && applies) {
			const before = signalingOf(log[start]!, peer);
			const observed = log
				.slice(start, log.indexOf(end) + 1)
				.filter((e) => e.kind === 'event' && e.name === 'signalingstatechange' && e.peer === peer)
				.map((e) => (e.payload as { signalingState: string }).signalingState);
			if (before && isSignalingState(before)) {
				transitions[peer] = transitionsOf(before as SignalingState, observed, applies);
			}
		}
		steps.push({
			id,
			peer,
			entryId: end.id,
			error: end.kind === 'call' && end.status === 'error' ? (end.error ?? null) : null,
			decision: null,
			during: {},
			flags: { A: { ...flags.A }, B: { ...flags.B } },
			signaling: { A: signalingOf(end, 'A'), B: signalingOf(end, 'B') },
			connection: {
				A: end.peers.A?.connectionState ?? null,
				B: end.peers.B?.connectionState ?? null
			},
			transitions,
			...extra
		});
		from = log.indexOf(end) + 1;
	};

	/** A call's start and its end (success or error) after `from`, or null if not reached. */
	const call = (id: GlareWalkStepId): { start: number; end: CallEntry } | null => {
		const where = CALLS[id]!;
		const start = log.findIndex((e, i) => i >= from && isCall(e, where) && e.status === 'start');
		if (start < 0) return null;
		const end = log.find(
			(e, i): e is CallEntry => i > start && isCall(e, where) && e.status !== 'start'
		);
		return end ? { start, end } : null;
	};

	for (const id of GLARE_WALK_STEPS) {
		if (id === 'ignoreOffer') {
			const ignored = log.find((e, i) => i >= from && e.name === GLARE_IGNORED_ENTRY);
			const payload = ignored ? negotiationOf(ignored) : null;
			if (!ignored || !payload || !ignored.peer) break;
			flags[ignored.peer] = payload.negotiation;
			push(id, ignored.peer, log.indexOf(ignored), ignored, { decision: payload.decision ?? null });
			continue;
		}
		if (id === 'connected') {
			const connected = log.find(
				(e, i) =>
					i >= from && PEER_ROLES.every((peer) => e.peers[peer]?.connectionState === 'connected')
			);
			if (connected) push(id, null, log.indexOf(connected), connected);
			break;
		}
		const found = call(id);
		if (!found) break;
		const { start, end } = found;
		const peer = CALLS[id]!.peer;
		const recorded = negotiationOf(log[start]!);
		const extra: Partial<GlareWalkStep> = {};
		if (recorded) {
			// the fault actor's own call: the flags it held while calling, and after
			extra.during = duringOf(recorded.negotiation, flags[peer]);
			extra.decision = recorded.decision ?? null;
			flags[peer] = negotiationOf(end)?.negotiation ?? recorded.negotiation;
		} else if (id === 'offerA') {
			// the walkthrough's own offer, made as the example's negotiationneeded handler makes one
			extra.during = { makingOffer: true };
		} else if (id === 'applyAnswer') {
			// the walkthrough's own setRemoteAnswer step, with the example's handler around it
			const before = signalingOf(log[start]!, peer);
			if (before && isSignalingState(before)) {
				const decision = decide(flags[peer], before, 'answer');
				flags[peer] = afterDecision(flags[peer], decision);
				extra.decision = decision;
			}
			extra.during = { isSettingRemoteAnswerPending: true };
		}
		push(id, peer, start, end, extra);
		if (end.status === 'error') break;
	}
	const resolved = steps.some((s) => s.id === 'connected');
	return { strategy, polite: POLITE_PEER, steps, resolved };
}

/** The flags that differ while a call runs from the ones before it. */
function duringOf(during: NegotiationFlags, before: NegotiationFlags): Partial<NegotiationFlags> {
	return Object.fromEntries(
		(Object.keys(during) as (keyof NegotiationFlags)[])
			.filter((key) => during[key] !== before[key])
			.map((key) => [key, during[key]])
	);
}

/** A peer's path through the signaling states up to step `upTo` (its index), inclusive. */
export function pathOf(walk: GlareWalk, peer: PeerRole, upTo: number): SignalingTransition[] {
	return walk.steps.slice(0, upTo + 1).flatMap((step) => step.transitions[peer]);
}
