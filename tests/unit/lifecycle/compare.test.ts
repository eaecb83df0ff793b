import { describe, expect, it } from 'vitest';
import { alignByStep, firstDifference, stepSide } from '$lib/lifecycle/compare';
import { appendEntry, type LogEntry, type NewLogEntry } from '$lib/log/eventLog';
import type { PeerView, PeerViews } from '$lib/vocabulary';
import { freshView } from './fakeCall';

const view = (signalingState: string, connectionState = 'new'): PeerView =>
	freshView({
		signalingState,
		iceConnectionState: connectionState === 'connected' ? 'connected' : 'new',
		connectionState
	});

/** A log written the way the machine writes it: entries with the peers' states after each. */
function logOf(entries: [NewLogEntry, PeerViews][]): LogEntry[] {
	let log: LogEntry[] = [];
	entries.forEach(([entry, peers], i) => (log = appendEntry(log, entry, i * 10, peers)));
	return log;
}

const call = (step: string, status: 'success' | 'error', error?: string): NewLogEntry => ({
	kind: 'call',
	peer: 'A',
	name: step,
	step,
	status,
	...(error ? { error: { name: error, message: 'x' } } : {})
});

const stable: PeerViews = { A: view('stable'), B: view('stable') };
const offered: PeerViews = { A: view('have-local-offer'), B: view('stable') };
const answered: PeerViews = { A: view('have-local-offer'), B: view('stable') };

/** A signaling message arriving at the other peer, as the machine logs it. */
const received = (name: 'offer' | 'answer', from: 'A' | 'B', messageId: number): NewLogEntry => {
	const to = from === 'A' ? 'B' : 'A';
	const payload = { type: 'candidate', candidate: null } as const;
	return { kind: 'signal', name, stage: 'received', from, to, messageId, peer: to, payload };
};

/** Both calls run the same up to B's answer. */
const throughLocalAnswer: [NewLogEntry, PeerViews][] = [
	[call('getUserMedia', 'success'), { A: null, B: null }],
	[call('setLocalOffer', 'success'), offered],
	[received('offer', 'A', 1), offered],
	[call('setLocalAnswer', 'success'), answered]
];

const good = logOf([
	...throughLocalAnswer,
	[received('answer', 'B', 2), answered],
	[call('setRemoteAnswer', 'success'), stable],
	[
		{ kind: 'event', peer: 'A', name: 'connectionstatechange' },
		{ A: view('stable', 'connected'), B: view('stable', 'connected') }
	]
]);

const lostAnswer = logOf([
	...throughLocalAnswer,
	[
		{ kind: 'machine', peer: null, name: 'fault.lost', payload: { message: { type: 'answer' } } },
		answered
	],
	[
		{
			kind: 'machine',
			peer: null,
			name: 'failed',
			payload: { name: 'TimeoutError', message: 'x' }
		},
		answered
	]
]);

describe('compare with a good call', () => {
	it('aligns the two calls step by step, in the order of the walkthrough', () => {
		const rows = alignByStep(lostAnswer, good);
		expect(rows[0]!.step).toBe('getUserMedia');
		expect(rows.at(-1)!.step).toBe('communicate');
		const byStep = Object.fromEntries(rows.map((r) => [r.step, r]));
		expect(byStep.getUserMedia!.differs).toBe(false);
		expect(byStep.sendOffer!.faulted.outcome).toBe('success');
		expect(byStep.sendAnswer!.faulted.outcome).toBe('lost');
		expect(byStep.sendAnswer!.good.outcome).toBe('success');
		expect(byStep.setRemoteAnswer!.faulted.outcome).toBe('notReached');
		expect(byStep.setRemoteAnswer!.good.states.A?.signalingState).toBe('stable');
		expect(byStep.connect!.good.outcome).toBe('success');
		expect(firstDifference(rows)).toBe('sendAnswer');
	});

	it('names the error of a failed call and points at its entry', () => {
		const failed = logOf([[call('setRemoteAnswer', 'error', 'InvalidStateError'), stable]]);
		const result = stepSide(failed, 'setRemoteAnswer');
		expect(result).toMatchObject({ outcome: 'error', error: 'InvalidStateError', entryId: 1 });
		expect(result.states.A?.signalingState).toBe('stable');
	});

	it('finds no difference between a call and itself', () => {
		expect(firstDifference(alignByStep(good, good))).toBeNull();
	});
});
