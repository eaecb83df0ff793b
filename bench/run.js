// @ts-check
/**
 * Walkthrough overhead: how long run-all takes from the first getUserMedia call to both peers
 * reaching connectionState 'connected', against a plain WebRTC page (bench/plain.html) making
 * the same calls in the same order with the same media, once as it is (`plain`) and once also
 * showing the local and the remote stream in two <video> elements as the walkthrough does
 * (`plain+video`, plain.html?video). The second baseline separates what any page pays for
 * playing video while it connects from what the walkthrough's own code costs.
 *
 * How: the production build (server.js) and plain.html (a tiny node:http server) on 127.0.0.1,
 * one headless Chromium with fake media devices. Every run opens a fresh browser context, clicks
 * the start button once the page is idle (network idle, a settle delay, then an idle callback, so
 * the tail of page load is not counted) and waits for the probe in bench/instrument.js, which
 * both pages get through `addInitScript`, so both are timed the same way and from outside their
 * own code. Warm-up runs of each are discarded, then every round runs each variant once, the
 * order rotated from round to round so that no variant always follows the same one.
 *
 * Prints figures only: the aim (ratio of medians ≤ 1.1) is reported, never enforced. Exits
 * non-zero only when a run fails to connect. Usage: `npm run bench`, or after `vite build`,
 * `node bench/run.js`; BENCH_RUNS (rounds, default 12: a multiple of the three variants, so each
 * takes every position in the order equally often), BENCH_WARMUP (warm-up rounds, default 1) and
 * BENCH_SETTLE_MS (default 500) change the counts and the delay, CHROMIUM_PATH the browser.
 * Results go to bench/results/<timestamp>.json. The machine's load average is printed too: other
 * work on a 2-core machine shows up directly in these figures. Where the time goes inside the
 * pages (main thread by kind of work, JavaScript by module, each step of the call): bench/profile.js.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import {
	BROWSER_CALLS,
	HANDOFFS,
	integerFromEnv,
	milestonesOf,
	runOnce,
	SETTLE_MS,
	startBench
} from './harness.js';

/** @typedef {import('./instrument.js').Marks} Marks */
/** @typedef {import('./harness.js').Variant} Variant */
/** @typedef {import('./harness.js').Milestone} Milestone */

const RESULTS_DIR = new URL('./results/', import.meta.url);

const ROUNDS = integerFromEnv('BENCH_RUNS', 12, 1);
const WARMUP = integerFromEnv('BENCH_WARMUP', 1, 0);
/** The ratio of medians the issue aims for. */
const AIM_RATIO = 1.1;

/** @param {number[]} values */
function summarize(values) {
	const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
	const at = (/** @type {number} */ i) => sorted[i] ?? NaN;
	const mid = Math.floor(sorted.length / 2);
	return {
		n: sorted.length,
		median: sorted.length % 2 ? at(mid) : (at(mid - 1) + at(mid)) / 2,
		p90: at(Math.ceil(0.9 * sorted.length) - 1),
		mean: sorted.reduce((sum, v) => sum + v, 0) / sorted.length,
		min: at(0),
		max: at(sorted.length - 1)
	};
}

/** @param {number[]} values */
const median = (values) => summarize(values).median;

/** @param {number} ms */
const fmt = (ms) => (Number.isFinite(ms) ? ms.toFixed(1) : '—').padStart(8);

const loadAverage = () =>
	os
		.loadavg()
		.map((load) => load.toFixed(2))
		.join(', ');

/**
 * The variants in the order of round `round`: the list rotated by one place per round.
 *
 * @template T
 * @param {T[]} variants
 * @param {number} round
 */
const rotated = (variants, round) =>
	variants.map((_, i) => /** @type {T} */ (variants[(i + round) % variants.length]));

/**
 * The figures of one run, in ms; milestones are relative to t0.
 *
 * @param {Marks} marks
 */
