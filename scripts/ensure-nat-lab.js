// @ts-check
/**
 * Run before the unit tests and `npm run lab:nat`: the NAT lab's root tests (tests/unit/nat-lab/)
 * need ip (iproute2), nft (nftables), conntrack, tcpdump and ss, besides Chromium and coturn
 * (their own ensure-* scripts). As root on Debian it installs what is missing; elsewhere it does
 * nothing, and the lab tests say why they skip (or fail, under CI).
 */
import { spawnSync } from 'node:child_process';
import process from 'node:process';
import { aptInstall, aptUnavailable } from './apt.js';

/** command → the Debian package that has it */
const TOOLS = {
	ip: 'iproute2',
	ss: 'iproute2',
	nft: 'nftables',
	conntrack: 'conntrack',
	tcpdump: 'tcpdump'
};

if (process.platform !== 'linux' || aptUnavailable()) process.exit(0);
const missing = [
	...new Set(
		Object.entries(TOOLS)
			.filter(([command]) => spawnSync('sh', ['-c', `command -v ${command}`]).status !== 0)
			.map(([, pkg]) => pkg)
	)
];
if (missing.length) {
	console.log(`The NAT lab needs ${missing.join(', ')}; installing with apt-get.`);
	aptInstall(missing, ['--no-install-recommends']);
}
