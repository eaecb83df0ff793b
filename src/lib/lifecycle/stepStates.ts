import { otherPeer, type PeerRole } from '$lib/vocabulary';
import type { AnyEventObject } from 'xstate';
import type { FaultStepOutput } from './faultActors';
import type { WalkthroughContext } from './context';
import type { SignalReceivedEvent } from './events';
import { stepInput, type ApiOutput } from './stepResults';
import { STEP_ACTOR, stepById, type ApiStepId, type Phase, type StepId } from './steps';

/**
 * The factories of the walkthrough's step states. Every step state carries `meta` (its step id
 * and phase) and its inner states carry a stage tag, so the page reads where the walkthrough is
 * with `snapshot.getMeta()` and `snapshot.hasTag()` instead of parsing the state value.
 */

/** ready: waits for Next; calling: its call is in flight; waiting: waits for the browser (ICE, DTLS) or the other device */
export type StageTag = 'ready' | 'calling' | 'waiting';
/**
 * the states in which the call is over, for good (failed, closed) or until ICE restarts
 * (iceFailed); `degraded`: the fault lab's call goes on, visibly broken
 */
export type StatusTag = 'failed' | 'closed' | 'degraded';
export type WalkthroughTag = StageTag | StatusTag;

export interface WalkthroughMeta {
	/** the step this state runs (absent on states outside the steps) */
	step?: StepId;
	phase?: Phase;
}

/** Run mode gives ICE this long to connect before calling it failed (Chrome's own ICE failure timeout is about 30 s). */
export const CONNECT_TIMEOUT_MS = 30_000;
/** A signaling message that has not arrived after this long means the channel is broken. */
export const SIGNAL_TIMEOUT_MS = 10_000;

const meta = (step: StepId): WalkthroughMeta => ({ step, phase: stepById(step).phase });

/**
 * A step's state: its id (what `#step` targets name), its meta, and its inner states, which start
 * at `ready`.
 */
function stepState<const S extends { ready: object }>(step: StepId, states: S) {
	return { id: step, meta: meta(step), initial: 'ready', states } as const;
}

/** What the action that records a step's result takes: the step actor's output, or the fault lab's. */
interface StepOutputs {
	applyStepOutput: ApiOutput;
	faultStepDone: FaultStepOutput;
}

/**
 * One API step: `ready` waits for Next (or passes straight through in run mode), `calling` logs
 * the call, runs its actor and records the result or the failure.
 */
export function apiStep(
	step: ApiStepId,
	next: StepId,
	ready: Record<string, unknown> = {},
	{ onlyOnce = false }: { onlyOnce?: boolean } = {}
) {
	const peer = stepById(step).peer;
	// A step that must not run again when the offer/answer steps repeat (an ICE restart, or a new
	// offer from a caller on another device): it is passed once the peer's media already flows.
	const once = onlyOnce
		? ([{ guard: { type: 'alreadySending', params: { peer } }, target: `#${next}` }] as const)
		: ([] as const);
	// the step's call, its own or the fault lab's version of it, rejected: the walkthrough fails
	const failStep = {
		type: 'failStep',
		params: ({ event }: { event: AnyEventObject }) => ({ call: step, peer, error: event.error })
	} as const;
	// the step's call, its own or the fault lab's, resolved: its output is recorded, on to the next
	const stepDone = <T extends keyof StepOutputs>(type: T) => ({
		target: `#${next}`,
		actions: {
			type,
			params: ({ event }: { event: AnyEventObject }) => ({
				step,
				output: event.output as StepOutputs[T]
			})
		}
	});
	return stepState(step, {
		ready: {
			...ready,
			tags: ['ready'],
			always: [
				...once,
				// The other device runs this step.
				{ guard: { type: 'remotePeer', params: { peer } }, target: `#${next}` },
				{ guard: { type: 'runFault', params: { step } }, target: 'faulting' },
				{ guard: { type: 'runMode', params: { step } }, target: 'calling' }
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
			tags: ['calling'],
			entry: { type: 'logCallStart', params: { step } },
			invoke: {
				src: 'faultStep',
				input: ({ context }: { context: WalkthroughContext }) => ({
					fault: context.fault!,
					step,
					peer,
					description: stepInput(step, context).description
				}),
				onDone: stepDone('faultStepDone'),
				onError: {
					target: '#walkthrough.failed',
					actions: [
						{
							type: 'faultStepCalls',
							params: ({ event }: { event: AnyEventObject }) => ({ error: event.error })
						},
						failStep
					]
				}
			}
		},
		calling: {
			tags: ['calling'],
			entry: { type: 'logCallStart', params: { step } },
			invoke: {
				src: STEP_ACTOR[step],
				input: ({ context }: { context: WalkthroughContext }) => stepInput(step, context),
				onDone: stepDone('applyStepOutput'),
				onError: { target: '#walkthrough.failed', actions: failStep }
			}
		}
	});
}

/** A signaling step: send the description through the channel and wait until it has arrived. */
export function signalStep(from: PeerRole, type: 'offer' | 'answer', next: StepId) {
	const step = type === 'offer' ? 'sendOffer' : 'sendAnswer';
	const arrived = { type: 'descriptionArrived', params: { type } } as const;
	const done = { type: 'markStepDone', params: { step } } as const;
	return stepState(step, {
		ready: {
			tags: ['ready'],
			always: [
				// The other device sends it: wait for it, for as long as the person there takes.
				{ guard: { type: 'remotePeer', params: { peer: from } }, target: 'waiting' },
				{ guard: 'runMode', target: 'sending' }
			],
			on: { 'step.next': 'sending' }
		},
		waiting: {
			tags: ['calling'],
			always: { guard: arrived, target: `#${next}`, actions: done }
		},
		sending: {
			tags: ['calling'],
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
					actions: done
				},
				{ guard: arrived, target: `#${next}`, actions: done }
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
	});
}

/**
 * Negotiating again once connected, or after ICE failed between two devices: the caller's
 * `ice.restart` goes back to createOffer (which then asks for new ICE credentials); a callee on
 * another device that receives a new offer goes back to setRemoteOffer. Both then run the
 * offer/answer steps again and wait in `connect`.
 */
export function renegotiation() {
	const arrived = {
		type: 'signalArrived',
		params: ({ event }: { event: AnyEventObject }) => event as SignalReceivedEvent
	} as const;
	return {
		'ice.restart': {
			guard: 'canRestartIce',
			target: '#createOffer',
			actions: 'startIceRestart'
		},
		'signal.received': [
			{
				guard: {
					type: 'remoteOfferArrived',
					params: ({ event }: { event: AnyEventObject }) => event as SignalReceivedEvent
				},
				target: '#setRemoteOffer',
				actions: arrived
			},
			{ actions: arrived }
		]
	} as const;
}
