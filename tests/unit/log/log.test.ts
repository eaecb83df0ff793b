import { describe, expect, it } from 'vitest';
import { peerChanges, changesOfStep } from '$lib/log/changes';
import { appendEntry, errorInfo, type LogEntry } from '$lib/log/eventLog';
import { entryLabel, formatMs, payloadJson, sdpOf } from '$lib/log/format';
import { buildSequence } from '$lib/log/sequence';
import type { PeerViews, SignalMessage } from '$lib/vocabulary';
import { translate, type Locale, type MessageKey, type MessageParams } from '$lib/i18n/catalog';
import { freshView } from '../lifecycle/fakeCall';

const none: PeerViews = { A: null, B: null };
const offer = { type: 'offer' as const, description: { type: 'offer' as const, sdp: 'v=0\r\n' } };
const host = {
	type: 'candidate' as const,
	candidate: {
		candidate: 'candidate:1 1 udp 2122260223 192.0.2.1 50000 typ host',
		sdpMid: '0',
		sdpMLineIndex: 0,
		usernameFragment: 'abcd'
	}
};

function signal(
	log: LogEntry[],
	stage: 'sent' | 'received' | 'applied',
	id: number,
	payload: SignalMessage = offer
) {
	return appendEntry(
		log,
		{
			kind: 'signal',
			name: payload.type,
			stage,
			from: 'A',
			to: 'B',
			messageId: id,
			payload,
			peer: stage === 'sent' ? 'A' : 'B'
		},
		log.length * 10,
		none
	);
}

describe('event log', () => {
	it('numbers entries, rounds times to 0.1 ms and never goes below zero', () => {
		let log = appendEntry([], { kind: 'machine', peer: null, name: 'reset' }, 12.345, none);
		log = appendEntry(log, { kind: 'machine', peer: null, name: 'mode.run' }, -3, none);
		expect(log.map((e) => [e.id, e.t])).toEqual([
			[1, 12.3],
			[2, 0]
		]);
	});

	it('keeps earlier snapshots intact when appending', () => {
		const first = appendEntry([], { kind: 'machine', peer: null, name: 'a' }, 0, none);
		const second = appendEntry(first, { kind: 'machine', peer: null, name: 'b' }, 1, none);
		expect(first).toHaveLength(1);
		expect(second).toHaveLength(2);
	});

	it('turns any thrown value into a name and a message', () => {
		expect(errorInfo(Object.assign(new Error('no'), { name: 'NotAllowedError' }))).toEqual({
			name: 'NotAllowedError',
			message: 'no'
		});
		expect(errorInfo('plain')).toEqual({ name: 'Error', message: 'plain' });
		expect(errorInfo(undefined)).toEqual({ name: 'Error', message: 'undefined' });
	});
});

describe('sequence diagram from the log', () => {
	it('draws sent as peer → signaling and received as signaling → peer, marking applied ones', () => {
		let log: LogEntry[] = [];
		log = signal(log, 'sent', 1);
		log = signal(log, 'received', 1);
		log = signal(log, 'sent', 2, host);
		log = signal(log, 'received', 2, host);
		log = signal(log, 'applied', 1);
		const arrows = buildSequence(log);
		expect(arrows.map((a) => `${a.kind}:${a.from}>${a.to}:${a.detail}`)).toEqual([
			'offer:A>S:offer',
			'offer:S>B:offer',
			'candidate:A>S:host',
			'candidate:S>B:host'
		]);
		expect(arrows[1]!.appliedEntryId).toBe(5);
		expect(arrows[3]!.appliedEntryId).toBeNull();
	});

	it('names end-of-candidates and ignores everything that is not signaling', () => {
		let log = appendEntry([], { kind: 'machine', peer: null, name: 'x' }, 0, none);
		log = signal(log, 'sent', 1, { type: 'candidate', candidate: null });
		expect(buildSequence(log).map((a) => a.detail)).toEqual(['end']);
	});
});

