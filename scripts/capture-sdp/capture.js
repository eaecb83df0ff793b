// @ts-check
/**
 * What chromium.js and firefox.js share: the command line, which case runs in which mode, the
 * throwaway TURN server, and recording the result. Each browser script only says how to open
 * the capture page in its browser (`openPage`).
 *
 * Modes, because media permission changes the candidates (see scenarios.js):
 *   granted    media permission, real host addresses: every case but mdns and relay-only
 *   ungranted  no permission, host addresses hidden behind mDNS names: mdns
 *   relay      media permission and a TURN server on 127.0.0.1: relay-only
 */
import process from 'node:process';
import { recordCapture } from './fixtures.js';
import { withMdnsLink } from './netns.js';
import { startTurnServer, turnServerInstalled } from './turn.js';

export const GRANTED_CASES = [
	'av-data',
	'data-only',
	'simulcast',
	'16-transceivers',
	'ice-restart',
	'codec-preferences'
];

/**
 * @typedef {'granted' | 'ungranted' | 'relay'} Mode
 * @typedef {{ userAgent: string, files: string[], failures: Record<string, string> }} PageResult
 * @typedef {(run: { mode: Mode, query: URLSearchParams }) => Promise<PageResult>} OpenPage
 */

/**
 * --cases a,b     capture only these cases (default: all)
 * --no-turn       skip relay-only even when coturn is installed
 * --host-network  handled by netns.js
 * @param {string[]} argv
 */
function parseCli(argv) {
	const casesIndex = argv.indexOf('--cases');
	const only = casesIndex === -1 ? null : new Set((argv[casesIndex + 1] ?? '').split(','));
	return {
		turn: !argv.includes('--no-turn'),
		/** @param {string[]} cases */
		select: (cases) => (only ? cases.filter((name) => only.has(name)) : cases)
	};
}

/**
 * Settles like `promise`, or rejects after `ms`; the timer never outlives the promise, so the
 * script exits as soon as its work is done.
 * @template T
 * @param {Promise<T>} promise
 * @param {number} ms
 * @param {string} what
 * @returns {Promise<T>}
 */
export function withTimeout(promise, ms, what) {
	/** @type {ReturnType<typeof setTimeout> | undefined} */
	let timer;
	const timeout = new Promise((_, reject) => {
		timer = setTimeout(() => reject(new Error(`${what}: no result after ${ms} ms`)), ms);
	});
	return /** @type {Promise<T>} */ (Promise.race([promise, timeout])).finally(() =>
		clearTimeout(timer)
	);
}

/**
 * @param {{ browser: string, version: string, openPage: OpenPage }} options
 */
export async function captureAll({ browser, version, openPage }) {
	const cli = parseCli(process.argv.slice(2));
	/** @type {PageResult} */
	const total = { userAgent: '', files: [], failures: {} };
	/** Cases left out on purpose: reported, but the run still succeeds. */
	const skipped = new Set();

	/**
	 * @param {Mode} mode
	 * @param {string[]} cases
	 * @param {RTCIceServer} [turn]
	 */
	async function run(mode, cases, turn) {
		if (cases.length === 0) return;
		const query = new URLSearchParams({
			browser,
			cases: cases.join(','),
			prime: mode === 'ungranted' ? '0' : '1'
		});
		if (turn) query.set('turn', JSON.stringify(turn));
		console.log(`${browser} (${mode}): ${cases.join(', ')}`);
		try {
			const result = await openPage({ mode, query });
			total.userAgent ||= result.userAgent;
			total.files.push(...result.files);
			Object.assign(total.failures, result.failures);
		} catch (error) {
			const reason = error instanceof Error ? error.message : String(error);
			for (const name of cases) total.failures[name] = reason;
		}
	}

	await run('granted', cli.select(GRANTED_CASES));
	if (cli.select(['mdns']).length > 0) await withMdnsLink(() => run('ungranted', ['mdns']));

	let turnVersion = '';
	if (cli.select(['relay-only']).length > 0) {
		if (!cli.turn || !turnServerInstalled()) {
			skipped.add('relay-only');
			total.failures['relay-only'] = cli.turn
				? 'skipped: coturn (turnserver) is not installed'
				: 'skipped (--no-turn)';
		} else {
			const turn = await startTurnServer();
			turnVersion = turn.version;
			try {
				await run('relay', ['relay-only'], turn.iceServer);
			} finally {
				await turn.stop();
			}
		}
	}

	await recordCapture({ browser, version, turnVersion, ...total });
	for (const [name, reason] of Object.entries(total.failures)) {
		console.warn(`not captured: ${name}: ${reason}`);
	}
	if (Object.keys(total.failures).some((name) => !skipped.has(name))) process.exitCode = 1;
}
