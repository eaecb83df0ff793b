import { expect, test } from '@playwright/test';
import { expectStep, openWalkthrough } from './helpers';

test('the lifecycle statechart shows the current state, the transition just taken and, on Enter, what a state does', async ({
	page
}) => {
	await openWalkthrough(page);
	const chart = page.getByTestId('state-diagram');
	await expect(chart.locator('[data-state=getUserMedia]')).toHaveAttribute('aria-current', 'step');
	// transitions with their event names, failure edges included, drawn from the machine
	await expect(chart.locator('[data-edge="createOffer->setLocalOffer"]')).toContainText('onDone');
	await expect(chart.locator('[data-edge="createOffer->failed"]')).toHaveCount(1);
	await expect(chart.locator('[data-edge="lane.idle->lane.applying"]')).toHaveCount(1);

	await page.getByTestId('source-synthetic').check();
	await page.getByTestId('next').click();
	await expectStep(page, 'createPeerConnections', 'ready');
	await expect(chart.locator('[data-state=createPeerConnections]')).toHaveAttribute(
		'aria-current',
		'step'
	);
	await expect(chart.locator('[data-edge="getUserMedia->createPeerConnections"]')).toHaveClass(
		/taken/
	);
	await expect(page.getByTestId('last-transition')).toContainText(
		'getUserMedia → createPeerConnections'
	);

	// keyboard: a state is focusable and Enter shows its explanation and the transitions out of it
	await chart.locator('[data-state=createOffer]').focus();
	await page.keyboard.press('Enter');
	const explanation = page.getByTestId('state-explanation');
	await expect(explanation).toHaveAttribute('data-state', 'createOffer');
	await expect(explanation).toContainText('pcA.createOffer()');
	await expect(page.getByTestId('state-transitions')).toContainText('onError');
	await chart.locator('[data-state=iceFailed]').focus();
	await page.keyboard.press('Enter');
	await expect(explanation).toHaveAttribute('data-state', 'iceFailed');
	await expect(explanation).toContainText('restart ICE');

	// no raw catalog key, in either language
	for (const locale of ['en', 'ko']) {
		await page.getByTestId('language').selectOption(locale);
		await expect(chart).not.toContainText(/\b(phase|diagram|step)\.[a-zA-Z]+\./);
	}
	await expect(chart.getByRole('heading', { level: 2 })).toHaveText('생명주기 상태 머신');
});
