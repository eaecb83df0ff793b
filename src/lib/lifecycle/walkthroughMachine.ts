import { and, assign, enqueueActions, fromCallback, fromPromise, not, setup } from 'xstate';
import type { AnyEventObject } from 'xstate';
import { appendEntry, errorInfo, type LogEntry, type NewLogEntry } from '$lib/log/eventLog';
import { likelyCauseKey } from './failures';
import { STEPS, type ApiStepId, type StepId } from './steps';
import {
	applyStepOutput,
	laneMessageOfType,
	type ApiOutput,
	type LaneMessage
} from './stepResults';
import type {
	CandidateInit,
	ChatMessage,
	DataChannelView,
	DeviceInfo,
	ErrorInfo,
	MediaSourceChoice,
	Mode,
	PeerField,
	PeerId,
	PeerView,
	PeerViews,
	SessionDescription,
	SignalMessage,
	TrackInfo
} from './types';
import { otherPeer, PEERS } from './types';
import type { PeerEvent } from '$lib/webrtc/peer';
import type { FaultId } from '$lib/faults/catalogue';
import type { TransitEvent } from '$lib/faults/inTransit';
import {
	candidateFailure,
	connectTimeoutFor,
	expectedCandidateError,
	faultEndsDegraded,
	faultApplyCall,
	faultArrivesDegraded,
	faultChosenEntry,
	faultLetsCandidateThrough,
	transitChange,
	transitEntry,
	type FaultChange
} from './faultRules';
import {
	faultAppliesInCall,
	faultReplacesStep,
	type ApplyFaultOutput,
	type FaultStepInput,
	type FaultStepOutput
} from './faultActors';

/**
 * The lifecycle of one loopback call: Fetching → Signaling → Connection → Communication, plus
 * failed and closed. Each API step is a state whose entry runs one real browser call through a
 * named actor; in step mode a step waits for `step.next`, in run mode it goes on by itself.
 * ICE candidates travel through the signaling channel and wait in the lane (a parallel region)
 * until the user delivers them, or until run mode delivers them as soon as the receiving peer can
 * take them (after its setRemoteDescription).
 *
 * No browser object is touched here: the actors are provided by `browserActors.ts` in the page
 * and by fakes in the unit tests.
 */

/** Run mode gives ICE this long to connect before calling it failed (Chrome's own ICE failure timeout is about 30 s). */
export const CONNECT_TIMEOUT_MS = 30_000;
/** A signaling message that has not arrived after this long means the channel is broken. */
export const SIGNAL_TIMEOUT_MS = 10_000;

export interface Failure {
	/** the step or call that failed: a step id, `addIceCandidate`, `connection`, ... */
	call: string;
	error: ErrorInfo;
	causeKey: string;
	t: number;
}

export interface WalkthroughContext {
	mode: Mode;
	source: MediaSourceChoice;
	devices: DeviceInfo[];
	localStream: MediaStream | null;
	localTracks: TrackInfo[];
	remoteStream: MediaStream | null;
	remoteTracks: TrackInfo[];
	peers: PeerViews;
	offer: SessionDescription | null;
	answer: SessionDescription | null;
	/** signaling messages sent and not yet applied by the receiving peer */
	lane: LaneMessage[];
	nextMessageId: number;
	/** "deliver all": candidates with an id up to this one are delivered without further clicks */
	drainUntil: number;
	applying: LaneMessage | null;
	dataChannels: Record<PeerId, DataChannelView | null>;
	chat: ChatMessage[];
	failure: Failure | null;
	/** the last step that completed, so the UI can show what it changed */
	lastStep: StepId | null;
	log: LogEntry[];
	clock: () => number;
	startedAt: number;
	/** the peers this page runs: both in a loopback call, one when the other is on another device */
	local: readonly PeerId[];
	/** the next createOffer restarts ICE (set by `ice.restart`) */
	iceRestart: boolean;
	/** the fault this run is made with (the fault lab), or null for a good call */
	fault: FaultId | null;
	/** descriptions the fault changed on their way, as sent and as delivered */
	faultChanges: FaultChange[];
}

export interface WalkthroughInput {
	clock?: () => number;
	source?: MediaSourceChoice;
	/**
	 * Which peers run in this page (default both). With one, the other peer's steps are skipped
	 * here (its own device runs them) and its offer or answer is waited for from the signaling
	 * channel instead of being sent.
	 */
	local?: readonly PeerId[];
	/** the fault lab's fault for this run */
	fault?: FaultId | null;
}

export interface StepInput {
	step: ApiStepId;
	peer: PeerId | null;
	source: MediaSourceChoice;
	description: SessionDescription | null;
	/** createOffer only: ask for new ICE credentials */
	iceRestart?: boolean;
}

export interface CandidateInput {
	peer: PeerId;
	candidate: CandidateInit | null;
}

