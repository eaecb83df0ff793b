// @ts-check
/**
 * One live stats tick in Chromium for a loopback call with 16 transceivers (8 audio + 8 video on
 * one connection, received by the other): both connections' getStats(), copied into plain
 * reports as Peer.getStats() does, added to their StatsHistory, derived metrics computed and
 * every chart of both peers fed incrementally (ChartFeeder: append points, decimate, draw).
 * The baseline, in the same page and interleaved: getStats() + the copy + a plain pass over
 * the reports. Before measuring, each history is prefilled with PREFILL_S seconds extrapolated
 * from two real samples, so the charts draw a realistic number of points.
 *
 * The page code is the app's own modules (src/lib/stats, src/lib/components/stats/chartFeeder.ts,
 * chartSetup.ts), bundled with esbuild. Two chart variants, interleaved with the baseline:
 * - all charts of both peers drawn every tick: the worst case;
 * - the charts in view: the live panel shows one peer at a time, and only feeds, without drawing,
 *   charts scrolled out of view (StatsChart.svelte's IntersectionObserver); here all charts of
 *   the peer with more charts (B, the receiver: 12) are drawn, as on a screen that shows them
 *   all, and the other peer's are fed but not drawn: at most what a tick costs the page.
 * As StatsView does, a peer has a chart for each group with series only (the sender, A, has no
 * jitter-buffer or concealment chart).
 * Issue 15 asks that a tick's work for the charts in view fit one frame (16.7 ms at 60 Hz); the
 * figure is printed beside that frame.
 *
 * Before and after, in the same run and the same page: the charts as they are (uPlot) and as
 * they were with chart.js at commit STATS_CHART_BEFORE (default 22f50b1, the last with chart.js;
 * `none` skips it). That commit's src/lib is taken with `git archive` into
 * node_modules/.cache/stats-chart-before/<commit> (inside the repository, so its imports resolve
 * from node_modules); chart.js itself left package.json with uPlot, so the bench says how to
 * install it (without saving) when it is missing. Each library has its own histories and charts,
 * fed the same prefill; every round runs the baseline and each library's two variants, in an
 * order that rotates. Prints medians; exits 0 whatever the figures.
 *
 * Two clocks: the main thread's CPU time (Chromium's ThreadTime metric through the DevTools
 * protocol), which is the work of a tick even on a machine whose cores are shared, and wall
 * time, which also counts waiting for a core. STATS_CHART_PROFILE=1 also samples the measured
 * ticks with V8's profiler and prints the functions and the call tree below ChartFeeder.sync
 * (STATS_CHART_TREE_DEPTH levels deep), to see where a chart's update goes.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import process from 'node:process';
import { build } from 'esbuild';
import { chromium } from '@playwright/test';
import { CHROMIUM_PATH, GRANTED_ARGS } from '../scripts/chromium.js';
import { ROOT } from './bundle.js';

const ROUNDS = Number(process.env.STATS_CHART_ROUNDS ?? 20);
/** One frame at 60 Hz: the budget issue 15 sets for a tick of the charts in view. */
const FRAME_MS = 1000 / 60;
const PREFILL_S = Number(process.env.STATS_CHART_PREFILL ?? 600);
const PROFILE = process.env.STATS_CHART_PROFILE === '1';
const TREE_DEPTH = Number(process.env.STATS_CHART_TREE_DEPTH ?? 6);
/** STATS_CHART_LIB: the src/lib to bundle as "now" (another checkout's, to compare two commits). */
const LIB = path.resolve(ROOT, process.env.STATS_CHART_LIB ?? 'src/lib');
/** the commit whose chart.js charts are measured beside, or `none` */
const BEFORE = process.env.STATS_CHART_BEFORE ?? '22f50b1';

/**
 * The page entry for a src/lib: it adapts the library's chart API (uPlot's chartIn: a feeder
 * that makes its chart, or chart.js's lineConfig with a chart handed to the feeder) to
 * one shape, `window.benchLibs[name]`.
 * @param {string} lib @param {string} name
 */
