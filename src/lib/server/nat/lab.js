// @ts-check
/**
 * The NAT lab: one fixed scenario (two networks and a server set) run for real. It builds the
 * namespaces and NATs (topology.js), starts coturn on the internet side (coturn.js), watches
 * conntrack and captures the internet bridge (capture.js), launches one Chromium per home
 * (browser.js), relays their signaling itself, and records everything as a NatRun. At most one
 * lab runs per process, within a time limit, and every namespace and process it made is removed
 * on every way out: success, error, timeout, abort, Ctrl-C, SIGTERM, an uncaught exception.
 */
import { isScenario, NETWORKS, SERVER_SETS } from '../../nat/types.js';
import { LabError } from './availability.js';
import { runExclusive } from './supervise.js';

export { LabError, labAvailability } from './availability.js';
export { DEFAULT_TIMEOUT_MS } from './supervise.js';
export { CONNECT_TIMEOUT_MS, NETEM_DELAY_MS, SETTLE_MS } from './work.js';

/** @typedef {import('../../nat/types.js').NetworkName} NetworkName */
/** @typedef {import('../../nat/types.js').ServerSet} ServerSet */
/** @typedef {import('../../nat/types.js').NatRun} NatRun */
/** @typedef {import('../../nat/types.js').NatEvent} NatEvent */

/** @type {Promise<unknown> | null} */
let active = null;

/**
 * Runs one scenario. See the module comment and nat-contract.md.
 * @param {{ a: unknown, b: unknown, servers: unknown }} scenario
 * @param {{ onEvent?: (event: NatEvent) => void, signal?: AbortSignal, timeoutMs?: number, connectTimeoutMs?: number, rawDir?: string }} [options]
 * @returns {Promise<NatRun>}
 */
export async function runScenario(scenario, options = {}) {
	const { a, b, servers } = scenario ?? {};
	if (!isScenario(a, b, servers)) {
		throw new LabError(
			'unknown-scenario',
			`not a lab scenario: ${JSON.stringify({ a, b, servers })} (networks: ${NETWORKS.join(', ')}; servers: ${SERVER_SETS.join(', ')})`
		);
	}
	if (active) throw new LabError('busy', 'another NAT lab is running in this process');
	const run = runExclusive(
		/** @type {NetworkName} */ (a),
		/** @type {NetworkName} */ (b),
		/** @type {ServerSet} */ (servers),
		options
	);
	active = run;
	try {
		return await run;
	} finally {
		active = null;
	}
}
