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
