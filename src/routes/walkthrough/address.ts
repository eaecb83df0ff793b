import { replaceState } from '$app/navigation';
import { resolve } from '$app/paths';
import type { FaultId } from '$lib/faults/catalogue';
import type { GlareStrategy } from '$lib/faults/perfectNegotiation';
import { strategySearch } from '$lib/faults/strategyParam';
import { faultSearch } from '$lib/faults/url';

/**
 * Puts the fault lab's choice in the address (its other parameters kept), so the page can be shared
 * or reloaded with it: `?fault=glare&strategy=perfect-negotiation`. A strategy belongs to glare
 * only, so it leaves the address with it.
 */
export function showInAddress(
	current: URLSearchParams,
	fault: FaultId | null,
	strategy: GlareStrategy | null
): void {
	const withFault = new URLSearchParams(faultSearch(current, fault));
	// eslint-disable-next-line svelte/no-navigation-without-resolve -- resolve()d path, plus the query
	replaceState(`${resolve('/walkthrough')}${strategySearch(withFault, strategy)}`, {});
}
