import { expect, test } from '@playwright/test';
import {
	expectChatArrives,
	expectRemoteVideoPlays,
	expectStep,
	openWalkthrough,
	peerCounts,
	runWalkthroughCall,
	watchPeerConnections
} from './helpers';
import { misconceptionsAt } from '../../src/lib/components/misconceptions/misconceptions';
import { SIGNALING_STEPS } from '../shared/walkthroughSteps.js';

test('(a) every step by hand, candidates delivered by hand, to Communication', async ({ page }) => {
	await openWalkthrough(page);
	const next = page.getByTestId('next');

	await next.click(); // getUserMedia with the fake camera and microphone, once per peer
	await expect(page.getByTestId('video-A-local')).toBeVisible();
	await expect(page.getByTestId('video-B-local')).toBeVisible();
	for (const step of SIGNALING_STEPS) {
		await expectStep(page, step, 'ready');
		await expect(page.getByTestId('next-step').locator('code')).not.toBeEmpty();
		await next.click();
		await expect(page.getByTestId('last-step')).toHaveAttribute('data-step', step);
		// the seed's misconceptions are corrected where the truth shows
		for (const { id } of misconceptionsAt(step)) {
			await expect(page.getByTestId('last-step').getByTestId(`misconception-${id}`)).toBeVisible();
		}
	}
	await expectStep(page, 'connect', 'waiting');
	// B's tracks rode on the transceivers the offer created: its answer sends both ways
	await expect(page.getByTestId('localDescription-B')).toContainText('a=sendrecv');
	await expect(page.getByTestId('localDescription-B')).not.toContainText('a=recvonly');
	for (const { id } of misconceptionsAt('connect', 'during')) {
		await expect(page.getByTestId('next-step').getByTestId(`misconception-${id}`)).toBeVisible();
	}
	await expect(page.getByTestId('states-A').locator('[data-field=signalingState]')).toHaveText(
		'stable'
	);
	await expect(page.getByTestId('states-B').locator('[data-field=signalingState]')).toHaveText(
		'stable'
	);

	// Trickle ICE made visible: candidates wait in the lane until delivered.
	const waiting = page.getByTestId('lane-message').and(page.locator('[data-type=candidate]'));
	await expect(waiting.first()).toBeVisible();
	const before = await waiting.count();
	expect(before).toBeGreaterThan(0);
	await expect(page.getByTestId('states-A').locator('[data-field=connectionState]')).toHaveText(
		'new'
	);
	await page.getByTestId('deliver').first().click();
	await expect(waiting).toHaveCount(before - 1);
	// deliver the rest, repeating while the browser is still gathering
	await expect(async () => {
		if (await page.getByTestId('deliver-all').isEnabled())
			await page.getByTestId('deliver-all').click();
		await expect(page.getByTestId('next-step')).toHaveAttribute('data-step', 'communicate', {
			timeout: 1000
		});
	}).toPass({ timeout: 20_000 });

	await expect(page.getByTestId('states-A').locator('[data-field=connectionState]')).toHaveText(
		'connected'
	);
	// the browser's own state machines beside each peer: current state and the last transition
	const statesA = page.getByTestId('browser-states-A');
	await statesA.locator('summary').click();
	await expect(statesA.getByTestId('machine-signalingState')).toHaveAttribute(
		'data-current',
		'stable'
	);
	await expect(statesA.getByTestId('last-signalingState')).toContainText(
		'have-local-offer → stable, by setRemoteDescription(answer)'
	);
	await expect(statesA.getByTestId('machine-connectionState')).toHaveAttribute(
		'data-current',
		'connected'
	);
	await expect(statesA.getByTestId('last-connectionState')).toContainText('connecting → connected');
	const statesB = page.getByTestId('browser-states-B');
	await statesB.locator('summary').click();
	await expect(statesB.getByTestId('last-signalingState')).toContainText(
		'have-remote-offer → stable, by setLocalDescription(answer)'
	);
	// both directions: B plays A's video, and A plays B's (its track event fired on the answer)
	await expectRemoteVideoPlays(page, 'B');
	await expectRemoteVideoPlays(page, 'A');
	await expectChatArrives(page, 'A', 'hello from A');
	await expectChatArrives(page, 'B', '안녕 from B');
});

