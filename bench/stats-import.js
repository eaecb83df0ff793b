// @ts-check
/**
 * Import of a 2-hour webrtc-internals dump against plain JSON.parse of the same text, in the same
 * run. The dump is synthesised from the real Chromium 156 capture
 * (tests/fixtures/webrtc-internals/chromium-156-loopback-av.json): every series is extended to
 * 7,200 samples (2 h at 1 s), counters growing at their real rate, timestamps 1 s apart, the
 * rest repeating. (Chrome itself keeps 1,000 samples per series; this is the worst case.)
 *
 * Each measurement runs in a fresh child process (node --expose-gc), alternating the two, so
 * neither inherits the other's heap: the child reads the file into a string, collects garbage,
 * then times the work while a worker thread samples the process RSS every 2 ms; the peak RSS
 * growth over the file size is printed as the memory figure. Exits 0 whatever the figures.
 *
 * Then rtcstats dumps of 10 MB and 200 MB, replayed from the real v5 trace
 * (tests/fixtures/rtcstats/chromium-156-rtcstats-v5-loopback-av.rtcstats: its getStats deltas
 * repeated, each line's time a delta to the one before, so the call just runs longer), streamed
 * from disk through importStream (line reader, bounded histories) against a baseline measured in
 * the same run: streaming the same file and JSON.parse of every line, keeping nothing. Memory is
 * the peak RSS growth; bounded means the 200 MB figure is about the 10 MB one, not 20× it.
 * Then the diagnosis of the 2-hour dump: time of diagnose() on its browse model.
 *
 * Then a 1 GB rtcstats dump (STATS_IMPORT_LARGE_MB, default 1024), written to a temporary file
 * in pieces (never one string): streamed in Node against the per-line baseline, once each.
 *
 * Last, in Chromium, the app's own /stats page (the built app, as `npm start` serves it; the
 * import runs in its worker): the 2-hour dump's time to first chart against File.text() +
 * JSON.parse of the same file in the same page (issue 15 aims at ≤ 1.2×), both timed in the page
 * (the chart from the file input's change event to the frame after a chart shows data), and the
 * 1 GB dump's time to open, the browser's peak RSS growth (all its processes) and the longest
 * main-thread task during the import (PerformanceObserver 'longtask', ≥ 50 ms) with the longest
 * gap between two frames: whether the page stays responsive.
 *
 * STATS_IMPORT_ONLY=chart runs only the 2-hour dump's time to first chart in Chromium, and
 * STATS_IMPORT_ONLY=large only the large dump in Chromium (the figures a change to the import path
 * moves; the whole bench takes minutes on a shared machine).
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import {
	closeSync,
	createReadStream,
	existsSync,
	openSync,
	readdirSync,
	readFileSync,
	writeSync
} from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_PATH, GRANTED_ARGS } from '../scripts/chromium.js';
import { ROOT } from './bundle.js';
import { loadStats, mb, median, REAL_DUMP } from './statsLib.js';

const REAL_TRACE = path.join(
	ROOT,
	'tests/fixtures/rtcstats/chromium-156-rtcstats-v5-loopback-av.rtcstats'
);

/** @param {string} text the real trace @param {number} bytes about this many */
function replayTrace(text, bytes) {
	const lines = text.split('\n').filter((l) => l !== '');
	const deltas = lines.filter((l) => l.startsWith('["g"')).slice(2);
	const block = `${deltas.join('\n')}\n`;
	const head = `${lines.join('\n')}\n`;
	return head + block.repeat(Math.max(1, Math.round((bytes - head.length) / block.length)));
}

/**
 * Writes a replayed trace of about `bytes` to `file` in pieces: a 1 GB text is longer than V8's
 * longest string. Returns its size.
 * @param {string} file @param {string} text the real trace @param {number} bytes
 */
function writeTrace(file, text, bytes) {
	const lines = text.split('\n').filter((l) => l !== '');
	const deltas = lines.filter((l) => l.startsWith('["g"')).slice(2);
	const head = Buffer.from(`${lines.join('\n')}\n`);
	const block = Buffer.from(`${deltas.join('\n')}\n`);
	const many = Buffer.concat(Array.from({ length: 256 }, () => block));
	const fd = openSync(file, 'w');
	let size = writeSync(fd, head);
	while (size + many.length <= bytes) size += writeSync(fd, many);
	while (size < bytes) size += writeSync(fd, block);
	closeSync(fd);
	return size;
}