function figuresOf(marks) {
	const t0 = marks.t0 ?? NaN;
	const t1 = marks.t1 ?? NaN;
	const longTaskMs = marks.longTasks
		.map(([start, duration]) => Math.max(0, Math.min(start + duration, t1) - Math.max(start, t0)))
		.reduce((sum, ms) => sum + ms, 0);
	const milestones = milestonesOf(marks);
	/** @param {[Milestone, Milestone][]} spans */
	const total = (spans) =>
		spans.reduce((sum, [from, to]) => sum + milestones[to] - milestones[from], 0);
	return {
		connectMs: t1 - t0,
		clickToConnectedMs: marks.click === null ? NaN : t1 - marks.click,
		clickToGetUserMediaMs: marks.click === null ? NaN : t0 - marks.click,
		longTaskMs,
		addIceCandidateCalls: marks.calls.filter(([n]) => n === 'addIceCandidate').length,
		// t1 = in browser calls + hand-offs + waiting for ICE and DTLS, exactly
		browserCallsMs: milestones['getUserMedia resolved'] + total(BROWSER_CALLS),
		handoffsMs: total(HANDOFFS),
		iceAndDtlsMs: t1 - t0 - milestones['A.setRemoteDescription resolved'],
		milestones
	};
}

/** @typedef {ReturnType<typeof figuresOf>} Figures */
/** @typedef {Record<Variant['name'], Figures[]>} Runs */

/**
 * @param {string} title
 * @param {Record<string, number[]>} series
 */
function printStatsTable(title, series) {
	console.log(`${title.padEnd(24)}  median     p90    mean     min     max`);
	for (const [name, values] of Object.entries(series)) {
		const s = summarize(values);
		console.log(
			`  ${name.padEnd(22)}${fmt(s.median)}${fmt(s.p90)}${fmt(s.mean)}${fmt(s.min)}${fmt(s.max)}`
		);
	}
}

/** @param {Runs} runs */
function printBreakdown(runs) {
	const { walkthrough: walk, plain, 'plain+video': video } = runs;
	console.log('\nWhere the time goes (medians, ms since the getUserMedia call):');
	console.log(
		`  ${'milestone'.padEnd(34)}${'walk'.padStart(8)}${'plain'.padStart(8)}${'+video'.padStart(8)}` +
			`${'w−plain'.padStart(9)}${'w−video'.padStart(9)}`
	);
	/**
	 * @param {string} label
	 * @param {(f: Figures) => number} pick
	 */
	const row = (label, pick) => {
		const [w, p, v] = [walk, plain, video].map((figures) => median(figures.map(pick)));
		const diff = (/** @type {number} */ ms) => ` ${fmt(ms)}`;
		console.log(`  ${label.padEnd(34)}${fmt(w)}${fmt(p)}${fmt(v)}${diff(w - p)}${diff(w - v)}`);
	};
	const names = /** @type {Milestone[]} */ (Object.keys(walk[0]?.milestones ?? {}));
	for (const name of names) row(name, (f) => f.milestones[name]);
	console.log('  t1 split into (medians of each part, so they need not add up):');
	row('  in browser calls (sum)', (f) => f.browserCallsMs);
	row('  hand-offs between calls (sum)', (f) => f.handoffsMs);
	row('  A.setRemoteDescription → t1', (f) => f.iceAndDtlsMs);
	row('click → getUserMedia call', (f) => f.clickToGetUserMediaMs);
	row('long tasks (>50 ms) in t0..t1', (f) => f.longTaskMs);
	row('addIceCandidate calls by t1', (f) => f.addIceCandidateCalls);
}

/**
 * The ratio of the walkthrough's median to a baseline's, from t0 and from the click, and the
 * median of the per-round ratios (runs of one round ran close together in time, under similar load).
 *
 * @param {Figures[]} walk
 * @param {Figures[]} baseline
 */
function ratiosOf(walk, baseline) {
	const from = (/** @type {(f: Figures) => number} */ pick) =>
		median(walk.map(pick)) / median(baseline.map(pick));
	return {
		ratio: from((f) => f.connectMs),
		clickRatio: from((f) => f.clickToConnectedMs),
		pairedRatio: median(walk.map((f, i) => f.connectMs / (baseline[i]?.connectMs ?? NaN)))
	};
}

