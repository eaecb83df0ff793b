import { afterEach, describe, expect, it, vi } from 'vitest';
import { STEPS } from '$lib/lifecycle/steps';
import { laneMessages } from '$lib/lifecycle/context';
import { createFakeCall, flush, runningFakeCall } from './fakeCall';

const API_ORDER = [
	'getUserMedia',
	'createPeerConnections',
	'addTrack',
	'createDataChannel',
	'createOffer',
	'setLocalOffer',
	'setRemoteOffer',
	'addTrackB',
	'createAnswer',
	'setLocalAnswer',
	'setRemoteAnswer'
];

function stepOf(fake: ReturnType<typeof createFakeCall>) {
	const value = fake.actor.getSnapshot().value;
	return JSON.stringify(value);
}

async function stepTo(fake: ReturnType<typeof createFakeCall>, clicks: number) {
	for (let i = 0; i < clicks; i++) {
		fake.actor.send({ type: 'step.next' });
		await flush();
	}
}

afterEach(() => {
	vi.useRealTimers();
});

describe('walkthrough machine, step mode', () => {
	it('runs exactly one API call per click, in the order of the offer/answer exchange', async () => {
		const fake = createFakeCall();
		fake.actor.start();
		await flush();
		expect(fake.calls).toEqual([]);
		expect(
			fake.actor.getSnapshot().matches({ running: { flow: { fetching: 'getUserMedia' } } })
		).toBe(true);
		const seen: string[][] = [];
		// 11 API calls and 2 "send" steps
		for (let i = 0; i < 13; i++) {
			fake.actor.send({ type: 'step.next' });
			await flush();
			seen.push([...fake.calls]);
		}
		expect(fake.calls).toEqual(API_ORDER);
		// each click added at most one call; the two signaling sends add none
		for (let i = 1; i < seen.length; i++) {
			expect(seen[i]!.length - seen[i - 1]!.length).toBeLessThanOrEqual(1);
		}
		expect(stepOf(fake)).toContain('connect');
		expect(fake.actor.getSnapshot().context.lastStep).toBe('setRemoteAnswer');
	});

	it('waits at each step until Next and moves through the phases in order', async () => {
		const fake = createFakeCall();
		fake.actor.start();
		const phases: string[] = [];
		const record = () => {
			const value = fake.actor.getSnapshot().value as { running?: { flow: object } };
			const phase = Object.keys(value.running?.flow ?? {})[0]!;
			if (phases[phases.length - 1] !== phase) phases.push(phase);
		};
		record();
		for (let i = 0; i < 13; i++) {
			await stepTo(fake, 1);
			record();
		}
		fake.connect('A');
		fake.connect('B');
		await flush();
		record();
		expect(phases).toEqual(['fetching', 'signaling', 'connection', 'communication']);
	});

	it('logs every call as start then success, with the peer and the state values at that moment', async () => {
		const fake = createFakeCall();
		fake.actor.start();
		await stepTo(fake, 6);
		const log = fake.actor.getSnapshot().context.log;
		const calls = log.filter((e) => e.kind === 'call');
		expect(
			calls.map((e) => `${e.kind === 'call' && e.step}:${e.kind === 'call' && e.status}`)
		).toEqual([
			'getUserMedia:start',
			'getUserMedia:success',
			'createPeerConnections:start',
			'createPeerConnections:success',
			'addTrack:start',
			'addTrack:success',
			'createDataChannel:start',
			'createDataChannel:success',
			'createOffer:start',
			'createOffer:success',
			'setLocalOffer:start',
			'setLocalOffer:success'
		]);
		const setLocal = calls.find(
			(e) => e.kind === 'call' && e.step === 'setLocalOffer' && e.status === 'success'
		);
		expect(setLocal?.peer).toBe('A');
		expect(setLocal?.peers.A?.signalingState).toBe('have-local-offer');
		expect(log.map((e) => e.id)).toEqual(log.map((_, i) => i + 1));
	});

	it('sends the offer through the signaling lane, where it waits for B.setRemoteDescription', async () => {
		const fake = createFakeCall();
		fake.actor.start();
		await stepTo(fake, 7); // ... setLocalOffer, sendOffer
		let context = fake.actor.getSnapshot().context;
		expect(laneMessages(context)).toHaveLength(1);
		expect(laneMessages(context)[0]).toMatchObject({ from: 'A', to: 'B', status: 'arrived' });
		expect(laneMessages(context)[0]!.message.type).toBe('offer');
		// offers and answers are kept apart from the candidate lanes
		expect(context.descriptions.map((m) => m.message.type)).toEqual(['offer']);
		expect(context.lanes.B.queue).toEqual([]);
		await stepTo(fake, 1); // setRemoteOffer
		context = fake.actor.getSnapshot().context;
		expect(laneMessages(context)).toHaveLength(0);
		const stages = context.log
			.filter((e) => e.kind === 'signal')
			.map((e) => (e.kind === 'signal' ? `${e.name}:${e.stage}` : ''));
		expect(stages).toEqual(['offer:sent', 'offer:received', 'offer:applied']);
	});
});

