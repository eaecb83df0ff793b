// @ts-check
// What stops a NAT lab run (LabError) and whether this machine can run the lab at all.
import { existsSync } from 'node:fs';
import { CHROMIUM_PATH } from '../../../../scripts/chromium.js';
import { hasCommand } from './exec.js';

export class LabError extends Error {
	/**
	 * @param {'unknown-scenario' | 'busy' | 'timeout' | 'unavailable' | 'aborted' | 'failed'} code
	 * @param {string} message
	 */
	constructor(code, message) {
		super(message);
		this.name = 'LabError';
		this.code = code;
	}
}

/**
 * @typedef {{ code: 'not-linux' | 'not-root' | 'no-ip' | 'no-nft' | 'no-conntrack' | 'no-tcpdump'
 *   | 'no-chromium' | 'no-turnserver', install?: string }} UnavailableReason
 */

/**
 * Whether this machine can run the lab, and if not, every reason (with the Debian package that
 * fixes it).
 * @returns {Promise<{ ok: true } | { ok: false, reasons: UnavailableReason[] }>}
 */
export async function labAvailability() {
	/** @type {UnavailableReason[]} */
	const reasons = [];
	if (process.platform !== 'linux') return { ok: false, reasons: [{ code: 'not-linux' }] };
	if (process.getuid?.() !== 0) reasons.push({ code: 'not-root' });
	const tools = /** @type {const} */ ([
		['ip', 'no-ip', 'iproute2'],
		['nft', 'no-nft', 'nftables'],
		['conntrack', 'no-conntrack', 'conntrack'],
		['tcpdump', 'no-tcpdump', 'tcpdump'],
		['turnserver', 'no-turnserver', 'coturn']
	]);
	for (const [command, code, install] of tools) {
		if (!(await hasCommand(command))) reasons.push({ code, install });
	}
	if (!existsSync(CHROMIUM_PATH)) reasons.push({ code: 'no-chromium', install: 'chromium' });
	return reasons.length === 0 ? { ok: true } : { ok: false, reasons };
}
