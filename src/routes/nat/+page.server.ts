import { loadLab } from './lab.server';
import type { PageServerLoad } from './$types';

/** Whether this server can run the lab (Linux, root, ip, nft, conntrack, tcpdump, Chromium, coturn). */
export const load: PageServerLoad = async () => {
	const loaded = await loadLab();
	if (!loaded.ok) {
		return {
			availability: { ok: false as const, reasons: [{ code: 'lab-failed', detail: loaded.detail }] }
		};
	}
	return { availability: await loaded.lab.labAvailability() };
};
