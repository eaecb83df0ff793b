import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { LogEntry } from '$lib/log/eventLog';
import { StatsHistory } from '$lib/stats/history';
import { importText } from '$lib/stats/importFile';
import { ImportError } from '$lib/stats/importErrors';
import {
	createSessionRecord,
	expandColumn,
	readSession,
	SESSION_VERSION,
	type RecordInput
} from '$lib/stats/record';

const OFFER = readFileSync(
	new URL('../../fixtures/sdp/chromium-relay-only-offer.sdp', import.meta.url),
	'utf8'
);

const peers = { A: null, B: null };
const LOG: LogEntry[] = [
	{
		id: 1,
		t: 1.5,
		peer: 'A',
		peers,
		kind: 'call',
		name: 'setLocalDescription',
		step: 'setLocalOffer',
		status: 'success',
		payload: { type: 'offer', sdp: OFFER }
	},
	{
		id: 2,
		t: 2,
		peer: 'A',
		peers,
		kind: 'event',
		name: 'icecandidate',
		payload: {
			candidate: 'candidate:1 1 udp 2122260223 192.168.1.20 50000 typ host generation 0',
			sdpMid: '0'
		}
	}
];

function history(): StatsHistory {
	const h = new StatsHistory(100);
	for (let i = 0; i < 3; i++) {
		h.addSnapshot({
			takenAt: i,
			reports: {
				OT1: {
					id: 'OT1',
					type: 'outbound-rtp',
					timestamp: 1000 * i,
					bytesSent: 100 * i,
					kind: 'video'
				},
				L1: {
					id: 'L1',
					type: 'local-candidate',
					timestamp: 1000 * i,
					address: '192.168.1.20',
					usernameFragment: 'abcd'
				},
				C1: {
					id: 'C1',
					type: 'certificate',
					timestamp: 1000 * i,
					fingerprint: 'AB:CD:EF',
					base64Certificate: 'MIIB...'
				}
			}
		});
	}
	return h;
}

/** A session record of a one-second poll, unmasked and empty unless `input` says otherwise. */
const recordOf = (input: Partial<RecordInput>) =>
	createSessionRecord({
		log: [],
		stats: {},
		startedAt: 0,
		pollIntervalMs: 1000,
		userAgent: 'test',
		mask: false,
		...input
	});

