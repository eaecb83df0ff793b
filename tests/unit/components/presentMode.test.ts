import { describe, expect, it } from 'vitest';
import { byTestId, byTitle } from '$lib/components/present/PresentMode';

describe("a present panel's selectors", () => {
	it('name the element with a test id, or the section a heading names', () => {
		expect(byTestId('nat-run')).toBe("[data-testid='nat-run']");
		expect(byTitle('live-title')).toBe("section[aria-labelledby='live-title']");
	});
});
