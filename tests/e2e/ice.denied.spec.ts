import { expect, test } from '@playwright/test';

/**
 * Without camera or microphone permission Chromium hides host addresses behind mDNS names
 * (this project's browser denies every permission prompt).
 */
test('without media permission host candidates are .local names, and the page says why', async ({
	page
}) => {
	await page.goto('/ice');
	await expect(page.getByTestId('turn-status').locator('[data-available]')).toBeVisible();
	await page.getByTestId('start-call').click();
	await expect(page.getByTestId('states-A')).toHaveAttribute('data-connection', 'connected', {
		timeout: 30_000
	});
	const mdns = page.getByTestId('candidate').filter({ hasText: /\.local/ });
	await expect(mdns.first()).toBeVisible();
	await expect(page.getByTestId('mdns-explained').first()).toContainText(
		'unless the page has camera or microphone permission'
	);
	// the other peer resolved the name (both are in this browser), so the pair is host ↔ host
	await expect(page.getByTestId('selected-pair')).toHaveAttribute('data-remote-type', 'host');
	await page.getByTestId('stop-call').click();
});
