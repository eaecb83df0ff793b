import { PEER_ROLES, type PeerRole } from '$lib/vocabulary';
import { assign, enqueueActions, fromCallback, fromPromise, setup } from 'xstate';
import type { NewLogEntry } from '$lib/log/eventLog';
import { candidateLaneMachine } from './candidateLane';
import { guards } from './guards';
import {
	initialContext,
	nextDeliverable,
	type WalkthroughContext,
	type WalkthroughInput
} from './context';
import type {
	PeerCommand,
	PeerStateChangedEvent,
	SignalReceivedEvent,
	SignalSendEvent,
	StepInput,
	WalkthroughEvent
} from './events';
import * as entry from './logEntries';
import type { ApiOutput, LaneMessage } from './stepResults';
import {
	CONNECT_TIMEOUT_MS,
	SIGNAL_TIMEOUT_MS,
	type WalkthroughMeta,
	type WalkthroughTag
} from './stepStates';
import type { ApiStepId, StepId } from './steps';
import type { DeviceInfo, MediaSourceChoice, Mode } from './types';
import * as update from './updates';
import type { FaultId } from '$lib/faults/catalogue';
import { appendEntry } from '$lib/log/eventLog';
import { elapsed } from './context';
import type { ApplyFaultOutput, FaultStepInput, FaultStepOutput } from './faultActors';
import {
	candidateFailure,
	connectTimeoutFor,
	faultLetsCandidateThrough,
	transitChange,
	transitEntry
} from './faultRules';
import { STEP_ACTOR } from './steps';

/**
 * The walkthrough machine's implementations: its types, the actors it invokes (each a named
 * placeholder that the page or a test provides with `.provide({ actors })`), its delays, guards
 * and actions. Each action takes typed `params` (the chart passes the event or what it needs of
 * it); what it changes in the context is a pure function in `updates.ts`. The chart itself is in
 * `walkthroughMachine.ts`.
 */

const notProvided = (name: string) =>
	fromPromise<ApiOutput, StepInput>(async () => {
		throw new Error(`actor ${name} is not provided`);
	});

/** The invoke id of the lane that carries candidates to `peer`. */
export const laneId = (peer: PeerRole) => `laneTo${peer}` as const;

type Of<T extends WalkthroughEvent['type']> = Extract<WalkthroughEvent, { type: T }>;

