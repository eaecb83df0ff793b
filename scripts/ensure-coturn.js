// @ts-check
/**
 * Run before the tests (and by .ci/run): make sure coturn's `turnserver` exists, since the TURN
 * tests and the relay e2e journeys start a real one. As root on Debian it installs the `coturn`
 * package (the service it ships stays disabled: Peerscope launches its own, see
 * src/lib/server/turn/coturn.js); otherwise it says what to install. `npm start` does not need it.
 */
import process from 'node:process';
import { findTurnserver } from '../src/lib/server/turn/coturn.js';
import { aptInstall, aptUnavailable } from './apt.js';

const override = process.env.TURNSERVER;
if (override) {
	if (findTurnserver(override)) process.exit(0);
	console.error(`TURNSERVER is set to ${override}, which is not an executable turnserver.`);
	process.exit(1);
}
if (findTurnserver('turnserver')) process.exit(0);

if (aptUnavailable()) {
	console.error(
		'coturn (turnserver) was not found; the TURN tests need it. Install it with:\n\n' +
			'    sudo apt-get install coturn\n\n' +
			'or point TURNSERVER at a turnserver executable.'
	);
	process.exit(1);
}

console.log('coturn was not found; installing it with apt-get.');
aptInstall(['coturn'], ['--no-install-recommends']);
if (!findTurnserver('turnserver')) {
	console.error('apt-get finished, but turnserver is still not on PATH.');
	process.exit(1);
}
console.log('Installed coturn.');
