import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATALOG } from '$lib/i18n/catalog';
import type { LogEntry } from '$lib/log/eventLog';
import { EMPTY_CLASS, mergeEntries, reduceClass } from '$lib/classroom/classState';
import { batchEntries, maskLog } from '$lib/classroom/share';
import {
	answerOf,
	CHOICES_PER_QUESTION,
	defaultOrder,
	QUESTIONS,
	QUESTION_IDS,
	revealable,
	questionById,
	stepIndex
} from '$lib/classroom/questions';
import { presentKey, presenterKey } from '$lib/classroom/presenter';
import { STEPS } from '$lib/lifecycle/steps';

const OFFER = readFileSync('tests/fixtures/sdp/chromium-av-data-offer.sdp', 'utf8');
const view = (signalingState: string, extra: Record<string, unknown> = {}) => ({
	signalingState,
	iceGatheringState: 'new',
	iceConnectionState: 'new',
	connectionState: 'new',
	localDescription: null,
	remoteDescription: null,
	...extra
});

let nextId = 1;
function call(step: string, peer: 'A' | 'B', a: unknown, payload?: unknown): LogEntry {
	return {
		id: nextId++,
		t: 1,
		kind: 'call',
		name: step,
		step,
		status: 'success',
		peer,
		peers: { A: a, B: null },
		payload
	} as LogEntry;
}
function candidate(from: 'A' | 'B', line: string): LogEntry {
	return {
		id: nextId++,
		t: 2,
		kind: 'signal',
		name: 'candidate',
		stage: 'sent',
		from,
		to: from === 'A' ? 'B' : 'A',
		messageId: nextId,
		peer: from,
		peers: { A: null, B: null },
		payload: {
			type: 'candidate',
			candidate: { candidate: line, sdpMid: '0', sdpMLineIndex: 0, usernameFragment: 'abcd' }
		}
	} as LogEntry;
}

describe('the question bank', () => {
	it('has at least 24 questions, each with four answers, a why and both languages', () => {
		expect(QUESTIONS.length).toBeGreaterThanOrEqual(24);
		expect(new Set(QUESTIONS.map((q) => q.id)).size).toBe(QUESTIONS.length);
		expect(QUESTIONS.map((q) => q.id).sort()).toEqual([...QUESTION_IDS].sort());
		for (const q of QUESTIONS) {
			for (const part of [
				'text',
				'why',
				...Array.from({ length: CHOICES_PER_QUESTION }, (_, i) => `c${i}`)
			]) {
				const key = `class.q.${q.id}.${part}` as keyof typeof CATALOG.en;
				expect(CATALOG.en[key], key).toBeTruthy();
				expect(CATALOG.ko[key], key).toBeTruthy();
			}
			expect(stepIndex(q.reveal), q.id).toBeGreaterThanOrEqual(0);
		}
	});

	it('covers every concept of the seed notes', () => {
		const en = QUESTIONS.map((q) =>
			[CATALOG.en[`class.q.${q.id}.text`], CATALOG.en[`class.q.${q.id}.why`]].join(' ')
		).join('\n');
		for (const concept of [
			'MediaStream',
			'RTCPeerConnection',
			'RTCDataChannel',
			'offer',
			'answer',
			'candidate',
			'STUN',
			'NAT',
			'TURN',
			'symmetric NAT',
			'relay'
		]) {
			expect(en, concept).toContain(concept);
		}
		// the four phases: a question is revealed in each
		const phases = new Set(QUESTIONS.map((q) => STEPS[stepIndex(q.reveal)]!.phase));
		expect([...phases].sort()).toEqual(['communication', 'connection', 'fetching', 'signaling']);
	});

	it('orders the bank by the step that reveals each answer', () => {
		const order = defaultOrder().map((id) => stepIndex(questionById(id)!.reveal));
		expect(order).toEqual([...order].sort((a, b) => a - b));
	});

	it('reveals a question once the walkthrough is past its step', () => {
		const q = questionById('offer-state')!;
		expect(revealable(q, stepIndex('setLocalOffer'), false)).toBe(false);
		expect(revealable(q, stepIndex('setLocalOffer') + 1, false)).toBe(true);
		expect(revealable(q, -1, true)).toBe(true);
	});

	it('reads the answers from the real call where the log shows them', () => {
		const log = [
			call('createPeerConnections', 'A', view('stable')),
			call('createOffer', 'A', view('stable'), { type: 'offer', sdp: OFFER }),
			call('setLocalOffer', 'A', view('have-local-offer', { iceGatheringState: 'gathering' })),
			candidate('A', 'candidate:1 1 udp 2122260223 192.0.2.10 50000 typ host'),
			candidate(
				'A',
				'candidate:2 1 udp 1686052607 203.0.113.7 40000 typ srflx raddr 192.0.2.10 rport 50000'
			)
		];
		expect(answerOf(questionById('offer-state')!, log)).toEqual({
			answer: 1,
			actual: 'signalingState: "have-local-offer"'
		});
		expect(answerOf(questionById('create-offer-state')!, log)).toMatchObject({ answer: 0 });
		expect(answerOf(questionById('pc-signaling-initial')!, log)).toMatchObject({ answer: 0 });
		expect(answerOf(questionById('gathering-starts')!, log)).toEqual({
			answer: 1,
			actual: 'iceGatheringState: "new" → "gathering"'
		});
		expect(answerOf(questionById('datachannel-offer')!, log).actual).toMatch(/^m=application /);
		expect(answerOf(questionById('loopback-candidates')!, log)).toEqual({
			answer: 1,
			actual: 'host, srflx'
		});
		// a question the call cannot show: the answer by the specifications
		expect(answerOf(questionById('relay-preference')!, log)).toEqual({ answer: 3, actual: null });
		// a call that showed none of the answers says so instead of guessing
		const odd = [call('setLocalOffer', 'A', view('closed'))];
		expect(answerOf(questionById('offer-state')!, odd)).toEqual({
			answer: null,
			actual: 'signalingState: "closed"'
		});
	});
});

