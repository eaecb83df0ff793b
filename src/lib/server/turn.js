// @ts-check
/**
 * Real TURN for Peerscope: decides where relay comes from (an external server named in the
 * environment, or a local coturn when it is installed: turn/config.js), starts what is needed
 * (turn/coturn.js) and publishes it for the endpoint that hands browsers short-lived credentials
 * (turn/credentials.js) and URLs (turn/relayPolicy.js). The secret stays on the server.
 *
 * Plain JS: server.js (npm start) and vite.config.ts (npm run dev) import it directly; the
 * SvelteKit endpoint reads what they published through `currentTurn()`.
 */
import process from 'node:process';
import { turnSettings } from './turn/config.js';
import { findTurnserver, launchCoturn } from './turn/coturn.js';
import { listeningIpsFor } from './turn/relayPolicy.js';

// What the /api/ice-servers endpoint needs besides the published state.
export { turnCredentials } from './turn/credentials.js';
export { embeddedUrls } from './turn/relayPolicy.js';

const STATE = Symbol.for('peerscope.turn');

/**
 * @typedef {(
 *   | { kind: 'embedded', secret: string, port: number, listeningIps: string[] }
 *   | { kind: 'external', secret: string, urls: string[] }
 *   | { kind: 'unavailable', reason: 'notInstalled' | 'disabled' | 'failed', detail: string }
 * ) & { ttlSeconds: number }} TurnState
 */

/**
 * On globalThis rather than in a module variable: the endpoint runs a copy of this module of its
 * own (in the app's build, or Vite's SSR loader), apart from the one server.js or vite.config.ts
 * imported, and both must see one state.
 * @param {TurnState} state
 */
function publishTurn(state) {
	/** @type {any} */ (globalThis)[STATE] = state;
	return state;
}

/** @returns {TurnState | null} what the launcher published, null when none ran in this process */
export function currentTurn() {
	return /** @type {any} */ (globalThis)[STATE] ?? null;
}

/**
 * Decides where relay comes from (environment, then the embedded coturn), starts what is needed
 * and publishes it for the credentials endpoint. Never throws: a missing or failing coturn only
 * makes relay unavailable, with the reason.
 *
 * @param {{ appHost: string, env?: NodeJS.ProcessEnv, quiet?: boolean }} options
 * @returns {Promise<{ state: TurnState, close: () => Promise<void> }>}
 */
export async function startTurn({ appHost, env = process.env, quiet = false }) {
	const settings = turnSettings(env);
	const { ttlSeconds } = settings;
	const say = (/** @type {string} */ text) => quiet || console.log(text);
	const none = async () => {};
	/**
	 * @param {'notInstalled' | 'disabled' | 'failed'} reason
	 * @param {string} detail
	 */
	const unavailable = (reason, detail) => ({
		state: publishTurn({ kind: 'unavailable', reason, detail, ttlSeconds }),
		close: none
	});

	if (settings.kind === 'external') {
		const { secret, urls } = settings;
		say(`TURN: using ${urls.join(', ')}`);
		return { state: publishTurn({ kind: 'external', secret, urls, ttlSeconds }), close: none };
	}
	if (settings.kind === 'unavailable') {
		if (settings.reason === 'failed') say(`TURN: ${settings.detail}; relay is unavailable.`);
		return unavailable(settings.reason, settings.detail);
	}
	const binary = findTurnserver(settings.binary);
	if (!binary) {
		const detail = 'turnserver (Debian package coturn) is not installed';
		say(`TURN: ${detail}; relay candidates are unavailable (apt-get install coturn).`);
		return unavailable('notInstalled', detail);
	}
	try {
		const listeningIps = listeningIpsFor(appHost);
		const turn = await launchCoturn({ binary, listeningIps, port: settings.port });
		say(`TURN: coturn on ${turn.listeningIps.join(', ')} port ${turn.port} (UDP and TCP)`);
		const state = publishTurn({
			kind: 'embedded',
			secret: turn.secret,
			port: turn.port,
			listeningIps: turn.listeningIps,
			ttlSeconds
		});
		return {
			state,
			close: async () => {
				// Only while what is published is still ours: a dev server restart starts the new relay
				// before it closes the old one, whose close must not hide the new one from the endpoint.
				if (currentTurn() === state) {
					publishTurn({ kind: 'unavailable', reason: 'disabled', detail: 'stopped', ttlSeconds });
				}
				await turn.close();
			}
		};
	} catch (error) {
		const detail = /** @type {Error} */ (error).message;
		say(`TURN: coturn did not start: ${detail}`);
		return unavailable('failed', detail);
	}
}
