import type { TurnOffer } from '$lib/vocabulary';
import { json } from '@sveltejs/kit';
import { currentTurn, embeddedUrls, turnCredentials } from '$lib/server/turn.js';
import type { RequestHandler } from './$types';

/**
 * Short-lived STUN/TURN settings for this browser: the TURN REST API credentials (username
 * `expiry:name`, password HMAC'ed from the shared secret, which never leaves the server), and the
 * URLs of the embedded coturn as seen from the address the browser used, or of the external one.
 */
export const GET: RequestHandler = ({ url }) => {
	const turn = currentTurn();
	const headers = { 'cache-control': 'no-store' };
	if (!turn) {
		const offer: TurnOffer = {
			available: false,
			reason: 'disabled',
			detail: 'no TURN launcher ran in this server process'
		};
		return json(offer, { headers });
	}
	if (turn.kind === 'unavailable') {
		const offer: TurnOffer = { available: false, reason: turn.reason, detail: turn.detail };
		return json(offer, { headers });
	}
	const credentials = turnCredentials(turn.secret, { ttlSeconds: turn.ttlSeconds });
	const urls =
		turn.kind === 'embedded'
			? embeddedUrls(turn, url.hostname)
			: {
					stunUrls: turn.urls.filter((u) => /^stuns?:/i.test(u)),
					turnUrls: turn.urls.filter((u) => /^turns?:/i.test(u))
				};
	const offer: TurnOffer = {
		available: true,
		source: turn.kind,
		...urls,
		username: credentials.username,
		credential: credentials.credential,
		expiresAt: credentials.expiresAt
	};
	return json(offer, { headers });
};
