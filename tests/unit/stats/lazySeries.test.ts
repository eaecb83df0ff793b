import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lastElements, SeriesText } from '$lib/stats/dumpSeries';
import { importText } from '$lib/stats/importFile';
import { fromWorkerImport, toWorkerImport } from '$lib/stats/lazyTransfer';
import { importDumpBytes } from '$lib/stats/dumpBytes';
import { asDump, noYield, outboundVideo } from './dumps';

const FIXTURE = new URL(
	'../../fixtures/webrtc-internals/chromium-156-loopback-av.json',
	import.meta.url
);
const dumpOf = (text: string) => asDump(importText(text, noYield));

describe('lastElements: the end of a JSON array text', () => {
	it('reads numbers, strings with escapes and commas, objects and nested arrays', () => {
		expect(lastElements('[1,2,3]', 2)).toEqual([2, 3]);
		expect(lastElements(' [ 1 , 2.5e3 ] \n', 2)).toEqual([1, 2500]);
		expect(lastElements('[1]', 2)).toEqual([1]);
		expect(lastElements('[]', 2)).toEqual([]);
		expect(lastElements('["a","b,\\"c\\\\"]', 2)).toEqual(['a', 'b,"c\\']);
		expect(lastElements('[{"x":[1,"]"]},{"y":{"z":"{"}}]', 2)).toEqual([
			{ x: [1, ']'] },
			{ y: { z: '{' } }
		]);
		expect(lastElements('[null,true,"x"]', 2)).toEqual([true, 'x']);
	});

	it('gives up (null) on what is not the end of an array, so the whole text is parsed', () => {
		expect(lastElements('[1,2,', 2)).toBeNull();
		expect(lastElements('{"not":"an array"}', 2)).toBeNull();
		expect(lastElements('[1,2,]', 2)).toBeNull();
		expect(lastElements('[1,2 3]', 2)).toBeNull();
		expect(lastElements('x[1]', 2)).toBeNull();
		expect(lastElements('["unterminated]', 2)).toBeNull();
	});
});

describe('lazy series of a webrtc-internals dump', () => {
	const text = readFileSync(FIXTURE, 'utf8');

	it('stay text until a sample is asked for, with latest and previous read from their ends', async () => {
		const dump = await dumpOf(text);
		const report = outboundVideo(dump);
		const bytesSent = report.member('bytesSent')!;
		expect(bytesSent.pending).toBeInstanceOf(SeriesText);
		// Every series of every report is still text after the import.
		for (const pc of dump.peerConnections)
			for (const r of pc.stats.reports.values())
				for (const series of r.members.values()) expect(series.pending).not.toBeNull();

		const raw = JSON.parse(text).PeerConnections['8-1'].stats;
		const values = JSON.parse(raw[`${report.id}-bytesSent`].values) as number[];
		expect(report.latest?.bytesSent).toBe(values.at(-1));
		expect(report.previous?.bytesSent).toBe(values.at(-2));
		expect(bytesSent.get(report.count - 1)).toBe(values.at(-1));
		expect(bytesSent.pending).toBeNull();
		// Only what was asked for was read.
		expect(report.member('packetsSent')!.pending).not.toBeNull();
		for (let i = 0; i < report.count; i++)
			expect(bytesSent.get(i)).toBe(values[values.length - report.count + i] ?? undefined);
	});

	it('a series found broken when first read is reported then, and reads as missing', async () => {
		const raw = JSON.parse(text);
		const stats = raw.PeerConnections['8-1'].stats;
		const key = Object.keys(stats).find((k) => k.endsWith('-framesEncoded'))!;
		// Its end reads fine (so it is kept as text); the bad escape is near the start.
		stats[key].values = '["\\x",1,2]';
		const dump = await dumpOf(JSON.stringify(raw));
		expect(dump.problems).toEqual([]);
		const id = key.slice(0, key.lastIndexOf('-'));
		const report = dump.peerConnections[0]!.stats.report(id)!;
		expect(report.latest?.framesEncoded).toBe(2);
		expect(report.member('framesEncoded')!.get(report.count - 1)).toBeUndefined();
		expect(dump.problems.map((p) => [p.code, p.where])).toEqual([
			['malformedValues', `8-1 ${key}`]
		]);
	});

	it('cross from the worker as text and are read on the page, sample for sample', async () => {
		const original = await dumpOf(text);
		const sent = await dumpOf(text);
		const { data, transfer } = toWorkerImport(sent);
		expect(data.lazy.length).toBeGreaterThan(100);
		let yields = 0;
		const back = await fromWorkerImport(structuredClone(data, { transfer }), async () => {
			yields++;
		});
		// the page gets a task between slices of reports (16 at a time)
		const reports = original.peerConnections.reduce((n, pc) => n + pc.stats.reports.size, 0);
		expect(yields).toBe(
			original.peerConnections.reduce((n, pc) => n + Math.ceil(pc.stats.reports.size / 16), 0)
		);
		expect(reports).toBeGreaterThan(32);
		if (back.kind !== 'webrtc-internals') throw new Error('not a dump');
		for (const [n, pc] of original.peerConnections.entries()) {
			const other = back.peerConnections[n]!;
			expect([...other.stats.reports.keys()]).toEqual([...pc.stats.reports.keys()]);
			for (const report of pc.stats.reports.values()) {
				const copy = other.stats.report(report.id)!;
				expect(copy.latest).toEqual(report.latest);
				expect(copy.previous).toEqual(report.previous);
				expect([...copy.members.keys()].sort()).toEqual([...report.members.keys()].sort());
				for (const [name, series] of report.members) {
					expect(copy.member(name)!.pending, name).not.toBeNull();
					for (let i = 0; i < report.count; i++)
						expect(copy.member(name)!.get(i), `${report.id}.${name}@${i}`).toEqual(series.get(i));
				}
			}
		}
	});

	it("read from the file's bytes, cross with the file moved, not copied", async () => {
		const original = await dumpOf(text);
		const quick = await importDumpBytes(new TextEncoder().encode(text));
		const { data, transfer } = toWorkerImport(quick!.imported);
		expect(data.lazy).toEqual([]);
		expect(data.lazyBytes.length).toBeGreaterThan(100);
		expect(transfer).toContain(data.bytes!.buffer);
		const file = data.bytes!.buffer;
		const back = await fromWorkerImport(structuredClone(data, { transfer }), async () => {});
		// moved: the worker's copy is gone
		expect(file.byteLength).toBe(0);
		if (back.kind !== 'webrtc-internals') throw new Error('not a dump');
		for (const [n, pc] of original.peerConnections.entries()) {
			for (const report of pc.stats.reports.values()) {
				const copy = back.peerConnections[n]!.stats.report(report.id)!;
				expect(copy.latest).toEqual(report.latest);
				for (const [name, series] of report.members) {
					expect(copy.member(name)!.pending, name).not.toBeNull();
					for (let i = 0; i < report.count; i++)
						expect(copy.member(name)!.get(i), `${report.id}.${name}@${i}`).toEqual(series.get(i));
				}
			}
		}
	});
});
