// @ts-check
/**
 * Captures real chrome://webrtc-internals dumps from Debian's Chromium for the dump importer's
 * fixtures (tests/fixtures/webrtc-internals/). One tab holds chrome://webrtc-internals, another
 * runs a short loopback call (page.html, served on 127.0.0.1); then the script opens "Create a
 * WebRTC-Internals dump" and clicks the download button, once with "Compress result" (Chrome's
 * default: gzip) and once without (plain JSON).
 *
 *   node scripts/capture-webrtc-internals/capture.js [seconds]   (default 6 s of call)
 */
import { readFile, mkdir, copyFile } from 'node:fs/promises';
import http from 'node:http';
import process from 'node:process';
import { chromium } from '@playwright/test';
import { CHROMIUM_PATH, GRANTED_ARGS } from '../chromium.js';

const OUT = new URL('../../tests/fixtures/webrtc-internals/', import.meta.url);
const CALL_SECONDS = Number(process.argv[2] ?? 6);
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
	const call = await context.newPage();
	await call.goto(`http://127.0.0.1:${address.port}/`);
	await call.locator('#status', { hasText: 'connected' }).waitFor({ timeout: 20_000 });
	// Half way through, lower the video bitrate so the series have something to show.
	await call.waitForTimeout((CALL_SECONDS * 1000) / 2);
	await call.evaluate(() => /** @type {any} */ (window).lowerBitrate());
	await call.waitForTimeout((CALL_SECONDS * 1000) / 2);

	await mkdir(OUT, { recursive: true });
	await internals.bringToFront();
	await internals.locator('summary', { hasText: 'Create a WebRTC-Internals dump' }).click();
	const checkbox = internals.locator('#dump-checkbox');
	/** @param {boolean} compressed @param {string} name */
	const save = async (compressed, name) => {
		await checkbox.setChecked(compressed);
		const [download] = await Promise.all([
			internals.waitForEvent('download'),
			internals.locator('#dump-click-target').click()
		]);
		await copyFile(await download.path(), new URL(name, OUT));
		console.log(`saved ${name} (suggested name: ${download.suggestedFilename()})`);
	};
	// While the call is up: both peer connections with their update logs and stats.
	await save(true, `chromium-${VERSION}-loopback-av.json.gz`);
	await save(false, `chromium-${VERSION}-loopback-av.json`);
	// Once the tab has closed its connections, Chrome drops them from the page: a real dump
	// with no peer connections at all.
	await call.evaluate(() => /** @type {any} */ (window).hangUp());
	await call.close();
	await internals.waitForTimeout(1500);
	await save(false, `chromium-${VERSION}-no-peer-connections.json`);
} finally {
	await browser.close();
	server.close();
}
