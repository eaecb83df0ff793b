// @ts-check
/**
 * The NAT lab's costs, measured inside the lab (root only: namespaces and nftables):
 * - the wall time of one run (cone ↔ cone with STUN, the plain direct case);
 * - the wall time of a matrix: every pair of networks with STUN + TURN by default (16 runs,
 *   each of which connects), or the whole matrix (80 runs, failures included) with `--full`;
 * - the relayed / direct RTT ratio: the RTT of the selected pair of cone ↔ cone with TURN only
 *   (relayed through coturn) over that of cone ↔ cone with STUN (direct srflx), measured in this
 *   same run; and the medians over the matrix's direct and relayed cells.
 * RTT is ICE's own (candidate-pair totalRoundTripTime / responsesReceived). Without `tc netem`
 * in the kernel the links add no delay, so the ratio is coturn's forwarding cost alone; the
 * output says which.
 *
 * Prints figures only, never passes or fails on time. Not root: says so and exits 0.
 */
import process from 'node:process';
import { NETWORKS, SERVER_SETS } from '../src/lib/nat/types.js';
import { labAvailability, runScenario } from '../src/lib/server/nat/lab.js';

/** @typedef {import('../src/lib/nat/types.js').NatRun} NatRun */

/** @param {number[]} values */
function median(values) {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const availability = await labAvailability();
if (!availability.ok) {
	console.log(
		`bench/nat: skipped, the NAT lab cannot run here (${availability.reasons.map((r) => r.code).join(', ')})`
	);
	process.exit(0);
}
const full = process.argv.includes('--full');

/** @param {import('../src/lib/nat/types.js').NetworkName} a @param {import('../src/lib/nat/types.js').NetworkName} b @param {import('../src/lib/nat/types.js').ServerSet} servers */
async function timed(a, b, servers) {
	const started = performance.now();
	const run = await runScenario({ a, b, servers });
	return { run, ms: performance.now() - started };
}

const one = await timed('cone', 'cone', 'stun');
const relayedRun = await timed('cone', 'cone', 'turn-only');
console.log(
	`NAT lab, ${one.run.browser}, netem: ${one.run.netemDelayMs ? `${one.run.netemDelayMs} ms per link` : 'unavailable (no added delay)'}`
);
console.log(
	`one run (cone ↔ cone, STUN): ${(one.ms / 1000).toFixed(1)} s wall, connected in ${one.run.msToConnected} ms`
);

const direct = one.run.rttMs.direct;
const relayed = relayedRun.run.rttMs.relayed;
if (direct && relayed) {
	console.log(
		`RTT direct (srflx) ${direct} ms, relayed (TURN) ${relayed} ms: relayed / direct = ${(relayed / direct).toFixed(2)}`
	);
} else {
	console.log(`RTT: not measured (direct ${direct ?? '-'}, relayed ${relayed ?? '-'})`);
}

/** @type {import('../src/lib/nat/types.js').ServerSet[]} */
const sets = full ? [...SERVER_SETS] : ['stun+turn'];
const matrixStarted = performance.now();
/** @type {NatRun[]} */
const runs = [];
for (const servers of sets) {
	for (const a of NETWORKS) for (const b of NETWORKS) runs.push((await timed(a, b, servers)).run);
}
const matrixMs = performance.now() - matrixStarted;
const mismatches = runs.filter((r) => r.outcome !== r.predicted).length;
console.log(
	`matrix (${full ? 'all server sets' : 'STUN + TURN'}, ${runs.length} runs): ${(matrixMs / 1000).toFixed(1)} s wall, ${(matrixMs / runs.length / 1000).toFixed(1)} s per run, ${mismatches} outcome(s) differing from the prediction`
);
const directRtts = runs
	.filter((r) => ['host', 'srflx', 'prflx'].includes(r.outcome))
	.map((r) => r.rttMs.direct)
	.filter((x) => x !== undefined);
const relayedRtts = runs
	.filter((r) => r.outcome.startsWith('relay'))
	.map((r) => r.rttMs.relayed)
	.filter((x) => x !== undefined);
if (directRtts.length && relayedRtts.length) {
	const d = median(/** @type {number[]} */ (directRtts));
	const r = median(/** @type {number[]} */ (relayedRtts));
	console.log(
		`matrix median RTT: direct ${d} ms (${directRtts.length} cells), relayed ${r} ms (${relayedRtts.length} cells): relayed / direct = ${(r / d).toFixed(2)}`
	);
}
