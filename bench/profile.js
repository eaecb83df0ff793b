// @ts-check
/**
 * Where the walkthrough's time goes between the click and both peers connected, next to the
 * plain pages: each run is traced with Chromium's tracing (the DevTools timeline categories,
 * User Timing, task and GC slices, Chromium's webrtc and media categories and the V8 sampling
 * profiler), then bench/trace.js sorts the page's main-thread time into kinds of work, the
 * sampled JavaScript into modules, and the time between the calls of the offer/answer chain
 * (bench/harness.js HANDOFFS) into what ran in it.
 *
 * Tracing slows the page down (more for the walkthrough, which runs more code): compare shares
 * and counts here, and take durations from bench/run.js. For module names, build with source
 * maps and without minifying, `npx vite build --minify false --sourcemap true`, profile, then
 * rebuild normally; with a minified build the modules are the bundle's chunk files.
 *
 * Usage: `npm run profile` (or `node bench/profile.js` on a fresh build); PROFILE_RUNS (runs of
 * each variant, default 3) and PROFILE_VARIANTS (comma-separated, default all three) change what
 * is traced. The last trace of each variant goes to bench/results/trace-<variant>.json, to open
 * in the DevTools Performance panel.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { SourceMap } from 'node:module';
import os from 'node:os';
import process from 'node:process';
import {
	BROWSER_CALLS,
	HANDOFFS,
	INSTRUMENT_URL,
	integerFromEnv,
	milestonesOf,
	runOnce,
	startBench
} from './harness.js';
import {
	KINDS,
	attribute,
	attributeSamples,
	cpuProfile,
	findPage,
	sliceTree,
	threadLoad,
	timerLatencies
} from './trace.js';

/** @typedef {import('./harness.js').Variant} Variant */
/** @typedef {import('./harness.js').Milestone} Milestone */
/** @typedef {import('./trace.js').CallFrame} CallFrame */
/** @typedef {import('./trace.js').TraceEvent} TraceEvent */

const RESULTS_DIR = new URL('./results/', import.meta.url);
const CLIENT_DIR = new URL('../build/client/', import.meta.url);
const RUNS = integerFromEnv('PROFILE_RUNS', 3, 1);
const ONLY = (process.env.PROFILE_VARIANTS ?? '').split(',').filter(Boolean);

/**
 * Enough for the breakdown, without the categories that cost most to record (invalidation
 * tracking and stacks in disabled-by-default-devtools.timeline).
 */
const CATEGORIES = [
	'-*',
	'devtools.timeline',
	'disabled-by-default-devtools.timeline.frame',
	'toplevel',
	'blink.user_timing',
	'v8',
	'disabled-by-default-v8.cpu_profiler',
	'webrtc',
	'media',
	'__metadata'
];

