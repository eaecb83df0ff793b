import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousViolations } from './helpers';

/**
 * The presenter view on the ICE lab and the NAT lab (issue 14): the same mechanism as the
 * walkthrough's (P, ?present, number keys, the ? sheet), each page with its own panels.
 */

/** The main view (title, the focus panel, the panel bar) is on screen without scrolling the page. */
const fits = (page: Page) =>
	page.evaluate(() => {
		const bottom = (selector: string) =>
			document.querySelector(selector)!.getBoundingClientRect().bottom;
		return (
			document.documentElement.scrollHeight <= window.innerHeight + 1 &&
			bottom('[data-testid="present-bar"]') <= window.innerHeight + 1 &&
			bottom('main h1') <= window.innerHeight
		);
	});

const PAGES = [
	{
		path: '/ice',
		panels: [
			['live', "section[aria-labelledby='live-title']"],
			['lab', "section[aria-labelledby='lab-title']"],
			['servers', "[data-testid='ice-servers']"],
			['turn', "[data-testid='turn-status']"],
			['learn', "section[aria-labelledby='learn-title']"]
		]
	},
	{
		path: '/nat',
		panels: [
			['choose', "section[aria-labelledby='nat-choose-title']"],
			// the run view exists only once a run is open: key 2 still picks it
			['run', "[data-testid='nat-run']"],
			['matrix', "[data-testid='nat-matrix']"],
			['recorded', "[data-testid='recorded-runs']"],
			['learn', "section[aria-labelledby='nat-learn-title']"]
		]
	}
] as const;

for (const { path, panels } of PAGES) {
	test(`${path}?present: panel keys, fits 1280×720, shortcut sheet, axe`, async ({ page }) => {
		await page.setViewportSize({ width: 1280, height: 720 });
		await page.goto(`${path}?present`);
		await expect(page.locator('html')).toHaveAttribute('data-ready', '');
		await expect(page.locator('html')).toHaveAttribute('data-present', panels[0][0]);
		await expect(page.locator('header nav')).toBeHidden();

		for (const [i, [name, selector]] of panels.entries()) {
			await page.keyboard.press(String(i + 1));
			await expect(page.locator('html')).toHaveAttribute('data-present', name);
			await expect(page.getByTestId(`present-panel-${name}`)).toHaveAttribute(
				'aria-checked',
				'true'
			);
			if ((await page.locator(selector).count()) > 0) {
				await expect(page.locator(selector).first()).toBeVisible();
			}
			// every other panel is one key away, not on screen
			for (const [other, otherSelector] of panels) {
				if (other === name || (await page.locator(otherSelector).count()) === 0) continue;
				await expect(page.locator(otherSelector).first(), `${other} while ${name}`).toBeHidden();
			}
			expect(await fits(page), name).toBe(true);
		}
		await page.keyboard.press('1');
		await expectNoSeriousViolations(page);

		await page.keyboard.press('?');
		await expect(page.getByTestId('present-shortcuts')).toBeVisible();
		await expect(page.getByTestId('present-shortcuts').locator('dd')).toHaveCount(
			panels.length + (path === '/nat' ? 4 : 0) + 2
		);
		await expectNoSeriousViolations(page);
		await page.keyboard.press('Escape');
		await expect(page.getByTestId('present-shortcuts')).toBeHidden();
		// the sheet's keys do nothing while it is closed and the page keeps presenting
		await expect(page.locator('html')).toHaveAttribute('data-present', panels[0][0]);

		// P leaves the view: every panel is back, and the toggle brings the view back
		await page.keyboard.press('p');
		await expect(page.locator('html')).not.toHaveAttribute('data-present', /.*/);
		for (const [name, selector] of panels) {
			if ((await page.locator(selector).count()) === 0) continue;
			await expect(page.locator(selector).first(), name).toBeVisible();
		}
		await expect(page.locator('header nav')).toBeVisible();
		await page.getByTestId('present-toggle').click();
		await expect(page.locator('html')).toHaveAttribute('data-present', panels[0][0]);
		await expect(page.getByTestId('present-toggle')).toHaveAttribute('aria-pressed', 'true');
	});
}

test('the presenter view in Korean: labels from the catalog, axe', async ({ browser }) => {
	const context = await browser.newContext({
		locale: 'ko-KR',
		viewport: { width: 1280, height: 720 }
	});
	const page = await context.newPage();
	await page.goto('/ice?present');
	await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
	await expect(page.getByTestId('present-panel-live')).toContainText('실시간 통화');
	await expect(page.getByTestId('present-toggle')).toHaveText('발표자 보기 나가기');
	await page.keyboard.press('?');
	await expect(page.getByTestId('present-shortcuts')).toContainText('보기: ICE 서버');
	await expectNoSeriousViolations(page);
	await context.close();
});

test('the site navigation links to the class page', async ({ page }) => {
	await page.goto('/');
	await expect(page.locator('html')).toHaveAttribute('data-ready', '');
	await page.locator('header nav').getByRole('link', { name: 'Class' }).click();
	await expect(page).toHaveURL(/\/class$/);
	await expect(page.getByTestId('nav-class')).toHaveAttribute('aria-current', 'page');
});
