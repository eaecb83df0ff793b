// @ts-check
/**
 * Run before the Firefox journeys (and by .ci/run): make sure the Firefox they drive exists.
 * Debian's `firefox-esr`, as root with apt-get; Playwright's own Firefox build would have to be
 * downloaded from its CDN, which this network refuses. Quiet when Firefox is already there.
 */
import { ensureBrowser } from './apt.js';

ensureBrowser({
	name: 'Firefox',
	kinds: 'Firefox',
	envVar: 'FIREFOX_PATH',
	// Keep in step with scripts/firefox.js, which the journeys launch.
	defaultPath: '/usr/bin/firefox-esr',
	aptPackage: 'firefox-esr'
});
