// @ts-check
/**
 * One live stats tick for a 16-transceiver call, the pure part: add both connections' getStats()
 * snapshots to their StatsHistory, then compute the new point of every chart series (derived
 * metrics: bitrate, packets/s, loss, jitter-buffer delay per frame, ...), the quality-limitation
 * bands and the raw explorer's model (changed values, id links). The baseline, measured in the
 * same run on the same snapshots, is plain iteration: reading every member of every report once.
 * The charts' part (appending points, drawing) runs in the browser and is not measured here
 * (stats-chart.js does). Prints medians and the ratio; exits 0 whatever the figures.
 */
import process from 'node:process';
import { loadStats, median, realReports, syntheticCall } from './statsLib.js';

const TRANSCEIVERS = 16;
const ROUNDS = Number(process.env.STATS_TICK_ROUNDS ?? 400);
const WARMUP = 100;

const stats = await loadStats();
const call = syntheticCall(await realReports(), TRANSCEIVERS);
const histories = call.pcs.map(() => new stats.StatsHistory());
// Prefill 10 minutes so the rings are allocated and the series exist.
for (let n = 0; n < 600; n++)
	call.pcs.forEach((pc, i) => histories[i].addSnapshot(call.snapshot(pc, n)));
const snapshots = [];
for (let n = 600; n < 600 + WARMUP + ROUNDS; n++)
	snapshots.push(call.pcs.map((pc) => call.snapshot(pc, n)));

/** @param {any[]} pair */
function plain(pair) {
	let sum = 0;
	for (const snapshot of pair) {
		for (const report of Object.values(snapshot.reports)) {
			for (const member in report) {
				const value = report[member];
				if (typeof value === 'number') sum += value;
			}
		}
	}
	return sum;
}

/** @param {any[]} pair */
function tick(pair) {
	let points = 0;
	pair.forEach((snapshot, i) => {
		const history = histories[i];
		history.addSnapshot(snapshot);
		for (const group of stats.CHART_GROUPS) {
			for (const ref of stats.seriesOf(history, group)) {
				points += stats.pointsFrom(ref, ref.report.count - 1, 0).length;
			}
		}
		points += stats.qualityBands(history, 0).length;
		points += stats.explorerGroups(history).length;
	});
	return points;
}

/** @type {number[]} */
const plainTimes = [];
/** @type {number[]} */
const tickTimes = [];
let sink = 0;
for (let r = 0; r < WARMUP + ROUNDS; r++) {
	const pair = snapshots[r];
	const order = r % 2 === 0;
	for (const which of order ? ['plain', 'tick'] : ['tick', 'plain']) {
		const t0 = performance.now();
		sink += which === 'plain' ? plain(pair) : tick(pair);
		const dt = performance.now() - t0;
		if (r >= WARMUP) (which === 'plain' ? plainTimes : tickTimes).push(dt);
	}
}
const series = call.pcs.reduce(
	(n, _, i) =>
		n + stats.CHART_GROUPS.reduce((m, g) => m + stats.seriesOf(histories[i], g).length, 0),
	0
);
const p = median(plainTimes);
const t = median(tickTimes);
console.log(
	`\nstats tick: ${TRANSCEIVERS} transceivers, ${call.reportCount} reports, ${series} chart series, median of ${ROUNDS} ticks`
);
console.log(`  plain iteration of the reports : ${(p * 1000).toFixed(0)} µs`);
console.log(
	`  history + derived + bands + explorer model : ${(t * 1000).toFixed(0)} µs (${(t / p).toFixed(1)}× plain; ${((t / 1000) * 100).toFixed(2)} % of a 1 s interval)`
);
if (sink === -1) console.log('');