describe('candidate queueing (trickle ICE in the lane)', () => {
	it('holds candidates until the receiver has a remote description, then delivers one or all on request', async () => {
		const fake = createFakeCall();
		fake.actor.start();
		await stepTo(fake, 6); // through setLocalOffer: A starts gathering
		fake.gather('A', 'candidate:1 1 udp 2122260223 192.0.2.1 50000 typ host');
		fake.gather('A', 'candidate:2 1 tcp 1518280447 192.0.2.1 9 typ host tcptype active');
		fake.gather('A', null);
		await flush();
		let context = fake.actor.getSnapshot().context;
		expect(laneMessages(context).map((m) => m.status)).toEqual(['arrived', 'arrived', 'arrived']);

		// B has no remote description yet: addIceCandidate would fail, so nothing is delivered
		fake.actor.send({ type: 'lane.deliver' });
		await flush();
		expect(fake.candidatesAdded).toHaveLength(0);

		await stepTo(fake, 2); // sendOffer, setRemoteOffer
		context = fake.actor.getSnapshot().context;
		expect(laneMessages(context).filter((m) => m.message.type === 'candidate')).toHaveLength(3);
		expect(fake.candidatesAdded).toHaveLength(0); // step mode: still waiting for the user

		fake.actor.send({ type: 'lane.deliver' });
		await flush();
		expect(fake.candidatesAdded).toHaveLength(1);
		expect(fake.candidatesAdded[0]!.peer).toBe('B');
		expect(fake.candidatesAdded[0]!.candidate?.candidate).toContain('udp');

		// a specific message can be delivered out of order
		const endOfCandidates = laneMessages(fake.actor.getSnapshot().context).at(-1)!;
		fake.actor.send({ type: 'lane.deliver', messageId: endOfCandidates.id });
		await flush();
		expect(fake.candidatesAdded[1]!.candidate).toBeNull();

		fake.actor.send({ type: 'lane.deliverAll' });
		await flush();
		expect(fake.candidatesAdded).toHaveLength(3);
		expect(laneMessages(fake.actor.getSnapshot().context)).toHaveLength(0);

		// deliver-all covers what was queued when clicked, not candidates gathered later
		await stepTo(fake, 3); // addTrackB, createAnswer, setLocalAnswer: B gathers
		fake.gather('B', 'candidate:3 1 udp 2122260223 192.0.2.2 50001 typ host');
		await flush();
		expect(laneMessages(fake.actor.getSnapshot().context)).toHaveLength(1);
	});

	it('delivers candidates automatically in run mode once the receiver can take them', async () => {
		const fake = createFakeCall();
		fake.actor.start();
		await stepTo(fake, 6);
		fake.gather('A', 'candidate:1 1 udp 2122260223 192.0.2.1 50000 typ host');
		await flush();
		fake.actor.send({ type: 'mode.set', mode: 'run' });
		await flush(20);
		// the lane runs beside the steps: the candidate goes to B right after B.setRemoteDescription
		expect(fake.calls.filter((c) => c !== 'addIceCandidate')).toEqual(API_ORDER);
		expect(fake.calls.indexOf('addIceCandidate')).toBeGreaterThan(
			fake.calls.indexOf('setRemoteOffer')
		);
		expect(fake.candidatesAdded.map((c) => c.peer)).toEqual(['B']);
		fake.gather('B', 'candidate:3 1 udp 2122260223 192.0.2.2 50001 typ host');
		await flush();
		expect(fake.candidatesAdded.map((c) => c.peer)).toEqual(['B', 'A']);
	});
});