function entry(lib, name) {
	const setupFile = readFileSync(path.join(lib, 'components/stats/chartSetup.ts'), 'utf8');
	const common = [
		"import { ChartFeeder } from '$lib/components/stats/chartFeeder';",
		"import { StatsHistory } from '$lib/stats/history';",
		"import { CHART_GROUPS, seriesOf } from '$lib/stats/chartModel';"
	];
	const uplot = setupFile.includes('export function chartIn');
	const api = uplot
		? [
				"import { chartIn, loadChart } from '$lib/components/stats/chartSetup';",
				'const compact = new Intl.NumberFormat("en", { notation: "compact" });',
				'const setup = async () => {',
				'  const UPlot = await loadChart();',
				'  return (div, history, group, origin, label) => new ChartFeeder(',
				'    chartIn(UPlot, div, { unit: group.unit, xLabel: "s", formatValue: (v) => compact.format(v) }),',
				'    history, group, origin, label);',
				'};',
				'const drawnPoints = (f) => (f.chart ? f.chart.data.slice(1).reduce((m, c) => m + c[0].length, 0) : 0);'
			]
		: [
				"import { lineConfig, loadChart } from '$lib/components/stats/chartSetup';",
				'const setup = async () => {',
				'  const Chart = await loadChart();',
				'  return (div, history, group, origin, label) => {',
				'    const canvas = document.createElement("canvas");',
				'    div.append(canvas);',
				'    return new ChartFeeder(new Chart(canvas, lineConfig({ unit: group.unit })), history, group, origin, label);',
				'  };',
				'};',
				'const drawnPoints = (f) => f.chart.data.datasets.reduce((m, d) => m + d.data.length, 0);'
			];
	return [
		...common,
		...api,
		'window.benchLibs ??= {};',
		`window.benchLibs[${JSON.stringify(name)}] = { setup, drawnPoints, StatsHistory, CHART_GROUPS, seriesOf };`
	].join('\n');
}

/** @param {string} lib @param {string} name @returns {Promise<string>} */
async function bundleFor(lib, name) {
	const bundle = await build({
		stdin: { contents: entry(lib, name), resolveDir: ROOT, loader: 'js' },
		bundle: true,
		format: 'esm',
		platform: 'browser',
		target: 'chrome120',
		write: false,
		alias: { $lib: lib },
		logLevel: 'silent'
	});
	return bundle.outputFiles[0].text;
}

/**
 * The chart.js charts of commit BEFORE, bundled; null (and why, printed) when they cannot be.
 * @returns {Promise<string | null>}
 */
async function beforeBundle() {
	if (BEFORE === 'none') return null;
	const folder = path.join(ROOT, 'node_modules/.cache/stats-chart-before', BEFORE);
	const lib = path.join(folder, 'src/lib');
	try {
		if (!existsSync(lib)) {
			execFileSync('mkdir', ['-p', folder]);
			const archive = execFileSync('git', ['archive', BEFORE, 'src/lib'], {
				cwd: ROOT,
				maxBuffer: 1 << 30
			});
			execFileSync('tar', ['-x', '-C', folder], { input: archive });
		}
	} catch (error) {
		console.log(
			`(no "before": commit ${BEFORE} could not be read: ${String(error).split('\n')[0]})`
		);
		return null;
	}
	try {
		return await bundleFor(lib, `chart.js (${BEFORE})`);
	} catch (error) {
		const missing = /Could not resolve "(chart\.js|chartjs-plugin-zoom)"/.exec(String(error));
		console.log(
			missing
				? `(no "before": chart.js is no longer a dependency; to measure it beside uPlot, run\n  npm install --no-save chart.js@4.6.1 chartjs-plugin-zoom@2.2.0\n then this bench again)`
				: `(no "before": commit ${BEFORE}'s charts did not bundle: ${String(error).split('\n')[0]})`
		);
		return null;
	}
}

