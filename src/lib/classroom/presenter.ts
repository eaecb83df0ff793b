/**
 * The presenter view's keys, as a pure function (tested in Node): P turns it on and off, 1–5
 * pick the focus panel, ? opens the shortcut sheet. The walkthrough's own keys (→, R, Esc) stay
 * the walkthrough's.
 */
export const PRESENTER_PANELS = ['peers', 'lane', 'timeline', 'sdp', 'stats'] as const;
export type PresenterPanel = (typeof PRESENTER_PANELS)[number];

export type PresenterAction =
	{ type: 'toggle' } | { type: 'panel'; panel: PresenterPanel } | { type: 'help' };

export function presenterKey(
	event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>,
	state: { on: boolean; typing: boolean; dialogOpen: boolean }
): PresenterAction | null {
	return presentKey(event, state, PRESENTER_PANELS);
}

/**
 * The same keys for any page's list of panels (the ICE lab, the NAT lab): P, ?, and 1–9 for the
 * page's first nine panels, in the order the page declares them.
 */
export function presentKey<Panel extends string>(
	event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>,
	state: { on: boolean; typing: boolean; dialogOpen: boolean },
	panels: readonly Panel[]
): { type: 'toggle' } | { type: 'panel'; panel: Panel } | { type: 'help' } | null {
	if (event.ctrlKey || event.metaKey || event.altKey || state.typing || state.dialogOpen) {
		return null;
	}
	if (event.key === 'p' || event.key === 'P') return { type: 'toggle' };
	if (event.key === '?') return { type: 'help' };
	if (!state.on || !/^[1-9]$/.test(event.key)) return null;
	const panel = panels[Number(event.key) - 1];
	return panel ? { panel, type: 'panel' } : null;
}
