import {
	newPeerView,
	type PeerRole,
	type PeerView,
	type SessionDescription
} from '$lib/vocabulary';
import { createActor, fromCallback, fromPromise } from 'xstate';
import { candidateLaneMachine } from '$lib/lifecycle/candidateLane';
import type { ApiOutput } from '$lib/lifecycle/stepResults';
import type {
	CandidateInput,
	PeerCommand,
	SignalSendEvent,
	StepInput,
	WalkthroughEvent
} from '$lib/lifecycle/events';
import { walkthroughMachine } from '$lib/lifecycle/walkthroughMachine';
import type { DeviceInfo } from '$lib/lifecycle/types';
import type { FaultId } from '$lib/faults/catalogue';
import type { ApplyFaultInput, ApplyFaultOutput } from '$lib/lifecycle/faultActors';
import { faultApplyCall } from '$lib/lifecycle/faultRules';

/** A peer view as a fresh RTCPeerConnection reports it. */
export function freshView(overrides: Partial<PeerView> = {}): PeerView {
	return { ...newPeerView(), ...overrides };
}

const OFFER: SessionDescription = { type: 'offer', sdp: 'v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\n' };
const ANSWER: SessionDescription = { type: 'answer', sdp: 'v=0\r\no=- 3 4 IN IP4 127.0.0.1\r\n' };

export interface FakeOptions {
	/** make the actor of this step reject with a DOMException-like error */
	fail?: Partial<Record<string, { name: string; message: string }>>;
	/** when false, the signaling channel swallows messages (a broken channel) */
	deliverSignals?: boolean;
	/** when true, API actors wait for `release()` before resolving */
	manual?: boolean;
	/** the peers this page runs (a two-device call runs one) */
	local?: readonly PeerRole[];
	/** a channel to another page: what this machine sends goes here instead of coming back */
	relay?: (event: SignalSendEvent) => void;
	/** the fault lab's fault for the run (its in-call fault is applied by a fake `applyFault`) */
	fault?: FaultId;
}

/**
 * Fake actors standing in for the browser: they record the order of calls, keep a plausible view
 * of each peer, and let the test inject browser events (candidates, state changes) by hand.
 */
