import type { MessageKey } from '$lib/i18n/catalog';

/** One panel a page offers to the presenter view: key `n` (its place in the list) focuses it. */
export interface PresentPanel {
	/** the value of `<html data-present>` while it is in focus, and its test id suffix */
	name: string;
	/** its label on the panel bar and in the shortcut sheet */
	label: MessageKey;
	/** the page's element(s) that make up the panel */
	selector: string;
}

/** One of the page's own shortcuts, listed in the sheet (the page handles the key itself). */
export interface PresentShortcut {
	keys: readonly string[];
	label: MessageKey;
}

/** A panel's selector: the page's element with this test id. */
export const byTestId = (testId: string) => `[data-testid='${testId}']`;

/** A panel's selector: the page's section that the heading with this id names. */
export const byTitle = (titleId: string) => `section[aria-labelledby='${titleId}']`;