const scripts = [await bundleFor(LIB, 'now')];
const before = await beforeBundle();
if (before) scripts.unshift(before);
const uplotCss = path.join(ROOT, 'node_modules/uplot/dist/uPlot.min.css');
const css = existsSync(uplotCss) ? readFileSync(uplotCss, 'utf8') : '';
const html = `<!doctype html><html><head><meta charset="utf-8"><style>${css}.c{width:420px;height:220px;display:inline-block;position:relative}</style></head><body>${scripts.map((_, n) => `<script type="module" src="/bench${n}.js"></script>`).join('')}</body></html>`;
const server = http.createServer((req, res) => {
	const script = /^\/bench(\d+)\.js$/.exec(req.url ?? '');
	if (script) {
		res.writeHead(200, { 'content-type': 'text/javascript' });
		res.end(scripts[Number(script[1])]);
	} else {
		res.writeHead(200, { 'content-type': 'text/html' });
		res.end(html);
	}
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
const address = server.address();
if (!address || typeof address === 'string') throw new Error('no address');

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: GRANTED_ARGS });
try {
	const page = await browser.newPage({ viewport: { width: 1800, height: 1200 } });
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
	await page.exposeFunction('benchThreadTime', async () => {
		const { metrics } = await cdp.send('Performance.getMetrics');
		const thread = metrics.find((m) => m.name === 'ThreadTime');
		if (!thread) throw new Error('this Chromium reports no ThreadTime metric');
		return thread.value;
	});
	/** @type {any} */
	let profile = null;
	if (PROFILE) {
		await cdp.send('Profiler.enable');
		await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
		await page.exposeFunction('benchProfile', async (/** @type {string} */ what) => {
			if (what === 'start') await cdp.send('Profiler.start');
			else profile = (await cdp.send('Profiler.stop')).profile;
		});
	}
	await page.goto(`http://127.0.0.1:${address.port}/`);
	await page.waitForFunction(
		(count) => Object.keys(/** @type {any} */ (window).benchLibs ?? {}).length === count,
		scripts.length
	);
	const result = await page.evaluate(
		async ({ rounds, prefill }) => {
			/** @type {Record<string, any>} */
			const libs = /** @type {any} */ (window).benchLibs;
			const names = Object.keys(libs);
			const stream = await navigator.mediaDevices.getUserMedia({
				audio: true,
				video: { width: 160, height: 120, frameRate: 15 }
			});
			const a = new RTCPeerConnection();
			const b = new RTCPeerConnection();
			a.onicecandidate = (e) => b.addIceCandidate(e.candidate);
			b.onicecandidate = (e) => a.addIceCandidate(e.candidate);
			for (const track of stream.getTracks())
				for (let i = 0; i < 8; i++) a.addTrack(track.clone(), stream);
			await a.setLocalDescription();
			await b.setRemoteDescription(/** @type {RTCSessionDescription} */ (a.localDescription));
			await b.setLocalDescription();
			await a.setRemoteDescription(/** @type {RTCSessionDescription} */ (b.localDescription));
			await new Promise((resolve) => {
				const check = () =>
					a.connectionState === 'connected' ? resolve(undefined) : setTimeout(check, 50);
				check();
			});
			const pcs = [a, b];
			/** what Peer.getStats() does */
			const snapshot = async (/** @type {RTCPeerConnection} */ pc) => {
				const report = await pc.getStats();
				/** @type {Record<string, any>} */
				const reports = {};
				report.forEach((value) => (reports[value.id] = { ...value }));
				return { takenAt: Date.now(), reports };
			};
			const sleep = (/** @type {number} */ ms) => new Promise((r) => setTimeout(r, ms));
			await sleep(1500);
			// two real samples 1 s apart, extrapolated backwards to prefill the histories
			const first = await Promise.all(pcs.map(snapshot));
			await sleep(1000);
			const second = await Promise.all(pcs.map(snapshot));
			/** each library's histories, one per connection, fed the same samples */
			/** @type {Record<string, any[]>} */
			const histories = {};
			for (const name of names) histories[name] = pcs.map(() => new libs[name].StatsHistory());
			for (let k = prefill; k > 0; k--) {
				pcs.forEach((_, p) => {
					/** @type {Record<string, any>} */
					const reports = {};
					for (const [id, r1] of Object.entries(second[p].reports)) {
						const r0 = first[p].reports[id] ?? r1;
						/** @type {Record<string, any>} */
						const r = {};
						for (const key in r1) {
							const v1 = r1[key];
							const v0 = r0[key];
							r[key] =
								typeof v1 === 'number' && typeof v0 === 'number' && v1 > v0
									? Math.max(0, v1 - (v1 - v0) * k)
									: v1;
						}
						r.timestamp = r1.timestamp - k * 1000;
						reports[id] = r;
					}
					for (const name of names) histories[name][p].addSnapshot({ takenAt: 0, reports });
				});
			}
			/**
			 * per library: its feeders, which peer each charts, and which peer is in view
			 * @type {Record<string, { feeders: any[], peerOf: number[], shown: number }>}
			 */
			const charts = {};
			for (const name of names) {
				const lib = libs[name];
				const make = await lib.setup();
				const origin = histories[name][0].reports.values().next().value.time(0);
				/** @type {any[]} */
				const feeders = [];
				/** @type {number[]} */
				const peerOf = [];
				for (const [p, history] of histories[name].entries()) {
					// as StatsView: a chart for each group that has series, none for the others
					for (const group of lib.CHART_GROUPS.filter(
						(/** @type {any} */ g) => lib.seriesOf(history, g).length > 0
					)) {
						const div = document.createElement('div');
						div.className = 'c';
						document.body.append(div);
						peerOf.push(p);
						feeders.push(
							make(
								div,
								history,
								group,
								origin,
								(/** @type {any} */ ref) => `${ref.metric.id} ${ref.report.id} ${p}`
							)
						);
					}
				}
				// The panel shows one peer's charts: the one with more charts (then more series) is
				// in view, all its charts drawn; the other peer's are fed without drawing, which is
				// more than the page does (it does not mount the peer not shown).
				const weight = (/** @type {number} */ p) =>
					feeders.reduce((n, f, k) => (peerOf[k] === p ? n + 1000 + f.refs.length : n), 0);
				const shown = weight(1) > weight(0) ? 1 : 0;
				for (const feeder of feeders) feeder.sync([], true);
				charts[name] = { feeders, peerOf, shown };
			}
			await new Promise((r) => requestAnimationFrame(() => r(undefined)));

			/**
			 * Per variant, two clocks: wall time (performance.now(), which on a shared machine also
			 * counts the time the page waited for a core) and the main thread's CPU time (Chromium's
			 * ThreadTime metric, read through the DevTools protocol before and after, less what a
			 * read costs: `cpu.overhead`).
			 * @type {Record<string, { wall: number[], cpu: number[] }>}
			 */
			const times = {};
			const record = (
				/** @type {string} */ name,
				/** @type {number} */ wall,
				/** @type {number} */ cpu
			) => {
				times[name] ??= { wall: [], cpu: [] };
				times[name].wall.push(wall);
				times[name].cpu.push(cpu);
			};
			const threadTime = /** @type {() => Promise<number>} */ (
				/** @type {any} */ (window).benchThreadTime
			);
			let sink = 0;
			let reportCount = 0;
			const variants = ['plain', ...names.flatMap((name) => [`${name}|full`, `${name}|view`])];
			const w = /** @type {any} */ (window);
			if (w.benchProfile) await w.benchProfile('start');
			for (let round = 0; round < rounds; round++) {
				const shift = round % variants.length;
				for (const variant of [...variants.slice(shift), ...variants.slice(0, shift)]) {
					await sleep(250);
					const u0 = await threadTime();
					const t0 = performance.now();
					const snaps = await Promise.all(pcs.map(snapshot));
					if (variant === 'plain') {
						for (const s of snaps)
							for (const r of Object.values(s.reports))
								for (const key in r) if (typeof r[key] === 'number') sink += r[key];
						const end = performance.now();
						record('plain', end - t0, (await threadTime()) - u0);
						// what a pair of reads costs, measured beside the variants
						const o0 = await threadTime();
						record('overhead', 0, (await threadTime()) - o0);
					} else {
						const [name, which] = variant.split('|');
						const { feeders, peerOf, shown } = charts[name];
						snaps.forEach((s, p) => histories[name][p].addSnapshot(s));
						reportCount =
							Object.keys(snaps[0].reports).length + Object.keys(snaps[1].reports).length;
						const u1 = await threadTime();
						const c0 = performance.now();
						if (which === 'full') {
							for (const feeder of feeders) feeder.sync([], true);
						} else {
							feeders.forEach((feeder, n) => feeder.sync([], true, peerOf[n] === shown));
						}
						const end = performance.now();
						const u2 = await threadTime();
						record(`${variant}Chart`, end - c0, u2 - u1);
						record(variant, end - t0, u2 - u0);
					}
				}
			}
			if (w.benchProfile) await w.benchProfile('stop');
			const med = (/** @type {number[]} */ v) =>
				[...v].sort((x, y) => x - y)[Math.floor(v.length / 2)] ?? NaN;
			const overhead = med(times.overhead.cpu);
			/** @type {Record<string, { wall: number, cpu: number, spread: [number, number] }>} */
			const figures = {};
			for (const [name, { wall, cpu }] of Object.entries(times)) {
				// a tick with charts is read three times (two gaps), the rest twice (one gap)
				const reads =
					name.endsWith('|full') || name.endsWith('|view') ? 2 : name === 'overhead' ? 0 : 1;
				const net = cpu.map((c) => c * 1000 - reads * overhead * 1000);
				const sorted = [...net].sort((x, y) => x - y);
				figures[name] = {
					wall: med(wall),
					cpu: med(net),
					spread: [
						sorted[Math.floor(sorted.length / 4)] ?? NaN,
						sorted[Math.floor((sorted.length * 3) / 4)] ?? NaN
					]
				};
			}
			const perLib = names.map((name) => {
				const { feeders, peerOf, shown } = charts[name];
				return {
					name,
					points: feeders.reduce((n, f) => n + libs[name].drawnPoints(f), 0),
					charts: feeders.length,
					series: feeders.reduce((n, f) => n + f.refs.length, 0),
					viewCharts: peerOf.filter((p) => p === shown).length,
					viewSeries: feeders.reduce((n, f, k) => (peerOf[k] === shown ? n + f.refs.length : n), 0),
					shown: shown === 0 ? 'A' : 'B'
				};
			});
			a.close();
			b.close();
			return {
				figures,
				overhead: overhead * 1000,
				perLib,
				reportCount,
				transceivers: a.getTransceivers().length,
				sink
			};
		},
		{ rounds: ROUNDS, prefill: PREFILL_S }
	);
	const { figures } = result;
	const ms = (/** @type {number} */ v) => `${v.toFixed(1)} ms`;
	const base = figures.plain;
	const both = (/** @type {string} */ name) => {
		const f = figures[name];
		return `${ms(f.cpu)} CPU (${ms(f.spread[0])}–${ms(f.spread[1])}), ${(f.cpu / base.cpu).toFixed(1)}× baseline; ${ms(f.wall)} wall, ${(f.wall / base.wall).toFixed(1)}× baseline`;
	};
	const label = (/** @type {string} */ name) => (name === 'now' ? 'uPlot (now)' : name);
	console.log(
		`\nstats tick in Chromium: ${result.transceivers} transceivers, ${result.reportCount} reports on 2 connections, ${PREFILL_S} s prefilled, median of ${ROUNDS} ticks per variant`
	);
	console.log(
		'  main-thread CPU time (Chromium ThreadTime, middle half of the ticks in brackets) and wall time (waits for a core included):'
	);
	console.log(
		`  getStats() ×2 + copy + plain pass (baseline)   : ${ms(base.cpu)} CPU (${ms(base.spread[0])}–${ms(base.spread[1])}); ${ms(base.wall)} wall`
	);
	for (const lib of result.perLib) {
		const { name } = lib;
		const view = figures[`${name}|viewChart`];
		const whole = figures[`${name}|view`];
		console.log(
			`\n  ${label(name)}: ${lib.charts} charts, ${lib.series} series, ${lib.points} points drawn`
		);
		console.log(`  the whole tick, all ${lib.charts} charts drawn       : ${both(`${name}|full`)}`);
		console.log(
			`    of which feeding and drawing the charts      : ${both(`${name}|fullChart`)}; ${(figures[`${name}|fullChart`].cpu / lib.charts).toFixed(2)} ms CPU per chart`
		);
		console.log(
			`  the whole tick, the charts in view (peer ${lib.shown}'s ${lib.viewCharts} charts, ${lib.viewSeries} series, drawn; the other ${lib.charts - lib.viewCharts} fed): ${both(`${name}|view`)}`
		);
		console.log(
			`    of which feeding and drawing the charts      : ${both(`${name}|viewChart`)}; ${(view.cpu / lib.viewCharts).toFixed(2)} ms CPU per chart drawn`
		);
		console.log(
			`  against one frame (${FRAME_MS.toFixed(1)} ms), the charts in view: ${(view.cpu / FRAME_MS).toFixed(2)}× CPU, ${(view.wall / FRAME_MS).toFixed(2)}× wall; the whole tick: ${(whole.cpu / FRAME_MS).toFixed(2)}× CPU, ${(whole.wall / FRAME_MS).toFixed(2)}× wall`
		);
	}
	const [old, now] = result.perLib.length === 2 ? result.perLib : [];
	if (old && now) {
		const ratio = (/** @type {string} */ which, /** @type {'cpu' | 'wall'} */ clock) =>
			(figures[`${old.name}|${which}`][clock] / figures[`${now.name}|${which}`][clock]).toFixed(1);
		console.log(
			`\n  ${label(now.name)} against ${old.name}, feeding and drawing the charts in view: ${ratio('viewChart', 'cpu')}× less CPU, ${ratio('viewChart', 'wall')}× less wall; all charts: ${ratio('fullChart', 'cpu')}× less CPU`
		);
	}
	console.log(
		`  (a ThreadTime read, measured beside the variants, costs ${ms(result.overhead)} CPU; taken off each figure)`
	);
	if (profile) printProfile(profile);
} finally {
	await browser.close();
	server.close();
}

