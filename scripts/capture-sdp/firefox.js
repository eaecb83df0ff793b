// @ts-check
/**
 * Captures SDP fixtures from Firefox (Debian's firefox-esr, which Playwright cannot drive):
 *
 *   node scripts/capture-sdp/firefox.js [--cases av-data,mdns] [--no-turn] [--host-network]
 *
 * Starts headless Firefox on a fresh profile whose user.js fakes the camera and microphone and
 * turns off everything that would phone home, points it at the capture page on 127.0.0.1, waits
 * for the page to report back, then stops that Firefox. Runs inside a loopback-only network
 * namespace (netns.js), writes tests/fixtures/sdp/firefox-*.sdp and refreshes the Firefox table in
 * tests/fixtures/sdp/README.md.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { captureAll, withTimeout } from './capture.js';
import { FIXTURES_DIR } from './fixtures.js';
import { isolateNetwork } from './netns.js';
import { startCaptureServer } from './server.js';
import { stopFirefox, userJs } from './firefox-launch.js';
import { BASE_PREFS, GRANTED_PREFS, OBFUSCATE_PREF } from '../firefox.js';

isolateNetwork(fileURLToPath(import.meta.url));

const BROWSER = 'firefox';
const executable = process.env.FIREFOX_PATH ?? 'firefox-esr';
/** Firefox's first start on a new profile is slow; the whole run takes well under a minute. */
const RUN_TIMEOUT_MS = 180_000;

/**
 * Preferences per mode on top of BASE_PREFS.
 * @type {Record<import('./capture.js').Mode, Record<string, boolean | number | string>>}
 */
const MODE_PREFS = {
	granted: GRANTED_PREFS,
	ungranted: { [OBFUSCATE_PREF]: true },
	relay: GRANTED_PREFS
};

/** @type {import('./capture.js').OpenPage} */
async function openPage({ mode, query }) {
	const server = await startCaptureServer({ browser: BROWSER, outDir: FIXTURES_DIR });
	// A throwaway HOME as well as profile: nothing is read from or left in the real one.
	const home = mkdtempSync(join(tmpdir(), 'peerscope-firefox-'));
	const profile = join(home, 'profile');
	mkdirSync(profile);
	writeFileSync(join(profile, 'user.js'), userJs({ ...BASE_PREFS, ...MODE_PREFS[mode] }));

	let stderr = '';
	const child = spawn(
		executable,
		['--headless', '--no-remote', '--profile', profile, `${server.origin}/page.html?${query}`],
		{
			// Its own process group, so stopFirefox reaches the content processes too.
			detached: true,
			stdio: ['ignore', 'ignore', 'pipe'],
			env: { ...process.env, HOME: home, MOZ_CRASHREPORTER_DISABLE: '1', MOZ_HEADLESS: '1' }
		}
	);
	child.stderr?.on('data', (chunk) => (stderr += chunk.toString('utf8')));
	try {
		const exitedEarly = new Promise((_, reject) =>
			child.once('exit', (code) => reject(new Error(`firefox exited early (${code}):\n${stderr}`)))
		);
		const result = await withTimeout(
			Promise.race([server.done, exitedEarly]),
			RUN_TIMEOUT_MS,
			'capture page'
		);
		return { ...result, files: server.written.map((file) => file.name) };
	} finally {
		await stopFirefox(child);
		await server.close();
		rmSync(home, { recursive: true, force: true });
	}
}

const version = spawnSync(executable, ['--version'], { encoding: 'utf8' }).stdout.trim();
await captureAll({ browser: BROWSER, version, openPage });
