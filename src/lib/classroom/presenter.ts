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
	if (event.ctrlKey || event.metaKey || event.altKey || state.typing || state.dialogOpen) {
		return null;
	}
	if (event.key === 'p' || event.key === 'P') return { type: 'toggle' };
	if (event.key === '?') return { type: 'help' };
	if (!state.on) return null;
	const index = Number(event.key) - 1;
	const panel = PRESENTER_PANELS[index];
	return Number.isInteger(index) && panel ? { panel, type: 'panel' } : null;
}
