// @ts-check
/**
 * What bench/run.js (the timings) and bench/profile.js (where the time goes) share: the servers,
 * the browser and its switches, the three pages under test and one timed run of one of them.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import process from 'node:process';
import { chromium } from '@playwright/test';
import { instrument } from './instrument.js';
import { CHROMIUM_PATH, GRANTED_ARGS } from '../scripts/chromium.js';

/** @typedef {import('./instrument.js').Marks} Marks */
/** @typedef {import('@playwright/test').Page} Page */
/** @typedef {import('@playwright/test').Browser} Browser */

const ROOT = new URL('../', import.meta.url);
const PLAIN_PAGE = new URL('./plain.html', import.meta.url);
/** The probe's script name in stack traces and profiles. */
export const INSTRUMENT_URL = 'bench/instrument.js';

/** Idle time between "ready" and the click: page load leaves work behind (JIT, GC, layout). */
export const SETTLE_MS = integerFromEnv('BENCH_SETTLE_MS', 500, 0);
/** The longest we wait for the idle callback after the settle delay. */
const IDLE_TIMEOUT_MS = 2_000;
/** The walkthrough's own limit is 30 s (CONNECT_TIMEOUT_MS); a loopback call takes well under 1 s. */
const RUN_TIMEOUT_MS = 20_000;

const CHROMIUM_ARGS = GRANTED_ARGS;

/**
 * @typedef {object} Variant
 * @property {'walkthrough' | 'plain' | 'plain+video'} name
 * @property {string} url
 * @property {(page: Page) => Promise<void>} ready resolves once the start button can be used
 * @property {string} start selector of the button that starts the call
 * @property {(page: Page) => Promise<void>} check what must also hold once both peers connected
 */

/**
 * What a caller may do around the click of one run (bench/profile.js starts and stops a trace).
 *
 * @typedef {object} RunHooks
 * @property {(page: Page) => Promise<void>} [beforeClick]
 * @property {(page: Page) => Promise<void>} [afterConnected]
 */

/**
 * @param {string} name
 * @param {number} fallback
 * @param {number} min
 */
export function integerFromEnv(name, fallback, min) {
	const raw = process.env[name];
	if (raw === undefined || raw === '') return fallback;
	const value = Number(raw);
	if (!Number.isInteger(value) || value < min) {
		console.error(`${name} must be an integer ≥ ${min}, got ${JSON.stringify(raw)}.`);
		process.exit(2);
	}
	return value;
}

/** Serves plain.html at / (with any query) on 127.0.0.1, any free port. */
async function startPlainServer() {
	const html = await readFile(PLAIN_PAGE);
	const server = http.createServer((req, res) => {
		if (new URL(req.url ?? '/', 'http://localhost').pathname === '/') {
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
 * @param {Browser} browser
 * @param {Variant} variant
 * @param {RunHooks} [hooks]
 * @returns {Promise<Marks>}
 */
export async function runOnce(browser, variant, hooks = {}) {
	const context = await browser.newContext();
	try {
		// named, so that a CPU profile tells the probe's own frames from the page's
		await context.addInitScript({
			content: `(${instrument})();\n//# sourceURL=${INSTRUMENT_URL}`
		});
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
		await hooks.beforeClick?.(page);
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
		await hooks.afterConnected?.(page);
		return marks;
	} finally {
		await context.close();
	}
}

/**
 * Starts the production build, the plain page's server and Chromium; returns the three variants
 * and a `close` that stops all of them.
 */
export async function startBench() {
	if (!existsSync(new URL('build/handler.js', ROOT))) {
		console.error('No production build: run `npx vite build` first (or use `npm run bench`).');
		process.exit(2);
	}
	const { startServer } = await import(new URL('server.js', ROOT).href);
	const app = await startServer({ host: '127.0.0.1', port: 0, quiet: true });
	const plainServer = await startPlainServer();
	const browser = await chromium.launch({
		executablePath: CHROMIUM_PATH,
		headless: true,
		args: CHROMIUM_ARGS
	});
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
	/** @type {Variant} */
	const plainVideo = {
		...plain,
		name: 'plain+video',
		url: `${plainServer.url}?video`,
		// both videos have a stream and have shown a frame
		check: async (page) => {
			await page.waitForFunction(
				() =>
					[...document.querySelectorAll('video')].every(
						(video) => video.srcObject !== null && video.readyState >= 2
					),
				undefined,
				{ timeout: RUN_TIMEOUT_MS }
			);
		}
	};
	return {
		browser,
		/** @type {Variant[]} */
		variants: [walkthrough, plain, plainVideo],
		chromiumArgs: CHROMIUM_ARGS,
		close: async () => {
			await browser.close();
			await Promise.all([app.close(), plainServer.close()]);
		}
	};
}

/**
 * The offer/answer chain as pairs of milestones: each call is made once the one before it has
 * resolved (addTrack and createDataChannel are synchronous, so they sit inside the second gap).
 * The time between the two is the page's own hand-off: whatever runs between a promise resolving
 * and the next browser call.
 *
 * @type {[Milestone, Milestone][]}
 */
export const HANDOFFS = [
	['getUserMedia resolved', 'pc A constructed'],
	['pc A constructed', 'A.createOffer called'],
	['A.createOffer resolved', 'A.setLocalDescription called'],
	['A.setLocalDescription resolved', 'B.setRemoteDescription called'],
	['B.setRemoteDescription resolved', 'B.createAnswer called'],
	['B.createAnswer resolved', 'B.setLocalDescription called'],
	['B.setLocalDescription resolved', 'A.setRemoteDescription called']
];

/**
 * The asynchronous browser calls of the chain, from call to resolution (getUserMedia starts at t0).
 *
 * @type {[Milestone, Milestone][]}
 */
export const BROWSER_CALLS = [
	['A.createOffer called', 'A.createOffer resolved'],
	['A.setLocalDescription called', 'A.setLocalDescription resolved'],
	['B.setRemoteDescription called', 'B.setRemoteDescription resolved'],
	['B.createAnswer called', 'B.createAnswer resolved'],
	['B.setLocalDescription called', 'B.setLocalDescription resolved'],
	['A.setRemoteDescription called', 'A.setRemoteDescription resolved']
];

/**
 * When each step of the call happened in one run, in ms since t0 (NaN when it did not happen).
 *
 * @param {Marks} marks
 */
export function milestonesOf(marks) {
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
	return {
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
	};
}

/** @typedef {keyof ReturnType<typeof milestonesOf>} Milestone */