/** The resident memory of this process's descendants (the browser's processes), in bytes. */
function descendantsRss() {
	/** @type {Map<number, number[]>} */
	const children = new Map();
	/** @type {Map<number, number>} */
	const rss = new Map();
	for (const entry of readdirSync('/proc')) {
		if (!/^\d+$/.test(entry)) continue;
		try {
			const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
			const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
			const ppid = Number(fields[1]);
			if (!children.has(ppid)) children.set(ppid, []);
			children.get(ppid)?.push(Number(entry));
			rss.set(Number(entry), Number(fields[21]) * 4096);
		} catch {
			// exited meanwhile
		}
	}
	let total = 0;
	const queue = [...(children.get(process.pid) ?? [])];
	while (queue.length) {
		const pid = /** @type {number} */ (queue.pop());
		total += rss.get(pid) ?? 0;
		queue.push(...(children.get(pid) ?? []));
	}
	return total;
}

/**
 * The browser's resident memory once it stops moving (two reads 250 ms apart within 1 MiB, or
 * after 5 s): the base a growth is measured from, not a moment when a closed page is still
 * being torn down.
 */
async function settledRss() {
	let last = descendantsRss();
	for (let tries = 0; tries < 20; tries++) {
		await new Promise((resolve) => setTimeout(resolve, 250));
		const now = descendantsRss();
		if (Math.abs(now - last) < 1048576) return now;
		last = now;
	}
	return last;
}

/**
 * The app's /stats page in Chromium: the 2-hour dump's time to first chart against File.text() +
 * JSON.parse in the same page, then the large rtcstats dump opened whole.
 * @param {string | null} dumpFile @param {string | null} largeFile @param {number} largeSize
 */
