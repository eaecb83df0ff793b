import type { TurnOffer } from '$lib/vocabulary';

/** The app server's STUN/TURN offer with fresh short-lived credentials (src/routes/api/ice-servers). */
export async function fetchTurnOffer(fetcher: typeof fetch = fetch): Promise<TurnOffer> {
	const response = await fetcher('/api/ice-servers', { cache: 'no-store' });
	if (!response.ok) throw new Error(`HTTP ${response.status}`);
	return (await response.json()) as TurnOffer;
}
