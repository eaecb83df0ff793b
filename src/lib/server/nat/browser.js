// @ts-check
/**
 * One headless Debian Chromium inside a home namespace: Playwright drives it over its control
 * pipe (which crosses the namespace boundary as inherited file descriptors), while the browser's
 * own sockets live in the namespace, behind its NAT.
 */
import { chmodSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH, GRANTED_ARGS } from '../../../../scripts/chromium.js';
import { EMIT_PREFIX, PAGE_HTML, PAGE_URL } from './page.js';

/**
 * @param {{ namespace: string, dir: string, onEmit: (message: { kind: string, data: any }) => void }} options
 */
export async function launchPeer({ namespace, dir, onEmit }) {
	// Playwright starts the executable it is given; this one enters the namespace first.
	const wrapper = path.join(dir, `chromium-${namespace}.sh`);
	writeFileSync(wrapper, `#!/bin/sh\nexec ip netns exec '${namespace}' '${CHROMIUM_PATH}' "$@"\n`);
	chmodSync(wrapper, 0o700);
	const browser = await chromium.launch({
		executablePath: wrapper,
		headless: true,
		// Loopback is not what the lab is about: keep it out of the candidates.
		args: GRANTED_ARGS.filter((a) => a !== '--allow-loopback-in-peer-connection'),
		timeout: 30_000,
		// The lab removes its browsers with everything else on a signal (lab.js); Playwright's own
		// handlers would close them and leave the process running.
		handleSIGINT: false,
		handleSIGTERM: false,
		handleSIGHUP: false
	});
	try {
		const context = await browser.newContext();
		const page = await context.newPage();
		await page.route('http://localhost/**', (route) =>
			route.fulfill({ status: 200, contentType: 'text/html', body: PAGE_HTML })
		);
		// The page reports through console messages (see EMIT_PREFIX), in the order it sent them.
		page.on('console', (message) => {
			const text = message.text();
			if (!text.startsWith(EMIT_PREFIX)) return;
			try {
				onEmit(JSON.parse(text.slice(EMIT_PREFIX.length)));
			} catch {
				// not the lab's message after all
			}
		});
		await page.goto(PAGE_URL);
		return { browser, page, version: browser.version() };
	} catch (error) {
		await browser.close().catch(() => {});
		throw error;
	}
}
