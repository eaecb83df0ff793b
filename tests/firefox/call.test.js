// @ts-check
/**
 * A two-device call between Firefox and Chromium through the app's signaling server, both ways
 * round: the browser that creates the room is Peer A and offers. Each side connects, the
 * receiver (Peer B) plays the video, chat goes both ways, and neither side's inspector finds an
 * error in the negotiation it judges (the remote description as received over signaling).
 *
 * With CAPTURE_SDP_FIXTURES=1 the run also writes what was exchanged to tests/fixtures/sdp/
 * (see its README): each description as signaled, and as the other browser re-serialized it.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import process from 'node:process';
import { test } from 'node:test';
import {
	byTestId,
	expectVideoPlays,
	harnessForFile,
	newPage,
	send,
	waitForAttribute,
	waitForElements
} from './harness.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/sdp/', import.meta.url));
const CAPTURE = process.env.CAPTURE_SDP_FIXTURES === '1';

const harness = harnessForFile();

/**
 * Keeps, for the test to read, what each setRemoteDescription was given; it only observes.
 * @param {import('puppeteer-core').Page} page
 */
async function watchRemoteDescriptions(page) {
	await page.evaluateOnNewDocument(() => {
		/** @type {{ pc: RTCPeerConnection, given: string }[]} */
		const seen = [];
		const native = /** @type {(d: RTCSessionDescriptionInit) => Promise<void>} */ (
			RTCPeerConnection.prototype.setRemoteDescription
		);
		/** @this {RTCPeerConnection} @param {RTCSessionDescriptionInit} description */
		RTCPeerConnection.prototype.setRemoteDescription = function (description) {
			seen.push({ pc: this, given: description?.sdp ?? '' });
			return native.call(this, description);
		};
		Object.assign(window, {
			__remote: () =>
				seen.map(({ pc, given }) => ({ given, reported: pc.remoteDescription?.sdp ?? '' }))
		});
	});
}

/** @param {import('puppeteer-core').Page} page */
function remoteDescriptions(page) {
	return page.evaluate(() =>
		/** @type {{ __remote: () => { given: string, reported: string }[] }} */ (
			/** @type {unknown} */ (window)
		).__remote()
	);
}

/**
 * @param {import('puppeteer-core').Page} caller
 * @param {import('puppeteer-core').Page} callee
 */
async function call(caller, callee) {
	await caller.goto(`${harness.url}/call`);
	await caller.locator(byTestId('create-room')).click();
	await waitForAttribute(caller, byTestId('signaling-state'), 'data-state', 'joined');
	await waitForElements(caller, byTestId('room-link'));
	const link = await caller.$eval(byTestId('room-link'), (a) => a.getAttribute('href'));
	assert.ok(link, 'the room has a link');
	await callee.goto(new URL(link, harness.url).href);
	await waitForAttribute(callee, byTestId('signaling-state'), 'data-state', 'joined');
	for (const page of [caller, callee]) {
		await waitForAttribute(page, byTestId('presence-text'), 'data-present', 'true');
		await page.locator(byTestId('run-all')).click();
	}
	for (const page of [caller, callee]) await waitForElements(page, byTestId('established'));
}

/**
 * The inspector on one device: its remote description, as received, has no problem and
 * negotiates against its local one without an error; the browser's own copy differs.
 * @param {import('puppeteer-core').Page} page
 * @param {'A' | 'B'} peer
 * @param {'firefox' | 'chromium'} browser
 */
