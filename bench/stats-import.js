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
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { loadStats, mb, median, REAL_DUMP } from './statsLib.js';

const SAMPLES = 2 * 60 * 60;
const RUNS = Number(process.env.STATS_IMPORT_RUNS ?? 3);
const SELF = fileURLToPath(import.meta.url);

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
	const stats = mode === 'import' ? await loadStats() : null;
	const text = await readFile(/** @type {string} */ (file), 'utf8');
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
	const result = stats
		? await stats.importText(text, { yieldToPage: async () => {} })
		: JSON.parse(text);
	const ms = performance.now() - t0;
	const peak = await new Promise((resolve) => {
		sampler.once('message', resolve);
		sampler.postMessage('stop');
	});
	await sampler.terminate();
	if (!result) throw new Error('no result');
	console.log(JSON.stringify({ ms, peak: Number(peak) - base }));
}

async function main() {
	const dir = await mkdtemp(path.join(os.tmpdir(), 'peerscope-import-bench-'));
	try {
		const file = path.join(dir, 'two-hours.json');
		const text = extendDump(await readFile(REAL_DUMP, 'utf8'));
		await writeFile(file, text);
		const size = Buffer.byteLength(text);
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
			`  time ratio ${(importMs / parseMs).toFixed(2)}× JSON.parse (aim ≤ 2×); peak memory ${(importPeak / size).toFixed(2)}× the file size (aim ≤ 3×)`
		);
	} finally {
		await rm(dir, { recursive: true, force: true });
	}
}

if (process.argv[2] === '--child') await child();
else await main();
