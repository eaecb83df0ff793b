// @ts-check
/**
 * Relay overhead: time to connected of the same loopback call with host candidates only and
 * relay-only through TURN (coturn over UDP and over TCP), measured in the same run by the ICE
 * lab's own runner (/ice, "Run the lab"), so the figure printed here is the one the page shows.
 *
 * How: the production build (server.js, which launches the embedded coturn on loopback) and one
 * headless Chromium. A one-round lab run warms the page up and is discarded; then one lab run of
 * ROUNDS rounds runs the four configurations (host, STUN, TURN/UDP, TURN/TCP) in every round, in
 * an order rotated from round to round so none always goes first, each call in new
 * RTCPeerConnections and timed from `new RTCPeerConnection` to Peer A's connectionState
 * 'connected'. The page exposes every run's time (data-samples); this script takes the medians.
 *
 * Prints figures only, never passes or fails on time. Exits non-zero when a configuration never
 * connects or when coturn is not available.
 */
import os from 'node:os';
import process from 'node:process';
import { chromium } from '@playwright/test';
import { CHROMIUM_PATH, GRANTED_ARGS } from '../scripts/chromium.js';

/** The lab's largest choice of rounds (MAX_LAB_ROUNDS in src/routes/ice/ice.svelte.ts). */
const ROUNDS = 9;
/** A lab round is four calls; each may take up to the runner's own 20 s limit. */
const ROUND_TIMEOUT_MS = 90_000;
const CONFIGS = /** @type {const} */ (['host', 'stun', 'turnUdp', 'turnTcp']);

/** @param {number[]} values */
function median(values) {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2
		? (sorted[mid] ?? NaN)
		: ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
}

const ROOT = new URL('../', import.meta.url);
const { startServer } = await import(new URL('server.js', ROOT).href);
/** @type {{ url: string, close: () => Promise<void> }} */
const app = await startServer({ host: '127.0.0.1', port: 0, quiet: true });
const browser = await chromium.launch({
	executablePath: CHROMIUM_PATH,
	headless: true,
	args: GRANTED_ARGS
});

try {
	const page = await browser.newPage();
	await page.goto(`${app.url}/ice`);
	const status = page.locator('[data-testid=turn-status] [data-available]');
	await status.waitFor();
	if ((await status.getAttribute('data-available')) !== 'true') {
		throw new Error(`relay is unavailable: ${await status.innerText()}`);
	}

	/** @param {number} rounds */
	const runLab = async (rounds) => {
		await page.selectOption('[data-testid=lab-rounds]', String(rounds));
		await page.click('[data-testid=run-lab]');
		// the button is disabled while the lab runs, enabled again when every row is done
		await page
			.locator('[data-testid=run-lab]:disabled')
			.waitFor({ timeout: 5_000 })
			.catch(() => {});
		await page
			.locator('[data-testid=run-lab]:enabled')
			.waitFor({ timeout: ROUND_TIMEOUT_MS * rounds });
	};
	await runLab(1); // warm-up, discarded
	await runLab(ROUNDS);

	/** @type {Record<string, number[]>} */
	const times = {};
	for (const config of CONFIGS) {
		const cell = page.locator(
			`[data-testid=lab-row][data-config=${config}] [data-testid=lab-connected]`
		);
		const samples = ((await cell.getAttribute('data-samples')) ?? '')
			.split(' ')
			.filter(Boolean)
			.map(Number);
		if (samples.length === 0)
			throw new Error(`${config} never connected: ${await cell.innerText()}`);
		if (samples.length < ROUNDS)
			console.log(`  (${config}: ${ROUNDS - samples.length} run(s) did not connect)`);
		times[config] = samples;
	}

	const host = median(times.host ?? []);
	console.log(
		`\nICE lab: time to connected over loopback, ${ROUNDS} rounds (+1 warm-up), rotated order`
	);
	console.log(
		`load average ${os
			.loadavg()
			.map((l) => l.toFixed(2))
			.join(' ')}`
	);
	for (const config of CONFIGS) {
		const m = median(times[config] ?? []);
		const ratio = config === 'host' ? '' : `  ${(m / host).toFixed(2)}x host-only`;
		console.log(`  ${config.padEnd(8)} median ${m.toFixed(1).padStart(7)} ms${ratio}`);
	}
	const udp = median(times.turnUdp ?? []);
	console.log(`relay (TURN/UDP) / host-only ratio of medians: ${(udp / host).toFixed(2)}`);
} catch (error) {
	console.error(`bench/ice.js: ${/** @type {Error} */ (error).message}`);
	process.exitCode = 1;
} finally {
	await browser.close();
	await app.close();
}
