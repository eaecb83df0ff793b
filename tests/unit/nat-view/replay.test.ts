import { describe, expect, it } from 'vitest';
import { learnedCandidates, nextStepOf, replayState } from '$lib/nat/view/replay';
import type { NatEvent } from '$lib/nat/view/run';
import { decodeMessage, encodeMessage, splitLines } from '$lib/nat/view/stream';

const HOST = 'candidate:1 1 udp 2122260223 192.168.1.2 5000 typ host generation 0';
const REMOTE = 'candidate:2 1 udp 1677729535 203.0.113.9 40001 typ srflx raddr 10.0.0.2 rport 7000';

const events: NatEvent[] = [
	{ t: 0, kind: 'phase', data: { phase: 'gathering' } },
	{ t: 5, kind: 'candidate', peer: 'a', data: { candidate: HOST } },
	{ t: 6, kind: 'candidate', peer: 'a', data: HOST },
	{ t: 7, kind: 'gathering', peer: 'a', data: { state: 'complete' } },
	{
		t: 9,
		kind: 'mapping',
		data: {
			nat: 'a',
			internal: '192.168.1.2:5000',
			external: '203.0.113.2:5000',
			remote: '198.51.100.2:3478',
			protocol: 'udp',
			t: 9
		}
	},
	{
		t: 10,
		kind: 'packet',
		data: {
			from: '203.0.113.2:5000',
			to: '198.51.100.2:3478',
			protocol: 'udp',
			kind: 'binding-request',
			summary: {}
		}
	},
	{ t: 20, kind: 'pair', peer: 'a', data: { local: HOST, remote: REMOTE, state: 'in-progress' } },
	{
		t: 30,
		kind: 'pair',
		peer: 'a',
		data: { local: HOST, remote: REMOTE, state: 'succeeded', nominated: true }
	},
	{ t: 31, kind: 'state', peer: 'a', data: { state: 'connected' } },
	{ t: 32, kind: 'pair', peer: 'a', data: { local: HOST } },
	{ t: 33, kind: 'error', data: { code: 'timeout', message: 'took too long' } }
];

describe('replay', () => {
	it('starts empty and rebuilds every part from the events alone, in order', () => {
		expect(replayState(events, 0)).toMatchObject({ step: 0, phase: null, last: null });
		const s = replayState(events, 4);
		expect(s.phase).toBe('gathering');
		// the same candidate twice is listed once
		expect(s.candidates.a).toEqual([HOST]);
		expect(s.gathering.a).toBe('complete');
		expect(s.mappings).toHaveLength(0);
		const end = replayState(events, events.length);
		expect(end.mappings.map((m) => m.external)).toEqual(['203.0.113.2:5000']);
		expect(end.packets.map((p) => [p.t, p.kind])).toEqual([[10, 'binding-request']]);
		expect(end.pairs).toHaveLength(1);
		expect(end.pairs[0]).toMatchObject({ state: 'succeeded', nominated: true });
		expect(end.pairs[0]!.history).toEqual([
			{ t: 20, state: 'in-progress' },
			{ t: 30, state: 'succeeded' }
		]);
		expect(end.iceState.a).toBe('connected');
		expect(end.errors).toEqual([
			{ t: 33, peer: undefined, code: 'timeout', message: 'took too long' }
		]);
	});

	it('clamps the step to the log', () => {
		expect(replayState(events, 99).step).toBe(events.length);
		expect(replayState(events, -3).step).toBe(0);
	});

	it('finds the next packet or mapping', () => {
		expect(nextStepOf(events, 0, ['packet'])).toBe(6);
		expect(nextStepOf(events, 6, ['packet'])).toBe(events.length);
	});
});

describe('what the lab sends', () => {
	const PRFLX =
		'candidate:973436521 1 udp 1853824767 203.0.113.10 43877 typ prflx raddr 192.0.2.10 rport 47936';
	const lab: NatEvent[] = [
		{ t: 1, kind: 'gathering', peer: 'a', data: 'complete' },
		{ t: 2, kind: 'gathering', peer: 'a', data: 'end-of-candidates' },
		{ t: 3, kind: 'state', peer: 'a', data: { ice: 'checking' } },
		{ t: 4, kind: 'state', peer: 'a', data: { connection: 'connecting' } },
		{
			t: 5,
			kind: 'pair',
			peer: 'a',
			data: {
				id: 'CP1',
				local: PRFLX,
				remote: null,
				remoteType: 'host',
				state: 'succeeded',
				nominated: true,
				selected: true
			}
		},
		{
			t: 6,
			kind: 'phase',
			data: {
				phase: 'topology',
				topology: {
					a: { network: 'symmetric', natPublic: '203.0.113.10' },
					b: { network: 'public' }
				},
				netemDelayMs: null
			}
		},
		{ t: 7, kind: 'log', data: { signaling: 'offer', from: 'a' } }
	];

	it('keeps gathering complete after the end-of-candidates, and ICE and connection states apart', () => {
		const s = replayState(lab, lab.length);
		expect(s.gathering.a).toBe('complete');
		expect(s.iceState.a).toBe('checking');
		expect(s.connectionState.a).toBe('connecting');
		expect(s.topology?.a.natPublic).toBe('203.0.113.10');
		expect(s.netemDelayMs).toBeNull();
		expect(s.logs[0]!.message).toBe('signaling: offer, from: a');
	});

	it('takes a pair whose remote address getStats hides by its type, and learns prflx from pairs', () => {
		const s = replayState(lab, lab.length);
		expect(s.pairs[0]).toMatchObject({ id: 'CP1', remote: 'host', selected: true });
		expect(learnedCandidates(s.pairs)).toEqual({ a: [PRFLX], b: [] });
	});
});

describe('stream lines', () => {
	it('round-trips messages and keeps an unfinished line for later', () => {
		const text = encodeMessage({ type: 'event', event: events[1]! }) + '{"type":"run"';
		const { lines, rest } = splitLines(text);
		expect(lines).toHaveLength(1);
		expect(decodeMessage(lines[0]!)).toEqual({ type: 'event', event: events[1] });
		expect(rest).toBe('{"type":"run"');
	});

	it('reads an error with an unknown code as failed, and refuses what is not a message', () => {
		expect(decodeMessage('{"type":"error","code":"busy","message":"one at a time"}')).toEqual({
			type: 'error',
			code: 'busy',
			message: 'one at a time'
		});
		expect(decodeMessage('{"type":"error","code":"weird"}')).toMatchObject({ code: 'failed' });
		expect(decodeMessage('not json')).toBeNull();
		expect(decodeMessage('{"type":"event","event":{"t":"x"}}')).toBeNull();
	});
});
