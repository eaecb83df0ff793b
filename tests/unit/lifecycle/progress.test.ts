import { describe, expect, it } from 'vitest';
import { progressOf } from '$lib/lifecycle/progress';
import { walkthroughMachine } from '$lib/lifecycle/walkthroughMachine';
import { PHASES, STEPS } from '$lib/lifecycle/steps';
import { createFakeCall, flush } from './fakeCall';

describe('progressOf', () => {
	it('reads phase, step and stage from the machine snapshot', async () => {
		const fake = createFakeCall();
		fake.actor.start();
		expect(progressOf(fake.actor.getSnapshot().value)).toMatchObject({
			status: 'running',
			phase: 'fetching',
			step: 'getUserMedia',
			stage: 'ready',
			index: 0
		});
		fake.actor.send({ type: 'step.next' });
		await flush();
		expect(progressOf(fake.actor.getSnapshot().value)).toMatchObject({
			phase: 'signaling',
			step: 'createPeerConnections',
			stage: 'ready',
			index: 1
		});
	});

	it('knows failed and closed', () => {
		expect(progressOf('failed').status).toBe('failed');
		expect(progressOf('closed').status).toBe('closed');
	});

	it('marks a step whose call is in flight, and the waiting steps', () => {
		expect(
			progressOf({ running: { flow: { signaling: { createOffer: 'calling' } }, lane: 'idle' } })
		).toMatchObject({ step: 'createOffer', stage: 'calling' });
		expect(
			progressOf({ running: { flow: { connection: 'connect' }, lane: 'idle' } })
		).toMatchObject({ phase: 'connection', step: 'connect', stage: 'waiting' });
	});
});

describe('the machine and the step list agree', () => {
	it('has one state for every step, in its phase', () => {
		const flow = walkthroughMachine.root.states.running!.states.flow!;
		for (const phase of PHASES) {
			const names = Object.keys(flow.states[phase]!.states);
			expect(names).toEqual(STEPS.filter((s) => s.phase === phase).map((s) => s.id));
		}
	});
});