describe('what the teacher shares', () => {
	it('masks addresses, credentials and fingerprints, the same way as the log grows', () => {
		const first = [
			call('createOffer', 'A', view('stable'), { type: 'offer', sdp: OFFER }),
			candidate('A', 'candidate:1 1 udp 2122260223 10.1.2.3 50000 typ host')
		];
		const grown = [
			...first,
			candidate(
				'A',
				'candidate:2 1 udp 1686052607 198.18.0.9 40000 typ srflx raddr 10.1.2.3 rport 50000'
			)
		];
		const a = maskLog(first);
		const b = maskLog(grown);
		expect(b.slice(0, 2)).toEqual(a);
		const text = JSON.stringify(b);
		expect(text).not.toContain('10.1.2.3');
		expect(text).not.toContain('198.18.0.9');
		const fingerprint = /a=fingerprint:sha-256 ([0-9A-F:]+)/.exec(OFFER)![1]!;
		expect(text).not.toContain(fingerprint);
		const ufrag = /a=ice-ufrag:(\S+)/.exec(OFFER)![1]!;
		expect(text).not.toContain(`a=ice-ufrag:${ufrag}\\r`);
		// the raddr of the srflx candidate still names the masked host candidate
		const hostMask = / udp 2122260223 (\S+) 50000/.exec(text)![1]!;
		expect(text).toContain(`raddr ${hostMask} rport 50000`);
	});

	it('batches entries under the frame limit and leaves out one that cannot fit', () => {
		const small = call('createOffer', 'A', view('stable'), { type: 'offer', sdp: OFFER });
		const huge = call('createOffer', 'A', view('stable'), { sdp: 'x'.repeat(300_000) });
		const { batches, tooBig } = batchEntries([small, small, huge, small], 3 * OFFER.length);
		expect(tooBig).toEqual([huge]);
		expect(batches.flat()).toHaveLength(3);
		for (const batch of batches) {
			expect(JSON.stringify(batch).length).toBeLessThan(3 * OFFER.length);
		}
	});
});

describe("a student's view of the class", () => {
	const entry = (id: number) => call(`s${id}`, 'A', view('stable'));

	it('adds each entry once, whatever order snapshots and broadcasts come in', () => {
		const log = [entry(1), entry(2)];
		expect(mergeEntries(log, 1, [entry(2), entry(3)]).map((e) => e.name)).toEqual([
			's1',
			's2',
			's3'
		]);
		expect(mergeEntries(log, 0, [entry(1)])).toBe(log);
	});

	it('follows the hub: joined, entries, step, checkpoint, answers, restart, end', () => {
		let state = reduceClass(EMPTY_CLASS, {
			type: 'joined',
			code: 'ABC-DEF',
			masked: true,
			log: [],
			step: null,
			checkpoint: null,
			teacher: true
		});
		state = reduceClass(state, {
			type: 'entries',
			from: 0,
			masked: false,
			entries: [entry(1) as never]
		});
		expect(state).toMatchObject({ masked: false, teacherPresent: true });
		expect(state.log).toHaveLength(1);
		state = reduceClass(state, { type: 'answered', id: 'offer-state', round: 2, choice: 1 });
		expect(state.answers).toEqual({ 'offer-state#2': 1 });
		state = reduceClass(state, { type: 'restart' });
		expect(state).toMatchObject({ log: [], masked: true });
		state = reduceClass(state, { type: 'error', code: 'class-ended', message: 'ended' });
		expect(state.ended).toBe(true);
	});
});

/** A keydown with no modifier unless `extra` says so. */
const keydown = (k: string, extra = {}) => ({
	key: k,
	ctrlKey: false,
	metaKey: false,
	altKey: false,
	...extra
});
/** The presenter view off and on, with focus in no text field and no dialog open. */
const off = { on: false, typing: false, dialogOpen: false };
const on = { ...off, on: true };

describe('presenter keys', () => {
	it('toggles with P, opens the sheet with ?, picks panels 1–5 only when on', () => {
		expect(presenterKey(keydown('p'), off)).toEqual({ type: 'toggle' });
		expect(presenterKey(keydown('?'), off)).toEqual({ type: 'help' });
		expect(presenterKey(keydown('3'), off)).toBeNull();
		expect(presenterKey(keydown('3'), on)).toEqual({ type: 'panel', panel: 'timeline' });
		expect(presenterKey(keydown('6'), on)).toBeNull();
		expect(presenterKey(keydown('p'), { ...on, typing: true })).toBeNull();
		expect(presenterKey(keydown('p', { ctrlKey: true }), on)).toBeNull();
	});
});

describe('presenter keys for a page’s own panels', () => {
	const panels = ['live', 'lab', 'learn'] as const;
	it('maps 1–n to the declared panels, nothing past the last one or while off', () => {
		expect(presentKey(keydown('1'), on, panels)).toEqual({ type: 'panel', panel: 'live' });
		expect(presentKey(keydown('3'), on, panels)).toEqual({ type: 'panel', panel: 'learn' });
		expect(presentKey(keydown('4'), on, panels)).toBeNull();
		expect(presentKey(keydown('0'), on, panels)).toBeNull();
		expect(presentKey(keydown('1'), off, panels)).toBeNull();
		expect(presentKey(keydown('P'), off, panels)).toEqual({ type: 'toggle' });
		expect(presentKey(keydown('?'), { ...on, dialogOpen: true }, panels)).toBeNull();
		expect(presentKey(keydown('2', { altKey: true }), on, panels)).toBeNull();
	});
});