export function createFakeCall(options: FakeOptions = {}) {
	const calls: string[] = [];
	const inputs: StepInput[] = [];
	const candidatesAdded: CandidateInput[] = [];
	const commands: PeerCommand[] = [];
	const views: Record<PeerRole, PeerView> = { A: freshView(), B: freshView() };
	const SENDRECV_VIDEO: PeerView['transceivers'][number] = {
		mid: '0',
		kind: 'video',
		direction: 'sendrecv',
		currentDirection: 'sendrecv',
		senderTrack: 'v1',
		receiverTrack: 'r1'
	};
	let sendBack: ((event: WalkthroughEvent) => void) | null = null;
	let signalBack: ((event: WalkthroughEvent) => void) | null = null;
	let peerEventsStopped = 0;
	let signalingStopped = 0;
	const waiting: (() => void)[] = [];
	const clock = { now: 0 };

	const settle = async <T>(name: string, produce: () => T): Promise<T> => {
		calls.push(name);
		if (options.manual) await new Promise<void>((resolve) => waiting.push(resolve));
		const failure = options.fail?.[name];
		if (failure) throw Object.assign(new Error(failure.message), { name: failure.name });
		return produce();
	};

	const api = (run: (input: StepInput) => ApiOutput) =>
		fromPromise<ApiOutput, StepInput>(({ input }) => {
			inputs.push(input);
			return settle(input.step, () => run(input));
		});

	const actors = {
		listDevices: fromPromise<DeviceInfo[]>(async () => [
			{ deviceId: 'cam-1', kind: 'videoinput', label: 'Fake camera' }
		]),
		getUserMedia: api((input) => ({
			localTracks: { A: [{ id: 'v1', kind: 'video', label: input.source.kind }] },
			result: { tracks: 1 }
		})),
		createPeerConnections: api(() => ({ peers: { A: views.A, B: views.B } })),
		addTrack: api((input) => ({ peers: { [input.peer!]: views[input.peer!] } })),
		createDataChannel: api(() => ({ peers: { A: views.A } })),
		createOffer: api(() => ({ description: OFFER, result: OFFER, peers: { A: views.A } })),
		createAnswer: api(() => ({ description: ANSWER, result: ANSWER, peers: { B: views.B } })),
		setLocalDescription: api((input) => {
			const peer = input.peer!;
			views[peer] = {
				...views[peer],
				localDescription: input.description,
				signalingState: peer === 'A' ? 'have-local-offer' : 'stable',
				// B's answer settles a sendrecv video transceiver, as a browser's would
				...(peer === 'B' ? { transceivers: [SENDRECV_VIDEO] } : {})
			};
			return { peers: { [peer]: views[peer] } };
		}),
		setRemoteDescription: api((input) => {
			const peer = input.peer!;
			views[peer] = {
				...views[peer],
				remoteDescription: input.description,
				signalingState: peer === 'B' ? 'have-remote-offer' : 'stable'
			};
			return { peers: { [peer]: views[peer] } };
		}),
		candidateLane: candidateLaneMachine.provide({
			actors: {
				addIceCandidate: fromPromise<ApiOutput, CandidateInput>(({ input }) =>
					settle('addIceCandidate', () => {
						candidatesAdded.push(input);
						return { peers: { [input.peer]: views[input.peer] } };
					})
				)
			}
		}),
		peerEvents: fromCallback<PeerCommand>(({ sendBack: back, receive }) => {
			sendBack = back as (event: WalkthroughEvent) => void;
			receive((command) => commands.push(command));
			return () => {
				peerEventsStopped += 1;
			};
		}),
		signaling: fromCallback<SignalSendEvent>(({ sendBack: back, receive }) => {
			signalBack = back as (event: WalkthroughEvent) => void;
			receive((event) => {
				if (options.relay) return options.relay(event);
				if (options.deliverSignals === false) return;
				queueMicrotask(() =>
					back({
						type: 'signal.received',
						from: event.from,
						to: event.to,
						messageId: event.messageId,
						message: event.message
					})
				);
			});
			return () => {
				signalingStopped += 1;
			};
		})
	};

	const faultActors = {
		applyFault: fromPromise<ApplyFaultOutput, ApplyFaultInput>(({ input }) =>
			settle('applyFault', () => ({
				call: faultApplyCall(input.fault),
				peer: null,
				result: { fault: input.fault },
				peers: {}
			}))
		)
	};

	const actor = createActor(walkthroughMachine.provide({ actors: { ...actors, ...faultActors } }), {
		input: {
			clock: () => clock.now,
			...(options.local ? { local: options.local } : {}),
			...(options.fault ? { fault: options.fault } : {})
		}
	});

	return {
		actor,
		calls,
		inputs,
		candidatesAdded,
		commands,
		views,
		clock,
		get peerEventsStopped() {
			return peerEventsStopped;
		},
		get signalingStopped() {
			return signalingStopped;
		},
		/** a message arriving from the other device's page */
		receiveSignal(event: SignalSendEvent) {
			if (!signalBack) throw new Error('signaling actor is not running');
			signalBack({ ...event, type: 'signal.received' });
		},
		/** resolve the oldest pending API call (manual mode) */
		release() {
			waiting.shift()?.();
		},
		/** a browser event from one of the peers */
		browser(event: WalkthroughEvent) {
			if (!sendBack) throw new Error('peerEvents actor is not running');
			sendBack(event);
		},
		gather(peer: PeerRole, candidate: string | null) {
			this.browser({
				type: 'ice.candidateGathered',
				peer,
				candidate:
					candidate === null
						? null
						: { candidate, sdpMid: '0', sdpMLineIndex: 0, usernameFragment: 'abcd' },
				view: views[peer]
			});
		},
		connect(peer: PeerRole, state = 'connected') {
			views[peer] = { ...views[peer], connectionState: state, iceConnectionState: state };
			this.browser({
				type: 'peer.stateChanged',
				peer,
				field: 'connectionState',
				value: state,
				view: views[peer]
			});
		}
	};
}

/** Wait until pending promise actors and queued microtasks have run. */
export async function flush(times = 10): Promise<void> {
	for (let i = 0; i < times * 10; i++) await Promise.resolve();
}

/** A fake call started in run mode, once its steps have run as far as they go on their own. */
export async function runningFakeCall(options: FakeOptions = {}) {
	const fake = createFakeCall(options);
	fake.actor.start();
	fake.actor.send({ type: 'mode.set', mode: 'run' });
	await flush(20);
	return fake;
}
