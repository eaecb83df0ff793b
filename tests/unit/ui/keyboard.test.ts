import { describe, expect, it } from 'vitest';
import { isPageShortcut, typingInField } from '$lib/ui/keyboard';

/** A key press on a target that answers `closest` as an element inside `inside` would. */
function press(inside: string | null, modifiers: Partial<KeyboardEvent> = {}): KeyboardEvent {
	const target = {
		closest: (selectors: string) =>
			inside !== null && selectors.split(', ').includes(inside) ? {} : null
	};
	return {
		key: 'ArrowRight',
		ctrlKey: false,
		metaKey: false,
		altKey: false,
		target,
		...modifiers
	} as unknown as KeyboardEvent;
}

describe('page shortcuts', () => {
	it('take a plain key pressed on the page', () => {
		expect(isPageShortcut(press(null))).toBe(true);
		expect(isPageShortcut(press('button'))).toBe(true);
		expect(isPageShortcut(press(null, { shiftKey: true }))).toBe(true);
	});

	it('leave keys typed into fields and editable elements alone', () => {
		for (const field of ['input', 'textarea', 'select', '[contenteditable="true"]']) {
			expect(typingInField(press(field)), field).toBe(true);
			expect(isPageShortcut(press(field)), field).toBe(false);
		}
	});

	it('leave Ctrl, Meta and Alt combinations to the browser', () => {
		expect(isPageShortcut(press(null, { ctrlKey: true }))).toBe(false);
		expect(isPageShortcut(press(null, { metaKey: true }))).toBe(false);
		expect(isPageShortcut(press(null, { altKey: true }))).toBe(false);
	});

	it('take a key whose target is no element (the window, the document)', () => {
		const onWindow = { ...press(null), target: {} } as KeyboardEvent;
		expect(typingInField(onWindow)).toBe(false);
		expect(isPageShortcut({ ...onWindow, target: null } as KeyboardEvent)).toBe(true);
	});
});
