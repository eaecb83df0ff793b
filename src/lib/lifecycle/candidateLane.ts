import type { PeerRole } from '$lib/vocabulary';
import { assign, fromPromise, sendParent, setup } from 'xstate';
import { errorInfo } from '$lib/log/eventLog';
import type { CallFailedEvent, CandidateInput, LaneReport } from './events';
import type { ApiOutput, LaneMessage } from './stepResults';
import type { Mode } from './types';

/**
 * One candidate lane: the ICE candidates on their way to one peer (trickle ICE, RFC 8838), each
 * given to that peer's addIceCandidate in turn. A peer can take candidates only once it has a
 * remote description (WebRTC 1.0 §4.4.1.6: addIceCandidate rejects with InvalidStateError
 * before), so the lane is closed until then. In step mode it delivers one candidate, a named one,
 * or all that are queued when asked; in run mode it delivers each as soon as it can.
 *
 * The walkthrough machine invokes one lane per peer, so candidates flow both ways at once, and
 * keeps a copy of each lane's queue (sent with `lane.changed`) for the page to render.
 */

export interface CandidateLaneInput {
	receiver: PeerRole;
	mode: Mode;
}

interface LaneContext {
	receiver: PeerRole;
	mode: Mode;
	/** the receiver has a remote description */
	open: boolean;
	queue: LaneMessage[];
	/** "deliver all": candidates with an id up to this one go without further clicks */
	drainUntil: number;
	applying: LaneMessage | null;
}

export type CandidateLaneEvent =
	/** a candidate entered the channel (in transit) or came out of it (arrived) */
	| { type: 'candidate.queued'; message: LaneMessage }
	/** the receiver's setRemoteDescription succeeded */
	| { type: 'lane.open' }
	/** an ICE restart began: the new candidates wait for the description that carries their ufrag */
	| { type: 'lane.close' }
	| { type: 'lane.mode'; mode: Mode }
	| { type: 'lane.deliver'; messageId?: number }
	| { type: 'lane.deliverAll' };

function nextDeliverable(context: LaneContext, messageId?: number): LaneMessage | undefined {
	if (!context.open) return undefined;
	return context.queue.find(
		(m) => (messageId === undefined || m.id === messageId) && m.status === 'arrived'
	);
}

export const candidateLaneMachine = setup({
	types: {
		context: {} as LaneContext,
		events: {} as CandidateLaneEvent,
		input: {} as CandidateLaneInput
	},
	actors: {
		addIceCandidate: fromPromise<ApiOutput, CandidateInput>(async () => {
			throw new Error('actor addIceCandidate is not provided');
		})
	},
	guards: {
		autoDeliver: ({ context }) => {
			const next = nextDeliverable(context);
			return next !== undefined && (context.mode === 'run' || next.id <= context.drainUntil);
		},
		deliverable: ({ context }, params: { messageId?: number }) =>
			nextDeliverable(context, params.messageId) !== undefined
	},
	actions: {
		queue: assign(({ context }, params: { message: LaneMessage }) => {
			const known = context.queue.some((m) => m.id === params.message.id);
			return {
				queue: known
					? context.queue.map((m) => (m.id === params.message.id ? params.message : m))
					: [...context.queue, params.message]
			};
		}),
		open: assign({ open: true }),
		close: assign({ open: false }),
		setMode: assign((_, params: { mode: Mode }) => ({ mode: params.mode })),
		drainAll: assign(({ context }) => ({
			drainUntil: Math.max(context.drainUntil, ...context.queue.map((m) => m.id))
		})),
		pick: assign(({ context }, params: { messageId?: number }) => ({
			applying: nextDeliverable(context, params.messageId) ?? null
		})),
		tellApplying: sendParent(
			({ context }) => ({ type: 'lane.applying', message: context.applying! }) satisfies LaneReport
		),
		applied: assign(({ context }) => ({
			queue: context.queue.filter((m) => m.id !== context.applying?.id),
			applying: null
		})),
		tellApplied: sendParent(
			(_, params: { message: LaneMessage; output: ApiOutput }) =>
				({ type: 'lane.applied', ...params }) satisfies LaneReport
		),
		tellFailed: sendParent(
			(_, params: { peer: PeerRole; error: unknown }) =>
				({
					type: 'call.failed',
					call: 'addIceCandidate',
					peer: params.peer,
					error: errorInfo(params.error)
				}) satisfies CallFailedEvent
		),
		report: sendParent(
			({ context }) =>
				({
					type: 'lane.changed',
					receiver: context.receiver,
					queue: context.queue,
					applying: context.applying,
					open: context.open
				}) satisfies LaneReport
		)
	}
}).createMachine({
	id: 'candidateLane',
	context: ({ input }) => ({
		receiver: input.receiver,
		mode: input.mode,
		open: false,
		queue: [],
		drainUntil: 0,
		applying: null
	}),
	initial: 'idle',
	on: {
		'candidate.queued': {
			actions: [{ type: 'queue', params: ({ event }) => ({ message: event.message }) }, 'report']
		},
		'lane.open': { actions: ['open', 'report'] },
		'lane.close': { actions: ['close', 'report'] },
		'lane.mode': { actions: { type: 'setMode', params: ({ event }) => ({ mode: event.mode }) } }
	},
	states: {
		idle: {
			always: { guard: 'autoDeliver', target: 'applying', actions: { type: 'pick', params: {} } },
			on: {
				'lane.deliver': {
					guard: { type: 'deliverable', params: ({ event }) => ({ messageId: event.messageId }) },
					target: 'applying',
					actions: { type: 'pick', params: ({ event }) => ({ messageId: event.messageId }) }
				},
				'lane.deliverAll': { actions: 'drainAll' }
			}
		},
		applying: {
			entry: ['tellApplying', 'report'],
			invoke: {
				src: 'addIceCandidate',
				input: ({ context }) => ({
					peer: context.receiver,
					candidate:
						context.applying!.message.type === 'candidate'
							? context.applying!.message.candidate
							: null
				}),
				onDone: {
					target: 'idle',
					actions: [
						{
							type: 'tellApplied',
							params: ({ context, event }) => ({
								message: context.applying!,
								output: event.output
							})
						},
						'applied',
						'report'
					]
				},
				onError: {
					target: 'failed',
					actions: {
						type: 'tellFailed',
						params: ({ context, event }) => ({ peer: context.receiver, error: event.error })
					}
				}
			}
		},
		/** addIceCandidate rejected: the parent moves to its failed state and stops this lane. */
		failed: {}
	}
});
