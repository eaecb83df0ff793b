// A lab run in a child process, for the cleanup tests: it prints its namespaces once the topology
// exists, then waits to be killed (SIGTERM, SIGINT) or crashes (`crash`) with an uncaught error.
import { runScenario } from '../../../src/lib/server/nat/lab.js';

const mode = process.argv[2];
runScenario(
	{ a: 'cone', b: 'symmetric', servers: 'stun' },
	{
		timeoutMs: 60_000,
		onEvent(event) {
			if (event.kind !== 'phase' || event.data.phase !== 'topology') return;
			process.stdout.write(JSON.stringify({ namespaces: event.data.namespaces }) + '\n');
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
