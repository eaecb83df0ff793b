import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importBytes } from '$lib/stats/importFile';
import { importFromColumns, importToColumns } from '$lib/stats/importColumns';
import { createSessionRecord } from '$lib/stats/record';
import { historyOfOneReport } from '../helpers/statsHistory';

const FIXTURES = new URL('../../fixtures/webrtc-internals/', import.meta.url);

describe('an import as columns (worker to page)', () => {
	it('a dump survives the trip as transferable columns, sample for sample', async () => {
		const bytes = new Uint8Array(
			readFileSync(new URL('chromium-156-loopback-av.json.gz', FIXTURES))
		);
		const imported = await importBytes(bytes, { yieldToPage: async () => {} });
		if (imported.kind !== 'webrtc-internals') throw new Error('not a dump');
		const { data, transfer } = importToColumns(imported);
		expect(transfer.length).toBeGreaterThan(10);
		const back = structuredClone(data, { transfer });
		const rebuilt = importFromColumns(back);
		if (rebuilt.kind !== 'webrtc-internals') throw new Error('not a dump');
		expect(rebuilt.peerConnections.map((pc) => pc.key)).toEqual(['8-1', '8-2']);
		for (const [n, pc] of imported.peerConnections.entries()) {
			const other = rebuilt.peerConnections[n]!;
			expect(other.descriptions).toEqual(pc.descriptions);
			for (const report of pc.stats.reports.values()) {
				const copy = other.stats.report(report.id)!;
				expect(copy.count).toBe(report.count);
				expect(copy.latest).toEqual(report.latest);
				for (let i = 0; i < report.count; i++) {
					expect(copy.time(i)).toBe(report.time(i));
					for (const [name, series] of report.members)
						expect(copy.member(name)?.get(i), `${report.id}.${name}@${i}`).toEqual(series.get(i));
				}
			}
		}
	});

	it('a session too', () => {
		const history = historyOfOneReport(10, 3, (i) => ({
			id: 'O',
			type: 'outbound-rtp',
			timestamp: i,
			bytesSent: i * 10,
			kind: 'video'
		}));
		const record = createSessionRecord({
			log: [],
			stats: { B: history },
			startedAt: 0,
			pollIntervalMs: 1000,
			userAgent: 'x',
			mask: false
		});
		const { data, transfer } = importToColumns({ kind: 'session', record, stats: { B: history } });
		const rebuilt = importFromColumns(structuredClone(data, { transfer }));
		if (rebuilt.kind !== 'session') throw new Error('not a session');
		expect(rebuilt.stats.B!.report('O')!.member('bytesSent')!.get(2)).toBe(20);
		expect(rebuilt.stats.B!.report('O')!.member('kind')!.get(1)).toBe('video');
	});
});
