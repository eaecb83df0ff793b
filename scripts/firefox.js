// @ts-check
/**
 * The Firefox every browser run of the project uses (the Firefox journeys under tests/firefox/,
 * SDP capture): Debian's firefox-esr (scripts/ensure-firefox.js installs it), driven over
 * WebDriver BiDi, with preferences that fake the camera and microphone and turn off everything
 * that would open a connection of its own. The counterpart of scripts/chromium.js.
 */
import process from 'node:process';

/** Keep in step with scripts/ensure-firefox.js. */
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/**
 * Preferences for every run. Fake media without a prompt; loopback candidates (there is nothing
 * else in the namespace); and every background service off or pointed at nothing, so Firefox
 * opens no connection of its own.
 * @type {Record<string, boolean | number | string>}
 */
export const BASE_PREFS = {
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
export const OBFUSCATE_PREF = 'media.peerconnection.ice.obfuscate_host_addresses';

/**
 * A page that neither captures nor holds a camera/microphone permission gets candidates on the
 * default-route interface only (Firefox's PeerConnectionImpl::GetPrefDefaultAddressOnly), never
 * on loopback. Fake streams do not count as capturing, so grant the permission outright.
 */
export const GRANTED_PREFS = {
	[OBFUSCATE_PREF]: false,
	'permissions.default.camera': 1,
	'permissions.default.microphone': 1
};

/**
 * Everything a journey needs: the base preferences with the camera and microphone granted, and
 * every host name resolved to loopback (Firefox's own testing switch), so that a background
 * service the preferences above do not reach (Remote Settings still looked up
 * firefox.settings.services.mozilla.com) cannot leave the machine. The journeys name the app by
 * its loopback address, so they lose nothing.
 */
export const JOURNEY_PREFS = {
	...BASE_PREFS,
	...GRANTED_PREFS,
	'network.dns.native-is-localhost': true
};
