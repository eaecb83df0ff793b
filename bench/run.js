// @ts-check
/**
 * Walkthrough overhead: how long run-all takes from the first getUserMedia call to both peers
 * reaching connectionState 'connected', against a plain WebRTC page (bench/plain.html) making
 * the same calls in the same order with the same media.
 *
 * How: the production build (server.js) and plain.html (a tiny node:http server) on 127.0.0.1,
 * one headless Chromium with fake media devices. Every run opens a fresh browser context, clicks
 * the start button once the page is idle (network idle, a settle delay, then an idle callback, so
 * the tail of page load is not counted) and waits for the probe in bench/instrument.js, which
 * both pages get through `addInitScript`, so both are timed the same way and from outside their
 * own code. Warm-up runs of each are discarded, then pairs of runs alternate which page goes first.
 *
 * Prints figures only: the aim (ratio of medians ≤ 1.1) is reported, never enforced. Exits
 * non-zero only when a run fails to connect. Usage: `npm run bench`, or after `vite build`,
 * `node bench/run.js`; BENCH_RUNS (pairs, default 15), BENCH_WARMUP (default 2) and
 * BENCH_SETTLE_MS (default 500) change the counts and the delay, CHROMIUM_PATH the browser.
 * Results go to bench/results/<timestamp>.json. The machine's load average is printed too: other
 * work on a 2-core machine shows up directly in these figures.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { instrument } from './instrument.js';

/** @typedef {import('./instrument.js').Marks} Marks */
/** @typedef {import('@playwright/test').Page} Page */

const ROOT = new URL('../', import.meta.url);
const RESULTS_DIR = new URL('./results/', import.meta.url);
const PLAIN_PAGE = new URL('./plain.html', import.meta.url);

const PAIRS = integerFromEnv('BENCH_RUNS', 15, 1);
const WARMUP = integerFromEnv('BENCH_WARMUP', 2, 0);
/** Idle time between "ready" and the click: page load leaves work behind (JIT, GC, layout). */
const SETTLE_MS = integerFromEnv('BENCH_SETTLE_MS', 500, 0);
/** The longest we wait for the idle callback after the settle delay. */
const IDLE_TIMEOUT_MS = 2_000;
/** The walkthrough's own limit is 30 s (CONNECT_TIMEOUT_MS); a loopback call takes well under 1 s. */
const RUN_TIMEOUT_MS = 20_000;
/** The ratio of medians the issue aims for. */
const AIM_RATIO = 1.1;

const EXECUTABLE_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The switches of playwright.config.ts (granted project): fake devices, loopback ICE, no network. */
const CHROMIUM_ARGS = [
	'--use-fake-ui-for-media-stream',
	'--use-fake-device-for-media-stream',
	'--allow-loopback-in-peer-connection',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--autoplay-policy=no-user-gesture-required'
];

/**
 * @typedef {object} Variant
 * @property {'walkthrough' | 'plain'} name
 * @property {string} url
 * @property {(page: Page) => Promise<void>} ready resolves once the start button can be used
 * @property {string} start selector of the button that starts the call
 * @property {(page: Page) => Promise<void>} check what must also hold once both peers connected
 */

/**
 * @param {string} name
 * @param {number} fallback
 * @param {number} min
 */
function integerFromEnv(name, fallback, min) {
	const raw = process.env[name];
	if (raw === undefined || raw === '') return fallback;
	const value = Number(raw);
	if (!Number.isInteger(value) || value < min) {
		console.error(`${name} must be an integer ≥ ${min}, got ${JSON.stringify(raw)}.`);
		process.exit(2);
	}
	return value;
}

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

/** Serves plain.html at / on 127.0.0.1, any free port. */
async function startPlainServer() {
	const html = await readFile(PLAIN_PAGE);
	const server = http.createServer((req, res) => {
		if (req.url === '/') {
			res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
			res.end(html);
		} else {
			res.writeHead(404).end();
		}
	});
	await new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => resolve(undefined));
	});
	const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
	return {
		url: `http://127.0.0.1:${port}/`,
		close: () =>
			new Promise((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve(undefined));
			})
	};
}

