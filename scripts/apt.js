// @ts-check
/**
 * What scripts/ensure-*.js share: telling whether a file runs, installing a Debian package
 * when this machine can (Debian with apt-get, as root; .ci/run is both), and making sure a
 * browser the tests launch is there.
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

/**
 * @typedef {object} Browser
 * @property {string} name how messages call it ('Chromium')
 * @property {string} kinds what else would do ('Chromium or Chrome')
 * @property {string} envVar the variable that names another executable ('CHROMIUM_PATH')
 * @property {string} defaultPath where the Debian package puts it, and the launchers look
 * @property {string} aptPackage the Debian package ('chromium')
 */

/**
 * Makes sure the browser a test run launches exists, and exits the process when it cannot: the
 * executable `envVar` names (installing a package would not help then), else `defaultPath`,
 * installed with apt-get as root on Debian when missing; elsewhere it says what to install. Quiet
 * when the browser is already there.
 * @param {Browser} browser
 */
export function ensureBrowser({ name, kinds, envVar, defaultPath, aptPackage }) {
	const override = process.env[envVar];
	if (override) {
		// the launchers use exactly this path, so installing a package would not help
		if (isExecutable(override)) return;
		console.error(`${envVar} is set to ${override}, which is not an executable file.`);
		process.exit(1);
	}
	if (isExecutable(defaultPath)) return;

	const unavailable = aptUnavailable();
	if (unavailable === 'no-apt') {
		console.error(
			`${name} was not found at ${defaultPath}. Install ${kinds} and point ${envVar} at its ` +
				`executable, e.g. ${envVar}=/path/to/${aptPackage} npm test`
		);
		process.exit(1);
	}
	if (unavailable === 'not-root') {
		console.error(
			`${name} was not found at ${defaultPath}. Install it with:\n\n` +
				`    sudo apt-get install ${aptPackage}\n\n` +
				`or point ${envVar} at another ${kinds} executable.`
		);
		process.exit(1);
	}

	console.log(`${name} was not found at ${defaultPath}; installing ${aptPackage} with apt-get.`);
	aptInstall([aptPackage]);
	const version = spawnSync(defaultPath, ['--version'], { encoding: 'utf8' });
	if (!isExecutable(defaultPath) || version.status !== 0) {
		console.error(`apt-get finished, but ${defaultPath} does not run.`);
		console.error(version.stderr || version.error?.message || '');
		process.exit(1);
	}
	console.log(`Installed ${version.stdout.trim()}`);
}
