import { describe, expect, it, vi } from 'vitest';
import { onActivateKey } from '$lib/components/activateKey';

function press(key: string) {
	return { key, preventDefault: vi.fn() } as unknown as KeyboardEvent & {
		preventDefault: ReturnType<typeof vi.fn>;
	};
}

describe('onActivateKey', () => {
	it('Enter and Space activate, and Space does not scroll the page', () => {
		const activate = vi.fn();
		const handler = onActivateKey(activate);
		for (const key of ['Enter', ' ']) {
			const event = press(key);
			handler(event);
			expect(event.preventDefault).toHaveBeenCalledOnce();
		}
		expect(activate).toHaveBeenCalledTimes(2);
	});

	it('other keys pass through (Tab still moves focus)', () => {
		const activate = vi.fn();
		const handler = onActivateKey(activate);
		for (const key of ['Tab', 'Escape', 'a', 'ArrowDown']) {
			const event = press(key);
			handler(event);
			expect(event.preventDefault).not.toHaveBeenCalled();
		}
		expect(activate).not.toHaveBeenCalled();
	});
});
