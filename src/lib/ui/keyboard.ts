/**
 * When a page's single-key shortcuts (→ for the next step, R, Esc) may act on a key press: the
 * rule the walkthrough, the call page and the NAT lab's replay share.
 */

/** Where a key press is text: form fields and editable elements. */
const TEXT_TARGETS = 'input, textarea, select, [contenteditable="true"]';

/** Whether the key was pressed in a field, where it is typing, not a command. */
export function typingInField(event: KeyboardEvent): boolean {
	const target = event.target as Element | null;
	return typeof target?.closest === 'function' && target.closest(TEXT_TARGETS) !== null;
}

/**
 * Whether a page shortcut may take the key: no Ctrl, Meta or Alt held (those combinations belong
 * to the browser and the system) and not typed into a field.
 */
export function isPageShortcut(event: KeyboardEvent): boolean {
	return !event.ctrlKey && !event.metaKey && !event.altKey && !typingInField(event);
}

/** A page's shortcuts by `KeyboardEvent.key`; a key bound to undefined does nothing now. */
export type PageShortcuts = Partial<Record<string, () => void>>;

/**
 * Runs the command a page shortcut is bound to, if the key is one and a page shortcut may take it,
 * and keeps the browser from acting on the key as well.
 */
export function runPageShortcut(event: KeyboardEvent, shortcuts: PageShortcuts): void {
	if (!isPageShortcut(event)) return;
	const command = shortcuts[event.key];
	if (!command) return;
	event.preventDefault();
	command();
}
