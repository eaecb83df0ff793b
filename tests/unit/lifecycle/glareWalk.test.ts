import { describe, expect, it } from 'vitest';
import { initialFlags } from '$lib/faults/perfectNegotiation';
import { codeOf } from '$lib/lifecycle/glareCode';
import {
	glareWalk,
	GLARE_STEP,
	ignoredEntry,
	pathOf,
	strategyEntry
} from '$lib/lifecycle/glareWalk';
import { appendEntry, type LogEntry, type NewLogEntry } from '$lib/log/eventLog';
import type { PeerRole } from '$lib/vocabulary';
import { freshView } from './fakeCall';

/**
 * A log as the walkthrough writes it for glare with perfect negotiation, in the order Chromium
 * produced it (fault-observations.md): A's offer, B's own offer, A ignoring it, B's
 * setRemoteDescription with the implicit rollback (signalingstatechange "stable", then
 * "have-remote-offer"), B's answer, A applying it, both connected.
 */
function glareLog(until = Infinity) {
	const state = { A: freshView(), B: freshView() };
	let log: LogEntry[] = [];
	const add = (entry: NewLogEntry) => {
		if (log.length >= until) return;
		log = appendEntry(log, entry, log.length, { A: { ...state.A }, B: { ...state.B } });
	};
	const signaling = (peer: PeerRole, value: string) => {
		state[peer] = { ...state[peer], signalingState: value };
		add({ kind: 'event', peer, name: 'signalingstatechange', payload: { signalingState: value } });
	};
	const step = (peer: PeerRole, name: string, stepId: string, status: 'start' | 'success') =>
		add({ kind: 'call', peer, name, step: stepId, status });
	const B = (set: Partial<ReturnType<typeof initialFlags>> = {}) => ({
		...initialFlags('B'),
		...set
	});

	add({ kind: 'machine', peer: null, name: 'fault.chosen', payload: { fault: 'glare' } });
	step('A', 'setLocalDescription', 'setLocalOffer', 'start');
	signaling('A', 'have-local-offer');
	step('A', 'setLocalDescription', 'setLocalOffer', 'success');
	step('B', 'setRemoteDescription', 'setRemoteOffer', 'start');
	add(strategyEntry('perfect-negotiation'));
	add({
		kind: 'call',
		peer: 'B',
		name: 'setLocalDescription',
		step: GLARE_STEP,
		status: 'start',
		payload: { negotiation: B({ makingOffer: true }) }
	});
	signaling('B', 'have-local-offer');
	add({
		kind: 'call',
		peer: 'B',
		name: 'setLocalDescription',
		step: GLARE_STEP,
		status: 'success',
		payload: { negotiation: B() }
	});
	add(
		ignoredEntry('A', {
			negotiation: { ...initialFlags('A'), ignoreOffer: true },
			decision: {
				type: 'offer',
				signalingState: 'have-local-offer',
				readyForOffer: false,
				offerCollision: true,
				ignoreOffer: true,
				action: 'ignore',
				rollsBack: false
			}
		})
	);
	const atB = {
		type: 'offer' as const,
		signalingState: 'have-local-offer' as const,
		readyForOffer: false,
		offerCollision: true,
		ignoreOffer: false,
		action: 'apply' as const,
		rollsBack: true
	};
	add({
		kind: 'call',
		peer: 'B',
		name: 'setRemoteDescription',
		step: GLARE_STEP,
		status: 'start',
		payload: { negotiation: B(), decision: atB }
	});
	signaling('B', 'stable');
	signaling('B', 'have-remote-offer');
	add({
		kind: 'call',
		peer: 'B',
		name: 'setRemoteDescription',
		step: GLARE_STEP,
		status: 'success',
		payload: { negotiation: B() }
	});
	step('B', 'setRemoteDescription', 'setRemoteOffer', 'success');
	step('B', 'createAnswer', 'createAnswer', 'start');
	step('B', 'createAnswer', 'createAnswer', 'success');
	step('B', 'setLocalDescription', 'setLocalAnswer', 'start');
	signaling('B', 'stable');
	step('B', 'setLocalDescription', 'setLocalAnswer', 'success');
	step('A', 'setRemoteDescription', 'setRemoteAnswer', 'start');
	signaling('A', 'stable');
	step('A', 'setRemoteDescription', 'setRemoteAnswer', 'success');
	for (const peer of ['A', 'B'] as const) {
		state[peer] = { ...state[peer], connectionState: 'connected' };
		add({ kind: 'event', peer, name: 'connectionstatechange', payload: {} });
	}
	return log;
}

