import { describe, expect, it } from 'vitest';
import { CATALOG } from '$lib/i18n/catalog';
import {
	currentNodeId,
	edgeBetween,
	pathBetween,
	STATE_EXPLANATIONS,
	statechartOf,
	transitionLabel,
	transitionsFrom,
	type ChartNode
} from '$lib/lifecycle/statechart';
import { STEPS } from '$lib/lifecycle/steps';
import { walkthroughMachine } from '$lib/lifecycle/walkthroughMachine';

const chart = statechartOf();
const edge = (from: string, to: string) => chart.edges.find((e) => e.from === from && e.to === to);

function overlaps(a: ChartNode, b: ChartNode): boolean {
	return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

describe('the statechart, read from the machine', () => {
	it('draws one node per step, in the machine’s phases, and the states outside the steps', () => {
		const steps = chart.nodes.filter((n) => n.kind === 'step');
		expect(steps.map((n) => n.id)).toEqual(STEPS.map((s) => s.id));
		expect(steps.map((n) => n.phase)).toEqual(STEPS.map((s) => s.phase));
		const others = chart.nodes.filter((n) => n.kind !== 'step').map((n) => n.id);
		expect(others).toEqual([
			'iceFailed',
			'lane.idle',
			'lane.applying',
			'lane.failed',
			'failed',
			'closed'
		]);
		expect(Object.keys(walkthroughMachine.root.states)).toEqual(['running', 'failed', 'closed']);
	});

	it('shows each step’s inner states and the events between them', () => {
		const createOffer = chart.nodes.find((n) => n.id === 'createOffer')!;
		expect(createOffer.substates).toEqual([
			{ key: 'ready', tags: ['ready'] },
			// the fault lab's step, run when the chosen fault breaks this call
			{ key: 'faulting', tags: ['calling'] },
			{ key: 'calling', tags: ['calling'] }
		]);
		expect(createOffer.inner).toContainEqual({ from: 'ready', to: 'calling', label: 'step.next' });
		expect(createOffer.inner).toContainEqual({ from: 'ready', to: 'calling', label: '[runMode]' });
	});

	it('has the transitions between steps with their event names', () => {
		expect(edge('createOffer', 'setLocalOffer')).toMatchObject({
			kind: 'flow',
			labels: expect.arrayContaining(['onDone', '[remotePeer]'])
		});
		expect(edge('sendOffer', 'setRemoteOffer')?.labels).toContain('[descriptionArrived]');
		expect(edge('connect', 'communicate')?.labels).toEqual(['[bothConnected]']);
		expect(edge('communicate', 'closed')?.labels).toEqual(['call.hangUp']);
		expect(edge('connect', 'createOffer')).toMatchObject({
			kind: 'renegotiation',
			labels: ['ice.restart [canRestartIce]']
		});
		expect(edge('failed', 'getUserMedia')).toMatchObject({ kind: 'recovery' });
		expect(chart.regions[0]).toMatchObject({
			id: 'running',
			entered: ['walkthrough.reset', 'fault.select']
		});
	});

	it('has the failure edges: every API call’s onError, the timeouts, and the failures of any running state', () => {
		const apiSteps = ['getUserMedia', 'createOffer', 'setRemoteAnswer'];
		for (const step of apiSteps) expect(edge(step, 'failed')?.labels).toEqual(['onError']);
		expect(edge('sendOffer', 'failed')?.labels).toEqual(['after signalTimeout']);
		expect(edge('connect', 'failed')?.labels).toEqual(['after connectTimeout [runMode]']);
		expect(edge('running', 'failed')).toMatchObject({
			kind: 'failure',
			labels: [
				'call.failed',
				'peer.stateChanged [connectionFailed]',
				'ice.candidateError [expectedCandidateError]'
			]
		});
		expect(edge('running', 'iceFailed')?.labels).toEqual([
			'peer.stateChanged [restartableFailure]'
		]);
	});

	it('draws the candidate lane as a parallel region with its own transitions', () => {
		expect(chart.regions.find((r) => r.id === 'lane')?.parallel).toBe(true);
		expect(edge('lane.idle', 'lane.applying')?.labels).toEqual([
			'lane.deliver [deliverable]',
			'[autoDeliver]'
		]);
		expect(edge('lane.applying', 'lane.failed')?.labels).toEqual(['onError']);
	});

	it('lays nodes out without overlaps, inside the drawing', () => {
		for (const [i, a] of chart.nodes.entries()) {
			expect(a.x + a.w).toBeLessThanOrEqual(chart.width);
			expect(a.y + a.h).toBeLessThanOrEqual(chart.height);
			for (const b of chart.nodes.slice(i + 1))
				expect(overlaps(a, b), `${a.id} / ${b.id}`).toBe(false);
		}
		for (const e of chart.edges) expect(e.path).toMatch(/^M[\d.]+ [\d.]+( L[\d.]+ [\d.]+)+$/);
	});

	it('explains every state that is not a step, in both languages', () => {
		for (const node of chart.nodes.filter((n) => !n.step)) {
			const key = STATE_EXPLANATIONS[node.id];
			expect(key, node.id).toBeDefined();
			expect(CATALOG.en[key!]).toBeTruthy();
			expect(CATALOG.ko[key!]).toBeTruthy();
		}
	});
});

describe('where the walkthrough is on the chart', () => {
	it('maps progress to a drawn node', () => {
		const running = { status: 'running', phase: 'signaling', step: 'createOffer' } as const;
		expect(currentNodeId(running)).toBe('createOffer');
		expect(currentNodeId({ status: 'failed', phase: null, step: null })).toBe('failed');
		expect(currentNodeId({ status: 'failed', phase: 'connection', step: null })).toBe('iceFailed');
		expect(currentNodeId({ status: 'closed', phase: null, step: null })).toBe('closed');
	});

	it('finds the transition just taken, also a failure taken from any running state', () => {
		expect(edgeBetween(chart, 'createOffer', 'setLocalOffer')?.id).toBe(
			'createOffer->setLocalOffer'
		);
		expect(edgeBetween(chart, 'iceFailed', 'failed')?.id).toBe('running->failed');
		// a fault applied during the call fails from there
		expect(edgeBetween(chart, 'communicate', 'failed')?.id).toBe('communicate->failed');
		expect(edgeBetween(chart, 'createOffer', 'createOffer')).toBeNull();
		expect(edgeBetween(chart, null, 'getUserMedia')).toBeNull();
	});

	it('finds every transition taken when the page skipped states between two renders', () => {
		expect(pathBetween(chart, 'setLocalOffer', 'setRemoteOffer').map((e) => e.id)).toEqual([
			'setLocalOffer->sendOffer',
			'sendOffer->setRemoteOffer'
		]);
		expect(pathBetween(chart, 'setRemoteAnswer', 'communicate').map((e) => e.id)).toEqual([
			'setRemoteAnswer->connect',
			'connect->communicate'
		]);
		expect(pathBetween(chart, 'communicate', 'communicate')).toEqual([]);
		expect(pathBetween(chart, 'closed', 'getUserMedia')).toEqual([]);
	});

	it('lists the transitions out of a state, with those every running state has', () => {
		const out = transitionsFrom(chart, 'communicate').map((e) => e.id);
		expect(out).toEqual(
			expect.arrayContaining([
				'communicate->closed',
				'communicate->createOffer',
				'running->failed',
				'running->iceFailed'
			])
		);
		expect(transitionsFrom(chart, 'failed').map((e) => e.id)).toEqual(['failed->getUserMedia']);
	});

	it('names transitions the way xstate does', () => {
		expect(transitionLabel('xstate.done.actor.0.x', undefined)).toBe('onDone');
		expect(transitionLabel('xstate.error.actor.0.x', undefined)).toBe('onError');
		expect(transitionLabel('xstate.after.signalTimeout.a.b', undefined)).toBe(
			'after signalTimeout'
		);
		expect(transitionLabel('', 'runMode')).toBe('[runMode]');
		expect(transitionLabel('', undefined)).toBe('always');
		expect(transitionLabel('ice.restart', { type: 'canRestartIce' })).toBe(
			'ice.restart [canRestartIce]'
		);
	});
});