/**
 * Why a run did not connect, in words, with what the page shows.
 *
 * @param {Page} page
 * @param {Variant} variant
 * @param {Marks | null} marks
 * @param {string[]} pageErrors
 */
async function failureOf(page, variant, marks, pageErrors) {
	/** @type {Marks} */
	const partial = marks ?? (await page.evaluate(() => /** @type {any} */ (window).__benchMarks()));
	const text = await page.evaluate(() =>
		document.body.innerText.replace(/\s+/g, ' ').slice(0, 300)
	);
	const why = partial.failed
		? `peer connection ${partial.failed.peerConnection} went to connectionState 'failed'`
		: partial.t0 === null
			? 'getUserMedia was never called'
			: `not connected after ${RUN_TIMEOUT_MS / 1000} s (${partial.peerConnections} peer ` +
				`connections, connected at: ${JSON.stringify(partial.connected)})`;
	const errors = pageErrors.length > 0 ? `; page errors: ${pageErrors.join(' | ')}` : '';
	return new Error(`${variant.name}: ${why}${errors}; page text: ${text}`);
}

/**
 * One run in a fresh context: load, let the page go idle, click, wait for both peers to connect.
 *
 * @param {import('@playwright/test').Browser} browser
 * @param {Variant} variant
 * @returns {Promise<Marks>}
 */
async function runOnce(browser, variant) {
	const context = await browser.newContext();
	try {
		await context.addInitScript(instrument);
		const page = await context.newPage();
		/** @type {string[]} */
		const pageErrors = [];
		page.on('pageerror', (error) => pageErrors.push(error.message));
		await page.goto(variant.url);
		await variant.ready(page);
		await page.waitForLoadState('networkidle');
		await page.evaluate(
			([settleMs, idleTimeoutMs]) =>
				new Promise((resolve) =>
					setTimeout(() => requestIdleCallback(resolve, { timeout: idleTimeoutMs }), settleMs)
				),
			[SETTLE_MS, IDLE_TIMEOUT_MS]
		);
		await page.click(variant.start);

		/** @type {ReturnType<typeof setTimeout> | undefined} */
		let timer;
		/** @type {Promise<null>} */
		const timeout = new Promise((resolve) => {
			timer = setTimeout(() => resolve(null), RUN_TIMEOUT_MS);
		});
		/** @type {Promise<Marks>} */
		const connected = page.evaluate(() => /** @type {any} */ (window).__benchDone);
		const marks = await Promise.race([connected, timeout]).finally(() => clearTimeout(timer));
		if (!marks || marks.t0 === null || marks.t1 === null) {
			throw await failureOf(page, variant, marks, pageErrors);
		}
		await variant.check(page);
		return marks;
	} finally {
		await context.close();
	}
}

/**
 * The figures of one run, in ms; milestones are relative to t0.
 *
 * @param {Marks} marks
 */
