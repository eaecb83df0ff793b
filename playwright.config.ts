import { defineConfig } from '@playwright/test';
import { CHROMIUM_PATH, COMMON_ARGS, GRANTED_ARGS } from './scripts/chromium.js';

/** PW_PORT lets two checkouts run their e2e suites side by side. */
const PORT = Number(process.env.PW_PORT ?? 4173);
const HOST = '127.0.0.1';
const BASE_URL = `http://${HOST}:${PORT}`;
const CI = Boolean(process.env.CI);

/**
 * Answers every permission prompt with "block", so getUserMedia rejects with NotAllowedError
 * ("Permission denied"). Headless Chromium happens to deny unanswered prompts anyway, but a headed
 * run (--headed, --debug) would sit on the prompt; this switch makes both the same.
 * --use-fake-ui-for-media-stream must stay out: it wins over this switch.
 */
const deniedArgs = ['--deny-permission-prompts', ...COMMON_ARGS];

export default defineConfig({
	testDir: 'tests/e2e',
	timeout: 60_000,
	retries: 0,
	forbidOnly: CI,
	// Two cores, and every WebRTC test runs two peers plus a server and a Chromium: a second worker
	// made the suite no faster here (2.8 min against 2.6 min) and timed out a page load under load.
	// Pass --workers=2 to try it locally.
	workers: 1,
	reporter: CI ? 'list' : [['list'], ['html', { open: 'never' }]],
	use: { baseURL: BASE_URL, browserName: 'chromium' },
	webServer: {
		command: 'node scripts/ensure-build.js && node server.js',
		env: { PORT: String(PORT), HOST },
		url: BASE_URL,
		reuseExistingServer: !CI
	},
	projects: [
		{
			name: 'chromium',
			testIgnore: '**/*.denied.spec.ts',
			use: { launchOptions: { executablePath: CHROMIUM_PATH, args: GRANTED_ARGS } }
		},
		{
			name: 'chromium-denied',
			testMatch: '**/*.denied.spec.ts',
			use: { launchOptions: { executablePath: CHROMIUM_PATH, args: deniedArgs } }
		}
	]
});
