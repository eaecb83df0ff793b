import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { expectNoSeriousViolations, expectStep, openWalkthrough } from './helpers';

test('(e) Korean UI shows Korean explanations and is remembered', async ({ page }) => {
	await page.goto('/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	// before hydration the menu changes but nothing listens to it yet
	await expect(page.locator('html')).toHaveAttribute('data-ready', '');
	await page.getByTestId('language').selectOption('ko');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'WebRTC가 하는 일을 한 단계씩 살펴보기'
	);
	await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
	await page.getByRole('link', { name: '단계별 실습 시작하기' }).click();
	await expectStep(page, 'getUserMedia');
	await expect(page.getByTestId('next-step')).toContainText(
		'브라우저에 카메라와 마이크 스트림을 피어마다 한 번씩 요청해'
	);
	await page.getByTestId('next').click();
	await expect(page.getByTestId('last-step')).toContainText('피어마다 로컬 스트림이 준비되어');
	await expect(page.getByTestId('next-step')).toContainText('RTCPeerConnection');

	// remembered across a reload, rendered by the server in Korean from the first byte
	const response = await page.request.get('/');
	expect(await response.text()).toContain('lang="ko"');
	await page.reload();
	await expect(page.getByTestId('next')).toHaveText(/다음 단계/);
});

test('the browser language is the default', async ({ browser }) => {
	const context = await browser.newContext({ locale: 'ko-KR' });
	const page = await context.newPage();
	await page.goto('/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
	await expect(page.getByRole('link', { name: '단계별 실습 시작하기' })).toBeVisible();
	await context.close();
});

test('(f) axe: no serious violations on the landing page', async ({ page }) => {
	await page.goto('/');
	await expectNoSeriousViolations(page);
});

test('(f) axe: no serious violations on the SDP inspector with an SDP loaded', async ({ page }) => {
	test.slow();
	await page.goto('/sdp');
	await expectNoSeriousViolations(page);
	await page
		.getByTestId('sdp-input')
		.fill(readFileSync('tests/fixtures/sdp/chromium-data-only-offer.sdp', 'utf8'));
	await page
		.getByTestId('sdp-input-b')
		.fill(readFileSync('tests/fixtures/sdp/chromium-data-only-answer.sdp', 'utf8'));
	await expectNoSeriousViolations(page);
	await page.getByTestId('sdp-tab-structure').click();
	await expectNoSeriousViolations(page);
	await page.getByTestId('sdp-tab-negotiation').click();
	await expectNoSeriousViolations(page);
});

test('(f) axe: no serious violations on the walkthrough, before and after the call', async ({
	page
}) => {
	// axe's color-contrast rule takes tens of seconds over the ~2,000 elements of a finished call
	test.slow();
	await openWalkthrough(page);
	await expectNoSeriousViolations(page);
	await page.getByTestId('run-all').click();
	await expectStep(page, 'communicate');
	await page.getByTestId('timeline-entry').first().click();
	await expectNoSeriousViolations(page);
});

test('the walkthrough is keyboard operable', async ({ page }) => {
	await openWalkthrough(page);
	// Tab reaches the Next button; Enter presses it
	for (let i = 0; i < 30; i++) {
		await page.keyboard.press('Tab');
		if (await page.getByTestId('next').evaluate((el) => el === document.activeElement)) break;
	}
	await expect(page.getByTestId('next')).toBeFocused();
	await page.keyboard.press('Enter');
	await expectStep(page, 'createPeerConnections', 'ready');
	// typing in a field does not trigger the shortcuts
	await page.getByTestId('run-all').focus();
	await page.keyboard.press('Enter');
	await expectStep(page, 'communicate');
	await page.getByTestId('chat-input-A').fill('r');
	await expect(page.getByTestId('mode')).toHaveAttribute('data-mode', 'run');
	await page.getByTestId('chat-input-A').press('Enter');
	await expect(page.getByTestId('chat-message')).toHaveCount(1);
	// sequence arrows are reachable and open their payload with the keyboard
	await page.getByTestId('sequence-arrow').first().focus();
	await page.keyboard.press('Enter');
	await expect(page.getByTestId('payload')).toBeVisible();
});

test('(f) axe: no serious violations on /stats, empty, with an error and with a dump open', async ({
	page
}) => {
	test.slow();
	await page.goto('/stats');
	await expect(page.getByTestId('drop-zone')).toHaveAttribute('data-ready', 'true');
	await expectNoSeriousViolations(page);
	await page
		.getByTestId('file-input')
		.setInputFiles({ name: 'x.txt', mimeType: 'text/plain', buffer: Buffer.from('nope') });
	await expect(page.getByTestId('import-error')).toBeVisible();
	await expectNoSeriousViolations(page);
	await page
		.getByTestId('file-input')
		.setInputFiles('tests/fixtures/webrtc-internals/chromium-156-loopback-av.json.gz');
	await expect(page.getByTestId('import-summary')).toBeVisible();
	await page.getByTestId('description-0').click();
	await expectNoSeriousViolations(page);
	// the same error in Korean
	await page.getByTestId('language').selectOption('ko');
	await page
		.getByTestId('file-input')
		.setInputFiles({ name: 'x.txt', mimeType: 'text/plain', buffer: Buffer.from('nope') });
	await expect(page.getByTestId('import-error')).toContainText('파일이 JSON이 아닙니다');
});
