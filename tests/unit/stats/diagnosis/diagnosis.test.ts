import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dumpModel, type BrowseModel } from '$lib/stats/browse';
import type { ImportedDump } from '$lib/stats/dump';
import { importBytes } from '$lib/stats/importFile';
import { diagnose, type Finding } from '$lib/stats/diagnosis';
import { sustainedAbove } from '$lib/stats/diagnosis/series';
import { JITTER_MAX, LOSS_MAX, RTT_MAX } from '$lib/stats/diagnosis/thresholds';
import type { LogEntry } from '$lib/log/eventLog';

const FIXTURES = new URL('../../../fixtures/', import.meta.url);

async function modelOf(name: string): Promise<BrowseModel> {
	const imported = await importBytes(new Uint8Array(readFileSync(new URL(name, FIXTURES))), {
		yieldToPage: async () => {}
	});
	const dump = imported as ImportedDump;
	return dumpModel(dump, dump.peerConnections);
}

const ids = (findings: Finding[]) => findings.map((f) => `${f.severity} ${f.id} ${f.peer}`);

describe('diagnosis of real recordings', () => {
	it('a clean loopback call (webrtc-internals dump): only facts, no problem', async () => {
		const findings = diagnose(await modelOf('webrtc-internals/chromium-156-loopback-av.json'));
		expect(ids(findings)).toEqual([
			'info timeToConnected A',
			'info timeToConnected B',
			'info selectedPair A',
			'info selectedPair B'
		]);
		const pair = findings.find((f) => f.id === 'selectedPair')!;
		expect(pair.params).toEqual({ local: 'host', remote: 'host', protocol: 'udp' });
		const connect = findings[0]!;
		expect(connect.params.ms).toBeGreaterThan(0);
		expect(connect.evidence.map((e) => e.kind)).toEqual(['log', 'log']);
	});

	it('the traced call with a 30 kbit/s cap, renegotiation and an ICE restart (rtcstats v5)', async () => {
		const model = await modelOf('rtcstats/chromium-156-rtcstats-v5-loopback-av.rtcstats');
		const findings = diagnose(model);
		const list = ids(findings);
		// problems first: the receiver froze under the cap
		expect(list[0]).toBe('problem freezes B');
		expect(list).toContain('warning qualityLimited A');
		expect(list).toContain('info iceRestart A');
		expect(list).toContain('warning pairChanged A');
		const limited = findings.find((f) => f.id === 'qualityLimited')!;
		expect(limited.params.reasons).toBe('bandwidth');
		expect(Number(limited.params.bandwidth)).toBeGreaterThan(0);
		// evidence points at the chart and at log entries that exist
		const restart = findings.find((f) => f.id === 'iceRestart')!;
		const entry = model.log.find(
			(e) => e.id === (restart.evidence[0] as { entryId: number }).entryId
		);
		expect(entry?.name).toBe('restartIce');
		expect(limited.evidence[0]).toMatchObject({ kind: 'chart', peer: 'A', group: 'bitrate' });
	});

	it("Firefox's trace: the restart and the pair change, from Firefox's stats", async () => {
		const findings = diagnose(
			await modelOf('rtcstats/firefox-153-rtcstats-v5-loopback-av.rtcstats')
		);
		expect(ids(findings)).toContain('info iceRestart A');
		expect(ids(findings)).toContain('warning pairChanged A');
	});
});

/** A log entry of the shape dumpToLog makes, with the peer's states as given. */
function event(
	id: number,
	t: number,
	name: string,
	states: Record<string, string>,
	payload?: unknown
): LogEntry {
	const view = {
		signalingState: 'stable',
		iceGatheringState: 'complete',
		iceConnectionState: 'new',
		connectionState: 'new',
		localDescription: null,
		remoteDescription: null,
		transceivers: [],
		...states
	} as never;
	return { id, t, kind: 'event', name, peer: 'A', peers: { A: view, B: null }, payload };
}

describe('diagnosis rules on edited logs and descriptions', () => {
	it('a disconnection with its duration, and a TURN error with its code', async () => {
		const log: LogEntry[] = [
			{
				...event(1, 0, 'setLocalDescription', {}),
				kind: 'call',
				step: 'dump',
				status: 'start'
			} as LogEntry,
			event(2, 400, 'connectionstatechange', {
				connectionState: 'connected',
				iceConnectionState: 'connected'
			}),
			event(3, 5000, 'iceconnectionstatechange', {
				connectionState: 'connected',
				iceConnectionState: 'disconnected'
			}),
			event(4, 12500, 'iceconnectionstatechange', {
				connectionState: 'connected',
				iceConnectionState: 'connected'
			}),
			event(
				5,
				13000,
				'icecandidateerror',
				{},
				{ errorCode: 401, errorText: 'Unauthorized', url: 'turn:127.0.0.1:3478' }
			)
		];
		const findings = diagnose({ log, originMs: 0, peers: [], descriptions: [] });
		const disconnected = findings.find((f) => f.id === 'disconnected')!;
		expect(disconnected.params).toEqual({ count: 1, longest: 7.5, recovered: 1 });
		expect(disconnected.evidence.map((e) => (e as { entryId: number }).entryId)).toEqual([3, 4]);
		const turn = findings.find((f) => f.id === 'turnError')!;
		expect(turn.params).toMatchObject({
			code: 401,
			kind: 'unauthorized',
			url: 'turn:127.0.0.1:3478'
		});
		expect(findings.find((f) => f.id === 'timeToConnected')!.params.ms).toBe(400);
	});

	it('an answer that rejects an m-section (port 0) or shares no codec with the offer', async () => {
		const model = await modelOf('webrtc-internals/chromium-156-loopback-av.json');
		const offer = model.descriptions.find((d) => d.peer === 'A' && d.type === 'offer')!;
		const answer = model.descriptions.find((d) => d.peer === 'A' && d.type === 'answer')!;
		const rejected = answer.sdp.replace(/^m=video \d+/m, 'm=video 0');
		const noCodec = answer.sdp.replace(/a=rtpmap:(\d+) [^/\r\n]+/g, 'a=rtpmap:$1 x-unknown');
		for (const [sdp, id] of [
			[rejected, 'rejectedSection'],
			[noCodec, 'codecMismatch']
		] as const) {
			const findings = diagnose({
				...model,
				peers: [],
				descriptions: [offer, { ...answer, sdp }]
			});
			const finding = findings.find((f) => f.id === id)!;
			expect(finding.severity).toBe('problem');
			const evidence = finding.evidence[0] as { kind: string; line: number; text: string };
			expect(evidence.kind).toBe('sdp');
			expect(sdp.split('\r\n')[evidence.line - 1]).toBe(evidence.text);
		}
		expect(diagnose({ ...model, peers: [] }).some((f) => f.id === 'rejectedSection')).toBe(false);
	});

	it('sustained means at least the named time above the threshold, not one sample', () => {
		const samples = [0, 1000, 2000, 3000, 4000, 5000].map((t, i) => ({
			t,
			value: i === 1 ? 900 : i >= 2 ? 400 : 10
		}));
		expect(sustainedAbove(samples, RTT_MAX.value, 5000)).toEqual([]);
		expect(sustainedAbove(samples, RTT_MAX.value, 4000)).toEqual([
			{ from: 1000, to: 5000, peak: 900 }
		]);
	});

	it('every threshold names its source', () => {
		for (const threshold of [RTT_MAX, JITTER_MAX, LOSS_MAX])
			expect(threshold.source).toMatch(/ITU-T|Cisco/);
	});
});