/** Source files to module names; the first match wins. */
const MODULES = /** @type {const} */ ([
	[/node_modules\/xstate\//, 'xstate'],
	[/node_modules\/svelte\//, 'Svelte runtime'],
	[/node_modules\/@sveltejs\/kit\//, 'SvelteKit'],
	[/node_modules\/sdp-transform\//, 'sdp-transform'],
	[/src\/lib\/(lifecycle|log)\//, 'machine + log'],
	[/src\/lib\/(webrtc|signaling)\//, 'webrtc wrapper'],
	[/src\/lib\/ui\//, 'actor bridge'],
	[/src\/lib\/sdp\//, 'sdp'],
	[/src\/(routes|lib\/components|lib\/i18n)\//, 'components']
]);

/** @type {Map<string, SourceMap | null>} */
const sourceMaps = new Map();

/**
 * Where a profiled function is in the sources: through the build's source map when there is one.
 *
 * @param {CallFrame} frame
 */
function sourceOf(frame) {
	const line = frame.lineNumber ?? 0;
	const column = frame.columnNumber ?? 0;
	if (!frame.url?.startsWith('http')) return { file: frame.url ?? '', line: line + 1 };
	const { pathname } = new URL(frame.url);
	if (!sourceMaps.has(pathname)) {
		const file = new URL(`.${pathname}.map`, CLIENT_DIR);
		sourceMaps.set(
			pathname,
			existsSync(file) ? new SourceMap(JSON.parse(readFileSync(file, 'utf8'))) : null
		);
	}
	const entry = /** @type {{ originalSource?: string, originalLine?: number }} */ (
		sourceMaps.get(pathname)?.findEntry(line, column) ?? {}
	);
	return entry.originalSource
		? { file: entry.originalSource.replace(/^(\.\.\/)+/, ''), line: (entry.originalLine ?? 0) + 1 }
		: { file: pathname, line: line + 1 };
}

/** The module name of bench/instrument.js's frames. */
const PROBE = 'bench probe';

/** @param {CallFrame} frame */
function moduleOf(frame) {
	if (frame.url === INSTRUMENT_URL) return PROBE;
	if (!frame.url) return 'Playwright (injected)';
	if (!frame.url.includes('/_app/')) return 'page script';
	const { file } = sourceOf(frame);
	for (const [pattern, name] of MODULES) if (pattern.test(file)) return name;
	return file.startsWith('/_app/') ? `chunk ${file.split('/').pop()}` : file;
}

/** @param {CallFrame} frame */
function placeOf(frame) {
	const { file, line } = sourceOf(frame);
	return `${frame.functionName || '(anonymous)'} ${file.replace(/^.*node_modules\//, '')}:${line}`;
}

/**
 * The spans of the call, in order, as [label, from, to] in trace microseconds.
 *
 * @param {ReturnType<typeof milestonesOf>} milestones ms since t0
 * @param {{ click: number, t0: number, t1: number }} marks trace µs
 */
function spansOf(milestones, marks) {
	const at = (/** @type {Milestone} */ name) => marks.t0 + milestones[name] * 1000;
	/** @type {[string, number, number][]} */
	const spans = [
		['click → getUserMedia call', marks.click, marks.t0],
		['getUserMedia (browser)', marks.t0, at('getUserMedia resolved')]
	];
	const short = (/** @type {string} */ name) => name.replace(/ (called|resolved)$/, '');
	for (let i = 0; i < HANDOFFS.length; i++) {
		const [from, to] = /** @type {[Milestone, Milestone]} */ (HANDOFFS[i]);
		spans.push([`  hand-off → ${short(to)}`, at(from), at(to)]);
		const call = BROWSER_CALLS.find(([start]) => start === to);
		if (call) spans.push([`${short(call[0])} (browser)`, at(call[0]), at(call[1])]);
	}
	spans.push(['A.setRemoteDescription → t1', at('A.setRemoteDescription resolved'), marks.t1]);
	return spans;
}

/**
 * Everything one traced run tells, in ms.
 *
 * @param {TraceEvent[]} events
 * @param {import('./instrument.js').Marks} probe
 * @param {number} logEntries
 */
function analyse(events, probe, logEntries) {
	const { pid, tid, marks } = findPage(events);
	const roots = sliceTree(events, pid, tid);
	const window = attribute(roots, marks.click, marks.t1, placeOf);
	const samples = attributeSamples(
		cpuProfile(events, pid, tid),
		marks.click,
		marks.t1,
		moduleOf,
		placeOf,
		[PROBE]
	);
	const ms = (/** @type {Record<string, number>} */ record) =>
		Object.fromEntries(Object.entries(record).map(([key, us]) => [key, us / 1000]));
	const spans = spansOf(milestonesOf(probe), marks).map(([label, from, to]) => {
		const part = attribute(roots, from, to);
		return { label, ms: (to - from) / 1000, wall: ms(part.wall), idle: part.idle / 1000 };
	});
	const hop = timerLatencies(events, pid, marks.click, marks.t1, 0).map((us) => us / 1000);
	const count = (/** @type {string} */ name) => window.count[name] ?? 0;
	return {
		windowMs: (marks.t1 - marks.click) / 1000,
		wall: ms(window.wall),
		cpu: ms(window.cpu),
		busy: window.busy / 1000,
		idle: window.idle / 1000,
		counts: {
			'animation frame callbacks': count('FireAnimationFrame'),
			'  of which ms': (window.total.FireAnimationFrame ?? 0) / 1000,
			'timer callbacks': count('TimerFire'),
			'setTimeout(0) set': hop.length,
			'  median wait, ms': median(hop),
			'  longest wait, ms': Math.max(0, ...hop),
			'microtask checkpoints': count('BlinkScheduler_PerformMicrotaskCheckpoint'),
			'style recalcs': count('UpdateLayoutTree'),
			'  forced by script': window.forced.style,
			layouts: count('Layout'),
			'  forced by script ': window.forced.layout,
			'  forced, ms': (window.forced.styleMs + window.forced.layoutMs) / 1000,
			'HTML parses (templates)': count('ParseHTML'),
			paints: count('Paint'),
			'GC (minor + major)': count('MinorGC') + count('MajorGC'),
			'long tasks (≥ 50 ms)': window.longTasks.length,
			'addIceCandidate calls': probe.calls.filter(([name]) => name === 'addIceCandidate').length,
			'log entries (at check)': logEntries
		},
		longTasks: window.longTasks.map((task) => ({
			at: (task.start - marks.t0) / 1000,
			wall: task.wall / 1000,
			cpu: task.cpu / 1000,
			kinds: ms(task.kinds)
		})),
		modules: { self: ms(samples.self), inclusive: ms(samples.inclusive) },
		frames: Object.fromEntries(
			Object.entries(window.frames).map(([place, f]) => [
				place,
				{ count: f.count, ms: f.wall / 1000 }
			])
		),
		forcedBy: ms(window.forcedBy),
		functions: ms(samples.functions),
		native: ms(samples.native),
		threads: threadLoad(events, marks.click, marks.t1).map((t) => ({
			thread: t.thread,
			wall: t.wall / 1000,
			cpu: t.cpu / 1000
		})),
		spans
	};
}

/** @typedef {ReturnType<typeof analyse>} Analysis */

/** @param {number[]} values */
function median(values) {
	const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
	if (sorted.length === 0) return NaN;
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** @param {number} ms */
const fmt = (ms, width = 8) => (Number.isFinite(ms) ? ms.toFixed(1) : '—').padStart(width);

/**
 * One table: rows by label, one column per variant, each cell the median over runs.
 *
 * @param {string} title
 * @param {Record<string, Analysis[]>} byVariant
 * @param {string[]} rows
 * @param {(a: Analysis, row: string) => number | undefined} pick
 */
function table(title, byVariant, rows, pick) {
	const names = Object.keys(byVariant);
	console.log(`\n${title.padEnd(44)}${names.map((n) => n.padStart(13)).join('')}`);
	for (const row of rows) {
		const cells = names.map((n) =>
			fmt(median((byVariant[n] ?? []).map((a) => pick(a, row) ?? 0)), 13)
		);
		console.log(`  ${row.padEnd(42)}${cells.join('')}`);
	}
}

/**
 * Keys of a record-valued figure, largest first by the median over the first variant's runs.
 *
 * @param {Analysis[]} runs
 * @param {(a: Analysis) => Record<string, number>} pick
 * @param {number} limit
 */
function topKeys(runs, pick, limit) {
	/** @type {Record<string, number[]>} */
	const values = {};
	for (const run of runs) {
		for (const [key, v] of Object.entries(pick(run))) (values[key] ??= []).push(v);
	}
	return Object.entries(values)
		.map(
			([key, v]) =>
				/** @type {const} */ ([key, median([...v, ...Array(runs.length - v.length).fill(0)])])
		)
		.sort((a, b) => b[1] - a[1])
		.slice(0, limit)
		.map(([key]) => key);
}

/** @param {Record<string, Analysis[]>} byVariant */
function report(byVariant) {
	const names = Object.keys(byVariant);
	const all = names.flatMap((n) => byVariant[n] ?? []);
	const first = byVariant[names[0] ?? ''] ?? [];
	console.log(`(medians of ${RUNS} traced run(s) each; tracing slows the pages, so shares matter)`);

	table(
		'main thread, click → t1 (wall ms)',
		byVariant,
		['window', 'busy', ...KINDS, 'idle'],
		(a, row) =>
			row === 'window'
				? a.windowMs
				: row === 'busy'
					? a.busy
					: row === 'idle'
						? a.idle
						: a.wall[row]
	);
	table('main thread CPU time by kind (ms)', byVariant, [...KINDS], (a, row) => a.cpu[row]);
	table(
		'sampled JS by module, self (ms)',
		byVariant,
		topKeys(all, (a) => a.modules.self, 18).filter((key) => !NOT_MODULES.has(key)),
		(a, row) => a.modules.self[row]
	);
	table(
		'sampled JS by module, inclusive (ms)',
		byVariant,
		topKeys(all, (a) => a.modules.inclusive, 12),
		(a, row) => a.modules.inclusive[row]
	);
	table(
		'counts in the window',
		byVariant,
		Object.keys(first[0]?.counts ?? {}),
		(a, row) => /** @type {Record<string, number>} */ (a.counts)[row]
	);
	table(
		'the call step by step (wall ms)',
		byVariant,
		(first[0]?.spans ?? []).map((s) => s.label),
		(a, row) => a.spans.find((s) => s.label === row)?.ms
	);
	for (const name of names) {
		const runs = byVariant[name] ?? [];
		/** @param {(a: Analysis) => Record<string, number>} pick @param {number} limit */
		const list = (pick, limit) => {
			for (const key of topKeys(runs, pick, limit)) {
				console.log(`  ${fmt(median(runs.map((a) => pick(a)[key] ?? 0)))}  ${key}`);
			}
		};
		console.log(`\n${name}: each step, the main thread's time by kind (wall ms, medians)`);
		console.log(
			`  ${'step'.padEnd(40)}${'ms'.padStart(7)}` +
				`${KINDS.map((k) => k.slice(0, 7).padStart(8)).join('')}${'idle'.padStart(8)}`
		);
		for (const span of runs[0]?.spans ?? []) {
			const pick = (/** @type {(s: Analysis['spans'][number]) => number} */ f) =>
				median(runs.map((a) => f(a.spans.find((s) => s.label === span.label) ?? span)));
			console.log(
				`  ${span.label.padEnd(40)}${fmt(
					pick((s) => s.ms),
					7
				)}` +
					KINDS.map((k) => fmt(pick((s) => s.wall[k] ?? 0))).join('') +
					fmt(pick((s) => s.idle))
			);
		}
		console.log(`${name}: animation frame callbacks by function (ms wall, all of them; medians)`);
		for (const key of topKeys(runs, frameMs, 4)) {
			const count = median(runs.map((a) => a.frames[key]?.count ?? 0));
			console.log(`  ${fmt(median(runs.map((a) => frameMs(a)[key] ?? 0)))}  ×${count} ${key}`);
		}
		console.log(`${name}: style and layout forced by script, by script (ms wall, medians)`);
		list((a) => a.forcedBy, 4);
		console.log(`${name}: JavaScript functions by self time (ms, medians)`);
		list((a) => a.functions, 14);
		console.log(`${name}: native functions called from JavaScript by self time (ms, medians)`);
		list((a) => a.native, 8);
		console.log(`${name}: busiest threads in the window (CPU ms, wall ms; medians)`);
		/** @type {Record<string, { cpu: number[], wall: number[] }>} */
		const threads = {};
		for (const run of runs) {
			for (const t of run.threads) {
				const entry = (threads[t.thread] ??= { cpu: [], wall: [] });
				entry.cpu.push(t.cpu);
				entry.wall.push(t.wall);
			}
		}
		Object.entries(threads)
			.map(([thread, t]) => ({ thread, cpu: median(t.cpu), wall: median(t.wall) }))
			.sort((a, b) => b.cpu - a.cpu)
			.slice(0, 8)
			.forEach((t) => console.log(`  ${fmt(t.cpu)}${fmt(t.wall)}  ${t.thread}`));
		const longest = runs.flatMap((a) => a.longTasks).sort((a, b) => b.wall - a.wall)[0];
		if (longest) {
			const kinds = Object.entries(longest.kinds)
				.filter(([, v]) => v >= 1)
				.map(([k, v]) => `${k} ${v.toFixed(0)}`)
				.join(', ');
			console.log(
				`${name}: longest task ${longest.wall.toFixed(0)} ms wall (${longest.cpu.toFixed(0)} ms CPU) ` +
					`at t0 + ${longest.at.toFixed(0)} ms: ${kinds}`
			);
		}
	}
}

/** @param {Analysis} a */
const frameMs = (a) => Object.fromEntries(Object.entries(a.frames).map(([k, f]) => [k, f.ms]));

/** Sample buckets that are not JavaScript; the kind tables above already show this time. */
const NOT_MODULES = new Set(['(program)', '(idle)', '(root)']);

async function main() {
	const { browser, variants, close } = await startBench();
	const chosen = variants.filter((v) => ONLY.length === 0 || ONLY.includes(v.name));
	const mapped = hasSourceMaps();
	console.log(
		`Peerscope profile: ${chosen.map((v) => v.name).join(', ')}; Chromium ${browser.version()}, ` +
			`${os.cpus().length} CPUs, load average ${os
				.loadavg()
				.map((l) => l.toFixed(2))
				.join(', ')}`
	);
	if (!mapped) {
		console.log(
			'The build has no source maps: modules are chunk files. For module names, profile a build ' +
				'from `npx vite build --minify false --sourcemap true` (and rebuild normally after).'
		);
	}
	/** @type {Record<string, Analysis[]>} */
	const byVariant = Object.fromEntries(chosen.map((v) => [v.name, []]));
	await mkdir(RESULTS_DIR, { recursive: true });
	try {
		for (const variant of chosen) await runOnce(browser, variant); // warm-up
		for (let i = 0; i < RUNS; i++) {
			for (const variant of chosen.map((_, j) => chosen[(i + j) % chosen.length])) {
				if (!variant) continue;
				/** @type {Buffer | null} */
				let trace = null;
				let logEntries = NaN;
				const probe = await runOnce(browser, variant, {
					beforeClick: (page) => browser.startTracing(page, { categories: CATEGORIES }),
					afterConnected: async (page) => {
						trace = await browser.stopTracing();
						logEntries = await page.locator('[data-testid=timeline-entry]').count();
					}
				});
				if (!trace) throw new Error(`${variant.name}: no trace`);
				/** @type {{ traceEvents: TraceEvent[] } | TraceEvent[]} */
				const parsed = JSON.parse(/** @type {Buffer} */ (trace).toString('utf8'));
				const events = Array.isArray(parsed) ? parsed : parsed.traceEvents;
				byVariant[variant.name]?.push(analyse(events, probe, logEntries));
				if (i === RUNS - 1) {
					await writeFile(new URL(`trace-${variant.name}.json`, RESULTS_DIR), trace);
				}
			}
		}
	} finally {
		await close();
	}
	report(byVariant);
	console.log(
		`\nload average at end: ${os
			.loadavg()
			.map((l) => l.toFixed(2))
			.join(', ')}`
	);
	process.exit(0);
}

/** Whether the build next to this bench has source maps for its client chunks. */
function hasSourceMaps() {
	try {
		return readdirSync(new URL('_app/immutable/chunks/', CLIENT_DIR)).some((file) =>
			file.endsWith('.js.map')
		);
	} catch {
		return false;
	}
}

await main();