export type WalkthroughEvent =
	| { type: 'step.next' }
	| { type: 'mode.set'; mode: Mode }
	| { type: 'walkthrough.reset' }
	| { type: 'media.selectSource'; source: MediaSourceChoice }
	| { type: 'media.refreshDevices' }
	| { type: 'media.useSynthetic' }
	| { type: 'lane.deliver'; messageId?: number }
	| { type: 'lane.deliverAll' }
	/** browser events from the peers, as the typed wrapper emits them */
	| PeerEvent
	| { type: 'signal.received'; from: PeerId; to: PeerId; messageId: number; message: SignalMessage }
	| { type: 'chat.send'; from: PeerId; text: string }
	| { type: 'call.hangUp' }
	/** the caller negotiates again with new ICE credentials (RFC 8445 §2.4, ICE restart) */
	| { type: 'ice.restart' }
	/** a call made outside the steps (a sender's setParameters from the stats panel), for the log */
	| { type: 'log.record'; entry: NewLogEntry }
	/** the fault lab: start over with this fault (or none) */
	| { type: 'fault.select'; fault: FaultId | null }
	/** the fault lab: what happened to a message on the signaling path */
	| { type: 'fault.transit'; event: TransitEvent }
	/** the fault lab: break the call that is up */
	| { type: 'fault.apply' };

/** What the machine asks the signaling actor to do. */
export interface SignalSendEvent {
	type: 'signal.send';
	from: PeerId;
	to: PeerId;
	messageId: number;
	message: SignalMessage;
}

/** What the machine asks the peer-events actor to do (synchronous calls on a live channel or peer). */
export type PeerCommand = { type: 'peer.sendChat'; from: PeerId; text: string };

const STATE_EVENT_NAMES: Record<PeerField, string> = {
	signalingState: 'signalingstatechange',
	iceGatheringState: 'icegatheringstatechange',
	iceConnectionState: 'iceconnectionstatechange',
	connectionState: 'connectionstatechange'
};

const notProvided = (name: string) =>
	fromPromise<ApiOutput, StepInput>(async () => {
		throw new Error(`actor ${name} is not provided`);
	});

function initialContext(
	input: WalkthroughInput | undefined,
	previous?: WalkthroughContext,
	fault?: FaultId | null
) {
	const clock = previous?.clock ?? input?.clock ?? (() => performance.now());
	const context: WalkthroughContext = {
		mode: 'step',
		source: previous?.source ??
			input?.source ?? {
				kind: 'devices',
				videoDeviceId: null,
				audioDeviceId: null
			},
		devices: previous?.devices ?? [],
		localStream: null,
		localTracks: [],
		remoteStream: null,
		remoteTracks: [],
		peers: { A: null, B: null },
		offer: null,
		answer: null,
		lane: [],
		nextMessageId: 1,
		drainUntil: 0,
		applying: null,
		dataChannels: { A: null, B: null },
		chat: [],
		failure: null,
		lastStep: null,
		log: [],
		clock,
		startedAt: clock(),
		local: previous?.local ?? input?.local ?? PEERS,
		iceRestart: false,
		fault: fault === undefined ? (previous?.fault ?? input?.fault ?? null) : fault,
		faultChanges: []
	};
	// the log of a faulted run names its fault first, so an export says what was broken
	if (context.fault) context.log = logged(context, faultChosenEntry(context.fault));
	return context;
}

function elapsed(context: WalkthroughContext): number {
	return context.clock() - context.startedAt;
}

function logged(context: WalkthroughContext, entry: NewLogEntry, peers = context.peers) {
	return appendEntry(context.log, entry, elapsed(context), peers);
}

function stepInput(step: ApiStepId, context: WalkthroughContext): StepInput {
	const peer = STEPS.find((s) => s.id === step)?.peer ?? null;
	let description: SessionDescription | null = null;
	if (step === 'setLocalOffer') description = context.offer;
	if (step === 'setLocalAnswer') description = context.answer;
	if (step === 'setRemoteOffer' || step === 'setRemoteAnswer') {
		const arrived = laneMessageOfType(context.lane, step === 'setRemoteOffer' ? 'offer' : 'answer');
		if (arrived && arrived.message.type !== 'candidate') description = arrived.message.description;
	}
	return {
		step,
		peer,
		source: context.source,
		description,
		...(step === 'createOffer' && context.iceRestart ? { iceRestart: true } : {})
	};
}

/** The browser API an API step calls; the actor of the same name runs it. */
export const STEP_ACTOR = {
	getUserMedia: 'getUserMedia',
	createPeerConnections: 'createPeerConnections',
	addTrack: 'addTrack',
	createDataChannel: 'createDataChannel',
	createOffer: 'createOffer',
	setLocalOffer: 'setLocalDescription',
	setRemoteOffer: 'setRemoteDescription',
	createAnswer: 'createAnswer',
	setLocalAnswer: 'setLocalDescription',
	setRemoteAnswer: 'setRemoteDescription'
} as const satisfies Record<ApiStepId, string>;

function isDeliverable(message: LaneMessage, context: WalkthroughContext): boolean {
	return (
		message.message.type === 'candidate' &&
		message.status === 'arrived' &&
		(context.peers[message.to]?.remoteDescription != null ||
			faultLetsCandidateThrough(context.fault, message))
	);
}

