import { expect, test } from '@playwright/test';

test('server answers / and fake media is granted', async ({ page, browser }) => {
	const response = await page.goto('/');
	expect(response?.status()).toBe(200);
	const result = await page.evaluate(() =>
		navigator.mediaDevices
			.getUserMedia({ video: true, audio: true })
			.then((s) => s.getTracks().map((t) => `${t.kind}:${t.label}`))
			.catch((e: Error) => `${e.name}: ${e.message}`)
	);
	console.log('granted project:', browser.version(), JSON.stringify(result), page.url());
	expect(result).toEqual(['audio:Fake Default Audio Input', 'video:fake_device_0']);
});
