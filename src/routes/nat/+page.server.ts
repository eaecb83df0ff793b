import { labAvailability } from '$lib/server/nat/lab.js';
import type { PageServerLoad } from './$types';

/** Whether this server can run the lab (Linux, root, ip, nft, conntrack, tcpdump, Chromium, coturn). */
export const load: PageServerLoad = async () => ({ availability: await labAvailability() });
