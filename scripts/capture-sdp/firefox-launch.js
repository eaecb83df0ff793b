// @ts-check
/**
 * Launching Debian's firefox-esr headless for a capture (capture-sdp/firefox.js and
 * capture-rtcstats/capture.js): the user.js that carries the preferences (scripts/firefox.js has
 * them) and stopping the process group it started.
 */
import process from 'node:process';

export { BASE_PREFS } from '../firefox.js';

/** After SIGTERM, how long Firefox gets to exit before SIGKILL. */
const EXIT_GRACE_MS = 5_000;

/** @param {Record<string, boolean | number | string>} prefs */
export function userJs(prefs) {
	return Object.entries(prefs)
		.map(([name, value]) => `user_pref(${JSON.stringify(name)}, ${JSON.stringify(value)});\n`)
		.join('');
}

/**
 * @param {import('node:child_process').ChildProcess} child
 * @returns {Promise<void>}
 */
export function stopFirefox(child) {
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