test('(b) Run all reaches Communication; the log drives the timeline and sequence diagram', async ({
	page
}) => {
	await openWalkthrough(page);
	await page.keyboard.press('r');
	await expect(page.getByTestId('mode')).toHaveAttribute('data-mode', 'run');
	await expectStep(page, 'communicate');
	// both directions: B plays A's video, and A plays B's (its track event fired on the answer)
	await expectRemoteVideoPlays(page, 'B');
	await expectRemoteVideoPlays(page, 'A');

	// every API call is recorded as start then success
	const names = await page
		.getByTestId('timeline-entry')
		.and(page.locator('[data-kind=call]'))
		.evaluateAll((els) => els.map((e) => e.textContent ?? ''));
	for (const call of [
		'getUserMedia',
		'createOffer',
		'setLocalDescription',
		'setRemoteDescription',
		'createAnswer',
		'addIceCandidate'
	]) {
		expect(
			names.some((n) => n.includes(`${call}() start`)),
			call
		).toBe(true);
		expect(
			names.some((n) => n.includes(`${call}() success`)),
			call
		).toBe(true);
	}

	// the sequence diagram has the offer, the answer and candidates; an arrow opens its payload
	const arrows = page.getByTestId('sequence-arrow');
	await expect(arrows.and(page.locator('[data-kind=offer]'))).toHaveCount(2);
	await expect(arrows.and(page.locator('[data-kind=answer]'))).toHaveCount(2);
	expect(await arrows.and(page.locator('[data-kind=candidate]')).count()).toBeGreaterThan(1);
	await arrows.and(page.locator('[data-kind=offer]')).first().click();
	await expect(page.getByTestId('payload-sdp')).toContainText('v=0');
	await expect(page.getByTestId('payload-sdp')).toContainText('a=group:BUNDLE');

	// a timeline entry shows the state values at that moment
	await page
		.getByTestId('timeline-entry')
		.filter({ hasText: 'setLocalDescription() success' })
		.first()
		.click();
	const detail = page.getByTestId('timeline-detail');
	await expect(detail).toContainText('have-local-offer');
});

test('(d) Reset closes both peers; a second run works and leaves no extra connection open', async ({
	page
}) => {
	await watchPeerConnections(page);
	await runWalkthroughCall(page);
	expect(await peerCounts(page)).toEqual({ created: 2, open: 2 });

	await page.keyboard.press('Escape');
	await expectStep(page, 'getUserMedia', 'ready');
	expect(await peerCounts(page)).toEqual({ created: 2, open: 0 });
	await expect(page.getByTestId('mode')).toHaveAttribute('data-mode', 'step');
	await expect(page.getByTestId('timeline-entry')).toHaveCount(1); // just "reset"
	await expect(page.getByTestId('video-A-local')).toHaveCount(0);
	await expect(page.getByTestId('video-B-local')).toHaveCount(0);

	// keyboard: → steps, R runs the rest
	await page.keyboard.press('ArrowRight');
	await expectStep(page, 'createPeerConnections', 'ready');
	await page.keyboard.press('r');
	await expectStep(page, 'communicate');
	expect(await peerCounts(page)).toEqual({ created: 4, open: 2 });
	await expectChatArrives(page, 'A', 'second run');

	await page.getByTestId('hang-up').click();
	await expect(page.getByText('pc.close()')).toBeVisible();
	expect(await peerCounts(page)).toEqual({ created: 4, open: 0 });
});

test('switching from run back to step mode stops at the next step', async ({ page }) => {
	await openWalkthrough(page);
	await page.getByTestId('next').click();
	await expectStep(page, 'createPeerConnections', 'ready');
	await page.getByTestId('run-all').click();
	await page.getByTestId('step-mode').click();
	await expect(page.getByTestId('mode')).toHaveAttribute('data-mode', 'step');
	const card = page.getByTestId('next-step');
	await expect(card).toHaveAttribute('data-stage', /ready|waiting/);
	const stoppedAt = await card.getAttribute('data-step');
	await page.waitForTimeout(500);
	await expect(card).toHaveAttribute('data-step', stoppedAt!);
	await page.getByTestId('run-all').click();
	await expectStep(page, 'communicate');
});

test('untrusted text is rendered as text', async ({ page }) => {
	await runWalkthroughCall(page);
	const markup = '<img src=x onerror="window.__pwned=1"><b>bold</b>';
	await page.getByTestId('chat-input-A').fill(markup);
	await page.getByTestId('chat-send-A').click();
	const message = page.getByTestId('chat-message').filter({ hasText: '<b>bold</b>' });
	await expect(message).toHaveCount(1);
	await expect(message.locator('img, b')).toHaveCount(0);
	expect(
		await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)
	).toBeUndefined();
});
