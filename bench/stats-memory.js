// @ts-check
/**
 * Live stats memory over a long session: a 16-transceiver call (both connections, grown from the
 * real Chromium dump, see statsLib.js) polled once a second for 3 simulated hours into
 * StatsHistory (2-hour rings). Prints the heap (after a full GC) at points in time, the bytes the
 * rings hold, and, as the baseline measured in the same run, what keeping every getStats()
 * snapshot as plain objects (the naive recorder) costs for the first 10 minutes.
 *
 * Needs --expose-gc (npm run bench passes it). Exits 0 whatever the figures.
 */
import process from 'node:process';
import { loadStats, mb, realReports, syntheticCall } from './statsLib.js';

const TRANSCEIVERS = 16;
const HOURS = Number(process.env.STATS_BENCH_HOURS ?? 3);
const gc = /** @type {(() => void) | undefined} */ (globalThis.gc);
if (!gc) {
	console.error('bench/stats-memory.js needs node --expose-gc');
	process.exit(2);
}
const heap = () => {
	gc();
	gc();
	// Typed arrays keep their bytes outside the JS heap: count both.
	const usage = process.memoryUsage();
	return usage.heapUsed + usage.external;
};

const stats = await loadStats();
const call = syntheticCall(await realReports(), TRANSCEIVERS);
const minutesToPrint = new Set([1, 2, 5, 10, 30, 60, 90, 120, 150, 180]);

console.log(
	`\nstats memory: ${TRANSCEIVERS} transceivers, ${call.reportCount} reports over ${call.pcs.length} connections, 1 sample/s, rings of ${stats.DEFAULT_CAPACITY} samples (2 h)`
);

// Baseline: every snapshot kept as plain objects, 10 minutes.
{
	const before = heap();
	const kept = [];
	for (let n = 0; n < 600; n++) for (const pc of call.pcs) kept.push(call.snapshot(pc, n));
	const after = heap();
	console.log(
		`  baseline (every snapshot kept as objects): 10 min → ${mb(after - before)}, i.e. ${mb(((after - before) / 10) * 60)} per hour, growing without bound`
	);
	kept.length = 0;
}

const before = heap();
const histories = call.pcs.map(() => new stats.StatsHistory());
/** @type {{ minute: number, heap: number, rings: number }[]} */
const rows = [];
const start = performance.now();
for (let n = 0; n < HOURS * 3600; n++) {
	call.pcs.forEach((pc, i) => histories[i].addSnapshot(call.snapshot(pc, n)));
	const minute = (n + 1) / 60;
	if (Number.isInteger(minute) && minutesToPrint.has(minute)) {
		const rings = histories.reduce((sum, h) => sum + h.byteSize, 0);
		rows.push({ minute, heap: heap() - before, rings });
	}
}
const seconds = (performance.now() - start) / 1000;
console.log('  minute   heap+external growth   ring bytes');
for (const row of rows) {
	console.log(
		`  ${String(row.minute).padStart(6)}   ${mb(row.heap).padStart(19)}   ${mb(row.rings).padStart(10)}`
	);
}
const at5 = rows.find((r) => r.minute === 5);
const at60 = rows.find((r) => r.minute === 60);
if (at5 && at60) {
	console.log(
		`  heap from minute 5 to minute 60: ${mb(at60.heap - at5.heap)} (${(((at60.heap - at5.heap) / at5.heap) * 100).toFixed(1)} %): flat, the rings are allocated when a counter first changes`
	);
}
console.log(
	`  (simulated ${HOURS} h in ${seconds.toFixed(1)} s of CPU, including building the snapshots)`
);
