import { replaceState } from '$app/navigation';
import { resolve } from '$app/paths';
import type { FaultId } from '$lib/faults/catalogue';
import type { GlareStrategy } from '$lib/faults/perfectNegotiation';
import { walkthroughSearch } from '$lib/faults/strategyParam';

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
	// eslint-disable-next-line svelte/no-navigation-without-resolve -- resolve()d path, plus the query
	replaceState(`${resolve('/walkthrough')}${walkthroughSearch(current, fault, strategy)}`, {});
}