async function expectCleanInspector(page, peer, browser) {
	await page.$eval(
		`${byTestId(`peer-${peer}`)} details:has(${byTestId(`inspect-remoteDescription-${peer}`)})`,
		(d) => /** @type {HTMLDetailsElement} */ (d).setAttribute('open', '')
	);
	await page.locator(byTestId(`inspect-remoteDescription-${peer}`)).click();
	const dialog = byTestId('inspector-dialog');
	await waitForElements(page, `${dialog} ${byTestId('remote-source-received')}:checked`);
	await waitForElements(page, `${dialog} ${byTestId('sdp-problems')}`);
	const errors = await page.$$eval(`${dialog} ${byTestId('sdp-problem')}.error`, (els) =>
		els.map((el) => el.textContent)
	);
	assert.deepEqual(errors, [], `Peer ${peer}: problems in the remote description`);
	await page.locator(`${dialog} ${byTestId('sdp-tab-negotiation')}`).click();
	await waitForElements(page, `${dialog} ${byTestId('negotiated-section')}`, { count: 3 });
	const negotiation = await page.$$eval(
		`${dialog} ${byTestId('negotiation-problem')}.error`,
		(els) => els.map((el) => el.textContent)
	);
	assert.deepEqual(negotiation, [], `Peer ${peer}: errors in the negotiation`);
	const differing = await page.$eval(`${dialog} ${byTestId('remote-source-note')}`, (el) =>
		Number(el.getAttribute('data-differing'))
	);
	assert.ok(differing > 0, `Peer ${peer}: the browser re-serialized the remote description`);
	if (browser === 'firefox') {
		// what the inspector showed before issue 16: Firefox's copy of Chromium's AV1 line reads
		// as another profile, so the negotiation of that copy finds AV1 "never offered". The
		// explanation says so; this fails (and the text must change) once Firefox stops doing it.
		await page.locator(`${dialog} ${byTestId('remote-source-reported')}`).click();
		await waitForElements(page, `${dialog} ${byTestId('negotiation-problem')}.error`, {
			text: 'AV1'
		});
	}
	await page.locator(`${dialog} ${byTestId('inspector-close')}`).click();
}

/**
 * @param {import('puppeteer-core').Page} from
 * @param {import('puppeteer-core').Page} to
 * @param {string} text
 */
async function chat(from, to, text) {
	await send(from, byTestId('chat-input'), byTestId('chat-send'), text);
	await waitForElements(to, `${byTestId('chat-message')}[data-mine="false"]`, { text });
}

/**
 * Writes the exchange: each description as signaled, and as the other side re-serialized it.
 * @param {string} name e.g. `chromium-firefox-call` (offerer, answerer)
 * @param {{ given: string, reported: string }} atCallee the offer, at the answerer
 * @param {{ given: string, reported: string }} atCaller the answer, at the offerer
 * @param {string} offerer
 * @param {string} answerer
 */
function writeFixtures(name, atCallee, atCaller, offerer, answerer) {
	writeFileSync(`${FIXTURES}${name}-offer.sdp`, atCallee.given);
	writeFileSync(`${FIXTURES}${name}-answer.sdp`, atCaller.given);
	writeFileSync(`${FIXTURES}${name}-offer.${answerer}-remote.sdp`, atCallee.reported);
	writeFileSync(`${FIXTURES}${name}-answer.${offerer}-remote.sdp`, atCaller.reported);
}

/** @type {['firefox' | 'chromium', 'firefox' | 'chromium'][]} */
const DIRECTIONS = [
	['firefox', 'chromium'],
	['chromium', 'firefox']
];
for (const [offerer, answerer] of DIRECTIONS) {
	test(`a two-device call, ${offerer} creates the room and ${answerer} joins`, async () => {
		const browsers = { firefox: harness.firefox, chromium: await harness.chromium() };
		const caller = await newPage(browsers[offerer]);
		const callee = await newPage(browsers[answerer]);
		try {
			await watchRemoteDescriptions(caller);
			await watchRemoteDescriptions(callee);
			await call(caller, callee);
			// a two-way call: each device plays the media the other captured
			await expectVideoPlays(callee, byTestId('video-B-remote'));
			await expectVideoPlays(caller, byTestId('video-A-remote'));
			await chat(caller, callee, `hello from ${offerer}`);
			await chat(callee, caller, `hi from ${answerer} 안녕`);
			await expectCleanInspector(caller, 'A', offerer);
			await expectCleanInspector(callee, 'B', answerer);

			const [offer] = await remoteDescriptions(callee);
			const [answer] = await remoteDescriptions(caller);
			assert.ok(offer && answer, 'each side applied a remote description');
			assert.match(offer.given, /^v=0\r\n/);
			assert.match(answer.given, /^v=0\r\n/);
			if (CAPTURE) writeFixtures(`${offerer}-${answerer}-call`, offer, answer, offerer, answerer);
		} finally {
			await caller.browserContext().close();
			await callee.browserContext().close();
		}
	});
}