describe('the walk through glare resolved by perfect negotiation', () => {
	it('is none for a run without a strategy', () => {
		expect(glareWalk([])).toBeNull();
		const plain = glareLog().filter((e) => e.name !== 'glare.strategy');
		expect(glareWalk(plain)).toBeNull();
	});

	it('walks the seven steps in order, each ending at its log entry', () => {
		const log = glareLog();
		const walk = glareWalk(log)!;
		expect(walk.strategy).toBe('perfect-negotiation');
		expect(walk.polite).toBe('B');
		expect(walk.resolved).toBe(true);
		expect(walk.steps.map((s) => [s.id, s.peer])).toEqual([
			['offerA', 'A'],
			['offerB', 'B'],
			['ignoreOffer', 'A'],
			['rollback', 'B'],
			['answer', 'B'],
			['applyAnswer', 'A'],
			['connected', null]
		]);
		for (const step of walk.steps) {
			const entry = log.find((e) => e.id === step.entryId)!;
			expect(entry.kind === 'call' ? entry.status : 'not a call').not.toBe('start');
		}
	});

	it("shows the states each peer reported after each step, and the polite peer's rollback", () => {
		const walk = glareWalk(glareLog())!;
		expect(walk.steps.map((s) => `${s.signaling.A}/${s.signaling.B}`)).toEqual([
			'have-local-offer/stable',
			'have-local-offer/have-local-offer',
			'have-local-offer/have-local-offer',
			'have-local-offer/have-remote-offer',
			'have-local-offer/stable',
			'stable/stable',
			'stable/stable'
		]);
		const rollback = walk.steps[3]!;
		expect(rollback.transitions.B).toEqual([
			{ from: 'have-local-offer', to: 'stable', side: 'local', type: 'rollback', implicit: true },
			{ from: 'stable', to: 'have-remote-offer', side: 'remote', type: 'offer', implicit: false }
		]);
		expect(rollback.transitions.A).toEqual([]);
		expect(pathOf(walk, 'B', 6).map((t) => t.to)).toEqual([
			'have-local-offer',
			'stable',
			'have-remote-offer',
			'stable'
		]);
		expect(pathOf(walk, 'A', 6).map((t) => `${t.side} ${t.type}`)).toEqual([
			'local offer',
			'remote answer'
		]);
		expect(pathOf(walk, 'B', 1).map((t) => t.to)).toEqual(['have-local-offer']);
		expect(walk.steps[6]!.connection).toEqual({ A: 'connected', B: 'connected' });
	});

	it("carries the example's flags: makingOffer, ignoreOffer, isSettingRemoteAnswerPending", () => {
		const walk = glareWalk(glareLog())!;
		const [offerA, offerB, ignore, rollback, , applyAnswer] = walk.steps;
		expect(offerA!.during).toEqual({ makingOffer: true });
		expect(offerB!.during).toEqual({ makingOffer: true });
		expect(offerB!.flags.B.makingOffer).toBe(false);
		expect(ignore!.decision).toMatchObject({ offerCollision: true, action: 'ignore' });
		expect(ignore!.flags.A.ignoreOffer).toBe(true);
		expect(rollback!.decision).toMatchObject({ rollsBack: true, action: 'apply' });
		expect(rollback!.flags.B).toEqual(initialFlags('B'));
		expect(applyAnswer!.during).toEqual({ isSettingRemoteAnswerPending: true });
		expect(applyAnswer!.decision).toMatchObject({ type: 'answer', offerCollision: false });
		// the answer resets ignoreOffer on the impolite peer, as the example's handler does
		expect(applyAnswer!.flags.A).toEqual(initialFlags('A'));
	});

	it('grows with the run: a log cut short walks only the steps it reached', () => {
		const log = glareLog();
		const rollbackEnd = log.findIndex(
			(e) =>
				e.kind === 'call' &&
				e.step === GLARE_STEP &&
				e.name === 'setRemoteDescription' &&
				e.status === 'success'
		);
		const walk = glareWalk(glareLog(rollbackEnd + 1))!;
		expect(walk.steps.map((s) => s.id)).toEqual(['offerA', 'offerB', 'ignoreOffer', 'rollback']);
		expect(walk.resolved).toBe(false);
	});

	it('ends at a call that failed, with its error', () => {
		const log = glareLog().map((e) =>
			e.kind === 'call' &&
			e.step === GLARE_STEP &&
			e.name === 'setRemoteDescription' &&
			e.status === 'success'
				? { ...e, status: 'error' as const, error: { name: 'InvalidStateError', message: 'x' } }
				: e
		);
		const walk = glareWalk(log)!;
		expect(walk.steps.at(-1)).toMatchObject({
			id: 'rollback',
			error: { name: 'InvalidStateError', message: 'x' }
		});
		expect(walk.resolved).toBe(false);
	});
});

describe('the code of each step', () => {
	it('is the example’s code with the values of this run', () => {
		const walk = glareWalk(glareLog())!;
		const code = Object.fromEntries(walk.steps.map((s) => [s.id, codeOf(s)]));
		expect(code.offerB).toContain('makingOffer = true;\nawait pcB.setLocalDescription();');
		expect(code.ignoreOffer).toContain('ignoreOffer = !polite && offerCollision; // true');
		expect(code.ignoreOffer).toContain('if (ignoreOffer) return;');
		expect(code.ignoreOffer).not.toContain('setRemoteDescription');
		expect(code.rollback).toContain('pcB.signalingState == "stable"');
		expect(code.rollback).toContain(
			'offerCollision = description.type == "offer" && !readyForOffer; // true'
		);
		expect(code.rollback).toContain('ignoreOffer = !polite && offerCollision; // false');
		expect(code.rollback).toContain(
			'await pcB.setRemoteDescription(description); // offer: SRD rolls back as needed'
		);
		expect(code.applyAnswer).toContain(
			'isSettingRemoteAnswerPending = description.type == "answer"; // true'
		);
		expect(code.applyAnswer).toContain('await pcA.setRemoteDescription(description); // answer\n');
		expect(code.connected).toBe(
			'pcA.connectionState; // "connected"\npcB.connectionState; // "connected"'
		);
	});
});
