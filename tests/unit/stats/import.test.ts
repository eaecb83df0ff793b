import { readFileSync } from 'node:fs';
import { Gunzip, gzipSync } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import { eventName, splitStatsKey } from '$lib/stats/dump';
import { ImportError, MAX_IMPORT_BYTES } from '$lib/stats/importErrors';
import { checkSize, importBytes, importText } from '$lib/stats/importFile';
import { SLICE_BYTES } from '$lib/stats/gunzip';
import { metricById } from '$lib/stats/metricDefinitions';
import { metricAt } from '$lib/stats/metrics';
import { asDump, expectLoopbackCall, importError, noYield } from './dumps';

const FIXTURES = new URL('../../fixtures/webrtc-internals/', import.meta.url);
const read = (name: string) => new Uint8Array(readFileSync(new URL(name, FIXTURES)));
const text = (name: string) => readFileSync(new URL(name, FIXTURES), 'utf8');
const dumpOf = (name: string) => asDump(importBytes(read(name), noYield));

describe('webrtc-internals dump from Chromium 156 (real capture)', () => {
	it('reads both peer connections, their update logs, SDPs, candidates and stats', async () => {
		const dump = await dumpOf('chromium-156-loopback-av.json');
		expect(dump.chromeVersion).toBe(156);
		expect(dump.legacy).toBe(false);
		expect(dump.problems).toEqual([]);
		expect(dump.peerConnections.map((pc) => pc.key)).toEqual(['8-1', '8-2']);
		const { caller } = expectLoopbackCall(dump);
		expect(caller.descriptions[0]!.sdp).toMatch(/^v=0\r\n/);
		expect(
			caller.candidates.some((c) => c.side === 'local' && / typ host /.test(c.candidate))
		).toBe(true);
		expect(caller.updateLog.map((e) => eventName(e.type))).toContain('connectionstatechange');
		expect(caller.computedSeries).toBeGreaterThan(0);
	});

	it('gives every report its timestamps and derives the same bitrate Chrome computed', async () => {
		const dump = await dumpOf('chromium-156-loopback-av.json');
		const raw = JSON.parse(text('chromium-156-loopback-av.json'));
		const caller = dump.peerConnections[0]!;
		const outbound = caller.stats.ofType('outbound-rtp').find((r) => r.latest?.kind === 'video')!;
		expect(outbound.count).toBeGreaterThan(2);
		const chrome = JSON.parse(
			raw.PeerConnections['8-1'].stats[`${outbound.id}-[bytesSent_in_bits/s]`].values
		) as number[];
		const ours = [];
		for (let i = 1; i < outbound.count; i++)
			ours.push(metricAt(outbound, metricById('bitrateOut')!, i).value);
		// Chrome's computed series starts at the second sample; ours agrees within rounding.
		expect(ours.length).toBe(chrome.length);
		ours.forEach((value, i) => expect(value!).toBeCloseTo(chrome[i]!, -2));
	});

	it('reads the gzip file Chrome saves by default the same way', async () => {
		const dump = await dumpOf('chromium-156-loopback-av.json.gz');
		expect(dump.peerConnections).toHaveLength(2);
		expect(dump.peerConnections[0]!.stats.reports.size).toBeGreaterThan(10);
	});
});

describe('an older dump (Chrome 71 layout, hand-written from its format)', () => {
	it('works: no timestamp series (1 s apart), {time,type,value} entries, text values, ids with dashes', async () => {
		const dump = await dumpOf('legacy-chrome-71-handmade.json');
		expect(dump.legacy).toBe(true);
		expect(dump.chromeVersion).toBe(71);
		const pc = dump.peerConnections[0]!;
		expect(pc.descriptions.map((d) => `${d.side} ${d.type}`)).toEqual(['local offer']);
		expect(pc.candidates[0]!.candidate).toMatch(/^candidate:842163049 1 udp/);
		const conn = pc.stats.report('Conn-audio-1-0')!;
		expect(conn.type).toBe('googCandidatePair');
		expect(conn.time(4) - conn.time(3)).toBe(1000);
		expect(conn.time(4)).toBe(Date.parse('2019-01-15T10:00:05.000Z'));
		const ssrc = pc.stats.report('ssrc_1234_send')!;
		expect(ssrc.member('bytesSent')!.get(4)).toBe(81000);
		// googRtt has 4 values for 5 samples: it appeared late, so it is aligned from the end
		expect(ssrc.member('googRtt')!.get(0)).toBeUndefined();
		expect(ssrc.member('googRtt')!.get(4)).toBe(13);
		expect(pc.updateLog[0]!.time).toBe(Date.parse('1/15/2019, 10:00:00 AM'));
	});
});

