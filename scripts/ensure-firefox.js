// @ts-check
/**
 * Run before the Firefox journeys (and by .ci/run): make sure the Firefox they drive exists.
 * Debian's `firefox-esr`, as root with apt-get; Playwright's own Firefox build would have to be
 * downloaded from its CDN, which this network refuses. Quiet when Firefox is already there.
 */
import { spawnSync } from 'node:child_process';
import process from 'node:process';
import { aptInstall, aptUnavailable, isExecutable } from './apt.js';
import { FIREFOX_PATH } from './firefox.js';

const DEFAULT_FIREFOX = '/usr/bin/firefox-esr';

if (process.env.FIREFOX_PATH) {
	// the journeys launch exactly this path, so installing a package would not help
	if (isExecutable(FIREFOX_PATH)) process.exit(0);
	console.error(`FIREFOX_PATH is set to ${FIREFOX_PATH}, which is not an executable file.`);
	process.exit(1);
}

if (isExecutable(DEFAULT_FIREFOX)) process.exit(0);

const unavailable = aptUnavailable();
if (unavailable === 'no-apt') {
	console.error(
		`Firefox was not found at ${DEFAULT_FIREFOX}. Install Firefox and point FIREFOX_PATH at ` +
			'its executable, e.g. FIREFOX_PATH=/path/to/firefox npm test'
	);
	process.exit(1);
}
if (unavailable === 'not-root') {
	console.error(
		`Firefox was not found at ${DEFAULT_FIREFOX}. Install it with:\n\n` +
			'    sudo apt-get install firefox-esr\n\n' +
			'or point FIREFOX_PATH at another Firefox executable.'
	);
	process.exit(1);
}

console.log(`Firefox was not found at ${DEFAULT_FIREFOX}; installing firefox-esr with apt-get.`);
aptInstall(['firefox-esr']);

const version = spawnSync(DEFAULT_FIREFOX, ['--version'], { encoding: 'utf8' });
if (!isExecutable(DEFAULT_FIREFOX) || version.status !== 0) {
	console.error(`apt-get finished, but ${DEFAULT_FIREFOX} does not run.`);
	console.error(version.stderr || version.error?.message || '');
	process.exit(1);
}
console.log(`Installed ${version.stdout.trim()}`);