describe('a lane per receiving peer', () => {
	it('candidates flow both ways at once: one for A does not wait behind one for B', async () => {
		const fake = createFakeCall({ manual: true });
		fake.actor.start();
		fake.actor.send({ type: 'mode.set', mode: 'run' });
		for (let i = 0; i < API_ORDER.length; i++) {
			fake.release();
			await flush();
		}
		expect(fake.calls).toEqual(API_ORDER);
		fake.gather('A', 'candidate:1 1 udp 2122260223 192.0.2.1 50000 typ host');
		fake.gather('B', 'candidate:2 1 udp 2122260223 192.0.2.2 50001 typ host');
		await flush();
		// both addIceCandidate calls are in flight together, one in each lane
		expect(fake.calls.filter((c) => c === 'addIceCandidate')).toHaveLength(2);
		const { lanes } = fake.actor.getSnapshot().context;
		expect(lanes.B.applying?.from).toBe('A');
		expect(lanes.A.applying?.from).toBe('B');
		fake.release();
		fake.release();
		await flush();
		expect(fake.candidatesAdded.map((c) => c.peer).sort()).toEqual(['A', 'B']);
		expect(laneMessages(fake.actor.getSnapshot().context)).toEqual([]);
	});
});

describe('mode switching', () => {
	it('run all finishes the remaining steps, and step mode stops again at the next step', async () => {
		const fake = createFakeCall({ manual: true });
		fake.actor.start();
		fake.actor.send({ type: 'mode.set', mode: 'run' });
		await flush();
		expect(fake.calls).toEqual(['getUserMedia']);
		fake.release();
		await flush();
		expect(fake.calls).toEqual(['getUserMedia', 'createPeerConnections']);
		fake.actor.send({ type: 'mode.set', mode: 'step' });
		fake.release();
		await flush();
		// the call in flight finishes, then the machine waits at the next step
		expect(fake.calls).toEqual(['getUserMedia', 'createPeerConnections']);
		expect(stepOf(fake)).toContain('"addTrack":"ready"');
		fake.actor.send({ type: 'mode.set', mode: 'run' });
		for (let i = 0; i < API_ORDER.length; i++) {
			fake.release();
			await flush();
		}
		expect(fake.calls).toEqual(API_ORDER);
		const modes = fake.actor
			.getSnapshot()
			.context.log.filter((e) => e.kind === 'machine')
			.map((e) => e.name);
		expect(modes).toEqual(['mode.run', 'mode.step', 'mode.run']);
	});

	it('run mode from the start reaches Communication once both peers connect', async () => {
		const fake = await runningFakeCall();
		expect(fake.calls).toEqual(API_ORDER);
		fake.connect('A');
		await flush();
		expect(stepOf(fake)).toContain('connect');
		fake.connect('B');
		await flush();
		expect(fake.actor.getSnapshot().matches({ running: { flow: 'communication' } })).toBe(true);
	});
});