describe('session record', () => {
	it('round-trips the log and every stats sample through JSON', async () => {
		const record = recordOf({
			log: LOG,
			stats: { A: history() },
			startedAt: 1_700_000_000_000,
			now: new Date(0)
		});
		expect(record.version).toBe(SESSION_VERSION);
		const imported = await importText(JSON.stringify(record), { yieldToPage: async () => {} });
		if (imported.kind !== 'session') throw new Error('not a session');
		expect(imported.record.log).toEqual(LOG);
		const report = imported.stats.A!.report('OT1')!;
		expect([0, 1, 2].map((i) => report.member('bytesSent')!.get(i))).toEqual([0, 100, 200]);
		expect([0, 1, 2].map((i) => report.time(i))).toEqual([0, 1000, 2000]);
		expect(report.latest?.kind).toBe('video');
	});

	it('masks SDPs, candidates, addresses, ufrags, fingerprints and certificates with one mapping', () => {
		const record = recordOf({ log: LOG, stats: { A: history() }, mask: true });
		const json = JSON.stringify(record);
		expect(json).not.toContain('192.168.1.20');
		expect(json).not.toContain('MIIB');
		expect(json).not.toContain('AB:CD:EF');
		const ufrag = /a=ice-ufrag:(\S+)/.exec(OFFER)![1]!;
		expect(json).not.toContain(`ice-ufrag:${ufrag}`);
		const sdp = (record.log[0] as { payload: { sdp: string } }).payload.sdp;
		expect(sdp.split('\r\n')).toHaveLength(OFFER.split('\r\n').length);
		// the same address in the log and in the stats gets the same mask
		const candidate = (record.log[1] as { payload: { candidate: string } }).payload.candidate;
		const masked = / udp \d+ (\S+) /.exec(candidate)![1];
		const stats = record.stats.A!.find((r) => r.id === 'L1')!;
		expect(expandColumn(stats.members.address!, stats.times.length)[0]).toBe(masked);
		expect(record.masked).toBe(true);
	});

	it('masks the TURN username and credential of a logged configuration', () => {
		const log: LogEntry[] = [
			{
				id: 1,
				t: 0,
				peer: null,
				peers,
				kind: 'call',
				name: 'createPeerConnections',
				step: 'createPeerConnections',
				status: 'success',
				payload: {
					configuration: {
						iceServers: [
							{
								urls: ['turn:127.0.0.1:3478'],
								username: '1700000000:peerscope',
								credential: 'c2VjcmV0LWhtYWM='
							}
						]
					}
				}
			}
		];
		const record = recordOf({ log, mask: true });
		const json = JSON.stringify(record);
		expect(json).not.toContain('c2VjcmV0LWhtYWM=');
		expect(json).not.toContain('1700000000:peerscope');
		// what the server was stays visible
		expect(json).toContain('turn:127.0.0.1:3478');
	});

	it('stores members that rarely change as runs, and counters as one value per sample', () => {
		const h = new StatsHistory(100);
		for (let i = 0; i < 40; i++)
			h.addSnapshot({
				takenAt: i,
				reports: {
					O: {
						id: 'O',
						type: 'outbound-rtp',
						timestamp: 1000 * i,
						bytesSent: 100 * i,
						ssrc: 5,
						reason: i < 20 ? 'none' : 'cpu'
					}
				}
			});
		const record = recordOf({ stats: { A: h } });
		const members = record.stats.A![0]!.members;
		expect(members.ssrc).toEqual({ runs: [[0, 5]] });
		expect(members.reason).toEqual({
			runs: [
				[0, 'none'],
				[20, 'cpu']
			]
		});
		expect(Array.isArray(members.bytesSent)).toBe(true);
		expect(expandColumn(members.reason!, 40)[25]).toBe('cpu');
		expect(expandColumn({ runs: [[2, 'x']] }, 4)).toEqual([null, null, 'x', 'x']);
	});

	it('refuses a newer version and says which it supports', () => {
		try {
			readSession({ format: 'peerscope-session', version: SESSION_VERSION + 1 });
			throw new Error('expected an error');
		} catch (error) {
			expect((error as ImportError).code).toBe('unsupportedVersion');
			expect((error as ImportError).params).toEqual({ version: 2, supported: 1 });
		}
	});

	it('refuses runs that jump back, repeat a start or leave the samples, and says where', () => {
		const session = (runs: [number, unknown][]) => ({
			format: 'peerscope-session',
			version: 1,
			createdAt: '',
			masked: false,
			userAgent: '',
			startedAt: 0,
			pollIntervalMs: 1000,
			log: [],
			stats: { A: [{ id: 'O', type: 'outbound-rtp', times: [0, 1, 2], members: { x: { runs } } }] }
		});
		expect(
			readSession(
				session([
					[0, 'a'],
					[2, 'b']
				])
			).stats.A!.report('O')
		).toBeTruthy();
		// the crafted hang: 0, length, 0, length, ... fills the whole column once per run
		const bouncing: [number, unknown][] = [];
		for (let i = 0; i < 1000; i++) bouncing.push([i % 2 === 0 ? 0 : 3, i]);
		for (const runs of [
			bouncing,
			[
				[1, 'a'],
				[1, 'b']
			],
			[
				[0, 'a'],
				[3, 'b']
			],
			[[-1, 'a']],
			[[0.5, 'a']]
		] as [number, unknown][][]) {
			try {
				readSession(session(runs));
				throw new Error(`expected an error for ${JSON.stringify(runs.slice(0, 3))}`);
			} catch (error) {
				expect((error as ImportError).code).toBe('badSession');
				expect((error as ImportError).params.path).toMatch(/^stats\.A\.0\.members\.x\.runs\.\d+$/);
			}
		}
	});

	it('says where a broken session file is broken', () => {
		try {
			readSession({ format: 'peerscope-session', version: 1, log: 'x' });
			throw new Error('expected an error');
		} catch (error) {
			expect((error as ImportError).code).toBe('badSession');
			expect((error as ImportError).params.path).toBeTruthy();
		}
	});
});
