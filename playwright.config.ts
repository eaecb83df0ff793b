import { defineConfig } from '@playwright/test';

const PORT = 4173;
const HOST = '127.0.0.1';
const BASE_URL = `http://${HOST}:${PORT}`;
const CI = Boolean(process.env.CI);

/** The distribution's Chromium (scripts/ensure-chromium.js), not Playwright's downloaded one. */
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Chrome's testing switches, as in webrtc/samples: a fake camera and microphone (a test pattern
 * and a beep), peer connections allowed over loopback, and nothing that talks to the network.
 */
const commonArgs = [
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

/** Answers every permission prompt with "allow", so getUserMedia resolves with the fake devices. */
const grantedArgs = ['--use-fake-ui-for-media-stream', ...commonArgs];

/**
 * Answers every permission prompt with "block", so getUserMedia rejects with NotAllowedError
 * ("Permission denied"). Headless Chromium happens to deny unanswered prompts anyway, but a headed
 * run (--headed, --debug) would sit on the prompt; this switch makes both the same.
 * --use-fake-ui-for-media-stream must stay out: it wins over this switch.
 */
const deniedArgs = ['--deny-permission-prompts', ...commonArgs];

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
			use: { launchOptions: { executablePath, args: grantedArgs } }
		},
		{
			name: 'chromium-denied',
			testMatch: '**/*.denied.spec.ts',
			use: { launchOptions: { executablePath, args: deniedArgs } }
		}
	]
});
