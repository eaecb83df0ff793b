// A lab run in a child process, for the cleanup tests: it prints its namespaces once both
// browsers run in them (the most it has running), then waits to be killed (SIGTERM, SIGINT) or
// crashes (`crash`) with an uncaught error.
import { runScenario } from '../../../src/lib/server/nat/lab.js';

const mode = process.argv[2];
/** @type {string[]} */
let namespaces = [];
runScenario(
	{ a: 'cone', b: 'symmetric', servers: 'stun' },
	{
		timeoutMs: 60_000,
		onEvent(event) {
			if (event.kind !== 'phase') return;
			if (event.data.phase === 'topology') namespaces = event.data.namespaces;
			if (event.data.phase !== 'browsers') return;
			process.stdout.write(JSON.stringify({ namespaces }) + '\n');
			if (mode === 'crash') {
				setTimeout(() => {
					throw new Error('a crash in the middle of a lab run');
				}, 200);
			}
		}
	}
).catch((error) => {
	process.stdout.write(JSON.stringify({ error: error.code }) + '\n');
});