/** @param {Runs} runs */
function report(runs) {
	const names = /** @type {Variant['name'][]} */ (Object.keys(runs));
	/** @param {(f: Figures) => number} pick */
	const stats = (pick) =>
		Object.fromEntries(names.map((name) => [name, summarize(runs[name].map(pick))]));
	const connect = stats((f) => f.connectMs);
	const fromClick = stats((f) => f.clickToConnectedMs);
	const ratios = {
		plain: ratiosOf(runs.walkthrough, runs.plain),
		'plain+video': ratiosOf(runs.walkthrough, runs['plain+video'])
	};

	/** @param {(f: Figures) => number} pick */
	const series = (pick) => Object.fromEntries(names.map((name) => [name, runs[name].map(pick)]));
	printStatsTable(
		't0 → connected (ms)',
		series((f) => f.connectMs)
	);
	printStatsTable(
		'click → connected (ms)',
		series((f) => f.clickToConnectedMs)
	);

	/** @type {[keyof typeof ratios, string][]} */
	const notes = [
		['plain', 'the issue’s measure: everything the walkthrough adds to the bare calls'],
		['plain+video', 'the same with video playing on both sides: what is left is our code']
	];
	console.log('');
	for (const [baseline, note] of notes) {
		const r = ratios[baseline];
		const verdict = r.ratio <= AIM_RATIO ? 'within' : 'above';
		console.log(
			`ratio walkthrough / ${baseline.padEnd(11)} t0 → connected: ${r.ratio.toFixed(2)}` +
				`  (aim ≤ ${AIM_RATIO}: ${verdict})  from the click: ${r.clickRatio.toFixed(2)};` +
				` per-round median: ${r.pairedRatio.toFixed(2)}`
		);
		console.log(`  ${note}`);
	}
	printBreakdown(runs);
	return { connect, fromClick, ratios, aimRatio: AIM_RATIO };
}

async function main() {
	const { browser, variants, chromiumArgs, close } = await startBench();
	const chromiumVersion = browser.version();

	/** @type {Runs} */
	const runs = { walkthrough: [], plain: [], 'plain+video': [] };
	const startedAt = new Date();
	const started = performance.now();
	const loadAtStart = os.loadavg();
	let exitCode = 0;
	console.log(
		"Peerscope bench: getUserMedia → both peers 'connected', run-all walkthrough vs plain pages"
	);
	console.log(
		`Chromium ${chromiumVersion} headless, Node ${process.version}, ${os.cpus().length} CPUs; ` +
			`${WARMUP} warm-up round(s), ${ROUNDS} rounds of ${variants.map((v) => v.name).join(', ')} ` +
			`(order rotated per round), ${SETTLE_MS} ms settle`
	);
	console.log(`load average at start: ${loadAverage()}\n`);
	try {
		for (let i = 0; i < WARMUP; i++) {
			for (const variant of rotated(variants, i)) await runOnce(browser, variant);
		}
		for (let i = 0; i < ROUNDS; i++) {
			for (const variant of rotated(variants, i)) {
				runs[variant.name].push(figuresOf(await runOnce(browser, variant)));
			}
			if (process.stdout.isTTY) process.stdout.write(`\rrounds done: ${i + 1}/${ROUNDS}`);
		}
		if (process.stdout.isTTY) process.stdout.write('\n\n');
	} catch (error) {
		console.error(`\nBench run failed: ${error instanceof Error ? error.message : error}`);
		exitCode = 1;
	} finally {
		await close();
	}

	const loadAtEnd = os.loadavg();
	const complete = Object.values(runs).every((figures) => figures.length > 0);
	const summary = complete ? report(runs) : null;
	console.log(`\nload average at end: ${loadAverage()}`);

	await mkdir(RESULTS_DIR, { recursive: true });
	const file = new URL(`${startedAt.toISOString().replace(/[:.]/g, '-')}.json`, RESULTS_DIR);
	const results = {
		startedAt: startedAt.toISOString(),
		durationMs: Math.round(performance.now() - started),
		complete: exitCode === 0,
		chromium: chromiumVersion,
		node: process.version,
		cpus: os.cpus().length,
		loadAverage: { start: loadAtStart, end: loadAtEnd },
		rounds: ROUNDS,
		warmup: WARMUP,
		settleMs: SETTLE_MS,
		chromiumArgs,
		summary,
		runs
	};
	await writeFile(file, `${JSON.stringify(results, null, '\t')}\n`);
	const seconds = ((performance.now() - started) / 1000).toFixed(0);
	console.log(`${seconds} s; results written to ${fileURLToPath(file)}`);
	process.exit(exitCode);
}

await main();
