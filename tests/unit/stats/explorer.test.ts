import { describe, expect, it } from 'vitest';
import { explorerGroups } from '$lib/stats/explorer';
import { StatsHistory } from '$lib/stats/history';
import type { StatsSnapshot } from '$lib/vocabulary';

/** One getStats() result at time `t` holding `reports` (their timestamp is `t`). */
function snapshot(
	t: number,
	reports: { id: string; type: string; [member: string]: unknown }[]
): StatsSnapshot {
	return {
		takenAt: t,
		reports: Object.fromEntries(reports.map((r) => [r.id, { ...r, timestamp: t }]))
	};
}

const codec = { id: 'C1', type: 'codec', mimeType: 'video/VP8' };
const transport = { id: 'T1', type: 'transport', dtlsState: 'connected' };

describe('explorerGroups', () => {
	it('links members that name another report by id, and only those', () => {
		const history = new StatsHistory(10);
		history.addSnapshot(
			snapshot(0, [
				{
					id: 'OT1',
					type: 'outbound-rtp',
					codecId: 'C1',
					transportId: 'T1',
					remoteId: 'RI9',
					selfId: 'OT1',
					trackIdentifier: 'C1',
					mid: 'T1',
					bytesSent: 0
				},
				codec,
				transport
			])
		);
		const outbound = explorerGroups(history)[0]!.reports[0]!;
		const links = Object.fromEntries(outbound.members.map((m) => [m.name, m.link]));
		expect(links).toEqual({
			timestamp: null,
			codecId: 'C1',
			transportId: 'T1',
			// a report not in this history, the report itself, names that do not end in Id(s)
			remoteId: null,
			selfId: null,
			trackIdentifier: null,
			mid: null,
			bytesSent: null
		});
	});

	it('marks the members that changed since the previous sample, not the timestamp', () => {
		const history = new StatsHistory(10);
		history.addSnapshot(snapshot(0, [{ id: 'OT1', type: 'outbound-rtp', bytesSent: 0, ssrc: 1 }]));
		history.addSnapshot(
			snapshot(1000, [{ id: 'OT1', type: 'outbound-rtp', bytesSent: 10, ssrc: 1 }])
		);
		const outbound = explorerGroups(history)[0]!.reports[0]!;
		expect(outbound.changed).toBe(1);
		expect(outbound.members.filter((m) => m.changed).map((m) => m.name)).toEqual(['bytesSent']);
	});

	it('orders types as people look for them and filters by id, type or member name', () => {
		const history = new StatsHistory(10);
		history.addSnapshot(
			snapshot(0, [transport, codec, { id: 'OT1', type: 'outbound-rtp', bytesSent: 0 }])
		);
		expect(explorerGroups(history).map((g) => g.type)).toEqual([
			'outbound-rtp',
			'transport',
			'codec'
		]);
		expect(explorerGroups(history, ' DTLS').map((g) => g.type)).toEqual(['transport']);
		expect(explorerGroups(history, 'c1').map((g) => g.type)).toEqual(['codec']);
	});
});
