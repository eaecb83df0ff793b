import { describe, expect, it } from 'vitest';
import type { SignalSendEvent } from '$lib/lifecycle/events';
import { progressOf } from '$lib/lifecycle/progress';
import { laneMessages } from '$lib/lifecycle/context';
import { createFakeCall, flush } from './fakeCall';

/** Two pages, one peer each, joined by a channel that the test can hold back. */
function twoDevices() {
	const inFlight: { to: 'A' | 'B'; event: SignalSendEvent }[] = [];
	const caller = createFakeCall({
		local: ['A'],
		relay: (event) => inFlight.push({ to: 'B', event })
	});
	const callee = createFakeCall({
		local: ['B'],
		relay: (event) => inFlight.push({ to: 'A', event })
	});
	const deliver = async () => {
		for (const { to, event } of inFlight.splice(0))
			(to === 'A' ? caller : callee).receiveSignal(event);
		await flush();
	};
	return { caller, callee, inFlight, deliver };
}

type Devices = ReturnType<typeof twoDevices>;

const state = (fake: ReturnType<typeof createFakeCall>) =>
	JSON.stringify(fake.actor.getSnapshot().value);

/** The callee's calls from its own media to its answer. */
const CALLEE_CALLS_TO_ANSWER = [
	'getUserMedia',
	'createPeerConnections',
	'setRemoteOffer',
	'addTrackB',
	'createAnswer',
	'setLocalAnswer'
];

/** Both pages start in run mode; the offer, then the answer, cross the channel. */
async function runBothThroughAnswer({ caller, callee, deliver }: Devices): Promise<void> {
	caller.actor.start();
	callee.actor.start();
	caller.actor.send({ type: 'mode.set', mode: 'run' });
	callee.actor.send({ type: 'mode.set', mode: 'run' });
	await flush();
	await deliver();
	await deliver();
}

function expectBothCommunicating({ caller, callee }: Devices): void {
	expect(state(caller)).toContain('communicate');
	expect(state(callee)).toContain('communicate');
}

/** Each side is connected when its own peer is: both go on to Communication. */
async function connectBoth(devices: Devices): Promise<void> {
	devices.caller.connect('A');
	devices.callee.connect('B');
	await flush();
	expectBothCommunicating(devices);
}

/** Two devices that ran the whole call in run mode and are in Communication. */
async function connectedDevices(): Promise<Devices> {
	const devices = twoDevices();
	await runBothThroughAnswer(devices);
	await connectBoth(devices);
	return devices;
}

describe('walkthrough machine with one local peer (two devices)', () => {
	it('runs only the local peer’s calls on each side and waits for the other side’s messages', async () => {
		const devices = twoDevices();
		const { caller, callee, inFlight, deliver } = devices;
		caller.actor.start();
		callee.actor.start();
		await flush();
		// Each device captures its own media: the callee's first step is its own getUserMedia,
		// then creating its connection.
		expect(state(callee)).toContain('getUserMedia');
		callee.actor.send({ type: 'step.next' });
		await flush();
		callee.actor.send({ type: 'step.next' });
		await flush();
		expect(callee.calls).toEqual(['getUserMedia', 'createPeerConnections']);
		expect(state(callee)).toContain('sendOffer'); // waiting, with no timeout: a person is stepping over there
		expect(state(callee)).toContain('waiting');

		// six calls and the send step
		for (let i = 0; i < 7; i++) {
			caller.actor.send({ type: 'step.next' });
			await flush();
		}
		expect(caller.calls).toEqual([
			'getUserMedia',
			'createPeerConnections',
			'addTrack',
			'createDataChannel',
			'createOffer',
			'setLocalOffer'
		]);
		// sendOffer: the offer leaves this page; the caller goes on to wait for the answer.
		expect(inFlight.map((m) => m.event.message.type)).toEqual(['offer']);
		expect(state(caller)).toContain('sendAnswer');
		expect(laneMessages(caller.actor.getSnapshot().context)).toEqual([]); // nothing left to apply here
		const sentLog = caller.actor.getSnapshot().context.log.filter((e) => e.kind === 'signal');
		expect(sentLog.map((e) => e.kind === 'signal' && e.stage)).toEqual(['sent']);

		caller.gather('A', 'candidate:1 1 udp 2122260223 192.0.2.1 50000 typ host');
		await deliver();
		expect(state(callee)).toContain('setRemoteOffer');
		// The candidate waits in the callee's lane until it has the offer.
		expect(laneMessages(callee.actor.getSnapshot().context).map((m) => m.message.type)).toEqual([
			'offer',
			'candidate'
		]);
		for (let i = 0; i < 5; i++) {
			callee.actor.send({ type: 'step.next' });
			await flush();
		}
		expect(callee.calls).toEqual(CALLEE_CALLS_TO_ANSWER);
		callee.actor.send({ type: 'lane.deliver' });
		await flush();
		expect(callee.candidatesAdded).toHaveLength(1);
		expect(inFlight.map((m) => m.event.message.type)).toEqual(['answer']);
		expect(state(callee)).toContain('connect');

		await deliver();
		caller.actor.send({ type: 'step.next' });
		await flush();
		expect(caller.calls.at(-1)).toBe('setRemoteAnswer');
		expect(state(caller)).toContain('connect');

		await connectBoth(devices);
	});

	it('runs both sides to Communication in run mode', async () => {
		const devices = twoDevices();
		await runBothThroughAnswer(devices);
		expect(devices.caller.calls).toContain('setRemoteAnswer');
		expect(devices.callee.calls).toEqual(CALLEE_CALLS_TO_ANSWER);
		await connectBoth(devices);
	});
});

