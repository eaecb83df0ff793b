import { readFileSync } from 'node:fs';
import { gzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { ImportedDump } from '$lib/stats/dump';
import { importText } from '$lib/stats/importFile';
import { importStream } from '$lib/stats/importStream';
import { asDump, chunksOf, expectSameDump, importError } from './dumps';

/**
 * A webrtc-internals JSON dump larger than what may be held (100 MB) is read as it streams and
 * keeps the last samples of each series (dumpStream.ts). `limit` is lowered here so the real
 * capture goes the same way; one test builds a real >100 MB dump in memory (never on disk).
 */
const FIXTURE = new URL(
	'../../fixtures/webrtc-internals/chromium-156-loopback-av.json',
	import.meta.url
);
const source = readFileSync(FIXTURE, 'utf8');
const encoder = new TextEncoder();

/** `text` streamed in chunks of `size` characters. */
async function* textChunks(text: string, size: number): AsyncGenerator<Uint8Array> {
	for (let at = 0; at < text.length; at += size) yield encoder.encode(text.slice(at, at + size));
}

const streamed = (text: string, options: Parameters<typeof importStream>[1], size = 4096) =>
	asDump(importStream(textChunks(text, size), options));

describe('a JSON dump over the held limit streams', () => {
	it('gives the same dump as JSON.parse of the whole, in chunks of any size', async () => {
		const whole = (await importText(source, { yieldToPage: async () => {} })) as ImportedDump;
		for (const size of [7, 4096]) {
			const dump = await streamed(source, { size: source.length, streamAbove: 64 * 1024 }, size);
			expectSameDump(dump, whole);
			expect(dump.kept).toBeUndefined();
		}
		// gzip says its size only once inflated: it switches to streaming on the way
		const gz = gzipSync(encoder.encode(source));
		const dump = await importStream(chunksOf(gz, 1000), { streamAbove: 64 * 1024 });
		expectSameDump(dump as ImportedDump, whole);
	});

	it('keys and strings with escapes split across chunks', async () => {
		const raw = JSON.parse(source);
		const pc = raw.PeerConnections['8-1'];
		pc.url = 'https://example.test/a\\"b\\\\"?x="y"';
		pc.updateLog.unshift({ type: 'note "quoted" \\', value: '\\\\\\"', timestamp: 1 });
		raw['odd "key" \\'] = ['a\\', { '"': '\\"' }];
		const text = JSON.stringify(raw, null, 1);
		const whole = (await importText(text, { yieldToPage: async () => {} })) as ImportedDump;
		for (const size of [1, 2, 3]) {
			const dump = await streamed(text, { streamAbove: 1024 }, size);
			expectSameDump(dump, whole);
			expect(dump.peerConnections[0]!.url).toBe(pc.url);
		}
	});

	it('keeps the last `capacity` samples of each series, and says so', async () => {
		const whole = (await importText(source, { yieldToPage: async () => {} })) as ImportedDump;
		const dump = await streamed(source, { streamAbove: 64 * 1024, capacity: 2 });
		expect(dump.kept).toMatchObject({
			capacity: 2,
			samples: whole.peerConnections[0]!.stats.ticks
		});
		expect(dump.kept!.trimmed).toBeGreaterThan(50);
		for (const [n, pc] of whole.peerConnections.entries())
			for (const report of pc.stats.reports.values()) {
				const kept = dump.peerConnections[n]!.stats.report(report.id)!;
				expect(kept.count).toBe(Math.min(2, report.count));
				expect(kept.latest).toEqual(report.latest);
				for (const [name, series] of report.members)
					for (let back = 1; back <= kept.count; back++)
						expect(kept.member(name)?.get(kept.count - back), `${name} -${back}`).toEqual(
							series.get(report.count - back)
						);
			}
	});

	it('a 120 MB dump (synthesized here) opens with the last 2 hours of each series', async () => {
		const raw = JSON.parse(source);
		const SAMPLES = 16_000;
		for (const connection of Object.values(raw.PeerConnections) as { stats: object }[])
			for (const series of Object.values(connection.stats) as { values: string }[]) {
				const values = JSON.parse(series.values) as unknown[];
				const first = values[0];
				const out = new Array(SAMPLES);
				for (let i = 0; i < SAMPLES; i++)
					out[i] = typeof first === 'number' ? first + i : values[i % values.length];
				series.values = JSON.stringify(out);
			}
		const text = JSON.stringify(raw);
		expect(text.length).toBeGreaterThan(100 * 1024 * 1024);
		const dump = await streamed(text, { size: text.length }, 1 << 20);
		expect(dump.kept).toMatchObject({ capacity: 7200, samples: SAMPLES });
		const pc = dump.peerConnections[0]!;
		const report = [...pc.stats.reports.values()].find((r) => r.type === 'outbound-rtp')!;
		expect(report.count).toBe(7200);
		const key = `${report.id}-packetsSent`;
		const first = JSON.parse(raw.PeerConnections['8-1'].stats[key].values)[0] as number;
		// the kept samples are the file's last ones
		expect(report.member('packetsSent')!.get(0)).toBe(first + SAMPLES - 7200);
		expect(report.member('packetsSent')!.get(7199)).toBe(first + SAMPLES - 1);
		expect(report.latest?.packetsSent).toBe(first + SAMPLES - 1);
	}, 120_000);
});

describe('bad JSON over the limit keeps its clear error', () => {
	const big = { streamAbove: 1024 };
	const sizes = [5, 4096];

	it('cut off', async () => {
		for (const size of sizes) {
			const error = await importError(() =>
				streamed(source.slice(0, source.length / 2), big, size)
			);
			expect(error.code).toBe('truncatedJson');
		}
	});

	it('not JSON part way (NUL bytes after the first chunk, as a sparse file has)', async () => {
		let pulled = 0;
		async function* sparse() {
			pulled++;
			yield encoder.encode('{"PeerConnections": {');
			for (let i = 0; i < 100; i++) {
				pulled++;
				yield new Uint8Array(1024 * 1024);
			}
		}
		const error = await importError(() => importStream(sparse(), { size: 200 * 1024 * 1024 }));
		expect(error.code).toBe('notJson');
		expect(pulled).toBe(2);
		for (const size of sizes) {
			const broken = source.replace('"PeerConnections":', '"PeerConnections" ');
			expect((await importError(() => streamed(broken, big, size))).code).toBe('notJson');
		}
	});

	it('a dump with no connection, a session too large to hold', async () => {
		const none = JSON.stringify({ PeerConnections: {}, pad: 'x'.repeat(900) });
		expect((await importError(() => streamed(none, big))).code).toBe('noPeerConnections');
		const session = JSON.stringify({
			format: 'peerscope-session',
			version: 1,
			log: Array.from({ length: 500 }, (_, i) => ({ id: i }))
		});
		const error = await importError(() => streamed(session, { size: session.length, limit: 1024 }));
		expect(error.code).toBe('tooLarge');
	});
});
