// @ts-check
/**
 * Captures real chrome://webrtc-internals dumps from Debian's Chromium for the dump importer's
 * fixtures (tests/fixtures/webrtc-internals/). One tab holds chrome://webrtc-internals, another
 * runs a short loopback call (page.html, served on 127.0.0.1); then the script opens "Create a
 * WebRTC-Internals dump" and clicks the download button, once with "Compress result" (Chrome's
 * default: gzip) and once without (plain JSON), and the "rtcstats dump" button beside it
 * (Chrome's own rtcstats line format, into tests/fixtures/rtcstats/).
 *
 *   node scripts/capture-webrtc-internals/capture.js [seconds] [--rtcstats-only]
 *
 * (default 6 s of call). Chrome saves the rtcstats dump gzip-compressed whatever the checkbox
 * says; a plain copy is written beside it, inflated byte for byte. `--rtcstats-only` leaves the
 * webrtc-internals fixtures as they are. Before the call, a page that only calls getUserMedia
 * gives the rtcstats dump with no peer connection.
 */
import { readFile, mkdir, copyFile, writeFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import http from 'node:http';
import process from 'node:process';
import { chromium } from '@playwright/test';
import { CHROMIUM_PATH, GRANTED_ARGS } from '../chromium.js';

const OUT = new URL('../../tests/fixtures/webrtc-internals/', import.meta.url);
const RTCSTATS_OUT = new URL('../../tests/fixtures/rtcstats/', import.meta.url);
const RTCSTATS = '#dump-click-target-rtcstats';
const CALL_SECONDS = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 6);
const RTCSTATS_ONLY = process.argv.includes('--rtcstats-only');
const VERSION = (await import('node:child_process'))
	.execFileSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8' })
	.match(/(\d+)\.\d+\.\d+\.\d+/)?.[1];

const html = await readFile(new URL('./page.html', import.meta.url));
const server = http.createServer((_, res) => {
	res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
	res.end(html);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
const address = server.address();
if (!address || typeof address === 'string') throw new Error('no server address');

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: GRANTED_ARGS });
try {
	const context = await browser.newContext({ acceptDownloads: true });
	const internals = await context.newPage();
	await internals.goto('chrome://webrtc-internals');
	await internals.locator('summary', { hasText: 'Create a WebRTC-Internals dump' }).click();
	const checkbox = internals.locator('#dump-checkbox');
	/**
	 * @param {boolean} compressed @param {string} name
	 * @param {string} [target] the download button: the webrtc-internals dump, or Chrome's own
	 *   "rtcstats dump" (the rtcstats line format, RTCStatsDump magic line; always gzip)
	 */
	const save = async (compressed, name, target = '#dump-click-target') => {
		await internals.bringToFront();
		await checkbox.setChecked(compressed);
		const [download] = await Promise.all([
			internals.waitForEvent('download'),
			internals.locator(target).click()
		]);
		await copyFile(await download.path(), new URL(name, OUT));
		console.log(`saved ${name} (suggested name: ${download.suggestedFilename()})`);
	};
	/** @param {string} name the case; writes `<name>.rtcstats.gz` and the inflated `<name>.rtcstats` */
	const saveRtcstats = async (name) => {
		const gz = `../rtcstats/chromium-${VERSION}-internals-${name}.rtcstats.gz`;
		await save(true, gz, RTCSTATS);
		const plain = gunzipSync(await readFile(new URL(gz, OUT)));
		await writeFile(
			new URL(`../rtcstats/chromium-${VERSION}-internals-${name}.rtcstats`, OUT),
			plain
		);
	};
	await mkdir(OUT, { recursive: true });
	await mkdir(RTCSTATS_OUT, { recursive: true });

	// A page that only captures: getUserMedia in the trace, no peer connection.
	const gum = await context.newPage();
	await gum.goto(`http://127.0.0.1:${address.port}/?gum-only`);
	await gum.locator('#status', { hasText: 'captured' }).waitFor({ timeout: 20_000 });
	// webrtc-internals receives the page's getUserMedia calls asynchronously.
	await internals.waitForTimeout(1500);
	await saveRtcstats('gum-only');
	await gum.close();

	const call = await context.newPage();
	await call.goto(`http://127.0.0.1:${address.port}/`);
	await call.locator('#status', { hasText: 'connected' }).waitFor({ timeout: 20_000 });
	// Half way through, lower the video bitrate so the series have something to show.
	await call.waitForTimeout((CALL_SECONDS * 1000) / 2);
	await call.evaluate(() => /** @type {any} */ (window).lowerBitrate());
	await call.waitForTimeout((CALL_SECONDS * 1000) / 2);

	// While the call is up: both peer connections with their update logs and stats.
	if (!RTCSTATS_ONLY) {
		await save(true, `chromium-${VERSION}-loopback-av.json.gz`);
		await save(false, `chromium-${VERSION}-loopback-av.json`);
	}
	await saveRtcstats('loopback-av');
	// Once the tab has closed its connections, Chrome drops them from the page: a real dump
	// with no peer connections at all.
	await call.evaluate(() => /** @type {any} */ (window).hangUp());
	await call.close();
	await internals.waitForTimeout(1500);
	if (!RTCSTATS_ONLY) await save(false, `chromium-${VERSION}-no-peer-connections.json`);
	// The rtcstats dump keeps closed connections, with their close and remove lines.
	await saveRtcstats('closed');
} finally {
	await browser.close();
	server.close();
}
