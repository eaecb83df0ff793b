/** Set by server.js: the URLs this server answers on from the local network (none when bound to loopback). */
export const LAN_URLS_ENV = 'PEERSCOPE_LAN_URLS';

/** Loopback addresses as a client address may appear (IPv4, IPv6, IPv4-mapped IPv6). */
export function isLoopback(address: string): boolean {
	return address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.');
}

/** The LAN URLs server.js published, or none (dev server, bound to loopback, bad value). */
export function lanUrls(env: Record<string, string | undefined>): string[] {
	try {
		const parsed: unknown = JSON.parse(env[LAN_URLS_ENV] ?? '[]');
		if (!Array.isArray(parsed)) return [];
		return parsed.filter((u): u is string => typeof u === 'string' && /^https?:\/\//.test(u));
	} catch {
		return [];
	}
}
