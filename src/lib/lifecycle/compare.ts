/**
 * "Compare with a good call": the faulted call and a good one (the same steps, no fault) side by
 * side, one row per walkthrough step, each side with how the step ended, when, and the peers'
 * state values right after it. Built from the two event logs only, so a recorded session
 * compares the same way as a live one.
 */
import type { LogEntry } from '$lib/log/eventLog';
import { STEPS, type StepId } from './steps';
import type { PeerRole, PeerViews } from '$lib/vocabulary';

export type StepOutcome = 'success' | 'error' | 'lost' | 'notReached';

export interface PeerStates {
	signalingState: string;
	iceConnectionState: string;
	connectionState: string;
}

export interface StepSide {
	outcome: StepOutcome;
	/** ms since the session started, when the step ended; null when not reached */
	t: number | null;
	/** the id of the log entry that ended the step, to select it in the timeline */
	entryId: number | null;
	/** the error name when the step failed */
	error: string | null;
	states: Record<PeerRole, PeerStates | null>;
}

export interface CompareRow {
	step: StepId;
	faulted: StepSide;
	good: StepSide;
	/** the two sides ended the step differently (outcome or any state value) */
	differs: boolean;
}

const NOT_REACHED: StepSide = {
	outcome: 'notReached',
	t: null,
	entryId: null,
	error: null,
	states: { A: null, B: null }
};

function statesOf(peers: PeerViews): Record<PeerRole, PeerStates | null> {
	const pick = (id: PeerRole): PeerStates | null => {
		const view = peers[id];
		return view
			? {
					signalingState: view.signalingState,
					iceConnectionState: view.iceConnectionState,
					connectionState: view.connectionState
				}
			: null;
	};
	return { A: pick('A'), B: pick('B') };
}

function side(entry: LogEntry, outcome: StepOutcome, error: string | null = null): StepSide {
	return { outcome, t: entry.t, entryId: entry.id, error, states: statesOf(entry.peers) };
}

const connected = (e: LogEntry) =>
	e.peers.A?.connectionState === 'connected' && e.peers.B?.connectionState === 'connected';

/** How one step ended in one log. */
export function stepSide(log: readonly LogEntry[], step: StepId): StepSide {
	switch (step) {
		case 'sendOffer':
		case 'sendAnswer': {
			const type = step === 'sendOffer' ? 'offer' : 'answer';
			const lost = log.find(
				(e) => e.kind === 'machine' && e.name === 'fault.lost' && messageType(e.payload) === type
			);
			if (lost) return side(lost, 'lost');
			const arrived = log.find(
				(e) => e.kind === 'signal' && e.name === type && e.stage === 'received'
			);
			return arrived ? side(arrived, 'success') : NOT_REACHED;
		}
		case 'connect': {
			const up = log.find(connected);
			if (up) return side(up, 'success');
			const failed = log.find(
				(e) =>
					e.kind === 'machine' &&
					e.name === 'failed' &&
					(e.peers.A?.connectionState ?? 'new') !== 'new'
			);
			return failed ? side(failed, 'error', errorName(failed.payload)) : NOT_REACHED;
		}
		case 'communicate': {
			const media = log.find(
				(e) => e.kind === 'event' && (e.name === 'open' || e.name === 'track') && connected(e)
			);
			return media ? side(media, 'success') : NOT_REACHED;
		}
		default: {
			const ends = log.filter((e) => e.kind === 'call' && e.step === step && e.status !== 'start');
			const last = ends[ends.length - 1];
			if (!last || last.kind !== 'call') return NOT_REACHED;
			return last.status === 'error'
				? side(last, 'error', last.error?.name ?? null)
				: side(last, 'success');
		}
	}
}

function messageType(payload: unknown): string | null {
	const message = (payload as { message?: { type?: unknown } } | undefined)?.message;
	return typeof message?.type === 'string' ? message.type : null;
}

function errorName(payload: unknown): string | null {
	const name = (payload as { name?: unknown } | undefined)?.name;
	return typeof name === 'string' ? name : null;
}

/**
 * Two sides went the same way when the step ended the same way with the same signaling states.
 * ICE and connection states are shown but not compared: they move on their own timers, so two good
 * calls seldom log them at the same instant.
 */
function sameSide(a: StepSide, b: StepSide): boolean {
	return (
		a.outcome === b.outcome &&
		a.states.A?.signalingState === b.states.A?.signalingState &&
		a.states.B?.signalingState === b.states.B?.signalingState
	);
}

/** One row per walkthrough step, in the walkthrough's order. */
export function alignByStep(faulted: readonly LogEntry[], good: readonly LogEntry[]): CompareRow[] {
	return STEPS.map(({ id }) => {
		const f = stepSide(faulted, id);
		const g = stepSide(good, id);
		return { step: id, faulted: f, good: g, differs: !sameSide(f, g) };
	});
}

/** The first step where the two calls part ways, or null when they went the same way. */
export function firstDifference(rows: readonly CompareRow[]): StepId | null {
	return rows.find((row) => row.differs)?.step ?? null;
}
