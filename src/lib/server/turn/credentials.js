// @ts-check
/**
 * Short-lived TURN credentials from a shared secret, the TURN REST API scheme
 * (draft-uberti-behave-turn-rest-00 §2.2) that coturn implements as `use-auth-secret`: username
 * `expiry:name`, password base64(HMAC-SHA1(secret, username)). The secret never leaves the
 * server; coturn recomputes the password and checks the expiry on every request.
 */
import { createHmac } from 'node:crypto';

/**
 * coturn checks the expiry in the username on every authenticated request, and a browser sends
 * them all call long (CreatePermission every 5 minutes, Refresh before the allocation lapses:
 * RFC 8656 §7.3, §9), so the credentials must outlive the call, not just its set-up: 4 hours, a
 * school afternoon.
 */
export const DEFAULT_TTL_S = 4 * 60 * 60;

/**
 * TURN REST API credentials: valid until `expiresAt` (seconds), which coturn checks against the
 * timestamp in the username.
 * @param {string} secret
 * @param {{ name?: string, ttlSeconds?: number, now?: number }} [options]
 */
export function turnCredentials(
	secret,
	{ name = 'peerscope', ttlSeconds = DEFAULT_TTL_S, now = Date.now() } = {}
) {
	const expiresAt = Math.floor(now / 1000) + ttlSeconds;
	const username = `${expiresAt}:${name}`;
	const credential = createHmac('sha1', secret).update(username).digest('base64');
	return { username, credential, expiresAt };
}
