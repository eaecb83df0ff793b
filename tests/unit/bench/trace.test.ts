/**
 * The profiler's trace reading (bench/trace.js, used by `npm run profile`) on a real trace: one
 * walkthrough run traced by bench/profile.js in headless Chromium, cut to the page's main thread
 * around the bench marks (tests/fixtures/trace/). The figures it prints are sums of these parts,
 * so the parts must add up: every microsecond of the window is some kind of work or idle, once.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
	attribute,
	attributeSamples,
	cpuProfile,
	findPage,
	KINDS,
	sliceTree,
	threadLoad,
	type TraceEvent
} from '../../../bench/trace.js';

const FIXTURE = new URL('../../fixtures/trace/chromium-walkthrough.trace.json.gz', import.meta.url);
const events: TraceEvent[] = JSON.parse(
	gunzipSync(readFileSync(FIXTURE)).toString('utf8')
).traceEvents;
const sum = (record: Record<string, number>) => Object.values(record).reduce((a, b) => a + b, 0);

describe('reading a Chromium trace of one bench run', () => {
	const { pid, tid, marks } = findPage(events);
	const roots = sliceTree(events, pid, tid);

	it('finds the page by its bench marks, in the order the run made them', () => {
		expect(Number.isInteger(pid) && Number.isInteger(tid)).toBe(true);
		expect(marks.click).toBeLessThan(marks.t0);
		expect(marks.t0).toBeLessThan(marks.t1);
		expect(() => findPage(events.filter((e) => !e.name.startsWith('bench:')))).toThrow(
			/bench:click/
		);
	});

	it('nests every slice inside its parent', () => {
		const check = (slice: (typeof roots)[number]): void => {
			for (const child of slice.children) {
				expect(child.start).toBeGreaterThanOrEqual(slice.start);
				expect(child.end).toBeLessThanOrEqual(slice.end);
				check(child);
			}
		};
		expect(roots.length).toBeGreaterThan(0);
		roots.forEach(check);
	});

	it('splits the window into kinds of work and idle time that add up to it', () => {
		const window = attribute(roots, marks.click, marks.t1);
		expect(Object.keys(window.wall)).toEqual(KINDS);
		expect(window.busy).toBeGreaterThan(0);
		expect(sum(window.wall)).toBeCloseTo(window.busy, 0);
		expect(window.busy + window.idle).toBeCloseTo(marks.t1 - marks.click, 0);
		// the walkthrough runs script in that window: the machine, the log, the UI
		expect(window.wall.scripting).toBeGreaterThan(0);
		expect(window.count.FunctionCall).toBeGreaterThan(0);
	});

	it('gives two halves of the window the time of the whole', () => {
		const whole = attribute(roots, marks.click, marks.t1);
		const before = attribute(roots, marks.click, marks.t0);
		const after = attribute(roots, marks.t0, marks.t1);
		expect(before.busy + after.busy).toBeCloseTo(whole.busy, 0);
		for (const kind of KINDS) {
			expect(before.wall[kind] + after.wall[kind], kind).toBeCloseTo(whole.wall[kind], 0);
		}
	});

	it("samples the page's JavaScript, and shares no more time out than the window has", () => {
		const profile = cpuProfile(events, pid, tid);
		expect(profile.nodes.size).toBeGreaterThan(0);
		expect(profile.samples.length).toBeGreaterThan(0);
		const times = profile.samples.map((s) => s.t);
		expect(times).toEqual([...times].sort((a, b) => a - b));
		const { self, inclusive } = attributeSamples(
			profile,
			marks.click,
			marks.t1,
			(frame) => frame.url?.split('/').pop() || 'page script',
			(frame) => frame.functionName || '(anonymous)'
		);
		expect(sum(self)).toBeGreaterThan(0);
		expect(sum(self)).toBeLessThanOrEqual(marks.t1 - marks.click);
		for (const [module, us] of Object.entries(inclusive)) {
			expect(us, module).toBeLessThanOrEqual(marks.t1 - marks.click);
		}
	});

	it("names the page's main thread among the busy ones", () => {
		const load = threadLoad(events, marks.click, marks.t1);
		expect(load.map((l) => l.thread)).toContain('Renderer / CrRendererMain');
	});
});