function figuresOf(marks) {
	const t0 = marks.t0 ?? NaN;
	const t1 = marks.t1 ?? NaN;
	/**
	 * @param {string} name
	 * @param {number} peerConnection 0 for Peer A, 1 for Peer B
	 * @param {'start' | 'end'} edge
	 */
	const call = (name, peerConnection, edge) => {
		const entry = marks.calls.find(([n, i]) => n === name && i === peerConnection);
		const t = entry?.[edge === 'start' ? 2 : 3];
		return t == null || t < 0 ? NaN : t - t0;
	};
	const connectedAt = marks.connected.flatMap((t) => (t == null ? [] : [t - t0]));
	const longTaskMs = marks.longTasks
		.map(([start, duration]) => Math.max(0, Math.min(start + duration, t1) - Math.max(start, t0)))
		.reduce((sum, ms) => sum + ms, 0);
	return {
		connectMs: t1 - t0,
		clickToConnectedMs: marks.click === null ? NaN : t1 - marks.click,
		clickToGetUserMediaMs: marks.click === null ? NaN : t0 - marks.click,
		longTaskMs,
		addIceCandidateCalls: marks.calls.filter(([n]) => n === 'addIceCandidate').length,
		milestones: {
			'getUserMedia resolved': (marks.gumResolved ?? NaN) - t0,
			'pc A constructed': call('RTCPeerConnection', 0, 'start'),
			'A.addTrack (first)': call('addTrack', 0, 'start'),
			'A.createDataChannel': call('createDataChannel', 0, 'start'),
			'A.createOffer called': call('createOffer', 0, 'start'),
			'A.createOffer resolved': call('createOffer', 0, 'end'),
			'A.setLocalDescription called': call('setLocalDescription', 0, 'start'),
			'A.setLocalDescription resolved': call('setLocalDescription', 0, 'end'),
			'B.setRemoteDescription called': call('setRemoteDescription', 1, 'start'),
			'B.setRemoteDescription resolved': call('setRemoteDescription', 1, 'end'),
			'B.createAnswer called': call('createAnswer', 1, 'start'),
			'B.createAnswer resolved': call('createAnswer', 1, 'end'),
			'B.setLocalDescription called': call('setLocalDescription', 1, 'start'),
			'B.setLocalDescription resolved': call('setLocalDescription', 1, 'end'),
			'A.setRemoteDescription called': call('setRemoteDescription', 0, 'start'),
			'A.setRemoteDescription resolved': call('setRemoteDescription', 0, 'end'),
			'B.addIceCandidate (first)': call('addIceCandidate', 1, 'start'),
			'A.addIceCandidate (first)': call('addIceCandidate', 0, 'start'),
			'first peer connected': connectedAt.length > 0 ? Math.min(...connectedAt) : NaN,
			'both connected (t1)': t1 - t0
		}
	};
}

/** @typedef {ReturnType<typeof figuresOf>} Figures */
/** @typedef {keyof Figures['milestones']} Milestone */

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

/**
 * @param {Figures[]} walk
 * @param {Figures[]} plain
 */
function printBreakdown(walk, plain) {
	console.log('\nWhere the time goes (medians, ms since the getUserMedia call):');
	console.log(`  ${'milestone'.padEnd(34)}walkthrough   plain    diff`);
	const names = /** @type {Milestone[]} */ (Object.keys(walk[0]?.milestones ?? {}));
	for (const name of names) {
		const w = median(walk.map((f) => f.milestones[name]));
		const p = median(plain.map((f) => f.milestones[name]));
		console.log(`  ${name.padEnd(34)}${fmt(w)}${fmt(p)}${fmt(w - p)}`);
	}
	/**
	 * @param {string} label
	 * @param {(f: Figures) => number} pick
	 */
	const row = (label, pick) =>
		console.log(
			`  ${label.padEnd(34)}${fmt(median(walk.map(pick)))}${fmt(median(plain.map(pick)))}`
		);
	row('click → getUserMedia call', (f) => f.clickToGetUserMediaMs);
	row('long tasks (>50 ms) in t0..t1', (f) => f.longTaskMs);
	row('addIceCandidate calls by t1', (f) => f.addIceCandidateCalls);
}

/**
 * @param {Figures[]} walk
 * @param {Figures[]} plain
 */
function report(walk, plain) {
	const connect = {
		walkthrough: summarize(walk.map((f) => f.connectMs)),
		plain: summarize(plain.map((f) => f.connectMs))
	};
	const fromClick = {
		walkthrough: summarize(walk.map((f) => f.clickToConnectedMs)),
		plain: summarize(plain.map((f) => f.clickToConnectedMs))
	};
	const ratio = connect.walkthrough.median / connect.plain.median;
	const clickRatio = fromClick.walkthrough.median / fromClick.plain.median;
	const pairedRatio = median(walk.map((f, i) => f.connectMs / (plain[i]?.connectMs ?? NaN)));

	printStatsTable('t0 → connected (ms)', {
		walkthrough: walk.map((f) => f.connectMs),
		plain: plain.map((f) => f.connectMs)
	});
	printStatsTable('click → connected (ms)', {
		walkthrough: walk.map((f) => f.clickToConnectedMs),
		plain: plain.map((f) => f.clickToConnectedMs)
	});
	const verdict = ratio <= AIM_RATIO ? 'within' : 'above';
	console.log(
		`\nratio median(walkthrough) / median(plain), t0 → connected: ${ratio.toFixed(2)}` +
			`  (aim ≤ ${AIM_RATIO}: ${verdict} the aim)`
	);
	console.log(
		`  from the click: ${clickRatio.toFixed(2)}; median of per-pair ratios: ${pairedRatio.toFixed(2)}`
	);
	printBreakdown(walk, plain);
	return { connect, fromClick, ratio, clickRatio, pairedRatio, aimRatio: AIM_RATIO };
}

