// @ts-check
/**
 * Run before the unit tests (and by .ci/run): make sure the tools the NAT lab drives exist —
 * `ip`, `ss` and `tc` (iproute2), `nft` (nftables), `conntrack` and `tcpdump`. The lab builds real NATs
 * in network namespaces, so it needs root; its tests run as root (CI is root) and say why they are
 * skipped otherwise. As root on Debian this installs the missing packages; as another user it
 * only says what is missing and exits 0, because without root the lab cannot run anyway.
 */
import { spawnSync } from 'node:child_process';
import process from 'node:process';
import { aptInstall, aptUnavailable } from './apt.js';

/** Debian package → the commands the lab needs from it. */
const PACKAGES = /** @type {const} */ ({
	iproute2: ['ip', 'ss', 'tc'],
	nftables: ['nft'],
	conntrack: ['conntrack'],
	tcpdump: ['tcpdump']
});

/** @param {string} command */
function onPath(command) {
	const found = spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
	return found.status === 0;
}

function missingPackages() {
	return Object.entries(PACKAGES)
		.filter(([, commands]) => commands.some((command) => !onPath(command)))
		.map(([name]) => name);
}

const missing = missingPackages();
if (missing.length === 0) process.exit(0);

const why = aptUnavailable();
if (why) {
	console.warn(
		`The NAT lab needs ${missing.join(', ')}, which ${missing.length > 1 ? 'are' : 'is'} not ` +
			`installed (${why === 'not-root' ? 'not root, so not installing' : 'no apt-get here'}). ` +
			`Install with:\n\n    sudo apt-get install ${missing.join(' ')}\n\n` +
			'The NAT lab tests need root and are skipped without it.'
	);
	process.exit(0);
}

console.log(`Installing the NAT lab's tools: ${missing.join(', ')}.`);
aptInstall(missing, ['--no-install-recommends']);
const still = missingPackages();
if (still.length > 0) {
	console.error(`apt-get finished, but ${still.join(', ')} still lacks a command.`);
	process.exit(1);
}
console.log('Installed the NAT lab tools.');
