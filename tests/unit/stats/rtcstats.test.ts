import { readFileSync } from 'node:fs';
import { gzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { ImportedDump } from '$lib/stats/dump';
import { dumpModel } from '$lib/stats/browse';
import { importBytes, importText } from '$lib/stats/importFile';
import { importStream } from '$lib/stats/importStream';
import { metricById } from '$lib/stats/metricDefinitions';
import { metricAt } from '$lib/stats/metrics';
import { expandSdp, expandStats } from '$lib/stats/rtcstats/expand';
import { readRtcstatsText, RtcstatsReader } from '$lib/stats/rtcstats/reader';
import { memberName, methodName } from '$lib/stats/rtcstats/tables';
import { asDump, chunksOf, expectLoopbackCall, importError, noYield, outboundVideo } from './dumps';

const FIXTURES = new URL('../../fixtures/rtcstats/', import.meta.url);
const bytes = (name: string) => new Uint8Array(readFileSync(new URL(name, FIXTURES)));
const text = (name: string) => readFileSync(new URL(name, FIXTURES), 'utf8');
const dumpOf = (name: string) => asDump(importBytes(bytes(name), noYield));

describe('the format tables', () => {
	it('decode method codes and compressed member names; unknown codes are null, names stay', () => {
		expect(methodName(6)).toBe('setLocalDescription');
		expect(methodName('g')).toBe('getStats');
		expect(methodName('onicecandidate')).toBe('onicecandidate');
		expect(methodName(999)).toBeNull();
		const names: Record<string, string> = {
			'80': 'bytesSent',
			'41': 'bytesReceived',
			'95': 'qualityLimitationReason',
			'153': 'availableOutgoingBitrate',
			'166': 'issuerCertificateId',
			t: 'timestamp',
			framesEncoded: 'framesEncoded'
		};
		for (const [code, name] of Object.entries(names)) expect(memberName(code), code).toBe(name);
	});
});

describe("Chrome's own rtcstats dump (webrtc-internals, Chromium 156, real capture)", () => {
	it('reads both connections: update logs, descriptions, candidates and full getStats reports', async () => {
		const dump = await dumpOf('chromium-156-internals-loopback-av.rtcstats.gz');
		expect(dump.rtcstats).toMatchObject({
			generation: 'rtcstats-dump',
			fileFormat: 3,
			statsShape: 'full'
		});
		expect(dump.chromeVersion).toBe(156);
		expect(dump.problems).toEqual([]);
		expect(dump.peerConnections).toHaveLength(2);
		const { caller, callee } = expectLoopbackCall(dump);
		expect(caller.candidates.some((c) => c.side === 'local')).toBe(true);
		expect(callee.candidates.some((c) => c.side === 'remote')).toBe(true);
		// Chrome's computed members are counted and left out
		expect(caller.computedSeries).toBeGreaterThan(0);
		const out = outboundVideo(dump);
		expect(out.count).toBeGreaterThan(3);
		expect(out.member('[bytesSent_in_bits/s]')).toBeUndefined();
		// the getUserMedia calls before the call are kept, not taken for a connection
		expect(dump.getUserMedia.length).toBeGreaterThan(0);
	});

	it('reads the gzip as saved and its inflated copy the same way', async () => {
		const gz = await dumpOf('chromium-156-internals-loopback-av.rtcstats.gz');
		const plain = await dumpOf('chromium-156-internals-loopback-av.rtcstats');
		expect(outboundVideo(plain).latest).toEqual(outboundVideo(gz).latest);
	});

	it('becomes the same browse model as a webrtc-internals dump: a timeline with states, charts with the math', async () => {
		const dump = await dumpOf('chromium-156-internals-loopback-av.rtcstats.gz');
		const model = dumpModel(dump, dump.peerConnections);
		expect(model.log.some((e) => e.kind === 'event' && e.name === 'connectionstatechange')).toBe(
			true
		);
		const last = model.log.at(-1)!;
		expect(last.peers.A?.connectionState).toBe('connected');
		expect(model.descriptions).toHaveLength(4);
		const out = outboundVideo(dump);
		const point = metricAt(out, metricById('bitrateOut')!, out.count - 1);
		expect(point?.value).toBeGreaterThan(0);
	});

	it('a call that ended keeps its connections, with close in the log', async () => {
		const dump = await dumpOf('chromium-156-internals-closed.rtcstats.gz');
		expect(dump.peerConnections).toHaveLength(2);
		expect(dump.peerConnections[0]!.updateLog.map((e) => e.type)).toContain('close');
	});

	it('a page that only called getUserMedia: no peer connection, and the error says what it found', async () => {
		const error = await importError(() => dumpOf('chromium-156-internals-gum-only.rtcstats.gz'));
		expect(error.code).toBe('noRtcstatsConnections');
		expect(error.params.media).toBe(2);
	});
});

describe('rtcstats.js traces (real Chromium and Firefox calls, scripts/capture-rtcstats)', () => {
	it('v5: method codes, compressed members, deltas and section-compressed descriptions', async () => {
		const dump = await dumpOf('chromium-156-rtcstats-v5-loopback-av.rtcstats');
		expect(dump.rtcstats).toMatchObject({ generation: 'rtcstats-dump', statsShape: 'v5' });
		expect(dump.problems).toEqual([]);
		expect(dump.userAgent).toMatch(/Chrome\/156/);
		const caller = dump.peerConnections[0]!;
		// three negotiations; the second was sent with "m=" for every unchanged section
		expect(caller.descriptions).toHaveLength(6);
		expect(text('chromium-156-rtcstats-v5-loopback-av.rtcstats')).toContain('\\r\\nm=\\r\\n');
		for (const d of caller.descriptions) {
			expect(d.sdp).not.toMatch(/\r\nm=\r\n/);
			expect(d.sdp).toMatch(/^v=0\r\n/);
		}
		const out = outboundVideo(dump);
		// the members named by number are back under their names, the deltas filled in
		expect(out.member('bytesSent')!.numeric).toBe(true);
		expect(out.latest!.type).toBe('outbound-rtp');
		expect(out.member('framesEncoded')!.number(out.count - 1)).toBeGreaterThan(
			out.member('framesEncoded')!.number(0)
		);
		// the lowered maxBitrate shows as bandwidth-limited video
		expect(
			out
				.member('qualityLimitationReason')!
				.runs()
				.map((r) => r.value)
		).toContain('bandwidth');
	});

	it('protocol 3 (Jitsi records): absolute times, getstats deltas with timestamp 0', async () => {
		const dump = await dumpOf('chromium-156-rtcstats-v3-loopback-av.rtcstats');
		expect(dump.rtcstats).toMatchObject({
			generation: 'protocol-3',
			clientProtocol: '3.1_STANDARD',
			statsShape: 'v3'
		});
		expect(dump.problems).toEqual([]);
		const out = outboundVideo(dump);
		const times = Array.from({ length: out.count }, (_, i) => out.time(i));
		// one sample a second, increasing: the lifted timestamps were put back
		for (let i = 1; i < times.length; i++) expect(times[i]! - times[i - 1]!).toBeGreaterThan(500);
		expect(out.member('bytesSent')!.number(out.count - 1)).toBe(out.latest!.bytesSent);
	});

	it("Firefox's trace opens with Firefox's stats shapes", async () => {
		const dump = await dumpOf('firefox-153-rtcstats-v5-loopback-av.rtcstats');
		expect(dump.userAgent).toMatch(/Firefox\/153/);
		expect(dump.chromeVersion).toBeNull();
		expect(dump.problems).toEqual([]);
		const out = outboundVideo(dump);
		const point = metricAt(out, metricById('bitrateOut')!, out.count - 1);
		expect(point?.value).toBeGreaterThan(0);
		const inbound = [...dump.peerConnections[1]!.stats.reports.values()].find(
			(r) => r.type === 'inbound-rtp' && r.latest?.kind === 'video'
		)!;
		expect(inbound.member('framesDecoded')!.number(inbound.count - 1)).toBeGreaterThan(0);
	});
});

describe('deltas', () => {
	it('v5: a report that went away is null; an unchanged one keeps its members and takes the new time', () => {
		const base = {
			'1': { id: '1', type: 'outbound-rtp', timestamp: 1000, bytesSent: 10, kind: 'video' },
			'2': { id: '2', type: 'codec', timestamp: 1000, mimeType: 'video/VP8' }
		};
		const next = expandStats(base, { '1': { 80: 20 }, '2': null, t: 2000 });
		expect(next.shape).toBe('v5');
		expect(next.reports['1']).toMatchObject({ bytesSent: 20, kind: 'video', timestamp: 2000 });
		expect(next.reports['2']).toBeUndefined();
	});

	it('a `__proto__` member from the file is dropped, never a prototype', () => {
		const payload = JSON.parse('{"1":{"type":"codec","__proto__":{"polluted":1}},"t":5}');
		const report = expandStats({}, payload).reports['1']!;
		expect(Object.getPrototypeOf(report)).toBe(Object.prototype);
		expect((report as Record<string, unknown>).polluted).toBeUndefined();
	});

	it('a delta report never seen before, without a type, is reported and skipped', () => {
		const next = expandStats({}, { '7': { 80: 20 }, t: 2000 });
		expect(next.withoutBase).toEqual(['7']);
		expect(Object.keys(next.reports)).toEqual([]);
	});

	it('a compressed description without a base of its type cannot be expanded', () => {
		expect(expandSdp('v=\r\nm=\r\n', null)).toBeNull();
		const base = 'v=0\r\ns=-\r\nm=audio 9 x\r\na=mid:0\r\n';
		expect(expandSdp('v=0\r\ns=changed\r\nm=\r\n', base)).toBe(
			'v=0\r\ns=changed\r\nm=audio 9 x\r\na=mid:0\r\n'
		);
	});
});

describe('bad rtcstats input: a clear error, or the rest read with the bad part listed', () => {
	const v5 = text('chromium-156-rtcstats-v5-loopback-av.rtcstats');

	it('JSON lines of another format say what the first line holds', async () => {
		const error = await importError(() =>
			importText('{"event":"join","user":1}\n{"event":"leave"}\n')
		);
		expect(error.code).toBe('notRtcstats');
		expect(error.params.found).toBe('{event, user}');
		const arrays = await importError(() => importText('[1,2,3]\n[4,5,6]\n'));
		expect(arrays.code).toBe('notRtcstats');
	});

	it('a wrong magic line names it', async () => {
		const error = await importError(() => importText(v5.replace('RTCStatsDump', 'RTCStatsDump2')));
		expect(error.code).toBe('badMagic');
		expect(error.params.found).toBe('RTCStatsDump2');
	});

	it('a metadata line that is not a JSON object', async () => {
		const error = await importError(() => importText('RTCStatsDump\nfileFormat=3\n'));
		expect(error.code).toBe('badMetadata');
	});

	it('a file cut off in the middle of a line: the cut line is listed, everything before it read', async () => {
		const cut = v5.slice(0, v5.lastIndexOf('["g"') + 200);
		const dump = readRtcstatsText(cut);
		expect(dump.problems.map((p) => p.code)).toEqual(['truncatedLine']);
		expect(dump.peerConnections[0]!.stats.ticks).toBeGreaterThan(5);
	});

	it('a damaged line inside the file is listed and skipped', () => {
		const lines = v5.split('\n');
		const at = lines.findIndex((l) => l.startsWith('[20,'));
		lines[at] = lines[at]!.slice(0, 20);
		const dump = readRtcstatsText(lines.join('\n'));
		expect(dump.problems).toEqual([
			expect.objectContaining({ code: 'malformedLine', where: `line ${at + 1}` })
		]);
	});

	it('an unknown method code is listed and skipped', () => {
		const lines = v5.split('\n');
		lines.splice(5, 0, '[999,"PC_0",null,1]');
		const dump = readRtcstatsText(lines.join('\n'));
		expect(dump.problems).toEqual([
			expect.objectContaining({ code: 'unknownMethod', detail: '999' })
		]);
	});

	it('a delta against a report never seen is listed; the other reports are read', () => {
		const lines = v5.split('\n');
		const at = lines.findIndex((l) => l.startsWith('["g"'));
		lines[at] = lines[at]!.replace('{', '{"9999":{"80":5},');
		const dump = readRtcstatsText(lines.join('\n'));
		expect(dump.problems).toEqual([
			expect.objectContaining({ code: 'deltaWithoutBase', detail: '9999' })
		]);
		expect(dump.peerConnections[0]!.stats.reports.size).toBeGreaterThan(10);
	});

	it('a compressed description whose base is missing is listed, kept as written', () => {
		const lines = v5
			.split('\n')
			.filter((l, i) => i < 2 || !/^\[(3|6|7),"PC_0"/.test(l) || l.includes('m=\\r\\n'));
		const dump = readRtcstatsText(lines.join('\n'));
		expect(dump.problems.map((p) => p.code)).toContain('descriptionWithoutBase');
	});

	it('a gzip bomb of lines is stopped at the inflate limit', async () => {
		const line = `${JSON.stringify(['onicecandidate', 'PC_0', null, 1])}\n`;
		const bomb = gzipSync(
			new TextEncoder().encode(`RTCStatsDump\n{"fileFormat":3}\n${line.repeat(200_000)}`)
		);
		const error = await importError(() =>
			importStream(chunksOf(bomb, 4096), { maxInflated: 1024 * 1024 })
		);
		expect(error.code).toBe('tooLarge');
	});
});

describe('streaming', () => {
	it('chunks of any size (here 7 bytes, gzip and plain) give the same model as the whole file', async () => {
		const whole = readRtcstatsText(text('chromium-156-rtcstats-v5-loopback-av.rtcstats'));
		for (const data of [
			bytes('chromium-156-rtcstats-v5-loopback-av.rtcstats'),
			gzipSync(bytes('chromium-156-rtcstats-v5-loopback-av.rtcstats'))
		]) {
			const streamed = (await importStream(chunksOf(data, 7))) as ImportedDump;
			expect(outboundVideo(streamed).latest).toEqual(outboundVideo(whole).latest);
			expect(streamed.peerConnections[0]!.updateLog).toEqual(whole.peerConnections[0]!.updateLog);
		}
	});

	it('reports progress and stops when cancelled', async () => {
		const data = bytes('chromium-156-internals-loopback-av.rtcstats');
		const seen: number[] = [];
		const controller = new AbortController();
		const error = await importError(() =>
			importStream(chunksOf(data, 16 * 1024), {
				size: data.length,
				signal: controller.signal,
				onProgress: (read, size) => {
					seen.push(read);
					expect(size).toBe(data.length);
					if (seen.length === 3) controller.abort();
				}
			})
		);
		expect(error.code).toBe('cancelled');
		expect(seen).toEqual([16384, 32768, 49152]);
	});

	it('memory is bounded by what is kept: past `capacity` results, the history stops growing', () => {
		const source = text('chromium-156-rtcstats-v3-loopback-av.rtcstats').split('\n');
		const statsLines = source.filter((l) => l.startsWith('["getstats","PC_0"'));
		const head = source.filter((l) => !l.startsWith('["getstats"'));
		const reader = new RtcstatsReader(50);
		for (const line of head) reader.push(line);
		const sizeAfter: number[] = [];
		// the first full result, then its later deltas again and again: a long call
		for (let round = 0; round < 60; round++) {
			for (const line of statsLines.slice(round === 0 ? 0 : 1)) reader.push(line);
			if (round === 20 || round === 59)
				sizeAfter.push(reader.finish().peerConnections[0]!.stats.byteSize);
		}
		const dump = reader.finish();
		expect(dump.rtcstats!.trimmed).toBe(true);
		expect(dump.peerConnections[0]!.stats.ticks).toBeGreaterThan(500);
		// the same, give or take a batch of stale change points not yet dropped
		expect(sizeAfter[1]).toBeLessThan(sizeAfter[0]! * 1.2);
		expect(sizeAfter[1]).toBeGreaterThan(sizeAfter[0]! * 0.8);
	});

	it('a JSON file larger than the held limit is streamed; where it stops being JSON it fails at once', async () => {
		let pulled = 0;
		async function* big() {
			pulled++;
			yield new TextEncoder().encode('{"PeerConnections": {');
			pulled++;
			yield new Uint8Array(1024);
			pulled++;
			yield new Uint8Array(1024);
		}
		const error = await importError(() => importStream(big(), { size: 200 * 1024 * 1024 }));
		expect(error.code).toBe('notJson');
		expect(pulled).toBe(2);
	});
});