function nextDeliverable(context: WalkthroughContext, messageId?: number): LaneMessage | undefined {
	return context.lane.find(
		(m) => (messageId === undefined || m.id === messageId) && isDeliverable(m, context)
	);
}

function failureOf(context: WalkthroughContext, call: string, error: ErrorInfo): Failure {
	return { call, error, causeKey: likelyCauseKey(call, error), t: elapsed(context) };
}

export const walkthroughMachine = setup({
	types: {
		context: {} as WalkthroughContext,
		events: {} as WalkthroughEvent,
		input: {} as WalkthroughInput | undefined
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
		addIceCandidate: fromPromise<ApiOutput, CandidateInput>(async () => {
			throw new Error('actor addIceCandidate is not provided');
		}),
		/** Forwards the peers' browser events as typed events; its cleanup closes both peers. */
		peerEvents: fromCallback<PeerCommand>(() => () => {}),
		/** The signaling channel: takes `signal.send`, sends back `signal.received`. */
		signaling: fromCallback<SignalSendEvent>(() => () => {}),
		/** the fault lab: an API step as the fault breaks it */
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
	guards: {
		runMode: ({ context }) => context.mode === 'run',
		faultReplaces: ({ context }, params: { step: ApiStepId }) =>
			faultReplacesStep(context.fault, params.step),
		faultApplies: ({ context }) => faultAppliesInCall(context.fault),
		/** candidate-too-early: Run all waits before B's setRemoteDescription for A's candidates */
		faultHolds: ({ context }, params: { step: ApiStepId }) =>
			context.fault === 'candidate-too-early' && params.step === 'setRemoteOffer',
		faultDegradesArrival: ({ context }) => faultArrivesDegraded(context.fault),
		faultEndsDegraded: ({ context }) => faultEndsDegraded(context.fault),
		expectedCandidateError: ({ context, event }) =>
			event.type === 'ice.candidateError' && expectedCandidateError(context.fault, event.detail),
		/** the caller's page restarts ICE; a callee on another device answers the new offer */
		canRestartIce: ({ context }) => context.local.includes('A'),
		/** a new offer from a caller on another device (its ICE restart) */
		remoteOfferArrived: ({ context, event }) =>
			event.type === 'signal.received' &&
			event.message.type === 'offer' &&
			!context.local.includes(event.from),
		/** a step or message of a peer that runs on the other device */
		remotePeer: ({ context }, params: { peer: PeerId | null }) =>
			params.peer !== null && !context.local.includes(params.peer),
		offerArrived: ({ context }) => laneMessageOfType(context.lane, 'offer')?.status === 'arrived',
		answerArrived: ({ context }) => laneMessageOfType(context.lane, 'answer')?.status === 'arrived',
		bothConnected: ({ context }) =>
			context.local.every((peer) => context.peers[peer]?.connectionState === 'connected'),
		canUseSynthetic: ({ context }) => context.failure?.call === 'getUserMedia',
		autoDeliver: ({ context }) => {
			const next = nextDeliverable(context);
			return (
				next !== undefined &&
				(context.mode === 'run' ||
					next.id <= context.drainUntil ||
					faultLetsCandidateThrough(context.fault, next))
			);
		},
		deliverable: ({ context, event }) =>
			event.type === 'lane.deliver' && nextDeliverable(context, event.messageId) !== undefined,
		connectionFailed: ({ event }) => isConnectionFailure(event),
		/**
		 * ICE failed in a two-device call: the peer connection stays open, so an ICE restart can
		 * recover it (a loopback call has nothing to restart towards: it fails for good).
		 */
		restartableFailure: ({ context, event }) =>
			isConnectionFailure(event) && context.local.length === 1 && context.failure === null,
		/** the same failure seen again (connectionState after iceConnectionState) */
		failedAgain: ({ context, event }) =>
			isConnectionFailure(event) && context.local.length === 1 && context.failure !== null
	},
	actions: {
		resetContext: assign(({ context, event }) =>
			initialContext(undefined, context, event.type === 'fault.select' ? event.fault : undefined)
		),
		faultTransit: assign(({ context, event }) => {
			if (event.type !== 'fault.transit') return {};
			const change = transitChange(event.event);
			return {
				log: logged(context, transitEntry(event.event)),
				faultChanges: change ? [...context.faultChanges, change] : context.faultChanges
			};
		}),
		faultStepDone: assign(({ context }, params: { step: ApiStepId; output: FaultStepOutput }) => {
			const peers = { ...context.peers, ...params.output.peers };
			let log = context.log;
			for (const call of params.output.calls ?? []) {
				log = appendEntry(log, call, elapsed(context), peers);
			}
			log = appendEntry(
				log,
				params.output.skipped
					? {
							kind: 'machine',
							peer: null,
							name: 'fault.skipped',
							payload: { step: params.step, fault: context.fault }
						}
					: {
							kind: 'call',
							peer: stepInput(params.step, context).peer,
							name: STEP_ACTOR[params.step],
							step: params.step,
							status: 'success',
							payload: params.output.result
						},
				elapsed(context),
				peers
			);
			// the step's own effect on the lane (an applied offer leaves it), as after any step
			const changes = applyStepOutput(context, params.step, params.output);
			return { ...changes.context, peers, log, lastStep: params.step };
		}),
		faultStepCalls: assign(({ context }, params: { error: unknown }) => {
			const calls = (params.error as { calls?: NewLogEntry[] } | null)?.calls ?? [];
			let log = context.log;
			for (const call of calls) log = appendEntry(log, call, elapsed(context), context.peers);
			return { log };
		}),
		faultApplied: assign(({ context }, params: { output: ApplyFaultOutput }) => {
			const peers = { ...context.peers, ...params.output.peers };
			return {
				peers,
				log: appendEntry(
					context.log,
					{
						kind: 'call',
						peer: params.output.peer,
						name: params.output.call,
						step: 'fault',
						status: 'success',
						payload: params.output.result
					},
					elapsed(context),
					peers
				)
			};
		}),
		logDegraded: assign(({ context }) => ({
			log: logged(context, {
				kind: 'machine',
				peer: null,
				name: 'fault.degraded',
				payload: { fault: context.fault }
			})
		})),
		clearFailure: assign({ failure: null }),
		recordEntry: assign(({ context, event }) =>
			event.type === 'log.record' ? { log: logged(context, event.entry) } : {}
		),
		logReset: assign(({ context }) => ({
			log: logged(context, { kind: 'machine', peer: null, name: 'reset' })
		})),
		setMode: assign(({ context, event }) => {
			if (event.type !== 'mode.set' || event.mode === context.mode) return {};
			return {
				mode: event.mode,
				log: logged(context, { kind: 'machine', peer: null, name: `mode.${event.mode}` })
			};
		}),
		selectSource: assign(({ event }) =>
			event.type === 'media.selectSource' ? { source: event.source } : {}
		),
		useSynthetic: assign({ source: { kind: 'synthetic' } as MediaSourceChoice, failure: null }),
		logCallStart: assign(({ context }, params: { step: ApiStepId }) => {
			const input = stepInput(params.step, context);
			return {
				log: logged(context, {
					kind: 'call',
					peer: input.peer,
					name: STEP_ACTOR[params.step],
					step: params.step,
					status: 'start',
					payload: input.description ?? (params.step === 'getUserMedia' ? input.source : undefined)
				})
			};
		}),
		applyStepOutput: assign(({ context }, params: { step: ApiStepId; output: ApiOutput }) => {
			const changes = applyStepOutput(context, params.step, params.output);
			const peers = { ...context.peers, ...params.output.peers };
			let log = appendEntry(
				context.log,
				{
					kind: 'call',
					peer: stepInput(params.step, context).peer,
					name: STEP_ACTOR[params.step],
					step: params.step,
					status: 'success',
					payload: params.output.result
				},
				elapsed(context),
				peers
			);
			const consumed = changes.consumed;
			if (consumed) {
				log = appendEntry(
					log,
					{
						kind: 'signal',
						name: consumed.message.type,
						stage: 'applied',
						from: consumed.from,
						to: consumed.to,
						messageId: consumed.id,
						payload: consumed.message,
						peer: consumed.to
					},
					elapsed(context),
					peers
				);
			}
			return { ...changes.context, peers, log, lastStep: params.step };
		}),
		failStep: assign(
			({ context }, params: { call: string; peer: PeerId | null; error: unknown }) => {
				const error = errorInfo(params.error);
				return {
					failure: failureOf(context, params.call, error),
					log: logged(context, {
						kind: 'call',
						peer: params.peer,
						name: params.call in STEP_ACTOR ? STEP_ACTOR[params.call as ApiStepId] : params.call,
						step: params.call,
						status: 'error',
						error
					})
				};
			}
		),
		failWith: assign(({ context }, params: { call: string; name: string; message: string }) => {
			const error = { name: params.name, message: params.message };
			return {
				failure: failureOf(context, params.call, error),
				log: logged(context, { kind: 'machine', peer: null, name: 'failed', payload: error })
			};
		}),
		sendSignal: enqueueActions(
			({ context, enqueue }, params: { from: PeerId; message: SignalMessage }) => {
				const id = context.nextMessageId;
				const to = otherPeer(params.from);
				const lane: LaneMessage = {
					id,
					from: params.from,
					to,
					message: params.message,
					status: 'inTransit',
					sentAt: elapsed(context),
					receivedAt: null
				};
				enqueue.assign({
					nextMessageId: id + 1,
					// A message for a peer on another device leaves this page: it is logged, and the lane
					// only holds what this page still has to apply.
					lane: context.local.includes(to) ? [...context.lane, lane] : context.lane,
					log: logged(context, {
						kind: 'signal',
						name: params.message.type,
						stage: 'sent',
						from: params.from,
						to,
						messageId: id,
						payload: params.message,
						peer: params.from
					})
				});
				enqueue.sendTo('signaling', {
					type: 'signal.send',
					from: params.from,
					to,
					messageId: id,
					message: params.message
				} satisfies SignalSendEvent);
			}
		),
		signalArrived: assign(({ context, event }) => {
			if (event.type !== 'signal.received') return {};
			const known = context.lane.some((m) => m.id === event.messageId);
			// A message from a channel we did not send on (a remote device, later) joins the lane as it is.
			const lane: LaneMessage[] = known
				? context.lane.map((m) =>
						m.id === event.messageId
							? {
									...m,
									// what is applied is what arrived (a channel may change a message on the way)
									message: event.message,
									status: 'arrived' as const,
									receivedAt: elapsed(context)
								}
							: m
					)
				: [
						...context.lane,
						{
							id: event.messageId,
							from: event.from,
							to: event.to,
							message: event.message,
							status: 'arrived',
							sentAt: elapsed(context),
							receivedAt: elapsed(context)
						}
					];
			return {
				lane,
				log: logged(context, {
					kind: 'signal',
					name: event.message.type,
					stage: 'received',
					from: event.from,
					to: event.to,
					messageId: event.messageId,
					payload: event.message,
					peer: event.to
				})
			};
		}),
		peerStateChanged: assign(({ context, event }) => {
			if (event.type !== 'peer.stateChanged') return {};
			const peers = { ...context.peers, [event.peer]: event.view };
			return {
				peers,
				log: logged(
					context,
					{
						kind: 'event',
						peer: event.peer,
						name: STATE_EVENT_NAMES[event.field],
						payload: { [event.field]: event.value }
					},
					peers
				)
			};
		}),
		candidateGathered: assign(({ context, event }) => {
			if (event.type !== 'ice.candidateGathered') return {};
			const peers = { ...context.peers, [event.peer]: event.view };
			return {
				peers,
				log: logged(
					context,
					{ kind: 'event', peer: event.peer, name: 'icecandidate', payload: event.candidate },
					peers
				)
			};
		}),
		markStepDone: assign((_, params: { step: StepId }) => ({ lastStep: params.step })),
		startIceRestart: assign(({ context }) => ({
			iceRestart: true,
			// Only the caller restarts ICE (see canRestartIce), so the entry is Peer A's.
			log: logged(context, { kind: 'machine', peer: 'A', name: 'ice.restart' })
		})),
		candidateError: assign(({ context, event }) =>
			event.type === 'ice.candidateError'
				? {
						log: logged(context, {
							kind: 'event',
							peer: event.peer,
							name: 'icecandidateerror',
							payload: event.detail
						})
					}
				: {}
		),
		remoteTrack: assign(({ context, event }) => {
			if (event.type !== 'media.remoteTrack') return {};
			const peers = { ...context.peers, [event.peer]: event.view };
			return {
				peers,
				remoteStream: event.stream ?? context.remoteStream,
				remoteTracks: [...context.remoteTracks, event.track],
				log: logged(
					context,
					{ kind: 'event', peer: event.peer, name: 'track', payload: event.track },
					peers
				)
			};
		}),
		remoteTrackState: assign(({ context, event }) =>
			event.type === 'media.trackState'
				? {
						log: logged(context, {
							kind: 'event',
							peer: event.peer,
							name: event.cause,
							payload: { ...event.track, muted: event.muted }
						})
					}
				: {}
		),
		dataChannelState: assign(({ context, event }) => {
			if (event.type !== 'data.channelState') return {};
			const dataChannels = { ...context.dataChannels, [event.peer]: event.channel };
			// createDataChannel's own result is already logged with the call; the rest are DOM events.
			if (event.cause === 'created') return { dataChannels };
			return {
				dataChannels,
				log: logged(context, {
					kind: 'event',
					peer: event.peer,
					name: event.cause,
					payload: event.channel
				})
			};
		}),
		chatReceived: assign(({ context, event }) => {
			if (event.type !== 'data.message') return {};
			return {
				chat: [
					...context.chat,
					{
						id: context.chat.length + 1,
						from: otherPeer(event.peer),
						text: event.text,
						t: elapsed(context)
					}
				],
				log: logged(context, {
					kind: 'event',
					peer: event.peer,
					name: 'message',
					payload: { data: event.text }
				})
			};
		}),
		sendChat: enqueueActions(({ context, event, enqueue }) => {
			if (event.type !== 'chat.send' || event.text.length === 0) return;
			const toRemote = !context.local.includes(otherPeer(event.from));
			enqueue.assign({
				// In a loopback call the message shows when the other peer receives it; a peer on another
				// device shows it there, so here it shows as sent.
				chat: toRemote
					? [
							...context.chat,
							{
								id: context.chat.length + 1,
								from: event.from,
								text: event.text,
								t: elapsed(context)
							}
						]
					: context.chat,
				log: logged(context, {
					kind: 'call',
					peer: event.from,
					name: 'send',
					step: 'communicate',
					status: 'success',
					payload: { data: event.text }
				})
			});
			enqueue.sendTo('peerEvents', {
				type: 'peer.sendChat',
				from: event.from,
				text: event.text
			} satisfies PeerCommand);
		}),
		startApplying: assign(({ context, event }) => {
			const messageId = event.type === 'lane.deliver' ? event.messageId : undefined;
			const message = nextDeliverable(context, messageId) ?? null;
			return {
				applying: message,
				log: message
					? logged(context, {
							kind: 'call',
							peer: message.to,
							name: 'addIceCandidate',
							step: 'addIceCandidate',
							status: 'start',
							payload: message.message
						})
					: context.log
			};
		}),
		candidateApplied: assign(({ context }, params: { output: ApiOutput }) => {
			const message = context.applying;
			if (!message) return {};
			const peers = { ...context.peers, ...params.output.peers };
			let log = appendEntry(
				context.log,
				{
					kind: 'call',
					peer: message.to,
					name: 'addIceCandidate',
					step: 'addIceCandidate',
					status: 'success',
					payload: params.output.result
				},
				elapsed(context),
				peers
			);
			log = appendEntry(
				log,
				{
					kind: 'signal',
					name: 'candidate',
					stage: 'applied',
					from: message.from,
					to: message.to,
					messageId: message.id,
					payload: message.message,
					peer: message.to
				},
				elapsed(context),
				peers
			);
			return {
				peers,
				log,
				applying: null,
				lane: context.lane.filter((m) => m.id !== message.id)
			};
		}),
		deliverAll: assign(({ context }) => ({
			drainUntil: context.nextMessageId - 1,
			log: logged(context, { kind: 'machine', peer: null, name: 'lane.deliverAll' })
		})),
		markClosed: assign(({ context }) => {
			const close = (view: PeerView | null): PeerView | null =>
				view && {
					...view,
					signalingState: 'closed',
					iceConnectionState: 'closed',
					connectionState: 'closed'
				};
			const peers = { A: close(context.peers.A), B: close(context.peers.B) };
			return {
				peers,
				log: logged(
					context,
					{ kind: 'call', peer: null, name: 'close', step: 'hangUp', status: 'success' },
					peers
				)
			};
		})
	}
}).createMachine({
	id: 'walkthrough',
	context: ({ input }) => initialContext(input),
	initial: 'running',
	on: {
		'walkthrough.reset': {
			target: '.running',
			reenter: true,
			actions: ['resetContext', 'logReset']
		},
		'fault.select': { target: '.running', reenter: true, actions: 'resetContext' }
	},
	states: {
		running: {
			type: 'parallel',
			invoke: [
				{ id: 'peerEvents', src: 'peerEvents' },
				{ id: 'signaling', src: 'signaling' }
			],
			on: {
				'mode.set': { actions: 'setMode' },
				'log.record': { actions: 'recordEntry' },
				'peer.stateChanged': [
					{
						guard: 'restartableFailure',
						target: '#iceFailed',
						actions: ['peerStateChanged', { type: 'failWith', params: connectionFailure }]
					},
					{ guard: 'failedAgain', actions: 'peerStateChanged' },
					{
						guard: 'connectionFailed',
						target: '#walkthrough.failed',
						actions: ['peerStateChanged', { type: 'failWith', params: connectionFailure }]
					},
					{ actions: 'peerStateChanged' }
				],
				'ice.candidateGathered': {
					// Trickle ICE: every candidate goes to the other peer through signaling as soon as it is gathered.
					actions: [
						'candidateGathered',
						{
							type: 'sendSignal',
							params: ({ event }) => ({
								from: event.peer,
								message: { type: 'candidate', candidate: event.candidate }
							})
						}
					]
				},
				'ice.candidateError': [
					{
						// the fault lab's TURN faults end where the browser reports the server's error
						guard: 'expectedCandidateError',
						target: '#walkthrough.failed',
						actions: ['candidateError', { type: 'failWith', params: candidateFailure }]
					},
					{ actions: 'candidateError' }
				],
				'fault.transit': { actions: 'faultTransit' },
				'media.remoteTrack': { actions: 'remoteTrack' },
				'media.trackState': { actions: 'remoteTrackState' },
				'data.channelState': { actions: 'dataChannelState' },
				'data.message': { actions: 'chatReceived' },
				'signal.received': { actions: 'signalArrived' }
			},
			states: {
				flow: {
					initial: 'fetching',
					states: {
						fetching: {
							initial: 'getUserMedia',
							states: {
								getUserMedia: apiStep('getUserMedia', 'createPeerConnections', {
									invoke: {
										src: 'listDevices',
										onDone: { actions: assign({ devices: ({ event }) => event.output }) }
									},
									on: {
										'media.selectSource': { actions: 'selectSource' },
										'media.refreshDevices': { target: 'ready', reenter: true }
									}
								})
							}
						},
						signaling: {
							initial: 'createPeerConnections',
							states: {
								createPeerConnections: apiStep('createPeerConnections', 'addTrack'),
								addTrack: apiStep('addTrack', 'createDataChannel'),
								createDataChannel: apiStep('createDataChannel', 'createOffer'),
								createOffer: apiStep('createOffer', 'setLocalOffer'),
								setLocalOffer: apiStep('setLocalOffer', 'sendOffer'),
								sendOffer: signalStep('A', 'offer', 'offerArrived', 'setRemoteOffer'),
								setRemoteOffer: apiStep('setRemoteOffer', 'createAnswer'),
								createAnswer: apiStep('createAnswer', 'setLocalAnswer'),
								setLocalAnswer: apiStep('setLocalAnswer', 'sendAnswer'),
								sendAnswer: signalStep('B', 'answer', 'answerArrived', 'setRemoteAnswer'),
								setRemoteAnswer: apiStep('setRemoteAnswer', 'connect')
							}
						},
						connection: {
							initial: 'connect',
							states: {
								connect: {
									id: 'connect',
									always: { guard: 'bothConnected', target: '#communicate' },
									on: renegotiation(),
									after: {
										connectTimeout: {
											guard: 'runMode',
											target: '#walkthrough.failed',
											actions: {
												type: 'failWith',
												params: {
													call: 'connectTimeout',
													name: 'TimeoutError',
													message: `not connected after ${CONNECT_TIMEOUT_MS / 1000} s`
												}
											}
										}
									}
								}
							}
						},
						communication: {
							initial: 'communicate',
							states: {
								communicate: {
									id: 'communicate',
									initial: 'live',
									on: {
										...renegotiation(),
										'chat.send': { actions: 'sendChat' },
										'call.hangUp': { target: '#walkthrough.closed', actions: 'markClosed' }
									},
									states: {
										live: {
											always: {
												guard: 'faultDegradesArrival',
												target: 'degraded',
												actions: 'logDegraded'
											},
											on: { 'fault.apply': { guard: 'faultApplies', target: 'applyingFault' } }
										},
										/** the fault lab breaks the call that is up (stop a track, cap the bitrate, …) */
										applyingFault: {
											invoke: {
												src: 'applyFault',
												input: ({ context }) => ({ fault: context.fault! }),
												onDone: [
													{
														guard: 'faultEndsDegraded',
														target: 'degraded',
														actions: [
															{
																type: 'faultApplied',
																params: ({ event }) => ({ output: event.output })
															},
															'logDegraded'
														]
													},
													{
														target: 'live',
														actions: {
															type: 'faultApplied',
															params: ({ event }) => ({ output: event.output })
														}
													}
												],
												onError: {
													target: '#walkthrough.failed',
													actions: {
														type: 'failStep',
														params: ({ context, event }) => ({
															call: faultApplyCall(context.fault),
															peer: 'A' as PeerId,
															error: event.error
														})
													}
												}
											}
										},
										/**
										 * A named degraded state: the call goes on, visibly broken by the fault (no
										 * video, a capped bitrate, a stopped track), with no error from the browser.
										 */
										degraded: { id: 'degraded' }
									}
								}
							}
						},
						/**
						 * ICE failed in a two-device call: shown as a failure, while the connection stays
						 * open for the caller's ICE restart (or the caller's new offer on the callee).
						 */
						iceFailed: {
							id: 'iceFailed',
							exit: 'clearFailure',
							on: renegotiation()
						}
					}
				},
				lane: {
					initial: 'idle',
					states: {
						idle: {
							always: { guard: 'autoDeliver', target: 'applying' },
							on: {
								'lane.deliver': { guard: 'deliverable', target: 'applying' },
								'lane.deliverAll': { actions: 'deliverAll' }
							}
						},
						applying: {
							entry: 'startApplying',
							invoke: {
								src: 'addIceCandidate',
								input: ({ context }) => ({
									peer: context.applying!.to,
									candidate:
										context.applying!.message.type === 'candidate'
											? context.applying!.message.candidate
											: null
								}),
								onDone: {
									target: 'idle',
									actions: {
										type: 'candidateApplied',
										params: ({ event }) => ({ output: event.output })
									}
								},
								onError: {
									target: '#walkthrough.failed',
									actions: {
										type: 'failStep',
										params: ({ context, event }) => ({
											call: 'addIceCandidate',
											peer: context.applying?.to ?? null,
											error: event.error
										})
									}
								}
							}
						}
					}
				}
			}
		},
		failed: {
			on: {
				'media.useSynthetic': {
					guard: 'canUseSynthetic',
					target: '#getUserMedia.calling',
					actions: 'useSynthetic'
				}
			}
		},
		closed: {}
	}
});

function isConnectionFailure(event: WalkthroughEvent): boolean {
	return (
		event.type === 'peer.stateChanged' &&
		(event.field === 'connectionState' || event.field === 'iceConnectionState') &&
		event.value === 'failed'
	);
}

function connectionFailure({ event }: { event: WalkthroughEvent }) {
	return {
		call: 'connection',
		name: 'ConnectionFailed',
		message: `${'peer' in event ? `Peer ${event.peer}` : 'A peer'}: ${'field' in event ? event.field : 'state'} = failed`
	};
}

/**
 * Negotiating again once connected, or after ICE failed between two devices: the caller's
 * `ice.restart` goes back to createOffer (which then asks for new ICE credentials); a callee on
 * another device that receives a new offer goes back to setRemoteOffer. Both then run the
 * offer/answer steps again and wait in `connect`.
 */
function renegotiation() {
	return {
		'ice.restart': {
			guard: 'canRestartIce',
			target: '#createOffer',
			actions: 'startIceRestart'
		},
		'signal.received': [
			{ guard: 'remoteOfferArrived', target: '#setRemoteOffer', actions: 'signalArrived' },
			{ actions: 'signalArrived' }
		]
	} as const;
}

/**
 * One API step: `ready` waits for Next (or passes straight through in run mode), `calling` logs
 * the call, runs its actor and records the result or the failure.
 */
function apiStep(step: ApiStepId, next: StepId, ready: Record<string, unknown> = {}) {
	const peer = STEPS.find((s) => s.id === step)?.peer ?? null;
	return {
		id: step,
		initial: 'ready',
		states: {
			ready: {
				...ready,
				always: [
					// The other device runs this step.
					{ guard: { type: 'remotePeer', params: { peer } }, target: `#${next}` },
					{
						guard: and(['runMode', { type: 'faultReplaces', params: { step } }]),
						target: 'faulting'
					},
					{
						guard: and(['runMode', not({ type: 'faultHolds', params: { step } })]),
						target: 'calling'
					}
				],
				on: {
					...(ready.on as object),
					'step.next': [
						{ guard: { type: 'faultReplaces', params: { step } }, target: 'faulting' },
						{ target: 'calling' }
					]
				}
			},
			/** the fault lab: the step as the fault breaks it (faultActors.ts) */
			faulting: {
				entry: { type: 'logCallStart', params: { step } },
				invoke: {
					src: 'faultStep',
					input: ({ context }: { context: WalkthroughContext }) => ({
						fault: context.fault!,
						step,
						peer,
						description: stepInput(step, context).description
					}),
					onDone: {
						target: `#${next}`,
						actions: {
							type: 'faultStepDone',
							params: ({ event }: { event: AnyEventObject }) => ({
								step,
								output: event.output as FaultStepOutput
							})
						}
					},
					onError: {
						target: '#walkthrough.failed',
						actions: [
							{
								type: 'faultStepCalls',
								params: ({ event }: { event: AnyEventObject }) => ({ error: event.error })
							},
							{
								type: 'failStep',
								params: ({ event }: { event: AnyEventObject }) => ({
									call: step,
									peer,
									error: event.error
								})
							}
						]
					}
				}
			},
			calling: {
				entry: { type: 'logCallStart', params: { step } },
				invoke: {
					src: STEP_ACTOR[step],
					input: ({ context }: { context: WalkthroughContext }) => stepInput(step, context),
					onDone: {
						target: `#${next}`,
						actions: {
							type: 'applyStepOutput',
							params: ({ event }: { event: AnyEventObject }) => ({
								step,
								output: event.output as ApiOutput
							})
						}
					},
					onError: {
						target: '#walkthrough.failed',
						actions: {
							type: 'failStep',
							params: ({ event }: { event: AnyEventObject }) => ({
								call: step,
								peer,
								error: event.error
							})
						}
					}
				}
			}
		}
	} as const;
}

/** A signaling step: send the description through the channel and wait until it has arrived. */
function signalStep(
	from: PeerId,
	type: 'offer' | 'answer',
	arrivedGuard: 'offerArrived' | 'answerArrived',
	next: StepId
) {
	const step = type === 'offer' ? 'sendOffer' : 'sendAnswer';
	return {
		id: step,
		initial: 'ready',
		states: {
			ready: {
				always: [
					// The other device sends it: wait for it, for as long as the person there takes.
					{ guard: { type: 'remotePeer', params: { peer: from } }, target: 'waiting' },
					{ guard: 'runMode', target: 'sending' }
				],
				on: { 'step.next': 'sending' }
			},
			waiting: {
				always: {
					guard: arrivedGuard,
					target: `#${next}`,
					actions: { type: 'markStepDone', params: { step } }
				}
			},
			sending: {
				entry: {
					type: 'sendSignal',
					params: ({ context }: { context: WalkthroughContext }) => ({
						from,
						message: { type, description: type === 'offer' ? context.offer! : context.answer! }
					})
				},
				always: [
					// Sent to another device: it has left this page, which is all this side can see.
					{
						guard: { type: 'remotePeer', params: { peer: otherPeer(from) } },
						target: `#${next}`,
						actions: { type: 'markStepDone', params: { step } }
					},
					{
						guard: arrivedGuard,
						target: `#${next}`,
						actions: { type: 'markStepDone', params: { step } }
					}
				],
				after: {
					signalTimeout: {
						target: '#walkthrough.failed',
						actions: {
							type: 'failWith',
							params: {
								call: 'signaling',
								name: 'TimeoutError',
								message: `${type} did not arrive within ${SIGNAL_TIMEOUT_MS / 1000} s`
							}
						}
					}
				}
			}
		}
	} as const;
}
