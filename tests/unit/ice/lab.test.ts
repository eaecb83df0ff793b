import { describe, expect, it, vi } from 'vitest';
import { candidateErrorDetail, candidateErrorKind } from '$lib/ice/candidateError';
import {
	combineRuns,
	labConfiguration,
	median,
	offerConfiguration,
	turnOfferStale,
	relayOverhead,
	runLabRounds,
	summarizeRun,
	type LabConfigId,
	type LabRunRecord
} from '$lib/ice/lab';
import type { TurnOffer } from '$lib/vocabulary';

const turn: TurnOffer = {
	available: true,
	source: 'embedded',
	stunUrls: ['stun:127.0.0.1:3478'],
	turnUrls: ['turn:127.0.0.1:3478'],
	username: '1700000000:peerscope',
	credential: 'c2VjcmV0',
	expiresAt: 1700000000
};

describe('lab configurations', () => {
	it('builds host, STUN and relay-only TURN configurations from the offer', () => {
		expect(labConfiguration('host', turn)).toEqual({ iceServers: [] });
		expect(labConfiguration('stun', turn)).toEqual({
			iceServers: [{ urls: ['stun:127.0.0.1:3478'] }]
		});
		expect(labConfiguration('turnTcp', turn)).toEqual({
			iceServers: [
				{
					urls: ['turn:127.0.0.1:3478?transport=tcp'],
					username: turn.username,
					credential: turn.credential
				}
			],
			iceTransportPolicy: 'relay'
		});
		expect(labConfiguration('turnUdp', turn)?.iceServers?.[0]?.urls).toEqual([
			'turn:127.0.0.1:3478?transport=udp'
		]);
	});

	it('has no configuration needing TURN when the server offers none', () => {
		const none: TurnOffer = { available: false, reason: 'notInstalled', detail: '' };
		expect(labConfiguration('host', none)).toEqual({ iceServers: [] });
		expect(labConfiguration('stun', none)).toBeNull();
		expect(labConfiguration('turnUdp', none)).toBeNull();
	});
});

const base: LabRunRecord = {
	config: 'stun',
	candidates: [
		{ peer: 'A', at: 3, candidate: 'candidate:1 1 udp 2122260223 127.0.0.1 5000 typ host' },
		{ peer: 'B', at: 4, candidate: 'candidate:2 1 udp 2122260223 127.0.0.1 5001 typ host' },
		{
			peer: 'B',
			at: 5,
			candidate: 'candidate:3 1 tcp 1518280447 127.0.0.1 9 typ host tcptype active'
		},
		{ peer: 'B', at: 6, candidate: 'not a candidate' }
	],
	gatheringComplete: { A: 20, B: 35 },
	connectedAt: 60,
	failure: null,
	selected: {
		localType: 'host',
		remoteType: 'host',
		protocol: 'udp',
		relayProtocol: null,
		roundTripTime: 0.001
	},
	errors: []
};

describe('lab rows', () => {
	it('counts candidates by type and says why a column is empty', () => {
		const row = summarizeRun(base);
		expect(row.counts).toEqual({ host: 3, srflx: 0, prflx: 0, relay: 0 });
		expect(row.gatheringMs).toBe(35);
		expect(row.connectedMs).toBe(60);
		expect(row.empty).toEqual({
			srflx: 'srflxSameAsHost',
			prflx: 'prflxFromChecks',
			relay: 'noTurnServer'
		});
		expect(summarizeRun({ ...base, config: 'host' }).empty.srflx).toBe('noStunServer');
		const relay = summarizeRun({
			...base,
			config: 'turnUdp',
			candidates: [
				{
					peer: 'A',
					at: 9,
					candidate: 'candidate:4 1 udp 41885439 127.0.0.1 50000 typ relay raddr 0.0.0.0 rport 0'
				}
			]
		});
		expect(relay.counts.relay).toBe(1);
		expect(relay.empty).toEqual({
			host: 'relayPolicy',
			srflx: 'relayPolicy',
			prflx: 'prflxFromChecks'
		});
	});

	it('leaves gathering time open until both peers finish', () => {
		expect(summarizeRun({ ...base, gatheringComplete: { A: 20, B: null } }).gatheringMs).toBeNull();
	});

	it('computes medians and the relay overhead', () => {
		expect(median([])).toBeNull();
		expect(median([5, 1, 3])).toBe(3);
		expect(median([4, 1, 3, 2])).toBe(2.5);
		const host = summarizeRun({ ...base, config: 'host', connectedAt: 50 });
		const relay = summarizeRun({ ...base, config: 'turnUdp', connectedAt: 125 });
		expect(relayOverhead(host, relay)).toBe(2.5);
		expect(relayOverhead(host, summarizeRun({ ...base, connectedAt: null }))).toBeNull();
	});
});

describe('icecandidateerror codes', () => {
	it('names STUN/TURN codes and the browser-defined 701', () => {
		expect(candidateErrorKind(401)).toBe('unauthorized');
		expect(candidateErrorKind(701)).toBe('unreachable');
		expect(candidateErrorKind(438)).toBe('staleNonce');
		expect(candidateErrorKind(499)).toBe('otherClient');
		expect(candidateErrorKind(399)).toBe('otherRedirect');
		expect(candidateErrorKind(600)).toBe('otherServer');
		expect(candidateErrorKind(0)).toBe('unknown');
	});

	it('reads the event detail defensively', () => {
		expect(
			candidateErrorDetail({
				errorCode: 401,
				errorText: 'Unauthorized',
				url: 'turn:x',
				address: '',
				port: 5
			})
		).toEqual({ errorCode: 401, errorText: 'Unauthorized', url: 'turn:x', address: null, port: 5 });
		expect(candidateErrorDetail({})).toEqual({
			errorCode: 0,
			errorText: '',
			url: '',
			address: null,
			port: null
		});
	});
});