describe('reset', () => {
	it('closes the peers, clears the session and starts again in step mode', async () => {
		const fake = createFakeCall();
		fake.actor.start();
		await stepTo(fake, 7);
		fake.gather('A', 'candidate:1 1 udp 2122260223 192.0.2.1 50000 typ host');
		fake.actor.send({ type: 'mode.set', mode: 'run' });
		await flush(20);
		expect(fake.peerEventsStopped).toBe(0);
		fake.actor.send({ type: 'walkthrough.reset' });
		await flush();
		expect(fake.peerEventsStopped).toBe(1);
		expect(fake.signalingStopped).toBe(1);
		const snapshot = fake.actor.getSnapshot();
		expect(snapshot.matches({ running: { flow: { fetching: { getUserMedia: 'ready' } } } })).toBe(
			true
		);
		expect(snapshot.context).toMatchObject({
			mode: 'step',
			peers: { A: null, B: null },
			descriptions: [],
			lanes: { A: { queue: [], applying: null }, B: { queue: [], applying: null } },
			offer: null,
			answer: null,
			failure: null,
			chat: []
		});
		expect(snapshot.context.log.map((e) => e.name)).toEqual(['reset']);
		// and a second run works
		const before = fake.calls.length;
		await stepTo(fake, 1);
		expect(fake.calls.slice(before)).toEqual(['getUserMedia']);
	});

	it('is possible from the failed state', async () => {
		const fake = await runningFakeCall({
			fail: { createOffer: { name: 'OperationError', message: 'x' } }
		});
		expect(fake.actor.getSnapshot().value).toBe('failed');
		fake.actor.send({ type: 'walkthrough.reset' });
		await flush();
		expect(fake.actor.getSnapshot().context.failure).toBeNull();
		expect(stepOf(fake)).toContain('fetching');
	});
});

describe('failure paths', () => {
	const apiSteps = STEPS.filter((s) => API_ORDER.includes(s.id));
	for (const step of apiSteps) {
		it(`a rejected ${step.id} moves to failed, naming the call, the error and a likely cause`, async () => {
			const fake = await runningFakeCall({
				fail: { [step.id]: { name: 'InvalidStateError', message: `${step.id} broke` } }
			});
			const snapshot = fake.actor.getSnapshot();
			expect(snapshot.value).toBe('failed');
			expect(snapshot.context.failure).toMatchObject({
				call: step.id,
				error: { name: 'InvalidStateError', message: `${step.id} broke` }
			});
			expect(snapshot.context.failure?.causeKey).toMatch(/^cause\./);
			expect(fake.calls.at(-1)).toBe(step.id);
			const last = snapshot.context.log.at(-1)!;
			expect(last).toMatchObject({ kind: 'call', status: 'error', step: step.id });
			// leaving the running state closed the peers
			expect(fake.peerEventsStopped).toBe(1);
		});
	}

	it('getUserMedia NotAllowedError explains permission and falls back to the synthetic source', async () => {
		const fake = createFakeCall({
			fail: { getUserMedia: { name: 'NotAllowedError', message: 'Permission denied' } }
		});
		fake.actor.start();
		await stepTo(fake, 1);
		let snapshot = fake.actor.getSnapshot();
		expect(snapshot.value).toBe('failed');
		expect(snapshot.context.failure?.causeKey).toBe('cause.media.notAllowed');
		fake.actor.send({ type: 'media.useSynthetic' });
		await flush();
		snapshot = fake.actor.getSnapshot();
		// the fake still fails getUserMedia by name, but the retry ran with the synthetic source
		expect(fake.calls).toEqual(['getUserMedia', 'getUserMedia']);
		expect(snapshot.context.source).toEqual({ kind: 'synthetic' });
	});

	it('media.useSynthetic is ignored after failures that are not about media', async () => {
		const fake = await runningFakeCall({
			fail: { createOffer: { name: 'OperationError', message: 'x' } }
		});
		fake.actor.send({ type: 'media.useSynthetic' });
		await flush();
		expect(fake.actor.getSnapshot().value).toBe('failed');
	});

	it('NotFoundError names the missing device', async () => {
		const fake = createFakeCall({
			fail: { getUserMedia: { name: 'NotFoundError', message: 'none' } }
		});
		fake.actor.start();
		await stepTo(fake, 1);
		expect(fake.actor.getSnapshot().context.failure?.causeKey).toBe('cause.media.notFound');
	});

	it('connectionState "failed" moves to failed', async () => {
		const fake = await runningFakeCall();
		fake.connect('B', 'failed');
		await flush();
		const snapshot = fake.actor.getSnapshot();
		expect(snapshot.value).toBe('failed');
		expect(snapshot.context.failure).toMatchObject({
			call: 'connection',
			causeKey: 'cause.connection.failed'
		});
		expect(snapshot.context.peers.B?.connectionState).toBe('failed');
	});

	it('a rejected addIceCandidate moves to failed', async () => {
		const fake = await runningFakeCall({
			fail: { addIceCandidate: { name: 'OperationError', message: 'bad' } }
		});
		fake.gather('B', 'candidate:3 1 udp 2122260223 192.0.2.2 50001 typ host');
		await flush();
		expect(fake.actor.getSnapshot().context.failure).toMatchObject({
			call: 'addIceCandidate',
			causeKey: 'cause.candidate.operation'
		});
	});

	it('an offer that never arrives times out in the machine', async () => {
		vi.useFakeTimers();
		const fake = await runningFakeCall({ deliverSignals: false });
		expect(stepOf(fake)).toContain('sendOffer');
		await vi.advanceTimersByTimeAsync(10_001);
		expect(fake.actor.getSnapshot().context.failure).toMatchObject({
			call: 'signaling',
			causeKey: 'cause.signaling.timeout'
		});
	});

	it('run mode gives up when ICE does not connect in time; step mode waits for the user', async () => {
		vi.useFakeTimers();
		const fake = await runningFakeCall();
		await vi.advanceTimersByTimeAsync(30_001);
		expect(fake.actor.getSnapshot().context.failure?.call).toBe('connectTimeout');

		const stepping = createFakeCall();
		stepping.actor.start();
		await stepTo(stepping, 12);
		await vi.advanceTimersByTimeAsync(60_000);
		expect(stepping.actor.getSnapshot().value).not.toBe('failed');
	});
});

