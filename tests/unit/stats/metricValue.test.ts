import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { StatsHistory } from '$lib/stats/history';
import { importBytes } from '$lib/stats/importFile';
import { METRICS } from '$lib/stats/metricDefinitions';
import { metricAt, metricValueAt } from '$lib/stats/metrics';

const FIXTURE = new URL(
	'../../fixtures/webrtc-internals/chromium-156-loopback-av.json.gz',
	import.meta.url
);

describe('metricValueAt (what the charts draw)', () => {
	it('is the value of metricAt at every sample of a real dump, for every metric', async () => {
		const imported = await importBytes(new Uint8Array(readFileSync(FIXTURE)), {
			yieldToPage: async () => {}
		});
		if (imported.kind !== 'webrtc-internals') throw new Error('not a dump');
		let compared = 0;
		for (const pc of imported.peerConnections)
			for (const report of pc.stats.reports.values())
				for (const metric of METRICS) {
					if (metric.reportType !== report.type || !report.member(metric.a)) continue;
					for (let i = report.oldestIndex; i < report.count; i++) {
						expect(metricValueAt(report, metric, i), `${metric.id} ${report.id}@${i}`).toBe(
							metricAt(report, metric, i).value
						);
						compared++;
					}
				}
		expect(compared).toBeGreaterThan(100);
	});

	it('and on the gaps: first sample, a counter going back, Δt = 0, missing members, 0 expected', () => {
		const history = new StatsHistory(10);
		const samples = [
			{ t: 1000, bytes: 0, lost: 0, received: 0 },
			{ t: 2000, bytes: 1000, lost: 0, received: 0 },
			{ t: 2000, bytes: 2000, lost: 1, received: 9 },
			{ t: 3000, bytes: 500, lost: 2, received: 8 },
			{ t: 4000, bytes: 900 }
		];
		for (const s of samples)
			history.addSnapshot({
				takenAt: s.t,
				reports: {
					I: {
						id: 'I',
						type: 'inbound-rtp',
						timestamp: s.t,
						kind: 'video',
						bytesReceived: s.bytes,
						...(s.lost === undefined ? {} : { packetsLost: s.lost, packetsReceived: s.received })
					}
				}
			});
		const report = history.report('I')!;
		for (const metric of METRICS.filter((m) => m.reportType === 'inbound-rtp'))
			for (let i = 0; i < report.count; i++)
				expect(metricValueAt(report, metric, i), `${metric.id}@${i}`).toBe(
					metricAt(report, metric, i).value
				);
	});
});