/**
 * The sampled time of the measured rounds (all variants), by function (self time) and by the
 * chart.js steps a tick goes through (inclusive time), idle and sleeping left out.
 *
 * @param {{ nodes: { id: number, callFrame: { functionName: string, url: string, lineNumber: number }, children?: number[] }[], samples: number[], timeDeltas: number[] }} profile
 */
function printProfile(profile) {
	/** @type {Map<number, number>} */
	const parent = new Map();
	const byId = new Map(profile.nodes.map((n) => [n.id, n]));
	for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
	/** @type {Record<string, number>} */
	const self = {};
	/** @type {Record<string, number>} */
	const inclusive = {};
	let total = 0;
	profile.samples.forEach((id, i) => {
		const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
		const leaf = byId.get(id);
		const name = leaf?.callFrame.functionName || '(anonymous)';
		if (name === '(idle)' || name === '(program)') return;
		total += dt;
		const where = (/** @type {any} */ f) =>
			`${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
		self[where(leaf?.callFrame)] = (self[where(leaf?.callFrame)] ?? 0) + dt;
		const seen = new Set();
		for (let n = id; n !== undefined; n = /** @type {number} */ (parent.get(n))) {
			const key = byId.get(n)?.callFrame.functionName || '(anonymous)';
			if (seen.has(key)) continue;
			seen.add(key);
			inclusive[key] = (inclusive[key] ?? 0) + dt;
		}
	});
	const top = (/** @type {Record<string, number>} */ r, /** @type {number} */ n) =>
		Object.entries(r)
			.sort((a, b) => b[1] - a[1])
			.slice(0, n)
			.map(
				([k, v]) =>
					`    ${v.toFixed(0).padStart(6)} ms ${((v / total) * 100).toFixed(1).padStart(5)} %  ${k}`
			)
			.join('\n');
	console.log(`\n  profile: ${total.toFixed(0)} ms busy; self time by function:\n${top(self, 40)}`);
	console.log(`  inclusive time by function name:\n${top(inclusive, 30)}`);
	// the call tree below ChartFeeder.sync, by frame, to the depth where chart.js spends
	/** @type {Map<number, number>} */
	const totalOf = new Map();
	profile.samples.forEach((id, i) => {
		const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
		for (let n = id; n !== undefined; n = /** @type {number} */ (parent.get(n)))
			totalOf.set(n, (totalOf.get(n) ?? 0) + dt);
	});
	/** @type {Map<string, { ms: number, children: Map<string, any> }>} */
	const tree = new Map();
	const label = (/** @type {any} */ f) => `${f.functionName || '(anonymous)'} :${f.lineNumber + 1}`;
	const walk = (
		/** @type {number} */ id,
		/** @type {Map<string, any>} */ into,
		/** @type {number} */ depth
	) => {
		const node = byId.get(id);
		if (!node || depth > TREE_DEPTH) return;
		const key = label(node.callFrame);
		const entry = into.get(key) ?? { ms: 0, children: new Map() };
		into.set(key, entry);
		entry.ms += totalOf.get(id) ?? 0;
		for (const c of node.children ?? []) walk(c, entry.children, depth + 1);
	};
	for (const n of profile.nodes)
		if (
			n.callFrame.functionName === 'sync' &&
			byId.get(parent.get(n.id) ?? -1)?.callFrame.functionName !== 'sync'
		)
			walk(n.id, tree, 0);
	/** @type {string[]} */
	const lines = [];
	const print = (/** @type {Map<string, any>} */ m, /** @type {string} */ indent) => {
		for (const [k, v] of [...m.entries()].sort((a, b) => b[1].ms - a[1].ms)) {
			if (v.ms < total * 0.005) continue;
			lines.push(`${v.ms.toFixed(0).padStart(6)} ms ${indent}${k}`);
			print(v.children, indent + '  ');
		}
	};
	print(tree, '');
	console.log(`  call tree below ChartFeeder.sync:\n${lines.join('\n')}`);
}
