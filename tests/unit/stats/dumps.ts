import { expect } from 'vitest';
import type { ImportedDump } from '$lib/stats/dump';
import { ImportError } from '$lib/stats/importErrors';
import type { Imported } from '$lib/stats/importFile';

/** What the dump import tests share. Imports here never wait for a page to paint. */
export const noYield = { yieldToPage: async () => {} };

/** The import as a webrtc-internals-shaped dump; anything else fails the test. */
export async function asDump(imported: Imported | Promise<Imported>): Promise<ImportedDump> {
	const result = await imported;
	if (result.kind !== 'webrtc-internals') throw new Error('not a dump');
	return result;
}

/** The ImportError `run` throws; returning, or throwing anything else, fails the test. */
export async function importError(run: () => unknown): Promise<ImportError> {
	try {
		await run();
	} catch (error) {
		if (error instanceof ImportError) return error;
		throw error;
	}
	throw new Error('expected an ImportError');
}

/** `data` as a stream of `size`-byte chunks, as a file arrives. */
export async function* chunksOf(data: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
	for (let at = 0; at < data.length; at += size) yield data.subarray(at, at + size);
}

/** The outbound video RTP report of one peer connection's stats. */
export function outboundVideo(dump: ImportedDump, pc = 0) {
	const history = dump.peerConnections[pc]!.stats;
	return [...history.reports.values()].find(
		(r) => r.type === 'outbound-rtp' && r.latest?.kind === 'video'
	)!;
}

/**
 * The two peer connections of a captured loopback call: the caller, on a page served from
 * 127.0.0.1, set a local offer and a remote answer; the callee the other way round.
 */
export function expectLoopbackCall(dump: ImportedDump) {
	const [caller, callee] = dump.peerConnections;
	expect(caller!.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
	expect(caller!.descriptions.map((d) => `${d.side} ${d.type}`)).toEqual([
		'local offer',
		'remote answer'
	]);
	expect(callee!.descriptions.map((d) => `${d.side} ${d.type}`)).toEqual([
		'remote offer',
		'local answer'
	]);
	return { caller: caller!, callee: callee! };
}

/** The same dump, sample for sample, whichever way it was read. */
export function expectSameDump(read: ImportedDump, expected: ImportedDump): void {
	expect(read.problems).toEqual(expected.problems);
	expect(read.userAgent).toBe(expected.userAgent);
	expect(read.chromeVersion).toBe(expected.chromeVersion);
	expect(read.legacy).toBe(expected.legacy);
	expect(read.getUserMedia).toEqual(expected.getUserMedia);
	expect(read.peerConnections.length).toBe(expected.peerConnections.length);
	for (const [n, pc] of expected.peerConnections.entries()) {
		const other = read.peerConnections[n]!;
		expect(other.key).toBe(pc.key);
		expect(other.updateLog).toEqual(pc.updateLog);
		expect(other.descriptions).toEqual(pc.descriptions);
		expect(other.candidates).toEqual(pc.candidates);
		expect(other.rtcConfiguration).toEqual(pc.rtcConfiguration);
		expect(other.computedSeries).toBe(pc.computedSeries);
		expect([...other.stats.reports.keys()]).toEqual([...pc.stats.reports.keys()]);
		for (const report of pc.stats.reports.values()) {
			const copy = other.stats.report(report.id)!;
			expect(copy.count).toBe(report.count);
			expect(copy.latest).toEqual(report.latest);
			expect(copy.previous).toEqual(report.previous);
			expect([...copy.members.keys()]).toEqual([...report.members.keys()]);
			for (let i = 0; i < report.count; i++) expect(copy.time(i)).toBe(report.time(i));
			for (const [name, series] of report.members)
				for (let i = 0; i < report.count; i++)
					expect(copy.member(name)!.get(i), `${report.id}.${name}@${i}`).toEqual(series.get(i));
		}
	}
	expect(read.problems).toEqual(expected.problems);
}
