import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dumpModel } from '$lib/stats/browse';
import { markersFromLog } from '$lib/stats/chartModel';
import { importBytes } from '$lib/stats/importFile';

const FIXTURES = new URL('../../fixtures/webrtc-internals/', import.meta.url);

describe('a dump as the same views as a session', () => {
	it('merges both connections into one log as Peer A and B, with states, SDPs, candidates and markers', async () => {
		const bytes = new Uint8Array(readFileSync(new URL('chromium-156-loopback-av.json', FIXTURES)));
		const dump = await importBytes(bytes, { yieldToPage: async () => {} });
		if (dump.kind !== 'webrtc-internals') throw new Error('not a dump');
		const model = dumpModel(dump, dump.peerConnections);
		expect(model.peers.map((p) => p.peer)).toEqual(['A', 'B']);
		expect(model.log[0]!.t).toBe(0);
		expect(model.log.every((e, i) => i === 0 || e.t >= model.log[i - 1]!.t)).toBe(true);
		expect(model.descriptions.map((d) => `${d.peer} ${d.side} ${d.type}`)).toEqual([
			'A local offer',
			'B remote offer',
			'B local answer',
			'A remote answer'
		]);
		expect(model.candidates.filter((c) => c.side === 'local').length).toBeGreaterThan(2);
		const last = model.log.at(-1)!;
		expect(model.log.some((e) => e.peers.A?.connectionState === 'connected')).toBe(true);
		expect(last.peers.A?.localDescription?.type).toBe('offer');
		const markers = markersFromLog(model.log);
		expect(markers.some((m) => m.label.includes('setRemoteDescription'))).toBe(true);
		expect(markers.some((m) => m.label.includes('connectionstatechange: connected'))).toBe(true);
		// addTrack is logged once (synchronous, no OnSuccess), ontrack with the track's kind
		expect(markers.filter((m) => m.label.startsWith('A addTrack'))).toHaveLength(2);
		expect(markers.filter((m) => m.text?.key === 'stats.marker.track').map((m) => m.label)).toEqual(
			['B track audio', 'B track video']
		);
	});
});
