import { describe, expect, it } from 'vitest';
import { appendEntry, type LogEntry, type NewLogEntry } from '$lib/log/eventLog';
import { relayTimings } from '$lib/signaling/relayTimings';

const none = { A: null, B: null };
function log(entries: [number, NewLogEntry][]): LogEntry[] {
	return entries.reduce<LogEntry[]>((acc, [t, e]) => appendEntry(acc, e, t, none), []);
}
const offer = { type: 'offer' as const, description: { type: 'offer' as const, sdp: 'v=0' } };
const answer = { type: 'answer' as const, description: { type: 'answer' as const, sdp: 'v=0' } };
const cand = { type: 'candidate' as const, candidate: null };

describe('relay timings', () => {
	const entries = log([
		[
			10,
			{
				kind: 'signal',
				name: 'offer',
				stage: 'sent',
				from: 'A',
				to: 'B',
				messageId: 1,
				payload: offer,
				peer: 'A'
			}
		],
		[
			12,
			{
				kind: 'signal',
				name: 'candidate',
				stage: 'sent',
				from: 'A',
				to: 'B',
				messageId: 2,
				payload: cand,
				peer: 'A'
			}
		],
		[
			900,
			{
				kind: 'signal',
				name: 'answer',
				stage: 'received',
				from: 'B',
				to: 'A',
				messageId: 1,
				payload: answer,
				peer: 'A'
			}
		],
		[
			905,
			{
				kind: 'signal',
				name: 'answer',
				stage: 'applied',
				from: 'B',
				to: 'A',
				messageId: 1,
				payload: answer,
				peer: 'A'
			}
		],
		[906, { kind: 'machine', name: 'mode.run', peer: null }]
	]);

	it('lists what crossed the server, out and in, and the offer → answer turnaround', () => {
		const timings = relayTimings(entries, 'A');
		expect(timings.messages.map((m) => `${m.direction} ${m.type} #${m.messageId} @${m.t}`)).toEqual(
			['out offer #1 @10', 'out candidate #2 @12', 'in answer #1 @900']
		);
		expect(timings.offerToAnswerMs).toBe(890);
	});

	it('keys each message by its own log entry, even when the other device repeats a messageId', () => {
		const ids = relayTimings(entries, 'A').messages.map((m) => m.id);
		expect(new Set(ids).size).toBe(ids.length);
		// out offer #1 and in answer #1 share a messageId; the page must still tell them apart
		expect(relayTimings(entries, 'A').messages.filter((m) => m.messageId === 1)).toHaveLength(2);
	});

	it('has no turnaround before the answer', () => {
		expect(relayTimings(entries.slice(0, 2), 'A').offerToAnswerMs).toBeNull();
	});
});