async function inBrowser(dumpFile, largeFile, largeSize) {
	const { startServer } = await import('../server.js');
	const app = await startServer({ host: '127.0.0.1', port: 0, quiet: true, turn: false });
	const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: GRANTED_ARGS });
	try {
		let page = await browser.newPage();
		// Each measurement starts on a settled page: what it loads ahead (its import worker and
		// uPlot, while the user picks a file) is loaded, and neither measurement shares the
		// machine with it.
		const open = async () => {
			await page.goto(`${app.url}/stats`);
			await page.locator('[data-testid="drop-zone"][data-ready="true"]').waitFor();
			await page.waitForLoadState('networkidle');
		};
		const firstChart = '[data-testid^="chart-"][data-series]:not([data-series="0"])';

		/** @type {number[]} */
		const parse = [];
		/** @type {number[]} */
		const chart = [];
		for (let r = 0; dumpFile && r < RUNS; r++) {
			await open();
			await page.evaluate(() => {
				const input = document.createElement('input');
				input.type = 'file';
				input.id = 'bench-baseline';
				input.hidden = true;
				document.body.append(input);
			});
			await page.locator('#bench-baseline').setInputFiles(dumpFile);
			parse.push(
				await page.evaluate(async () => {
					const input = /** @type {HTMLInputElement} */ (document.getElementById('bench-baseline'));
					const t0 = performance.now();
					const file = /** @type {File} */ (/** @type {FileList} */ (input.files)[0]);
					const value = JSON.parse(await file.text());
					const ms = performance.now() - t0;
					if (!value) throw new Error('nothing parsed');
					return ms;
				})
			);
			await open();
			// Timed in the page, as the baseline is: from the file input's change event (the file is
			// chosen) to the first animation frame after a chart shows data (uPlot has drawn it
			// into its canvas; that frame puts it on screen).
			await page.evaluate((selector) => {
				const w = /** @type {any} */ (window);
				w.benchChosen = undefined;
				w.benchDrawn = undefined;
				document
					.querySelector('[data-testid="file-input"]')
					?.addEventListener('change', () => (w.benchChosen = performance.now()), {
						capture: true,
						once: true
					});
				new MutationObserver((_records, observer) => {
					if (!document.querySelector(selector)) return;
					observer.disconnect();
					requestAnimationFrame(() => (w.benchDrawn = performance.now()));
				}).observe(document.body, { subtree: true, childList: true, attributes: true });
			}, firstChart);
			await page.getByTestId('file-input').setInputFiles(dumpFile);
			await page.waitForFunction(() => /** @type {any} */ (window).benchDrawn !== undefined, null, {
				timeout: 600_000
			});
			chart.push(
				await page.evaluate(() => {
					const w = /** @type {any} */ (window);
					return w.benchDrawn - w.benchChosen;
				})
			);
		}
		const parseMs = median(parse);
		const chartMs = median(chart);
		console.log(
			`\nin Chromium, the app's /stats page (the import in its worker), median of ${RUNS}`
		);
		/** @param {number[]} values */
		const spread = (values) =>
			`${Math.min(...values).toFixed(0)}–${Math.max(...values).toFixed(0)}`;
		if (dumpFile) {
			console.log(
				`  2-hour dump: File.text() + JSON.parse ${parseMs.toFixed(0)} ms (baseline) · time to first chart ${chartMs.toFixed(0)} ms: ${(chartMs / parseMs).toFixed(2)}× (issue 15 aims at ≤ 1.2×)`
			);
			// each run measures both, one after the other: the ratio within a run is the fairer one
			// on a shared machine
			const ratios = chart.map((ms, r) => ms / /** @type {number} */ (parse[r]));
			console.log(
				`  spread: baseline ${spread(parse)} ms, first chart ${spread(chart)} ms; ratio per run ${ratios.map((x) => x.toFixed(2)).join(' ')} (median ${median(ratios).toFixed(2)}×)`
			);
		}

		if (!largeFile) return;
		// A new renderer for the large dump: the 2-hour runs leave garbage in the old one's heap
		// that V8 returns to the system only when it likes, which can hide the large import's own
		// growth (a peak below a base that still held that garbage once read as 0.0 MB).
		await page.close();
		page = await browser.newPage();
		await open();
		await page.evaluate(() => {
			const w = /** @type {any} */ (window);
			w.benchLongest = 0;
			w.benchGap = 0;
			new PerformanceObserver((list) => {
				for (const entry of list.getEntries())
					w.benchLongest = Math.max(w.benchLongest, entry.duration);
			}).observe({ type: 'longtask' });
			let last = performance.now();
			const frame = (/** @type {number} */ now) => {
				w.benchGap = Math.max(w.benchGap, now - last);
				last = now;
				if (!w.benchStop) requestAnimationFrame(frame);
			};
			requestAnimationFrame(frame);
		});
		const base = await settledRss();
		let peak = base;
		const sampler = setInterval(() => (peak = Math.max(peak, descendantsRss())), 250);
		const t0 = Date.now();
		await page.getByTestId('file-input').setInputFiles(largeFile);
		await page
			.locator('[data-testid="import-summary"], [data-testid="import-error"]')
			.first()
			.waitFor({ timeout: 3_600_000 });
		const ms = Date.now() - t0;
		clearInterval(sampler);
		peak = Math.max(peak, descendantsRss());
		const failed = await page.getByTestId('import-error').count();
		const { longest, gap } = await page.evaluate(() => {
			const w = /** @type {any} */ (window);
			w.benchStop = true;
			return { longest: w.benchLongest, gap: w.benchGap };
		});
		console.log(
			`  ${mb(largeSize)} rtcstats dump: ${failed ? 'FAILED to open' : 'opened'} in ${(ms / 1000).toFixed(1)} s (${(largeSize / 1048576 / (ms / 1000)).toFixed(0)} MB/s), browser peak RSS growth ${mb(peak - base)} over a settled ${mb(base)} (${((peak - base) / largeSize).toFixed(3)}× the file); longest main-thread task ${longest ? `${longest.toFixed(0)} ms` : 'none over 50 ms'}, longest gap between frames ${gap.toFixed(0)} ms`
		);
	} finally {
		await browser.close();
		await app.close();
	}
}

/** Streams a file and JSON.parses every line, keeping nothing: the least any line reader does. */
async function parseLines(/** @type {string} */ file) {
	let carry = '';
	let count = 0;
	for await (const chunk of createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 16 })) {
		const parts = (carry + chunk).split('\n');
		carry = parts.pop() ?? '';
		for (const line of parts) if (line !== '' && line[0] === '[') count += JSON.parse(line).length;
	}
	return count;
}

const SAMPLES = 2 * 60 * 60;
const RUNS = Number(process.env.STATS_IMPORT_RUNS ?? 3);
/** The large rtcstats dump of issue 15's benchmark: 1 GB unless set. */
const LARGE_MB = Number(process.env.STATS_IMPORT_LARGE_MB ?? 1024);
const SELF = fileURLToPath(import.meta.url);
const ONLY_CHART = process.env.STATS_IMPORT_ONLY === 'chart';
const ONLY_LARGE = process.env.STATS_IMPORT_ONLY === 'large';

