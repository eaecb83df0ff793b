// @ts-check
/**
 * Captures SDP fixtures from Chromium, driven by Playwright:
 *
 *   node scripts/capture-sdp/chromium.js [--cases av-data,mdns] [--no-turn] [--host-network]
 *
 * Runs inside a loopback-only network namespace (netns.js), writes
 * tests/fixtures/sdp/chromium-*.sdp and refreshes the Chromium table in
 * tests/fixtures/sdp/README.md. CHROMIUM_PATH overrides /usr/bin/chromium.
 */
import { chromium } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { captureAll, withTimeout } from './capture.js';
import { FIXTURES_DIR } from './fixtures.js';
import { isolateNetwork } from './netns.js';
import { startCaptureServer } from './server.js';
import { CHROMIUM_PATH, COMMON_ARGS } from '../chromium.js';

isolateNetwork(fileURLToPath(import.meta.url));

const BROWSER = 'chromium';
const executablePath = CHROMIUM_PATH;
/** A whole run takes about fifteen seconds; a page that never reports back is stopped after this. */
const RUN_TIMEOUT_MS = 120_000;

/**
 * Switches per mode. Without --use-fake-ui-for-media-stream nothing answers the permission
 * prompt, the page holds no media permission, and Chromium hides host addresses behind mDNS
 * names (draft-ietf-mmusic-mdns-ice-candidates): the mdns case.
 * @type {Record<import('./capture.js').Mode, string[]>}
 */
const ARGS = {
	granted: ['--use-fake-ui-for-media-stream', ...COMMON_ARGS],
	ungranted: COMMON_ARGS,
	relay: ['--use-fake-ui-for-media-stream', ...COMMON_ARGS]
};

/** @type {import('./capture.js').OpenPage} */
async function openPage({ mode, query }) {
	const server = await startCaptureServer({ browser: BROWSER, outDir: FIXTURES_DIR });
	try {
		const browser = await chromium.launch({ executablePath, args: ARGS[mode] });
		try {
			const page = await browser.newPage();
			await page.goto(`${server.origin}/page.html?${query}`);
			const result = await withTimeout(server.done, RUN_TIMEOUT_MS, 'capture page');
			return { ...result, files: server.written.map((file) => file.name) };
		} finally {
			await browser.close();
		}
	} finally {
		await server.close();
	}
}

const version = spawnSync(executablePath, ['--version'], { encoding: 'utf8' }).stdout.trim();
await captureAll({ browser: BROWSER, version, openPage });