async function main() {
	if (!existsSync(new URL('build/handler.js', ROOT))) {
		console.error('No production build: run `npx vite build` first (or use `npm run bench`).');
		process.exit(2);
	}
	const { startServer } = await import(new URL('server.js', ROOT).href);
	const app = await startServer({ host: '127.0.0.1', port: 0, quiet: true });
	const plainServer = await startPlainServer();
	const browser = await chromium.launch({
		executablePath: EXECUTABLE_PATH,
		headless: true,
		args: CHROMIUM_ARGS
	});
	const chromiumVersion = browser.version();

	/** @type {Variant} */
	const walkthrough = {
		name: 'walkthrough',
		url: `${app.url}/walkthrough`,
		// hydrated, the machine started and waiting at the first step
		ready: (page) =>
			page
				.locator('[data-testid=next-step][data-step=getUserMedia]')
				.waitFor({ timeout: RUN_TIMEOUT_MS }),
		start: '[data-testid=run-all]',
		// the app's own verdict agrees with the probe's
		check: (page) =>
			page
				.locator('[data-testid=next-step][data-step=communicate]')
				.waitFor({ timeout: RUN_TIMEOUT_MS })
	};
	/** @type {Variant} */
	const plain = {
		name: 'plain',
		url: plainServer.url,
		ready: (page) => page.locator('#start:enabled').waitFor({ timeout: RUN_TIMEOUT_MS }),
		start: '#start',
		check: async () => {}
	};

	/** @type {Record<Variant['name'], Figures[]>} */
	const runs = { walkthrough: [], plain: [] };
	const startedAt = new Date();
	const started = performance.now();
	const loadAtStart = os.loadavg();
	let exitCode = 0;
	console.log(
		"Peerscope bench: getUserMedia → both peers 'connected', run-all walkthrough vs plain page"
	);
	console.log(
		`Chromium ${chromiumVersion} headless, Node ${process.version}, ${os.cpus().length} CPUs; ` +
			`${WARMUP} warm-up run(s) each, ${PAIRS} interleaved pairs, ${SETTLE_MS} ms settle`
	);
	console.log(`load average at start: ${loadAverage()}\n`);
	try {
		for (let i = 0; i < WARMUP; i++) {
			for (const variant of i % 2 ? [plain, walkthrough] : [walkthrough, plain]) {
				await runOnce(browser, variant);
			}
		}
		for (let i = 0; i < PAIRS; i++) {
			for (const variant of i % 2 ? [plain, walkthrough] : [walkthrough, plain]) {
				runs[variant.name].push(figuresOf(await runOnce(browser, variant)));
			}
			if (process.stdout.isTTY) process.stdout.write(`\rpairs done: ${i + 1}/${PAIRS}`);
		}
		if (process.stdout.isTTY) process.stdout.write('\n\n');
	} catch (error) {
		console.error(`\nBench run failed: ${error instanceof Error ? error.message : error}`);
		exitCode = 1;
	} finally {
		await browser.close();
		await Promise.all([app.close(), plainServer.close()]);
	}

	const loadAtEnd = os.loadavg();
	const complete = runs.walkthrough.length > 0 && runs.plain.length > 0;
	const summary = complete ? report(runs.walkthrough, runs.plain) : null;
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
		pairs: PAIRS,
		warmup: WARMUP,
		settleMs: SETTLE_MS,
		chromiumArgs: CHROMIUM_ARGS,
		summary,
		runs
	};
	await writeFile(file, `${JSON.stringify(results, null, '\t')}\n`);
	const seconds = ((performance.now() - started) / 1000).toFixed(0);
	console.log(`${seconds} s; results written to ${fileURLToPath(file)}`);
	process.exit(exitCode);
}

await main();
