import { describe, expect, it } from 'vitest';
import { assign, createActor, fromPromise, setup, type AnyActorRef } from 'xstate';
import { candidateLaneMachine, type CandidateLaneEvent } from '$lib/lifecycle/candidateLane';
import type { CandidateInput } from '$lib/lifecycle/events';
import type { ApiOutput, LaneMessage } from '$lib/lifecycle/stepResults';
import type { Mode } from '$lib/lifecycle/types';
import { flush } from './fakeCall';

function candidate(id: number, status: LaneMessage['status'] = 'arrived'): LaneMessage {
	return {
		id,
		from: 'A',
		to: 'B',
		message: {
			type: 'candidate',
			candidate: {
				candidate: `candidate:${id} 1 udp 1 192.0.2.1 ${id} typ host`,
				sdpMid: '0',
				sdpMLineIndex: 0,
				usernameFragment: 'abcd'
			}
		},
		status,
		sentAt: id,
		receivedAt: status === 'arrived' ? id : null
	};
}

/** The lane alone, under a parent that records what the lane reports. */
function laneUnderTest(mode: Mode = 'step', fail?: { name: string; message: string }) {
	const added: CandidateInput[] = [];
	const lane = candidateLaneMachine.provide({
		actors: {
			addIceCandidate: fromPromise<ApiOutput, CandidateInput>(async ({ input }) => {
				added.push(input);
				if (fail) throw Object.assign(new Error(fail.message), { name: fail.name });
				return { result: input.candidate?.candidate };
			})
		}
	});
	const parent = createActor(
		setup({
			types: { context: {} as { reports: { type: string; [key: string]: unknown }[] } },
			actors: { lane }
		}).createMachine({
			context: { reports: [] },
			invoke: { id: 'lane', src: 'lane', input: { receiver: 'B', mode } },
			on: {
				'*': { actions: assign({ reports: ({ context, event }) => [...context.reports, event] }) }
			}
		})
	).start();
	const child = parent.getSnapshot().children.lane as AnyActorRef;
	return {
		added,
		send: (event: CandidateLaneEvent) => child.send(event),
		/** the sender's candidates reach the lane's queue (arrived, or still in transit) */
		enqueue: (...messages: LaneMessage[]) => {
			for (const message of messages) child.send({ type: 'candidate.queued', message });
		},
		reports: (type: string) => parent.getSnapshot().context.reports.filter((r) => r.type === type),
		queue: () => child.getSnapshot().context.queue as LaneMessage[]
	};
}

describe('candidate lane (one receiver)', () => {
	it('holds candidates until the receiver has a remote description, then delivers one on request', async () => {
		const lane = laneUnderTest();
		lane.enqueue(candidate(1), candidate(2));
		lane.send({ type: 'lane.deliver' });
		await flush();
		expect(lane.added).toHaveLength(0);
		lane.send({ type: 'lane.open' });
		await flush();
		expect(lane.added).toHaveLength(0); // step mode: opening does not deliver
		lane.send({ type: 'lane.deliver' });
		await flush();
		expect(lane.added.map((c) => c.candidate?.candidate)).toEqual([
			'candidate:1 1 udp 1 192.0.2.1 1 typ host'
		]);
		expect(lane.added[0]!.peer).toBe('B');
		expect(lane.queue().map((m) => m.id)).toEqual([2]);
		expect(lane.reports('lane.applying')).toMatchObject([{ message: { id: 1 } }]);
		expect(lane.reports('lane.applied')).toMatchObject([
			{ message: { id: 1 }, output: { result: 'candidate:1 1 udp 1 192.0.2.1 1 typ host' } }
		]);
		// the parent's copy follows every change
		expect(lane.reports('lane.changed').at(-1)).toMatchObject({
			receiver: 'B',
			open: true,
			applying: null,
			queue: [{ id: 2 }]
		});
	});

	it('delivers a named candidate out of order, and never one still in transit', async () => {
		const lane = laneUnderTest();
		lane.send({ type: 'lane.open' });
		lane.enqueue(candidate(1, 'inTransit'), candidate(2));
		lane.send({ type: 'lane.deliver', messageId: 1 });
		await flush();
		expect(lane.added).toHaveLength(0);
		lane.send({ type: 'lane.deliver', messageId: 2 });
		await flush();
		expect(lane.added).toHaveLength(1);
		// arriving keeps the time it was sent
		lane.enqueue({ ...candidate(1), sentAt: 99 });
		expect(lane.queue()).toMatchObject([{ id: 1, status: 'arrived', sentAt: 99 }]);
	});

	it('deliver all covers what is queued when asked, not candidates that come later', async () => {
		const lane = laneUnderTest();
		lane.enqueue(candidate(1), candidate(2));
		lane.send({ type: 'lane.deliverAll' });
		await flush();
		expect(lane.added).toHaveLength(0); // still closed
		lane.send({ type: 'lane.open' });
		await flush();
		expect(lane.added).toHaveLength(2);
		lane.enqueue(candidate(3));
		await flush();
		expect(lane.added).toHaveLength(2);
		expect(lane.queue().map((m) => m.id)).toEqual([3]);
	});

	it('in run mode delivers each candidate as soon as the receiver can take it', async () => {
		const lane = laneUnderTest('run');
		lane.enqueue(candidate(1));
		await flush();
		expect(lane.added).toHaveLength(0);
		lane.send({ type: 'lane.open' });
		await flush();
		lane.enqueue(candidate(2));
		await flush();
		expect(lane.added).toHaveLength(2);
		// and switching to step mode stops it again
		lane.send({ type: 'lane.mode', mode: 'step' });
		lane.enqueue(candidate(3));
		await flush();
		expect(lane.added).toHaveLength(2);
	});

	it('reports a rejected addIceCandidate to the parent as a failed call', async () => {
		const lane = laneUnderTest('run', { name: 'OperationError', message: 'no such ufrag' });
		lane.send({ type: 'lane.open' });
		lane.enqueue(candidate(1));
		await flush();
		expect(lane.reports('call.failed')).toEqual([
			{
				type: 'call.failed',
				call: 'addIceCandidate',
				peer: 'B',
				error: { name: 'OperationError', message: 'no such ufrag' }
			}
		]);
	});
});
