import { describe, expect, it } from 'vitest';
import { progressOf } from '$lib/lifecycle/progress';
import { walkthroughMachine } from '$lib/lifecycle/walkthroughMachine';
import { PHASES, stepsOfPhase } from '$lib/lifecycle/steps';
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
			progressOf({ running: { flow: { signaling: { createOffer: 'calling' } } } })
		).toMatchObject({ step: 'createOffer', stage: 'calling' });
		expect(progressOf({ running: { flow: { connection: 'connect' } } })).toMatchObject({
			phase: 'connection',
			step: 'connect',
			stage: 'waiting'
		});
	});

	it('reads the step from the states’ meta and the stage from their tags, not from the value', async () => {
		const fake = createFakeCall({ manual: true });
		fake.actor.start();
		fake.actor.send({ type: 'mode.set', mode: 'run' });
		await flush();
		const snapshot = fake.actor.getSnapshot();
		expect(snapshot.hasTag('calling')).toBe(true);
		expect(Object.values(snapshot.getMeta())).toContainEqual({
			step: 'getUserMedia',
			phase: 'fetching'
		});
		expect(progressOf(snapshot)).toMatchObject({
			status: 'running',
			phase: 'fetching',
			step: 'getUserMedia',
			stage: 'calling',
			index: 0
		});
	});

	it('tags every step state with its step and phase, and each inner state with one stage', () => {
		const flow = walkthroughMachine.root.states.running!.states.flow!;
		for (const phase of PHASES) {
			for (const node of Object.values(flow.states[phase]!.states)) {
				expect(node.meta).toEqual({ step: node.key, phase });
				const leaves = Object.values(node.states);
				for (const leaf of leaves.length > 0 ? leaves : [node]) {
					expect(leaf.tags.filter((t) => ['ready', 'calling', 'waiting'].includes(t))).toHaveLength(
						1
					);
				}
			}
		}
	});
});

describe('the machine and the step list agree', () => {
	it('has one state for every step, in its phase', () => {
		const flow = walkthroughMachine.root.states.running!.states.flow!;
		for (const phase of PHASES) {
			const names = Object.keys(flow.states[phase]!.states);
			expect(names).toEqual(stepsOfPhase(phase).map((s) => s.id));
		}
	});
});
