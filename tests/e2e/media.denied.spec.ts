import { expect, test } from '@playwright/test';
import { expectChatArrives, expectRemoteVideoPlays, expectStep, openWalkthrough } from './helpers';

// This file runs in the "chromium-denied" project: the browser blocks every permission prompt.
test('(c) denied camera permission is explained, then the synthetic source completes the call', async ({
	page
}) => {
	await openWalkthrough(page);
	await page.getByTestId('next').click();
	const failure = page.getByTestId('failure');
	await expect(failure).toBeVisible();
	await expect(failure).toHaveAttribute('data-error', 'NotAllowedError');
	await expect(page.getByTestId('failure-cause')).toContainText('Permission');
	await expect(page.getByTestId('state-diagram').locator('[data-state=failed]')).toHaveAttribute(
		'aria-current',
		'step'
	);

	await page.getByTestId('use-synthetic').click();
	await expect(failure).toHaveCount(0);
	await expect(page.getByTestId('video-A-local')).toBeVisible();
	await expect(page.getByTestId('video-B-local')).toBeVisible();
	await expectStep(page, 'createPeerConnections', 'ready');
	await page.getByTestId('run-all').click();
	await expectStep(page, 'communicate');
	await expectRemoteVideoPlays(page, 'B');
	await expectRemoteVideoPlays(page, 'A');
	await expectChatArrives(page, 'B', 'synthetic works');
});

test('choosing the synthetic source up front needs no permission at all', async ({ page }) => {
	await openWalkthrough(page);
	await page.getByTestId('source-synthetic').check();
	await page.getByTestId('run-all').click();
	await expectStep(page, 'communicate');
	await expectRemoteVideoPlays(page, 'B');
	await expectRemoteVideoPlays(page, 'A');
});