describe('what a step changed', () => {
	it('lists the state values that differ, peer by peer', () => {
		const before: PeerViews = { A: freshView(), B: null };
		const after: PeerViews = {
			A: freshView({
				signalingState: 'have-local-offer',
				localDescription: { type: 'offer', sdp: '' }
			}),
			B: freshView()
		};
		expect(peerChanges(before, after)).toEqual([
			{ peer: 'A', field: 'signalingState', before: 'stable', after: 'have-local-offer' },
			{ peer: 'A', field: 'localDescription', before: '—', after: 'offer' },
			{ peer: 'B', field: 'RTCPeerConnection', before: '—', after: 'new' }
		]);
	});

	it('compares against the peers at the start of the step’s call', () => {
		const start = appendEntry(
			[],
			{ kind: 'call', peer: 'A', name: 'createOffer', step: 'createOffer', status: 'start' },
			0,
			{ A: freshView(), B: null }
		);
		const now = { A: freshView({ iceGatheringState: 'gathering' }), B: null };
		expect(changesOfStep(start, 'createOffer', now)).toHaveLength(1);
		expect(changesOfStep(start, 'setLocalOffer', now)).toEqual([]);
	});
});

const tr = (locale: Locale) => (key: MessageKey, params?: MessageParams) =>
	translate(locale, key, params);
const en = tr('en');
const ko = tr('ko');

describe('formatting', () => {
	it("says every kind of entry in the reader's language, API names as the code writes them", () => {
		const base = { id: 1, t: 0, peer: 'A' as const, peers: { A: null, B: null } };
		const candidate: SignalMessage = {
			type: 'candidate',
			candidate: {
				candidate: 'candidate:1 1 udp 2122260223 192.0.2.1 5000 typ host',
				sdpMid: '0',
				sdpMLineIndex: 0,
				usernameFragment: null
			}
		};
		const entries: LogEntry[] = [
			{ ...base, kind: 'call', name: 'createOffer', step: 'createOffer', status: 'start' },
			{ ...base, kind: 'call', name: 'createOffer', step: 'createOffer', status: 'success' },
			{
				...base,
				kind: 'call',
				name: 'getUserMedia',
				step: 'getUserMedia',
				status: 'error',
				error: { name: 'NotAllowedError', message: 'denied' }
			},
			{ ...base, kind: 'event', name: 'icecandidate' },
			{
				...base,
				kind: 'signal',
				name: 'candidate',
				stage: 'received',
				from: 'A',
				to: 'B',
				messageId: 1,
				payload: candidate
			},
			{ ...base, kind: 'machine', name: 'mode.run' }
		];
		expect(entries.map((e) => entryLabel(e, en))).toEqual([
			'createOffer() start',
			'createOffer() success',
			'getUserMedia() error: NotAllowedError',
			'onicecandidate',
			'candidate received A → B',
			'mode.run'
		]);
		expect(entries.map((e) => entryLabel(e, ko))).toEqual([
			'createOffer() 시작',
			'createOffer() 성공',
			'getUserMedia() 오류: NotAllowedError',
			'onicecandidate 이벤트',
			'후보 받음 A → B',
			'mode.run'
		]);
	});

	it('finds an SDP in a description or a signaling message and keeps it out of the JSON', () => {
		expect(sdpOf({ type: 'offer', sdp: 'v=0' })).toBe('v=0');
		expect(sdpOf(offer)).toBe('v=0\r\n');
		expect(sdpOf(null)).toBeNull();
		expect(payloadJson(offer, en)).toContain('(SDP, 5 characters, below)');
		expect(payloadJson(offer, ko)).toContain('(SDP 5자, 아래에 표시)');
		expect(payloadJson(undefined, en)).toBe('');
	});

	it('labels entries and times', () => {
		const log = signal([], 'sent', 1);
		expect(entryLabel(log[0]!, en)).toBe('offer sent A → B');
		expect(entryLabel(log[0]!, ko)).toBe('offer 보냄 A → B');
		expect(formatMs(12.34)).toBe('12.3 ms');
		expect(formatMs(1234)).toBe('1.234 s');
	});
});
