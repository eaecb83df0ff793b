// @ts-check
/**
 * Run before the tests (and by .ci/run): make sure `redis-server` exists, since the classroom's
 * multi-instance tests and benchmark start their own (scripts/redis.js), the way the TURN tests
 * start coturn. As root on Debian it installs the `redis-server` package (its service is not
 * needed: the tests start a private one on a free loopback port); otherwise it says what to
 * install. `npm start` does not need it (Redis is used only with REDIS_URL).
 */
import process from 'node:process';
import { aptInstall, aptUnavailable } from './apt.js';
import { findRedisServer } from './redis.js';

const override = process.env.REDIS_SERVER;
if (override) {
	if (findRedisServer(override)) process.exit(0);
	console.error(`REDIS_SERVER is set to ${override}, which is not an executable redis-server.`);
	process.exit(1);
}
if (findRedisServer()) process.exit(0);

if (aptUnavailable()) {
	console.error(
		'redis-server was not found; the classroom tests need it. Install it with:\n\n' +
			'    sudo apt-get install redis-server\n\n' +
			'or point REDIS_SERVER at a redis-server executable.'
	);
	process.exit(1);
}

console.log('redis-server was not found; installing it with apt-get.');
aptInstall(['redis-server'], ['--no-install-recommends']);
if (!findRedisServer()) {
	console.error('apt-get finished, but redis-server is still not on PATH.');
	process.exit(1);
}
console.log('Installed redis-server.');
