import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	iceCredentialsOf,
	inboundVideoOf,
	pathStory,
	sampleAt,
	type InboundSample
} from '$lib/faults/pathReport';
import { appendEntry, type LogEntry, type NewLogEntry } from '$lib/log/eventLog';
import { transitEntry } from '$lib/lifecycle/faultRules';
import * as entry from '$lib/lifecycle/logEntries';
import type { SignalEnvelope, StatsSnapshot } from '$lib/vocabulary';

const OFFER = readFileSync('tests/fixtures/sdp/chromium-av-data-offer.sdp', 'utf8');
/** the same offer after an ICE restart: new ufrag and password, as RFC 8445 §9 requires */
const RESTART_OFFER = OFFER.replace(/a=ice-ufrag:\S+/g, 'a=ice-ufrag:NEW1').replace(
	/a=ice-pwd:\S+/g,
	'a=ice-pwd:newpasswordnewpassword12'
);

const candidate = (from: 'A' | 'B', line: string, messageId: number): SignalEnvelope => ({
	from,
	to: from === 'A' ? 'B' : 'A',
	messageId,
	message: {
		type: 'candidate',
		candidate: { candidate: line, sdpMid: '0', sdpMLineIndex: 0, usernameFragment: 'u' }
	}
});

/** A log as a peer-vanishes run writes it, each entry at the time given. */
function runLog(): LogEntry[] {
	let log: LogEntry[] = [];
	const at = (t: number, e: NewLogEntry) => (log = appendEntry(log, e, t, { A: null, B: null }));
	const state = (t: number, value: string) =>
		at(t, entry.browserEvent('A', 'connectionstatechange', { connectionState: value }));
	at(0, entry.callSucceeded('createOffer', 'A', { type: 'offer', sdp: OFFER }));
	at(
		5,
		transitEntry({
			type: 'path',
			event: {
				type: 'opened',
				pipe: 1,
				address: '127.0.0.1',
				faces: { A: 50001, B: 50002 },
				lifetimeMs: 600000
			}
		})
	);
	at(
		6,
		transitEntry({
			type: 'path',
			event: { type: 'routed', peer: 'A', endpoint: { address: '127.0.0.1', port: 40219 } }
		})
	);
	const original = candidate('A', 'candidate:1 1 udp 2122194687 127.0.0.1 40219 typ host', 7);
	const delivered = candidate('A', 'candidate:1 1 udp 2122194687 127.0.0.1 50002 typ host', 7);
	at(6, transitEntry({ type: 'changed', original, delivered, changedLines: 1 }));
	at(
		7,
		transitEntry({
			type: 'lost',
			envelope: candidate(
				'A',
				'candidate:2 1 tcp 1518214911 127.0.0.1 9 typ host tcptype active',
				8
			),
			reason: 'tcp'
		})
	);
	state(900, 'connected');
	at(2000, {
		kind: 'call',
		peer: null,
		name: 'cut',
		step: 'fault',
		status: 'success',
		payload: {
			pipe: 1,
			counts: { state: 'cut', forwarded: { A: 130, B: 130 }, dropped: 3 },
			inbound: { bytesReceived: 25436, packetsReceived: 40, framesDecoded: 21 }
		}
	});
	state(7300, 'disconnected');
	state(17300, 'failed');
	at(19500, entry.machineEntry('ice.restart', undefined, 'A'));
	at(19510, entry.callSucceeded('createOffer', 'A', { type: 'offer', sdp: RESTART_OFFER }));
	state(19600, 'disconnected');
	state(19800, 'connected');
	return log;
}

describe('the story of a peer-vanishes run, read from its log', () => {
	const story = pathStory(runLog());

	it('has the pipe, the rewritten candidates and the ones held back', () => {
		expect(story.opened).toMatchObject({ address: '127.0.0.1', faces: { A: 50001, B: 50002 } });
		expect(story.routed).toEqual(['A']);
		expect(story.rewritten).toEqual([
			{
				messageId: 7,
				from: 'A',
				original: 'candidate:1 1 udp 2122194687 127.0.0.1 40219 typ host',
				delivered: 'candidate:1 1 udp 2122194687 127.0.0.1 50002 typ host'
			}
		]);
		expect(story.held).toEqual([
			expect.objectContaining({ messageId: 8, from: 'A', reason: 'tcp' })
		]);
		expect(story.unavailable).toBeNull();
	});

	it("times A's states from the cut, each the first time after it, and the restart", () => {
		expect(story.cut).toMatchObject({ t: 2000, counts: { forwarded: { A: 130, B: 130 } } });
		expect(story.disconnected).toEqual({ t: 7300, sinceCut: 5300 });
		expect(story.failed).toEqual({ t: 17300, sinceCut: 15300 });
		expect(story.restart).toEqual({ t: 19500, sinceCut: 17500 });
		// the "disconnected" on the way back is not the outage's
		expect(story.reconnected).toEqual({ t: 19800, sinceCut: 17800, sinceRestart: 300 });
	});

	it("shows A's ICE credentials before and after the restart", () => {
		const first = iceCredentialsOf(OFFER);
		expect(first.ufrag).toMatch(/^\S{4,}$/);
		expect(first.pwd).toMatch(/^\S{22,}$/);
		expect(story.credentials).toEqual({
			before: first,
			after: { ufrag: 'NEW1', pwd: 'newpasswordnewpassword12' }
		});
	});

	it('has nothing to tell before the cut, and says why there is no pipe', () => {
		const early = pathStory(runLog().slice(0, 6));
		expect(early.cut).toBeNull();
		expect(early.disconnected).toBeNull();
		let log: LogEntry[] = [];
		log = appendEntry(
			log,
			transitEntry({
				type: 'path',
				event: {
					type: 'unavailable',
					code: 'no-usable-candidate',
					message: 'none',
					peer: 'A',
					reasons: ['mdns']
				}
			}),
			1,
			{ A: null, B: null }
		);
		expect(pathStory(log).unavailable).toMatchObject({ code: 'no-usable-candidate', peer: 'A' });
		expect(log[0]).toMatchObject({ kind: 'machine', name: 'fault.path.unavailable', peer: 'A' });
	});
});

describe('what Peer A received', () => {
	it('reads the inbound video of a getStats() snapshot', () => {
		const snapshot: StatsSnapshot = {
			takenAt: 1,
			reports: {
				a: { id: 'a', type: 'inbound-rtp', timestamp: 1, kind: 'audio', bytesReceived: 5 },
				v: {
					id: 'v',
					type: 'inbound-rtp',
					timestamp: 1,
					kind: 'video',
					bytesReceived: 900,
					packetsReceived: 3,
					framesDecoded: 2
				}
			}
		};
		expect(inboundVideoOf(snapshot)).toEqual({
			bytesReceived: 900,
			packetsReceived: 3,
			framesDecoded: 2
		});
		expect(inboundVideoOf({ takenAt: 1, reports: {} })).toBeNull();
	});

	it('picks the first reading at or after a moment', () => {
		const samples: InboundSample[] = [1000, 2000, 3000].map((t) => ({
			t,
			bytesReceived: t,
			packetsReceived: 0,
			framesDecoded: 0
		}));
		expect(sampleAt(samples, 1500)?.t).toBe(2000);
		expect(sampleAt(samples, 2000)?.t).toBe(2000);
		expect(sampleAt(samples, 3500)).toBeNull();
	});
});