describe('bad input: each says what is wrong', () => {
	it('not JSON', async () => {
		const error = await importError(() => importText('hello, this is a text file', noYield));
		expect(error.code).toBe('notJson');
	});

	it('truncated JSON (a real dump cut in the middle)', async () => {
		const full = text('chromium-156-loopback-av.json');
		const error = await importError(() => importText(full.slice(0, full.length / 2), noYield));
		expect(error.code).toBe('truncatedJson');
		for (const cut of ['{"a":1', '{"a":[1,2', '{"a":{"b":"c"}', '{"a":tr'])
			expect((await importError(() => importText(cut, noYield))).code, cut).toBe('truncatedJson');
		expect((await importError(() => importText('{"a":1}}', noYield))).code).toBe('notJson');
	});

	it('gzip that is corrupt (bytes flipped in the middle)', async () => {
		const bytes = read('chromium-156-loopback-av.json.gz');
		for (let i = 200; i < 400; i++) bytes[i] = bytes[i]! ^ 0x5a;
		const error = await importError(() => importBytes(bytes, noYield));
		expect(error.code).toBe('gzipCorrupt');
	});

	it('gzip that ends early', async () => {
		const bytes = read('chromium-156-loopback-av.json.gz');
		const error = await importError(() =>
			importBytes(bytes.subarray(0, bytes.length / 2), noYield)
		);
		expect(error.code).toBe('gzipCorrupt');
	});

	it('JSON that is not a dump', async () => {
		const error = await importError(() =>
			importText('{"name":"peerscope","version":"0.1.0"}', noYield)
		);
		expect(error.code).toBe('notDump');
		expect(error.params.found).toBe('name, version');
		expect((await importError(() => importText('[1,2,3]', noYield))).code).toBe('notDump');
	});

	it('a dump with no peer connections (real capture after the call closed)', async () => {
		const error = await importError(() =>
			importBytes(read('chromium-156-no-peer-connections.json'), noYield)
		);
		expect(error.code).toBe('noPeerConnections');
	});

	it('a series whose values are malformed is skipped and reported; the rest is read', async () => {
		const raw = JSON.parse(text('chromium-156-loopback-av.json'));
		const stats = raw.PeerConnections['8-1'].stats;
		const key = Object.keys(stats).find((k) => k.endsWith('-bytesSent'))!;
		stats[key].values = '[1,2,';
		const other = Object.keys(stats).find((k) => k.endsWith('-packetsSent'))!;
		stats[other].values = '{"not":"an array"}';
		const imported = await asDump(importText(JSON.stringify(raw), noYield));
		expect(imported.problems.map((p) => [p.code, p.where])).toEqual([
			['malformedValues', `8-1 ${key}`],
			['malformedValues', `8-1 ${other}`]
		]);
		expect(imported.peerConnections[0]!.stats.reports.size).toBeGreaterThan(10);
	});

	it('a file over the limit (200 MB) is refused before it is read', () => {
		try {
			checkSize(200 * 1024 * 1024);
			throw new Error('expected an ImportError');
		} catch (error) {
			expect((error as ImportError).code).toBe('tooLarge');
			expect((error as ImportError).params).toEqual({ sizeMb: 200, limitMb: 100 });
		}
	});

	it('a small gzip that inflates past the limit is stopped while inflating', async () => {
		const bomb = gzipSync(new Uint8Array(3 * 1024 * 1024).fill(32));
		const error = await importError(() => importBytes(bomb, { ...noYield, limit: 1024 * 1024 }));
		expect(error.code).toBe('tooLarge');
		expect(MAX_IMPORT_BYTES).toBe(100 * 1024 * 1024);
	});

	it('a gzip bomb is stopped within one small slice of the limit, not after the whole input', async () => {
		// 48 MB of zeros compress to ~48 KB: three slices. The old code pushed it in one go.
		const bomb = gzipSync(new Uint8Array(48 * 1024 * 1024));
		const spy = vi.spyOn(Gunzip.prototype, 'push');
		try {
			const error = await importError(() => importBytes(bomb, { ...noYield, limit: 1024 * 1024 }));
			expect(error.code).toBe('tooLarge');
			const sizes = spy.mock.calls.map(([chunk]) => chunk.length);
			expect(Math.max(...sizes)).toBeLessThanOrEqual(SLICE_BYTES);
			const fed = sizes.reduce((a, b) => a + b, 0);
			expect(fed).toBeLessThan(bomb.length);
			expect(fed).toBeLessThanOrEqual(SLICE_BYTES);
		} finally {
			spy.mockRestore();
		}
	});

	it('a report with 150,000 members is read (no Math.max spread overflowing the stack)', async () => {
		const raw = JSON.parse(text('chromium-156-loopback-av.json'));
		const stats = raw.PeerConnections['8-1'].stats as Record<string, unknown>;
		const key = Object.keys(stats).find((k) => k.endsWith('-bytesSent'))!;
		const id = key.slice(0, -'-bytesSent'.length);
		const series = stats[key] as { values: string };
		for (let i = 0; i < 150_000; i++) stats[`${id}-extra${i}`] = { ...series };
		const imported = await asDump(importText(JSON.stringify(raw), noYield));
		expect(imported.peerConnections[0]!.stats.report(id)!.members.size).toBeGreaterThan(150_000);
	});

	it('an empty file and a file that is not UTF-8 text', async () => {
		expect((await importError(() => importBytes(new Uint8Array(0), noYield))).code).toBe('empty');
		expect(
			(await importError(() => importBytes(new Uint8Array([0xff, 0xfe, 0x00, 0xd8]), noYield))).code
		).toBe('notText');
	});

	it('member and log names from the file stay data (no prototype pollution)', async () => {
		const raw = {
			PeerConnections: {
				'1-1': {
					updateLog: [
						{ type: '__proto__', value: '{}', timestamp: 1 },
						{ type: 'constructor', value: '', timestamp: 2 }
					],
					stats: {
						'X-__proto__': {
							statsType: 'codec',
							startTime: 0,
							endTime: 0,
							values: '[{"polluted":1}]'
						},
						'X-timestamp': { statsType: 'codec', startTime: 0, endTime: 0, values: '[1]' }
					}
				}
			}
		};
		const imported = await asDump(importText(JSON.stringify(raw), noYield));
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		expect(imported.peerConnections[0]!.stats.report('X')!.member('__proto__')!.get(0)).toEqual({
			polluted: 1
		});
	});
});

describe('stats keys', () => {
	it('splits on the last dash, or before a bracketed computed member', () => {
		expect(splitStatsKey('OT01V1-bytesSent')).toEqual({ id: 'OT01V1', member: 'bytesSent' });
		expect(splitStatsKey('Conn-audio-1-0-googRtt')).toEqual({
			id: 'Conn-audio-1-0',
			member: 'googRtt'
		});
		expect(splitStatsKey('OT01-[totalPacketSendDelay/packetsSent_in_ms]')).toEqual({
			id: 'OT01',
			member: '[totalPacketSendDelay/packetsSent_in_ms]'
		});
		expect(splitStatsKey('nodash')).toBeNull();
		expect(splitStatsKey('trailing-')).toBeNull();
	});
});
