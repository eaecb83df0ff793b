import { expect, test } from '@playwright/test';

test('getUserMedia is denied', async ({ page }) => {
	await page.goto('/');
	const result = await page.evaluate(() =>
		navigator.mediaDevices
			.getUserMedia({ video: true })
			.then(() => 'resolved')
			.catch((e: Error) => `${e.name}: ${e.message}`)
	);
	console.log('denied project:', result);
	expect(result).toBe('NotAllowedError: Permission denied');
});