/** @param {string} text */
function extendDump(text) {
	const dump = JSON.parse(text);
	for (const connection of Object.values(dump.PeerConnections)) {
		const stats = /** @type {Record<string, any>} */ (connection).stats;
		for (const series of Object.values(stats)) {
			/** @type {unknown[]} */
			const values = JSON.parse(series.values);
			const n = values.length;
			const first = values[0];
			const last = values[n - 1];
			const step =
				typeof first === 'number' && typeof last === 'number' && n > 1
					? (last - first) / (n - 1)
					: 0;
			const out = new Array(SAMPLES);
			for (let i = 0; i < SAMPLES; i++) {
				out[i] =
					typeof first === 'number' && step !== 0
						? Math.round((first + step * i) * 1000) / 1000
						: values[Math.min(i, n - 1)];
			}
			series.values = JSON.stringify(out);
		}
	}
	return JSON.stringify(dump);
}

async function child() {
	const [mode, file] = process.argv.slice(3);
	const gc = /** @type {() => void} */ (globalThis.gc);
	// The stats bundle is only loaded where it is timed; JSON.parse and per-line parsing need none.
	const stats = /** @type {any} */ (
		mode === 'parse' || mode === 'lines' ? null : await loadStats()
	);
	const lineMode = mode === 'stream' || mode === 'lines';
	const text = lineMode ? '' : await readFile(/** @type {string} */ (file), 'utf8');
	gc();
	gc();
	const sampler = new Worker(
		`const { parentPort } = require('node:worker_threads');
		 let peak = 0; const timer = setInterval(() => { peak = Math.max(peak, process.memoryUsage.rss()); }, 2);
		 parentPort.on('message', () => { clearInterval(timer); peak = Math.max(peak, process.memoryUsage.rss()); parentPort.postMessage(peak); });`,
		{ eval: true }
	);
	await new Promise((resolve) => setTimeout(resolve, 50));
	const base = process.memoryUsage.rss();
	const t0 = performance.now();
	const result =
		mode === 'import'
			? await stats.importText(text, { yieldToPage: async () => {} })
			: mode === 'stream'
				? await stats.importStream(createReadStream(/** @type {string} */ (file)))
				: mode === 'lines'
					? await parseLines(/** @type {string} */ (file))
					: mode === 'diagnose'
						? await diagnoseTimed(stats, text)
						: JSON.parse(text);
	const ms = performance.now() - t0;
	const peak = await new Promise((resolve) => {
		sampler.once('message', resolve);
		sampler.postMessage('stop');
	});
	await sampler.terminate();
	if (!result) throw new Error('no result');
	const own =
		typeof result === 'object' && result && 'diagnoseMs' in result ? result.diagnoseMs : null;
	console.log(JSON.stringify({ ms: own ?? ms, peak: Number(peak) - base }));
}

/** Imports (untimed), then times diagnose() on the browse model. */
async function diagnoseTimed(/** @type {any} */ stats, /** @type {string} */ text) {
	const dump = await stats.importText(text, { yieldToPage: async () => {} });
	const model = stats.dumpModel(dump, dump.peerConnections);
	const t0 = performance.now();
	const findings = stats.diagnose(model);
	return { diagnoseMs: performance.now() - t0, findings: findings.length };
}

/** @param {string} mode @param {string} file */
function runChild(mode, file) {
	const out = execFileSync(process.execPath, ['--expose-gc', SELF, '--child', mode, file], {
		encoding: 'utf8',
		maxBuffer: 1 << 20
	});
	return JSON.parse(out.trim().split('\n').at(-1) ?? '{}');
}

