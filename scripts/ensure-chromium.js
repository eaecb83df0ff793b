// @ts-check
/**
 * Run before e2e tests and benchmarks: make sure the Chromium that playwright.config.ts launches
 * exists. We use the distribution's Chromium rather than `npx playwright install`, which needs
 * network access to Playwright's CDN. Quiet when Chromium is already there.
 */
import { spawnSync } from 'node:child_process';
import process from 'node:process';
import { aptInstall, aptUnavailable, isExecutable } from './apt.js';

/** Keep in step with playwright.config.ts. */
const DEFAULT_CHROMIUM = '/usr/bin/chromium';

const override = process.env.CHROMIUM_PATH;
if (override) {
	// playwright.config.ts launches exactly this path, so installing a package would not help.
	if (isExecutable(override)) process.exit(0);
	console.error(`CHROMIUM_PATH is set to ${override}, which is not an executable file.`);
	process.exit(1);
}

if (isExecutable(DEFAULT_CHROMIUM)) process.exit(0);

const unavailable = aptUnavailable();

if (unavailable === 'no-apt') {
	console.error(
		`Chromium was not found at ${DEFAULT_CHROMIUM}. Install Chromium (or Chrome) and point ` +
			'CHROMIUM_PATH at its executable, e.g. CHROMIUM_PATH=/path/to/chromium npm test'
	);
	process.exit(1);
}

if (unavailable === 'not-root') {
	console.error(
		`Chromium was not found at ${DEFAULT_CHROMIUM}. Install it with:\n\n` +
			'    sudo apt-get install chromium\n\n' +
			'or point CHROMIUM_PATH at another Chromium or Chrome executable.'
	);
	process.exit(1);
}

console.log(`Chromium was not found at ${DEFAULT_CHROMIUM}; installing it with apt-get.`);
aptInstall(['chromium']);

const version = spawnSync(DEFAULT_CHROMIUM, ['--version'], { encoding: 'utf8' });
if (!isExecutable(DEFAULT_CHROMIUM) || version.status !== 0) {
	console.error(`apt-get finished, but ${DEFAULT_CHROMIUM} does not run.`);
	console.error(version.stderr || version.error?.message || '');
	process.exit(1);
}
console.log(`Installed ${version.stdout.trim()}`);
