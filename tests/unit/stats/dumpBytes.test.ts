import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ImportedDump } from '$lib/stats/dump';
import { importDumpBytes, readDumpBytes } from '$lib/stats/dumpBytes';
import { SeriesText } from '$lib/stats/dumpSeries';
import { importText } from '$lib/stats/importFile';
import { SeriesBytes, seriesBytesValid } from '$lib/stats/seriesBytes';
import { expectSameDump } from './dumps';

const FIXTURES = new URL('../../fixtures/webrtc-internals/', import.meta.url);
const text = (name: string) => readFileSync(new URL(name, FIXTURES), 'utf8');
const bytesOf = (value: string) => new TextEncoder().encode(value);
const noYield = { yieldToPage: async () => {} };
const REAL = 'chromium-156-loopback-av.json';

async function oldWay(value: string): Promise<ImportedDump> {
	const imported = await importText(value, noYield);
	if (imported.kind !== 'webrtc-internals') throw new Error('not a dump');
	return imported;
}

describe('a dump read from its bytes, series left as bytes', () => {
	it('is the real Chromium 156 dump as JSON.parse reads it, every series still unread', async () => {
		const real = text(REAL);
		const quick = await importDumpBytes(bytesOf(real));
		expect(quick).not.toBeNull();
		const { imported, slices } = quick!;
		// every series but the timestamps (read now: they give the samples' times)
		for (const pc of imported.peerConnections)
			for (const report of pc.stats.reports.values())
				for (const series of report.members.values()) {
					expect(series.pending).toBeInstanceOf(SeriesText);
					expect((series.pending as SeriesText).text).toBeInstanceOf(SeriesBytes);
				}
		const series = Object.values(JSON.parse(real).PeerConnections).reduce(
			(n: number, pc) => n + Object.keys((pc as { stats: object }).stats).length,
			0
		);
		expect(slices.length).toBe(series);
		expect(seriesBytesValid(bytesOf(real), slices)).toBe(true);
		expectSameDump(imported, await oldWay(real));
	});

	it('reads the older layout (no timestamps: every series is read now) the same way', async () => {
		const legacy = text('legacy-chrome-71-handmade.json');
		const quick = await importDumpBytes(bytesOf(legacy));
		expectSameDump(quick!.imported, await oldWay(legacy));
		expect(quick!.imported.legacy).toBe(true);
	});

	it('reads a byte order mark, indentation and non-ASCII text as JSON.parse does', async () => {
		const raw = JSON.parse(text(REAL));
		raw.UserAgent = 'Chromé/156 “quoted” 한국어';
		const stats = raw.PeerConnections['8-1'].stats;
		const codec = Object.keys(stats).find((k) => k.endsWith('-mimeType'))!;
		stats[codec].values = JSON.stringify(
			JSON.parse(stats[codec].values).map((v: string, i: number) => `${v} ✓ "${i}", \\`)
		);
		const pretty = `\uFEFF${JSON.stringify(raw, null, '\t')}\n`;
		const quick = await importDumpBytes(bytesOf(pretty));
		expect(quick).not.toBeNull();
		expect(seriesBytesValid(bytesOf(pretty), quick!.slices)).toBe(true);
		expectSameDump(quick!.imported, await oldWay(pretty));
		const id = codec.slice(0, codec.lastIndexOf('-'));
		const report = quick!.imported.peerConnections[0]!.stats.report(id)!;
		expect(report.member('mimeType')!.get(report.count - 1)).toMatch(/ ✓ "\d+", \\$/);
	});

	it('keeps a `__proto__` member as data, as JSON.parse does', () => {
		const read = readDumpBytes(
			bytesOf('{"__proto__":{"polluted":true},"PeerConnections":{"1-1":{"__proto__":1}}}')
		);
		expect(read).not.toBeNull();
		expect(Object.getPrototypeOf(read!.parsed)).toBe(Object.prototype);
		expect(Object.keys(read!.parsed)).toEqual(['__proto__', 'PeerConnections']);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});

	it('gives null for what it does not read, so that the old way says what is wrong', async () => {
		const real = text(REAL);
		const cases = [
			'[1,2,3]',
			'{"a":1}}',
			'{"PeerConnections":{}} x',
			'{a:1}',
			'{"format":"peerscope-session","PeerConnections":{}}',
			'{"UserAgent":"no connections"}',
			real.slice(0, real.length / 2),
			real.slice(0, real.indexOf('"values":"[') + 30),
			real.slice(0, -1),
			text('chromium-156-no-peer-connections.json')
		];
		for (const value of cases)
			expect(await importDumpBytes(bytesOf(value)), value.slice(0, 40)).toBeNull();
		// bytes that are not UTF-8 outside a series
		const broken = bytesOf(real);
		broken[real.indexOf('UserAgent') + 2] = 0xff;
		expect(await importDumpBytes(broken)).toBeNull();
	});
});

describe('seriesBytesValid: what the jump to `]"` did not check', () => {
	const real = text(REAL);
	const key = Object.keys(JSON.parse(real).PeerConnections['8-1'].stats).find((k) =>
		k.endsWith('-framesEncoded')
	)!;
	/** The real dump with one series' values string (its JSON text, quotes and all) replaced. */
	function withValues(json: string): Uint8Array {
		const raw = JSON.parse(real);
		raw.PeerConnections['8-1'].stats[key].values = '@@';
		return bytesOf(JSON.stringify(raw).replace('"@@"', json));
	}

	it('finds a series that does not end in `]`: the jump went past its end', async () => {
		const bytes = withValues('"[1,2] and more"');
		const quick = await importDumpBytes(bytes);
		expect(quick).not.toBeNull();
		expect(seriesBytesValid(bytes, quick!.slices)).toBe(false);
	});

	it('finds a bad escape, a raw control character and bytes that are not UTF-8', async () => {
		for (const json of ['"[\\"\\x\\",1]"', '"[\\"a\tb\\",1]"']) {
			const bytes = withValues(json);
			expect(() => JSON.parse(new TextDecoder().decode(bytes))).toThrow();
			const quick = await importDumpBytes(bytes);
			expect(quick, json).not.toBeNull();
			expect(seriesBytesValid(bytes, quick!.slices), json).toBe(false);
		}
		const bytes = withValues('"[\\"é\\",1]"');
		bytes[bytes.indexOf(0xa9)] = 0xff;
		const quick = await importDumpBytes(bytes);
		expect(seriesBytesValid(bytes, quick!.slices)).toBe(false);
	});
});