describe('several runs of one configuration', () => {
	it('takes medians over the runs that connected', () => {
		const run = (connectedAt: number | null, gathering: number, rtt: number) =>
			summarizeRun({
				...base,
				connectedAt,
				failure: connectedAt === null ? 'timeout' : null,
				gatheringComplete: { A: gathering, B: gathering },
				selected: connectedAt === null ? null : { ...base.selected!, roundTripTime: rtt }
			});
		const row = combineRuns([
			run(60, 30, 0.001),
			run(null, 90, 0),
			run(40, 20, 0.003),
			run(50, 25, 0.002)
		])!;
		expect(row.runs).toBe(4);
		expect(row.connectedMs).toBe(50);
		expect(row.connectedSamples).toEqual([60, 40, 50]);
		expect(row.gatheringMs).toBe(27.5);
		expect(row.selected?.roundTripTime).toBe(0.002);
		expect(row.failure).toBeNull();
		const failed = combineRuns([run(null, 10, 0), run(null, 12, 0)])!;
		expect(failed.failure).toBe('timeout');
		expect(failed.connectedMs).toBeNull();
		expect(combineRuns([])).toBeNull();
	});
});

describe('offerConfiguration (a call between two devices)', () => {
	it('gives ICE the STUN and every TURN URL with the credentials, policy all', () => {
		expect(offerConfiguration(turn)).toEqual({
			iceServers: [
				{ urls: ['stun:127.0.0.1:3478'] },
				{ urls: ['turn:127.0.0.1:3478'], username: '1700000000:peerscope', credential: 'c2VjcmV0' }
			]
		});
	});

	it('is host-only when the server has no TURN to offer', () => {
		expect(offerConfiguration(null)).toEqual({ iceServers: [] });
		expect(
			offerConfiguration({ available: false, reason: 'notInstalled', detail: 'no turnserver' })
		).toEqual({ iceServers: [] });
		expect(offerConfiguration({ ...turn, stunUrls: [] } as TurnOffer).iceServers).toEqual([
			{ urls: ['turn:127.0.0.1:3478'], username: '1700000000:peerscope', credential: 'c2VjcmV0' }
		]);
	});
});

describe('turnOfferStale (credentials for the next call)', () => {
	const fetchedAt = 1_700_000_000_000 - 4 * 3600_000; // the fixture expires 4 h after this

	it('keeps fresh credentials and asks again past half their lifetime', () => {
		expect(turnOfferStale(turn, fetchedAt, fetchedAt)).toBe(false);
		expect(turnOfferStale(turn, fetchedAt, fetchedAt + 1.9 * 3600_000)).toBe(false);
		expect(turnOfferStale(turn, fetchedAt, fetchedAt + 2.1 * 3600_000)).toBe(true);
		expect(turnOfferStale(turn, fetchedAt, fetchedAt + 5 * 3600_000)).toBe(true);
	});

	it('never loops on a short lifetime, and has nothing to refresh without TURN', () => {
		const shortFetch = 1_700_000_000_000 - 60_000;
		expect(turnOfferStale(turn, shortFetch, shortFetch + 1_000)).toBe(false);
		expect(turnOfferStale(null, 0, Date.now())).toBe(false);
		expect(turnOfferStale({ available: false, reason: 'disabled', detail: '' }, 0, 1)).toBe(false);
	});
});

describe('lab runner stops when the page is left', () => {
	const record = (config: LabConfigId): LabRunRecord => ({
		config,
		candidates: [],
		gatheringComplete: { A: 5, B: 5 },
		connectedAt: 10,
		failure: null,
		selected: null,
		errors: []
	});

	it('runs every configuration each round in rotated order when left alone', async () => {
		const started: string[] = [];
		const done = await runLabRounds({
			rounds: 2,
			signal: new AbortController().signal,
			configurationFor: async () => ({ iceServers: [] }),
			runCall: async (config) => {
				started.push(config);
				return record(config);
			},
			onRow: () => {}
		});
		expect(done).toBe(true);
		expect(started).toEqual([
			'host',
			'stun',
			'turnUdp',
			'turnTcp',
			'stun',
			'turnUdp',
			'turnTcp',
			'host'
		]);
	});

	it('an abort ends the call in flight and starts no other', async () => {
		const controller = new AbortController();
		const started: string[] = [];
		let closed = 0;
		const running = runLabRounds({
			rounds: 9,
			signal: controller.signal,
			configurationFor: async () => ({ iceServers: [] }),
			// like runLabCall: the call runs until the signal aborts, then closes and rejects
			runCall: (config, _configuration, signal) =>
				new Promise((resolve, reject) => {
					started.push(config);
					if (started.length === 1) {
						resolve(record(config));
						return;
					}
					signal.addEventListener('abort', () => {
						closed++;
						reject(signal.reason);
					});
				}),
			onRow: () => {}
		});
		await new Promise((r) => setTimeout(r, 0));
		expect(started).toEqual(['host', 'stun']);
		controller.abort();
		expect(await running).toBe(false);
		expect(closed).toBe(1);
		await new Promise((r) => setTimeout(r, 0));
		expect(started).toHaveLength(2);
	});

	it('an abort while fetching credentials starts no call', async () => {
		const controller = new AbortController();
		const runCall = vi.fn(async (config: LabConfigId) => record(config));
		const done = await runLabRounds({
			rounds: 1,
			signal: controller.signal,
			configurationFor: async () => {
				controller.abort();
				return { iceServers: [] };
			},
			runCall,
			onRow: () => {}
		});
		expect(done).toBe(false);
		expect(runCall).not.toHaveBeenCalled();
	});
});