async function main() {
	const dir = await mkdtemp(path.join(os.tmpdir(), 'peerscope-import-bench-'));
	try {
		const file = path.join(dir, 'two-hours.json');
		const text = extendDump(await readFile(REAL_DUMP, 'utf8'));
		await writeFile(file, text);
		const size = Buffer.byteLength(text);
		if (ONLY_LARGE) {
			const trace = await readFile(REAL_TRACE, 'utf8');
			const largeFile = path.join(dir, 'large.rtcstats');
			const largeSize = writeTrace(largeFile, trace, LARGE_MB * 1024 * 1024);
			await inBrowser(null, largeFile, largeSize);
			return;
		}
		if (ONLY_CHART) {
			console.log(`\n2-hour dump (${SAMPLES} samples per series), ${mb(size)}`);
			await inBrowser(file, null, 0);
			return;
		}
		/** @type {Record<string, { ms: number, peak: number }[]>} */
		const results = { parse: [], import: [] };
		for (let r = 0; r < RUNS; r++) {
			for (const mode of r % 2 === 0 ? ['parse', 'import'] : ['import', 'parse']) {
				const out = execFileSync(process.execPath, ['--expose-gc', SELF, '--child', mode, file], {
					encoding: 'utf8',
					maxBuffer: 1 << 20
				});
				results[mode].push(JSON.parse(out.trim().split('\n').at(-1) ?? '{}'));
			}
		}
		const parseMs = median(results.parse.map((r) => r.ms));
		const importMs = median(results.import.map((r) => r.ms));
		const parsePeak = median(results.parse.map((r) => r.peak));
		const importPeak = median(results.import.map((r) => r.peak));
		console.log(
			`\nstats import: 2-hour dump (${SAMPLES} samples per series, 2 connections), ${mb(size)}, median of ${RUNS} fresh processes each`
		);
		console.log(
			`  JSON.parse                 : ${parseMs.toFixed(0)} ms, peak RSS growth ${mb(parsePeak)} (${(parsePeak / size).toFixed(2)}× file)`
		);
		console.log(
			`  importText (parse + read)  : ${importMs.toFixed(0)} ms, peak RSS growth ${mb(importPeak)} (${(importPeak / size).toFixed(2)}× file)`
		);
		console.log(
			`  time ratio ${(importMs / parseMs).toFixed(2)}× JSON.parse (the whole import; the time to first chart is measured in Chromium below); peak memory ${(importPeak / size).toFixed(2)}× the file size (aim ≤ 3×)`
		);

		const diagnosis = median(Array.from({ length: RUNS }, () => runChild('diagnose', file).ms));
		console.log(`  diagnose() of that dump    : ${diagnosis.toFixed(1)} ms (median of ${RUNS})`);

		const trace = await readFile(REAL_TRACE, 'utf8');
		console.log('\nrtcstats dumps, streamed from disk (replayed from the real v5 trace)');
		/** @type {Record<string, { ms: number, peak: number, size: number }>} */
		const figures = {};
		for (const target of [10, 200]) {
			const traceFile = path.join(dir, `trace-${target}.rtcstats`);
			const body = replayTrace(trace, target * 1024 * 1024);
			await writeFile(traceFile, body);
			const traceSize = Buffer.byteLength(body);
			/** @type {Record<string, { ms: number, peak: number }[]>} */
			const runs = { lines: [], stream: [] };
			for (let r = 0; r < RUNS; r++) {
				for (const mode of r % 2 === 0 ? ['lines', 'stream'] : ['stream', 'lines'])
					runs[mode].push(runChild(mode, traceFile));
			}
			const linesMs = median(runs.lines.map((x) => x.ms));
			const streamMs = median(runs.stream.map((x) => x.ms));
			const streamPeak = median(runs.stream.map((x) => x.peak));
			figures[target] = { ms: streamMs, peak: streamPeak, size: traceSize };
			console.log(
				`  ${mb(traceSize).padStart(9)}: JSON.parse per line ${linesMs.toFixed(0)} ms (baseline) · importStream ${streamMs.toFixed(0)} ms (${(streamMs / linesMs).toFixed(2)}× baseline, ${(traceSize / 1048576 / (streamMs / 1000)).toFixed(0)} MB/s), peak RSS growth ${mb(streamPeak)}`
			);
			await rm(traceFile);
		}
		const small = figures[10];
		const large = figures[200];
		if (small && large)
			console.log(
				`  200 MB against 10 MB: ${(large.size / small.size).toFixed(1)}× the file, ${(large.ms / small.ms).toFixed(1)}× the time, ${(large.peak / Math.max(1, small.peak)).toFixed(2)}× the peak memory (bounded: the histories keep ${7200} samples)`
			);

		const largeFile = path.join(dir, 'large.rtcstats');
		const largeSize = writeTrace(largeFile, trace, LARGE_MB * 1024 * 1024);
		const lines = runChild('lines', largeFile);
		const stream = runChild('stream', largeFile);
		console.log(
			`  ${mb(largeSize).padStart(9)}: JSON.parse per line ${(lines.ms / 1000).toFixed(1)} s (baseline) · importStream ${(stream.ms / 1000).toFixed(1)} s (${(stream.ms / lines.ms).toFixed(2)}× baseline, ${(largeSize / 1048576 / (stream.ms / 1000)).toFixed(0)} MB/s), peak RSS growth ${mb(stream.peak)} (${(stream.peak / largeSize).toFixed(3)}× the file), once each`
		);
		if (existsSync(new URL('../build/handler.js', import.meta.url))) {
			await inBrowser(file, largeFile, largeSize);
		} else {
			console.log('\nin Chromium: skipped, the app is not built (npm run bench builds it)');
		}
	} finally {
		await rm(dir, { recursive: true, force: true });
	}
}

if (process.argv[2] === '--child') await child();
else await main();