export const walkthroughSetup = setup({
	types: {
		context: {} as WalkthroughContext,
		events: {} as WalkthroughEvent,
		input: {} as WalkthroughInput | undefined,
		tags: {} as WalkthroughTag,
		meta: {} as WalkthroughMeta
	},
	actors: {
		listDevices: fromPromise<DeviceInfo[]>(async () => []),
		getUserMedia: notProvided('getUserMedia'),
		createPeerConnections: notProvided('createPeerConnections'),
		addTrack: notProvided('addTrack'),
		createDataChannel: notProvided('createDataChannel'),
		createOffer: notProvided('createOffer'),
		createAnswer: notProvided('createAnswer'),
		setLocalDescription: notProvided('setLocalDescription'),
		setRemoteDescription: notProvided('setRemoteDescription'),
		/** The candidates on their way to one peer; its addIceCandidate actor is provided on it. */
		candidateLane: candidateLaneMachine,
		/** Forwards the peers' browser events as typed events; its cleanup closes both peers. */
		peerEvents: fromCallback<PeerCommand>(() => () => {}),
		/** The signaling channel: takes `signal.send`, sends back `signal.received`. */
		signaling: fromCallback<SignalSendEvent>(() => () => {}),
		/** the fault lab: an API step as the fault breaks it (faultActors.ts) */
		faultStep: fromPromise<FaultStepOutput, FaultStepInput>(async () => {
			throw new Error('actor faultStep is not provided');
		}),
		/** the fault lab: breaks the call that is up */
		applyFault: fromPromise<ApplyFaultOutput, { fault: FaultId }>(async () => {
			throw new Error('actor applyFault is not provided');
		})
	},
	delays: {
		connectTimeout: ({ context }) => connectTimeoutFor(context.fault, CONNECT_TIMEOUT_MS),
		signalTimeout: SIGNAL_TIMEOUT_MS
	},
	guards,
	actions: {
		resetContext: assign(({ context }) => initialContext(undefined, context)),
		/** the fault lab's picker: start over with another fault (or none) */
		selectFault: assign(({ context }, params: { fault: FaultId | null }) =>
			initialContext(undefined, context, params.fault)
		),
		faultTransit: assign(({ context }, params: Of<'fault.transit'>) => {
			const change = transitChange(params.event);
			return {
				...update.record(context, transitEntry(params.event)),
				faultChanges: change ? [...context.faultChanges, change] : context.faultChanges
			};
		}),
		/** a step the fault ran: the calls it made around the step, then the step's own result */
		faultStepDone: enqueueActions(
			({ context, enqueue }, params: { step: ApiStepId; output: FaultStepOutput }) => {
				const peers = { ...context.peers, ...params.output.peers };
				let log = context.log;
				for (const call of params.output.calls ?? [])
					log = appendEntry(log, call, elapsed(context), peers);
				if (params.output.skipped) {
					const skipped = entry.machineEntry('fault.skipped', {
						step: params.step,
						call: STEP_ACTOR[params.step],
						fault: context.fault
					});
					enqueue.assign({
						peers,
						log: appendEntry(log, skipped, elapsed(context), peers),
						lastStep: params.step
					});
					return;
				}
				enqueue.assign(
					update.stepSucceeded({ ...context, peers, log }, params.step, params.output)
				);
				if (params.step === 'setRemoteOffer') enqueue.sendTo(laneId('B'), { type: 'lane.open' });
				if (params.step === 'setRemoteAnswer') enqueue.sendTo(laneId('A'), { type: 'lane.open' });
			}
		),
		/** the calls a fault made before its step failed, for the log */
		faultStepCalls: assign(({ context }, params: { error: unknown }) => {
			const calls = (params.error as { calls?: NewLogEntry[] } | null)?.calls ?? [];
			let log = context.log;
			for (const call of calls) log = appendEntry(log, call, elapsed(context), context.peers);
			return { log };
		}),
		faultApplied: assign(({ context }, params: { output: ApplyFaultOutput }) => {
			const peers = { ...context.peers, ...params.output.peers };
			const applied: NewLogEntry = {
				kind: 'call',
				peer: params.output.peer,
				name: params.output.call,
				step: 'fault',
				status: 'success',
				payload: params.output.result
			};
			return { peers, log: appendEntry(context.log, applied, elapsed(context), peers) };
		}),
		logDegraded: assign(({ context }) =>
			update.record(context, entry.machineEntry('fault.degraded', { fault: context.fault }))
		),
		failOnCandidateError: assign(({ context }, params: Of<'ice.candidateError'>) =>
			update.failedWith(context, 'icecandidateerror', candidateFailure({ event: params }))
		),
		clearFailure: assign({ failure: null }),
		record: assign(({ context }, params: NewLogEntry) => update.record(context, params)),
		setMode: enqueueActions(({ context, enqueue }, params: { mode: Mode }) => {
			if (params.mode === context.mode) return;
			enqueue.assign({
				mode: params.mode,
				...update.record(context, entry.machineEntry(`mode.${params.mode}`))
			});
			for (const peer of PEER_ROLES)
				enqueue.sendTo(laneId(peer), { type: 'lane.mode', mode: params.mode });
		}),
		selectSource: assign((_, params: { source: MediaSourceChoice }) => ({ source: params.source })),
		setDevices: assign((_, params: { devices: DeviceInfo[] }) => ({ devices: params.devices })),
		useSynthetic: assign({ source: { kind: 'synthetic' } as MediaSourceChoice, failure: null }),
		logCallStart: assign(({ context }, params: { step: ApiStepId }) =>
			update.callStarted(context, params.step)
		),
		applyStepOutput: enqueueActions(
			({ context, enqueue }, params: { step: ApiStepId; output: ApiOutput }) => {
				enqueue.assign(update.stepSucceeded(context, params.step, params.output));
				// The receiver has a remote description now: its candidate lane opens.
				if (params.step === 'setRemoteOffer') enqueue.sendTo(laneId('B'), { type: 'lane.open' });
				if (params.step === 'setRemoteAnswer') enqueue.sendTo(laneId('A'), { type: 'lane.open' });
			}
		),
		failStep: assign(
			({ context }, params: { call: string; peer: PeerRole | null; error: unknown }) =>
				update.failed(context, params.call, params.peer, params.error)
		),
		failWith: assign(({ context }, params: { call: string; name: string; message: string }) =>
			update.failedWith(context, params.call, params)
		),
		sendSignal: enqueueActions(
			({ context, enqueue }, params: { from: PeerRole; message: LaneMessage['message'] }) => {
				const {
					sent,
					keep,
					update: changes
				} = update.signalSent(context, params.from, params.message);
				enqueue.assign(changes);
				if (keep && sent.message.type === 'candidate')
					enqueue.sendTo(laneId(sent.to), { type: 'candidate.queued', message: sent });
				const { id: messageId, from, to, message } = sent;
				enqueue.sendTo('signaling', { type: 'signal.send', from, to, messageId, message });
			}
		),
		signalArrived: enqueueActions(({ context, enqueue }, params: SignalReceivedEvent) => {
			const { arrived, update: changes } = update.signalReceived(context, params);
			enqueue.assign(changes);
			if (arrived.message.type === 'candidate' && context.local.includes(arrived.to))
				enqueue.sendTo(laneId(arrived.to), { type: 'candidate.queued', message: arrived });
			// the fault lab's candidate-too-early: the lane no longer holds the candidate back
			if (faultLetsCandidateThrough(context.fault, arrived))
				enqueue.sendTo(laneId(arrived.to), { type: 'lane.open' });
		}),
		peerStateChanged: assign(({ context }, params: PeerStateChangedEvent) =>
			update.stateChanged(context, params)
		),
		candidateGathered: assign(({ context }, params: Of<'ice.candidateGathered'>) =>
			update.peerChanged(context, params.peer, params.view, entry.peerEventEntry(params))
		),
		logPeerEvent: assign(({ context }, params: Of<'ice.candidateError' | 'media.trackState'>) =>
			update.record(context, entry.peerEventEntry(params))
		),
		remoteTrack: assign(({ context }, params: Of<'media.remoteTrack'>) =>
			update.remoteTrack(context, params)
		),
		dataChannelState: assign(({ context }, params: Of<'data.channelState'>) =>
			update.channelState(context, params)
		),
		chatReceived: assign(({ context }, params: Of<'data.message'>) =>
			update.chatReceived(context, params)
		),
		sendChat: enqueueActions(({ context, enqueue }, params: { from: PeerRole; text: string }) => {
			if (params.text.length === 0) return;
			enqueue.assign(update.chatSent(context, params.from, params.text));
			const command: PeerCommand = { type: 'peer.sendChat', from: params.from, text: params.text };
			enqueue.sendTo('peerEvents', command);
		}),
		markStepDone: assign((_, params: { step: StepId }) => ({ lastStep: params.step })),
		startIceRestart: enqueueActions(({ context, enqueue }) => {
			enqueue.assign({
				iceRestart: true,
				// Only the caller restarts ICE (see canRestartIce), so the entry is Peer A's.
				...update.record(context, entry.machineEntry('ice.restart', undefined, 'A'))
			});
			// The restart's candidates carry the new ufrag: each lane holds them until its peer has
			// the description with that ufrag (before, addIceCandidate rejects them with
			// OperationError: WebRTC 1.0, addIceCandidate()), and opens again at setRemoteOffer /
			// setRemoteAnswer.
			for (const peer of PEER_ROLES) enqueue.sendTo(laneId(peer), { type: 'lane.close' });
		}),
		deliver: enqueueActions(({ context, enqueue }, params: { messageId?: number }) => {
			const message = nextDeliverable(context, params.messageId);
			if (message)
				enqueue.sendTo(laneId(message.to), { type: 'lane.deliver', messageId: message.id });
		}),
		deliverAll: enqueueActions(({ context, enqueue }) => {
			enqueue.assign(update.record(context, entry.machineEntry('lane.deliverAll')));
			for (const peer of PEER_ROLES) enqueue.sendTo(laneId(peer), { type: 'lane.deliverAll' });
		}),
		laneChanged: assign(({ context }, params: Of<'lane.changed'>) =>
			update.laneChanged(context, params)
		),
		candidateApplying: assign(({ context }, params: { message: LaneMessage }) =>
			update.record(context, entry.candidateCall(params.message, 'start', params.message.message))
		),
		candidateApplied: assign(({ context }, params: { message: LaneMessage; output: ApiOutput }) =>
			update.candidateApplied(context, params.message, params.output)
		),
		markClosed: assign(({ context }) => update.closed(context))
	}
});
