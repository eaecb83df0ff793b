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

isolateNetwork(fileURLToPath(import.meta.url));

const BROWSER = 'firefox';
const executable = process.env.FIREFOX_PATH ?? 'firefox-esr';
/** Firefox's first start on a new profile is slow; the whole run takes well under a minute. */
const RUN_TIMEOUT_MS = 180_000;
/** After SIGTERM, how long Firefox gets to exit before SIGKILL. */
const EXIT_GRACE_MS = 5_000;

/**
 * Preferences for every run. Fake media without a prompt; loopback candidates (there is nothing
 * else in the namespace); and every background service off or pointed at nothing, so Firefox
 * opens no connection of its own.
 * @type {Record<string, boolean | number | string>}
 */
const BASE_PREFS = {
	'media.navigator.streams.fake': true,
	'media.navigator.permission.disabled': true,
	'media.peerconnection.ice.loopback': true,
	'media.autoplay.default': 0,
	// First run, default browser, session restore
	'browser.shell.checkDefaultBrowser': false,
	'browser.startup.page': 0,
	'browser.startup.homepage': 'about:blank',
	'browser.startup.homepage_override.mstone': 'ignore',
	'startup.homepage_welcome_url': '',
	'startup.homepage_welcome_url.additional': '',
	'browser.aboutwelcome.enabled': false,
	'browser.newtabpage.enabled': false,
	'browser.sessionstore.resume_from_crash': false,
	'toolkit.startup.max_resumed_crashes': -1,
	// Updates: application, add-ons, system add-ons, media plugins (OpenH264), search, blocklist
	'app.update.enabled': false,
	'app.update.auto': false,
	'app.update.checkInstallTime': false,
	'extensions.update.enabled': false,
	'extensions.update.autoUpdateDefault': false,
	'extensions.getAddons.cache.enabled': false,
	'extensions.systemAddon.update.enabled': false,
	'extensions.blocklist.enabled': false,
	'media.gmp-manager.updateEnabled': false,
	'media.gmp-manager.url': '',
	'browser.search.update': false,
	'services.settings.server': '',
	'browser.region.update.enabled': false,
	'browser.region.network.url': '',
	// Telemetry, studies, reporting
	'toolkit.telemetry.enabled': false,
	'toolkit.telemetry.unified': false,
	'toolkit.telemetry.archive.enabled': false,
	'toolkit.telemetry.server': '',
	'datareporting.policy.dataSubmissionEnabled': false,
	'datareporting.healthreport.uploadEnabled': false,
	'app.normandy.enabled': false,
	'app.shield.optoutstudies.enabled': false,
	'browser.discovery.enabled': false,
	'browser.crashReports.unsubmittedCheck.autoSubmit2': false,
	// Network probes and speculative connections
	'network.captive-portal-service.enabled': false,
	'captivedetect.canonicalURL': '',
	'network.connectivity-service.enabled': false,
	'network.connectivity-service.IPv4.url': '',
	'network.connectivity-service.IPv6.url': '',
	'network.trr.mode': 5,
	'network.proxy.type': 0,
	'network.dns.disablePrefetch': true,
	'network.prefetch-next': false,
	'network.http.speculative-parallel-limit': 0,
	'dom.push.enabled': false,
	'dom.push.connection.enabled': false,
	'geo.enabled': false,
	'geo.provider.network.url': '',
	'security.OCSP.enabled': 0,
	'security.remote_settings.crlite_filters.enabled': false,
	'security.remote_settings.intermediates.enabled': false,
	// Safe Browsing
	'browser.safebrowsing.malware.enabled': false,
	'browser.safebrowsing.phishing.enabled': false,
	'browser.safebrowsing.blockedURIs.enabled': false,
	'browser.safebrowsing.downloads.enabled': false,
	'browser.safebrowsing.downloads.remote.enabled': false,
	'browser.safebrowsing.provider.google.updateURL': '',
	'browser.safebrowsing.provider.google4.updateURL': '',
	'browser.safebrowsing.provider.mozilla.updateURL': '',
	// New tab page feeds
	'browser.newtabpage.activity-stream.feeds.system.topstories': false,
	'browser.newtabpage.activity-stream.feeds.topsites': false,
	'browser.newtabpage.activity-stream.telemetry': false,
	'browser.topsites.contile.enabled': false
};

/**
 * Firefox hides host addresses behind mDNS names when this is on and the page holds no
 * camera/microphone permission; the mdns run turns it on, the others off.
 */
const OBFUSCATE_PREF = 'media.peerconnection.ice.obfuscate_host_addresses';

/**
 * A page that neither captures nor holds a camera/microphone permission gets candidates on the
 * default-route interface only (Firefox's PeerConnectionImpl::GetPrefDefaultAddressOnly), never
 * on loopback. Fake streams do not count as capturing, so grant the permission outright.
 */
const GRANTED_PREFS = {
	[OBFUSCATE_PREF]: false,
	'permissions.default.camera': 1,
	'permissions.default.microphone': 1
};

/** @param {Record<string, boolean | number | string>} prefs */
function userJs(prefs) {
	return Object.entries(prefs)
		.map(([name, value]) => `user_pref(${JSON.stringify(name)}, ${JSON.stringify(value)});\n`)
		.join('');
}

/**
 * @param {import('node:child_process').ChildProcess} child
 * @returns {Promise<void>}
 */
function stopFirefox(child) {
	if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) {
		return Promise.resolve();
	}
	const group = -child.pid;
	return new Promise((resolve) => {
		const timer = setTimeout(() => {
			try {
				process.kill(group, 'SIGKILL');
			} catch {
				// already gone
			}
		}, EXIT_GRACE_MS);
		child.once('exit', () => {
			clearTimeout(timer);
			resolve();
		});
		// Firefox runs a content process per site: signal the group this script started.
		process.kill(group, 'SIGTERM');
	});
}

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
