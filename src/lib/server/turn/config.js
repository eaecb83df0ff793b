// @ts-check
/**
 * Where relay comes from, as the environment says it, read once and checked, nothing started:
 *
 *   TURN_URLS      comma-separated stun:/turn:/turns: URLs of an external server (then TURN_SECRET)
 *   TURN_SECRET    that server's static-auth-secret
 *   TURN_EMBEDDED  `off` to not launch coturn (relay is then unavailable unless TURN_URLS is set)
 *   TURN_PORT      listening port of the embedded coturn (default 3478 when free, else any free port)
 *   TURN_TTL       credential lifetime in seconds (default 14400, 4 hours)
 *   TURNSERVER     the coturn binary (default: turnserver on PATH)
 */
import { DEFAULT_TTL_S } from './credentials.js';

/**
 * @typedef {(
 *   | { kind: 'external', secret: string, urls: string[] }
 *   | { kind: 'embedded', binary: string, port: number | undefined }
 *   | { kind: 'unavailable', reason: 'disabled' | 'failed', detail: string }
 * ) & { ttlSeconds: number }} TurnSettings
 */

/** @param {string | undefined} value */
function ttlFrom(value) {
	const n = Number(value);
	return Number.isInteger(n) && n > 0 ? n : DEFAULT_TTL_S;
}

/**
 * @param {NodeJS.ProcessEnv} env
 * @returns {TurnSettings}
 */
export function turnSettings(env) {
	const ttlSeconds = ttlFrom(env.TURN_TTL);
	const external = (env.TURN_URLS ?? '')
		.split(',')
		.map((u) => u.trim())
		.filter(Boolean);
	if (external.length > 0) {
		if (!env.TURN_SECRET) {
			const detail = 'TURN_URLS is set but TURN_SECRET is not';
			return { kind: 'unavailable', reason: 'failed', detail, ttlSeconds };
		}
		return { kind: 'external', secret: env.TURN_SECRET, urls: external, ttlSeconds };
	}
	if ((env.TURN_EMBEDDED ?? '').toLowerCase() === 'off') {
		return { kind: 'unavailable', reason: 'disabled', detail: 'TURN_EMBEDDED=off', ttlSeconds };
	}
	const port = env.TURN_PORT ? Number(env.TURN_PORT) : undefined;
	if (port !== undefined && !(Number.isInteger(port) && port > 0 && port < 65536)) {
		const detail = `TURN_PORT is not a port number (1 to 65535): ${env.TURN_PORT}`;
		return { kind: 'unavailable', reason: 'failed', detail, ttlSeconds };
	}
	return { kind: 'embedded', binary: env.TURNSERVER || 'turnserver', port, ttlSeconds };
}
