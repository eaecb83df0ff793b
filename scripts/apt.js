// @ts-check
/**
 * What scripts/ensure-*.js share: telling whether a file runs, and installing a Debian package
 * when this machine can (Debian with apt-get, as root; .ci/run is both).
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import process from 'node:process';

/** @param {string} file */
export function isExecutable(file) {
	try {
		accessSync(file, constants.X_OK);
		return true;
	} catch {
		return false;
	}
}

/** Why apt-get cannot be used here, or null when it can. */
export function aptUnavailable() {
	const hasApt = existsSync('/etc/debian_version') && isExecutable('/usr/bin/apt-get');
	if (!hasApt) return 'no-apt';
	if (process.getuid?.() !== 0) return 'not-root';
	return null;
}

/**
 * @param {string} command
 * @param {string[]} args
 */
function run(command, args) {
	console.log(`$ ${command} ${args.join(' ')}`);
	const result = spawnSync(command, args, {
		stdio: 'inherit',
		env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
	});
	if (result.status !== 0) {
		console.error(`${command} failed (${result.error?.message ?? `exit ${result.status}`}).`);
		process.exit(1);
	}
}

/**
 * Installs Debian packages, exiting the process when apt-get fails.
 * @param {string[]} packages
 * @param {string[]} [options] extra apt-get install options
 */
export function aptInstall(packages, options = []) {
	run('apt-get', ['update']);
	run('apt-get', ['install', '-y', ...options, ...packages]);
}