describe('ICE restart between two devices', () => {
	it('the caller offers again with iceRestart; the callee answers it from Communication', async () => {
		const devices = await connectedDevices();
		const { caller, callee, deliver } = devices;
		const before = callee.actor.getSnapshot().context.log.length;

		// A candidate arriving while connected is recorded once (not once per parallel region).
		caller.gather('A', 'candidate:9 1 udp 1 192.0.2.9 9 typ host');
		await deliver();
		const received = callee.actor
			.getSnapshot()
			.context.log.slice(before)
			.filter((e) => e.kind === 'signal' && e.stage === 'received');
		expect(received).toHaveLength(1);

		caller.actor.send({ type: 'ice.restart' });
		await flush();
		expect(caller.calls.filter((c) => c === 'createOffer')).toHaveLength(2);
		expect(caller.inputs.filter((i) => i.step === 'createOffer').map((i) => i.iceRestart)).toEqual([
			undefined,
			true
		]);
		expect(state(caller)).toContain('sendAnswer');
		await deliver(); // the new offer reaches the callee in Communication
		expect(callee.calls.filter((c) => c === 'setRemoteOffer')).toHaveLength(2);
		// B's tracks already flow on the transceivers the first round settled: not added again
		// (a second pcB.addTrack of the same track would throw InvalidAccessError)
		expect(callee.calls.filter((c) => c === 'addTrackB')).toHaveLength(1);
		expect(callee.calls.filter((c) => c === 'createAnswer')).toHaveLength(2);
		expect(
			callee.actor
				.getSnapshot()
				.context.log.filter(
					(e) => e.kind === 'signal' && e.name === 'offer' && e.stage === 'received'
				)
		).toHaveLength(2);
		await deliver(); // the new answer
		expect(caller.calls.filter((c) => c === 'setRemoteAnswer')).toHaveLength(2);
		// Still connected on both sides: back in Communication.
		expectBothCommunicating(devices);
	});

	it('a callee cannot start an ICE restart itself', async () => {
		const { callee } = twoDevices();
		callee.actor.start();
		callee.actor.send({ type: 'mode.set', mode: 'run' });
		await flush();
		callee.actor.send({ type: 'ice.restart' });
		await flush();
		expect(callee.calls).not.toContain('createOffer');
	});
});

describe('ICE failed between two devices', () => {
	it('shows the failure, keeps the connection, and recovers with the caller’s ICE restart', async () => {
		const devices = await connectedDevices();
		const { caller, callee, deliver } = devices;

		// The network path breaks: both fire iceConnectionState and connectionState = failed.
		for (const fake of [caller, callee]) {
			const peer = fake === caller ? 'A' : 'B';
			fake.views[peer] = { ...fake.views[peer], iceConnectionState: 'failed' };
			fake.browser({
				type: 'peer.stateChanged',
				peer,
				field: 'iceConnectionState',
				value: 'failed',
				view: fake.views[peer]
			});
			fake.connect(peer, 'failed');
		}
		await flush();
		for (const fake of [caller, callee]) {
			const snapshot = fake.actor.getSnapshot();
			expect(progressOf(snapshot.value)).toMatchObject({ status: 'failed', phase: 'connection' });
			expect(snapshot.context.failure).toMatchObject({ call: 'connection' });
			// one failure entry for both events; the peer connection is still there (not closed)
			expect(snapshot.context.log.filter((e) => e.name === 'failed')).toHaveLength(1);
			expect(fake.peerEventsStopped).toBe(0);
		}
		expect(caller.actor.getSnapshot().can({ type: 'ice.restart' })).toBe(true);
		expect(callee.actor.getSnapshot().can({ type: 'ice.restart' })).toBe(false);

		caller.actor.send({ type: 'ice.restart' });
		await flush();
		expect(caller.inputs.filter((i) => i.step === 'createOffer').at(-1)?.iceRestart).toBe(true);
		expect(caller.actor.getSnapshot().context.failure).toBeNull();
		await deliver(); // the new offer takes the callee out of its failure
		expect(callee.calls.filter((c) => c === 'setRemoteOffer')).toHaveLength(2);
		expect(callee.actor.getSnapshot().context.failure).toBeNull();
		await deliver(); // the answer
		await connectBoth(devices);
	});

	it('a loopback call still fails for good (nothing to restart towards)', async () => {
		const fake = createFakeCall();
		fake.actor.start();
		fake.actor.send({ type: 'mode.set', mode: 'run' });
		await flush();
		fake.connect('A', 'failed');
		await flush();
		expect(fake.actor.getSnapshot().value).toBe('failed');
		expect(fake.actor.getSnapshot().can({ type: 'ice.restart' })).toBe(false);
	});
});