describe('communication', () => {
	async function connected() {
		const fake = await runningFakeCall();
		fake.connect('A');
		fake.connect('B');
		await flush();
		return fake;
	}

	it('sends chat through the peers and records messages that arrive', async () => {
		const fake = await connected();
		fake.actor.send({ type: 'chat.send', from: 'A', text: 'hello <b>B</b>' });
		await flush();
		expect(fake.commands).toEqual([{ type: 'peer.sendChat', from: 'A', text: 'hello <b>B</b>' }]);
		fake.browser({ type: 'data.message', peer: 'B', text: 'hello <b>B</b>' });
		await flush();
		expect(fake.actor.getSnapshot().context.chat).toMatchObject([
			{ from: 'A', text: 'hello <b>B</b>' }
		]);
	});

	it('tracks both ends of the data channel, logging only real DOM events', async () => {
		const fake = await connected();
		const channel = { label: 'chat', ordered: true, readyState: 'connecting' };
		fake.browser({ type: 'data.channelState', peer: 'A', cause: 'created', channel });
		fake.browser({ type: 'data.channelState', peer: 'B', cause: 'datachannel', channel });
		fake.browser({
			type: 'data.channelState',
			peer: 'A',
			cause: 'open',
			channel: { ...channel, readyState: 'open' }
		});
		await flush();
		const context = fake.actor.getSnapshot().context;
		expect(context.dataChannels.A?.readyState).toBe('open');
		expect(context.dataChannels.B?.readyState).toBe('connecting');
		const events = context.log.filter((e) => e.kind === 'event').map((e) => `${e.peer}:${e.name}`);
		expect(events).toContain('B:datachannel');
		expect(events).toContain('A:open');
		expect(events.some((e) => e.endsWith('created'))).toBe(false);
	});

	it('hang up closes both peers and ends in closed', async () => {
		const fake = await connected();
		fake.actor.send({ type: 'call.hangUp' });
		await flush();
		const snapshot = fake.actor.getSnapshot();
		expect(snapshot.value).toBe('closed');
		expect(fake.peerEventsStopped).toBe(1);
		expect(snapshot.context.peers.A?.connectionState).toBe('closed');
	});
});
