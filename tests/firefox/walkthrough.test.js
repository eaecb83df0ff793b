// @ts-check
/**
 * The walkthrough, the stats panel and the ICE lab in Firefox (Debian's firefox-esr over
 * WebDriver BiDi): the journeys tests/e2e runs in Chromium, with the same selectors.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
	byTestId,
	expectVideoPlays,
	harnessForFile,
	newPage,
	send,
	texts,
	waitForAttribute,
	waitForElements,
	waitForNumber
} from './harness.js';
import { SIGNALING_STEPS } from '../shared/walkthroughSteps.js';

const harness = harnessForFile();

/** @param {import('puppeteer-core').Page} page */
async function openWalkthrough(page) {
	await page.goto(`${harness.url}/walkthrough`);
	await waitForAttribute(page, byTestId('next-step'), 'data-step', 'getUserMedia');
}

/**
 * A message typed at one peer arrives at the other through the data channel.
 * @param {import('puppeteer-core').Page} page
 * @param {'A' | 'B'} from
 * @param {string} text
 */
async function chat(page, from, text) {
	await send(page, byTestId(`chat-input-${from}`), byTestId(`chat-send-${from}`), text);
	await waitForElements(page, `${byTestId('chat-message')}[data-from="${from}"]`, { text });
	// it arrived as a data channel "message" event at the other peer, not just echoed locally
	await waitForElements(page, `${byTestId('timeline-entry')}[data-name="message"]`);
}

test('walkthrough, step by step with candidates delivered by hand, to Communication', async () => {
	const page = await newPage(harness.firefox);
	await openWalkthrough(page);
	const next = byTestId('next');
	await page.locator(next).click(); // getUserMedia with Firefox's fake camera and microphone
	await waitForElements(page, byTestId('video-A-local'));
	await waitForElements(page, byTestId('video-B-local'));
	for (const step of SIGNALING_STEPS) {
		await waitForAttribute(page, byTestId('next-step'), 'data-step', step);
		await waitForAttribute(page, byTestId('next-step'), 'data-stage', 'ready');
		await page.locator(next).click();
		await waitForAttribute(page, byTestId('last-step'), 'data-step', step);
	}
	await waitForAttribute(page, byTestId('next-step'), 'data-step', 'connect');
	// trickle ICE: Firefox's candidates wait in the lane until delivered, then ICE connects
	await waitForElements(page, `${byTestId('lane-message')}[data-type="candidate"]`);
	await page.waitForFunction(
		() => {
			const step = document.querySelector('[data-testid="next-step"]')?.getAttribute('data-step');
			if (step === 'communicate') return true;
			const all = /** @type {HTMLButtonElement | null} */ (
				document.querySelector('[data-testid="deliver-all"]')
			);
			if (all && !all.disabled) all.click();
			return false;
		},
		{ timeout: 30_000, polling: 250 }
	);
	const connection = await page.$eval(
		`${byTestId('states-A')} [data-field="connectionState"]`,
		(el) => el.textContent
	);
	assert.equal(connection, 'connected');
	// both directions: each peer plays the video it receives from the other
	await expectVideoPlays(page, byTestId('video-B-remote'));
	await expectVideoPlays(page, byTestId('video-A-remote'));
	await chat(page, 'A', 'hello from Firefox A');
	await chat(page, 'B', '안녕 from Firefox B');
	await page.browserContext().close();
});

test('walkthrough, Run all: Communication, video, chat, and the stats panel fills', async () => {
	const page = await newPage(harness.firefox);
	await openWalkthrough(page);
	await page.locator(byTestId('run-all')).click();
	await waitForAttribute(page, byTestId('next-step'), 'data-step', 'communicate');
	// both directions: each peer plays the video it receives from the other
	await expectVideoPlays(page, byTestId('video-B-remote'));
	await expectVideoPlays(page, byTestId('video-A-remote'));
	await chat(page, 'A', 'run all from Firefox');

	// every API call was recorded as start then success, in Firefox as in Chromium
	const calls = await texts(page, `${byTestId('timeline-entry')}[data-kind="call"]`);
	for (const call of ['getUserMedia', 'createOffer', 'setRemoteDescription', 'addIceCandidate']) {
		assert.ok(
			calls.some((name) => name.includes(call)),
			`${call} in the timeline`
		);
	}

	// Firefox's getStats feeds the charts
	await waitForElements(page, byTestId('stats-panel'));
	const view = byTestId('stats-view-live-A');
	await waitForNumber(page, view, 'data-samples', 3);
	for (const chart of ['bitrate', 'packets', 'fps']) {
		await waitForAttribute(page, `${view} ${byTestId(`chart-${chart}`)}`, 'data-series', /[1-9]/);
	}
	// Firefox's candidate pairs carry no availableOutgoingBitrate: said, not drawn empty
	await waitForElements(
		page,
		`${view} ${byTestId('chart-unreported')}[data-chart="availableBitrate"]`,
		{
			text: 'availableOutgoingBitrate (candidate-pair)'
		}
	);
	assert.equal(await page.$(`${view} ${byTestId('chart-availableBitrate')}`), null);
	await page.browserContext().close();
});

test('the ICE lab in Firefox, relay only through coturn', async () => {
	const page = await newPage(harness.firefox);
	await page.goto(`${harness.url}/ice`);
	await waitForElements(page, `${byTestId('turn-status')} [data-available="true"]`);
	await page.locator(byTestId('use-local')).click();
	await page.waitForFunction(
		() =>
			/turn:127\.0\.0\.1:\d+\?transport=udp/.test(
				/** @type {HTMLTextAreaElement | null} */ (
					document.querySelector('[data-testid="server-urls"]')
				)?.value ?? ''
			),
		{ timeout: 10_000 }
	);
	await page.locator(byTestId('policy-relay')).click();
	await page.locator(byTestId('start-call')).click();
	await waitForAttribute(page, byTestId('states-A'), 'data-connection', 'connected');
	await waitForAttribute(page, byTestId('selected-pair'), 'data-local-type', 'relay');
	// relay only: every candidate Firefox gathered is a relay candidate
	const types = await page.$$eval(byTestId('candidate'), (rows) =>
		rows.map((row) => row.getAttribute('data-type'))
	);
	assert.ok(types.length > 0, 'candidates gathered');
	assert.deepEqual(new Set(types), new Set(['relay']));
	await waitForElements(page, byTestId('end-of-candidates'), { count: 2 });
	await page.browserContext().close();
});
