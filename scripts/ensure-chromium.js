// @ts-check
/**
 * Run before e2e tests and benchmarks: make sure the Chromium that playwright.config.ts launches
 * exists. We use the distribution's Chromium rather than `npx playwright install`, which needs
 * network access to Playwright's CDN. Quiet when Chromium is already there.
 */
import { ensureBrowser } from './apt.js';

ensureBrowser({
	name: 'Chromium',
	kinds: 'Chromium or Chrome',
	envVar: 'CHROMIUM_PATH',
	// Keep in step with scripts/chromium.js, which playwright.config.ts launches.
	defaultPath: '/usr/bin/chromium',
	aptPackage: 'chromium'
});
