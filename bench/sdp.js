// @ts-check
/**
 * SDP inspector overhead: the whole pipeline (inspectSdp of an offer and of its answer, then
 * negotiate) against bare `sdp-transform.parse` of the same two texts, on the 16-transceiver
 * Chromium capture (tests/fixtures/sdp/chromium-16-transceivers-*.sdp, ~1,200 lines each).
 *
 * How: src/lib/sdp/index.ts is bundled for node (bench/bundle.js) and imported like any other
 * module. Warm-up rounds of both are discarded so that both are measured JIT-compiled; then each
 * round runs both, alternating which goes first, so drift in the machine's load touches both
 * alike. Prints medians, p90 and the ratio of
 * medians; the aim (≤ 1.5×) is reported, never enforced: exits 0 whatever the figures.
 *
 * Usage: `node bench/sdp.js`; SDP_BENCH_ROUNDS (default 300) and SDP_BENCH_WARMUP (default 100)
 * change the counts. Takes a few seconds.
 */
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import sdpTransform from 'sdp-transform';
import { importBundled, ROOT } from './bundle.js';

const FIXTURES = path.join(ROOT, 'tests/fixtures/sdp');
const OFFER = 'chromium-16-transceivers-offer.sdp';
const ANSWER = 'chromium-16-transceivers-answer.sdp';

const ROUNDS = integerFromEnv('SDP_BENCH_ROUNDS', 300);
const WARMUP = integerFromEnv('SDP_BENCH_WARMUP', 100);
/** The ratio of medians the issue aims for. */
const AIM_RATIO = 1.5;
/** One frame at 60 Hz: opening a description within it shows no visible delay. */
const FRAME_MS = 1000 / 60;

/**
 * @param {string} name
 * @param {number} fallback
 */
function integerFromEnv(name, fallback) {
	const value = Number(process.env[name] ?? fallback);
	return Number.isInteger(value) && value > 0 ? value : fallback;
}

/** The inspector's TypeScript, bundled for node. */
async function loadInspector() {
	return /** @type {typeof import('../src/lib/sdp/index.js')} */ (
		await importBundled('sdp', { entryPoints: [path.join(ROOT, 'src/lib/sdp/index.ts')] })
	);
}

/**
 * @param {number[]} sorted ascending
 * @param {number} q 0..1
 */
function quantile(sorted, q) {
	return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}

/** @param {() => unknown} run */
function time(run) {
	const start = performance.now();
	run();
	return performance.now() - start;
}

/**
 * @param {string} label
 * @param {number[]} samples
 */
function row(label, samples) {
	const sorted = [...samples].sort((a, b) => a - b);
	const median = quantile(sorted, 0.5);
	console.log(
		`${label.padEnd(44)} median ${median.toFixed(3).padStart(7)} ms   p90 ${quantile(sorted, 0.9)
			.toFixed(3)
			.padStart(7)} ms`
	);
	return median;
}

async function main() {
	const { inspectSdp, negotiate } = await loadInspector();
	const offer = await readFile(path.join(FIXTURES, OFFER), 'utf8');
	const answer = await readFile(path.join(FIXTURES, ANSWER), 'utf8');
	const lines = (/** @type {string} */ text) => text.split(/\r\n|\r|\n/).length - 1;

	// results go to a sink so that no run can be optimised away
	/** @type {unknown[]} */
	const sink = [];
	const bare = () => sink.push(sdpTransform.parse(offer), sdpTransform.parse(answer));
	const pipeline = () => sink.push(negotiate(inspectSdp(offer), inspectSdp(answer)));
	const single = () => sink.push(inspectSdp(offer));

	for (let i = 0; i < WARMUP; i++) {
		bare();
		pipeline();
		single();
		sink.length = 0;
	}
	/** @type {number[]} */
	const bareTimes = [];
	/** @type {number[]} */
	const pipelineTimes = [];
	/** @type {number[]} */
	const singleTimes = [];
	for (let i = 0; i < ROUNDS; i++) {
		if (i % 2 === 0) {
			bareTimes.push(time(bare));
			pipelineTimes.push(time(pipeline));
		} else {
			pipelineTimes.push(time(pipeline));
			bareTimes.push(time(bare));
		}
		singleTimes.push(time(single));
		sink.length = 0;
	}

	console.log(
		`SDP inspector: ${OFFER} (${lines(offer)} lines) + ${ANSWER} (${lines(answer)} lines)`
	);
	console.log(
		`node ${process.version}, ${os.cpus().length} CPUs, load average ${os
			.loadavg()
			.map((l) => l.toFixed(2))
			.join(' ')}; ${WARMUP} warm-up rounds, ${ROUNDS} interleaved rounds`
	);
	const bareMedian = row('sdp-transform.parse (offer + answer)', bareTimes);
	const pipelineMedian = row('inspectSdp ×2 + negotiate (whole pipeline)', pipelineTimes);
	const singleMedian = row('inspectSdp (offer alone, opening it)', singleTimes);
	const ratio = pipelineMedian / bareMedian;
	console.log(`ratio of medians: ${ratio.toFixed(2)}×`);
	console.log(
		`aim: whole pipeline within ${AIM_RATIO}× bare parsing — ${ratio <= AIM_RATIO ? 'met' : 'NOT met'}`
	);
	console.log(
		`aim: opening a description within one frame (${FRAME_MS.toFixed(1)} ms) — ${
			singleMedian <= FRAME_MS ? 'met' : 'NOT met'
		}`
	);
}

main().catch((error) => {
	// a benchmark reports; it never fails the build
	console.error(error);
});
