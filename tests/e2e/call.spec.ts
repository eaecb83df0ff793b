import { createHash, randomBytes } from 'node:crypto';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectNoSeriousViolations, expectRemoteVideoPlays } from './helpers';

/** ICE, DTLS and SCTP between two browser contexts take a moment on a busy machine. */
const CONNECT_TIMEOUT_MS = 30_000;

/** Types a chat message on one device and sends it. */
async function chat(page: Page, text: string) {
	await page.getByTestId('chat-input').fill(text);
	await page.getByTestId('chat-send').click();
}

/**
 * The callee has received `rounds` offers and the caller as many answers through the server, each
 * shown with its time.
 */
async function expectRelayedRounds(caller: Page, callee: Page, rounds: number) {
	const relayedIn = (page: Page, type: 'offer' | 'answer') =>
		page.locator(`[data-testid="relayed"][data-direction="in"][data-type="${type}"]`);
	await expect(relayedIn(callee, 'offer')).toHaveCount(rounds);
	await expect(relayedIn(caller, 'answer')).toHaveCount(rounds);
}

async function openRoom(browser: Browser) {
	const caller = await (await browser.newContext()).newPage();
	await caller.goto('/call');
	await caller.getByTestId('create-room').click();
	await expect(caller).toHaveURL(/\/call\/[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
	await expect(caller.getByTestId('signaling-state')).toHaveAttribute('data-state', 'joined');
	await expect(caller.getByTestId('presence-text')).toHaveAttribute('data-present', 'false');
	const link = await caller.getByTestId('room-link').getAttribute('href');
	const callee = await (await browser.newContext()).newPage();
	return { caller, callee, link: link! };
}

async function runToCommunication(...pages: Page[]) {
	for (const page of pages) {
		await expect(page.getByTestId('presence-text')).toHaveAttribute('data-present', 'true');
		await page.getByTestId('run-all').click();
	}
	for (const page of pages) {
		await expect(page.getByTestId('established')).toBeVisible({ timeout: CONNECT_TIMEOUT_MS });
		await expect(page.getByTestId('chat-input')).toBeEnabled();
	}
}

test('two browsers join one room through the server, chat and send a 5 MB file with a matching SHA-256', async ({
	browser
}) => {
	test.slow();
	const { caller, callee, link } = await openRoom(browser);
	await callee.goto(link);
	await expect(callee.getByTestId('signaling-state')).toHaveAttribute('data-state', 'joined');
	await runToCommunication(caller, callee);
	// a two-way call: each device captured its own media and plays the other's
	await expectRemoteVideoPlays(callee, 'B');
	await expectRemoteVideoPlays(caller, 'A');

	// Each device charts its own peer's getStats: the caller's sending, the callee's receiving.
	for (const [page, peer] of [
		[caller, 'A'],
		[callee, 'B']
	] as const) {
		const view = page.getByTestId(`stats-view-live-${peer}`);
		await expect
			.poll(async () => Number(await view.getAttribute('data-samples')), { timeout: 20_000 })
			.toBeGreaterThanOrEqual(3);
		await expect(view.getByTestId('chart-bitrate')).toHaveAttribute('data-series', /[1-9]/);
	}
	{
		// a device's export holds its own peer's stats only
		const download = callee.waitForEvent('download');
		await callee.getByTestId('export-session').click();
		const { readFileSync } = await import('node:fs');
		const record = JSON.parse(readFileSync((await (await download).path())!, 'utf8'));
		expect(Object.keys(record.stats)).toEqual(['B']);
		expect(record.stats.B.length).toBeGreaterThan(0);
	}

	// The offer and answer went through the server, each shown with its time on each device.
	await expectRelayedRounds(caller, callee, 1);
	await expect(caller.getByTestId('turnaround')).toContainText('ms');
	await expect(caller.getByTestId('join-rtt')).toBeVisible();

	await chat(caller, 'hello from the caller <b>not bold</b>');
	const arrived = callee.getByTestId('chat-message').filter({ hasText: 'hello from the caller' });
	await expect(arrived).toHaveAttribute('data-mine', 'false');
	await expect(arrived.locator('b')).toHaveCount(0); // text, never markup
	await chat(callee, 'hi from the callee');
	await expect(
		caller.getByTestId('chat-message').filter({ hasText: 'hi from the callee' })
	).toBeVisible();

	const bytes = randomBytes(5 * 1024 * 1024);
	const sha = createHash('sha256').update(bytes).digest('hex');
	await caller.getByTestId('file-input').setInputFiles({
		name: 'lecture <notes>.bin',
		mimeType: 'application/octet-stream',
		buffer: bytes
	});
	const received = callee.getByTestId('transfer').and(callee.locator('[data-direction="receive"]'));
	await expect(received).toHaveAttribute('data-status', 'verified', {
		timeout: CONNECT_TIMEOUT_MS
	});
	await expect(received.getByTestId('transfer-sha')).toHaveText(sha);
	await expect(received.getByTestId('transfer-name')).toHaveText('lecture <notes>.bin');
	const sent = caller.getByTestId('transfer').and(caller.locator('[data-direction="send"]'));
	await expect(sent).toHaveAttribute('data-status', 'verified');
	await expect(sent.getByTestId('transfer-sha')).toHaveText(sha);

	// The download link offers exactly the bytes that were sent.
	const download = callee.waitForEvent('download');
	await received.getByTestId('download').click();
	const path = await (await download).path();
	const { readFileSync } = await import('node:fs');
	expect(createHash('sha256').update(readFileSync(path)).digest('hex')).toBe(sha);

	// ICE restart: the caller offers again with new credentials; both are back in Communication.
	await expect(caller.locator('[data-testid="relayed"][data-type="offer"]')).toHaveCount(1);
	await caller.getByTestId('ice-restart').click();
	await expectRelayedRounds(caller, callee, 2);
	for (const page of [caller, callee]) {
		await expect(page.getByTestId('established')).toBeVisible({ timeout: CONNECT_TIMEOUT_MS });
	}
	await chat(caller, 'after the restart');
	await expect(
		callee.getByTestId('chat-message').filter({ hasText: 'after the restart' })
	).toBeVisible();

	// Closing a page says bye through the server; the other side shows it at once.
	await callee.close({ runBeforeUnload: true });
	await expect(caller.getByTestId('notice-bye')).toBeVisible();
	await expect(caller.getByTestId('presence-text')).toHaveAttribute('data-present', 'false');
	await caller.context().close();
});

test('a device that leaves without a bye shows ICE disconnected, then failed', async ({
	browser
}) => {
	test.setTimeout(120_000);
	const { caller, callee, link } = await openRoom(browser);
	// This callee's bye never reaches the server, as when a phone's battery dies.
	await callee.routeWebSocket(/\/signal$/, (ws) => {
		const server = ws.connectToServer();
		ws.onMessage((message) => {
			if (!String(message).includes('"bye"')) server.send(message);
		});
		server.onMessage((message) => ws.send(message));
	});
	await callee.goto(link);
	await runToCommunication(caller, callee);
	await callee.context().close();
	await expect(caller.getByTestId('ice-disconnected')).toBeVisible({ timeout: 30_000 });
	await expect(caller.getByTestId('notice-bye')).toHaveCount(0);
	await expect(caller.getByTestId('ice-failed')).toBeVisible({ timeout: 60_000 });
	await expect(caller.getByTestId('failure')).toBeVisible();
	// the connection stays open after ICE failed: the caller can still restart ICE
	await expect(caller.getByTestId('ice-restart-failed')).toBeEnabled();
	await caller.context().close();
});

test('a third device gets "room full"; step with the keyboard', async ({ browser }) => {
	const { caller, callee, link } = await openRoom(browser);
	await callee.goto(link);
	await expect(callee.getByTestId('signaling-state')).toHaveAttribute('data-state', 'joined');
	// The walkthrough's keyboard shortcuts work here too: → runs the next step.
	await expect(caller.getByTestId('next-step')).toHaveAttribute('data-step', 'getUserMedia');
	await caller.keyboard.press('ArrowRight');
	await expect(caller.getByTestId('last-step')).toHaveAttribute('data-step', 'getUserMedia');
	const third = await (await browser.newContext()).newPage();
	await third.goto(link);
	await expect(third.getByTestId('notice-error')).toContainText('room-full');
	for (const page of [caller, callee, third]) await page.context().close();
});

test('copy-paste signaling between two contexts, with no server in between', async ({
	browser
}) => {
	test.slow();
	const offerer = await (await browser.newContext()).newPage();
	const answerer = await (await browser.newContext()).newPage();
	// Nothing goes through the signaling server on this page.
	for (const page of [offerer, answerer]) {
		await page.routeWebSocket(/\/signal$/, () => {
			throw new Error('copy-paste mode must not open a signaling WebSocket');
		});
		await page.goto('/call/paste');
	}
	await offerer.getByTestId('paste-offerer').click();
	const offer = offerer.getByTestId('paste-local');
	await expect(offer).toHaveValue(/"type":"offer"/);
	const offerText = await offer.inputValue();
	// Non-trickle: the offer already carries its candidates.
	expect(offerText).toContain('a=candidate:');
	await expect(offerer.getByTestId('qr')).toBeVisible();

	await answerer.getByTestId('paste-answerer').click();
	// A bad paste is named, and nothing is lost.
	await answerer.getByTestId('paste-remote').fill('{"type":"answer","sdp":"v=0"}');
	await answerer.getByTestId('paste-apply').click();
	await expect(answerer.getByTestId('paste-error')).toContainText('offer');
	await answerer.getByTestId('paste-remote').fill(offerText.replace(/\\r\\n/g, '\\n'));
	await answerer.getByTestId('paste-apply').click();
	const answer = answerer.getByTestId('paste-local');
	await expect(answer).toHaveValue(/"type":"answer"/);

	await offerer.getByTestId('paste-remote').fill(await answer.inputValue());
	await offerer.getByTestId('paste-apply').click();
	for (const page of [offerer, answerer]) {
		await expect(page.getByTestId('paste-state')).toHaveAttribute('data-state', 'connected', {
			timeout: CONNECT_TIMEOUT_MS
		});
		await expect(page.getByTestId('chat-input')).toBeEnabled();
	}
	await chat(answerer, 'pasted hello');
	await expect(
		offerer.getByTestId('chat-message').filter({ hasText: 'pasted hello' })
	).toBeVisible();

	const bytes = randomBytes(300 * 1024);
	await answerer.getByTestId('file-input').setInputFiles({
		name: 'small.bin',
		mimeType: 'application/octet-stream',
		buffer: bytes
	});
	const received = offerer
		.getByTestId('transfer')
		.and(offerer.locator('[data-direction="receive"]'));
	await expect(received).toHaveAttribute('data-status', 'verified');
	await expect(received.getByTestId('transfer-sha')).toHaveText(
		createHash('sha256').update(bytes).digest('hex')
	);
	for (const page of [offerer, answerer]) await page.context().close();
});

test('axe: no serious violations on /call, a room in Communication, and /call/paste', async ({
	browser
}) => {
	test.slow();
	const { caller, callee, link } = await openRoom(browser);
	await expectNoSeriousViolations(caller); // the room, waiting for the other device
	await callee.goto(link);
	await runToCommunication(caller, callee);
	await chat(callee, 'hello');
	await expect(caller.getByTestId('chat-message')).toHaveCount(1);
	await expectNoSeriousViolations(caller);
	await caller.goto('/call');
	await expectNoSeriousViolations(caller);
	await caller.getByTestId('room-code').fill('not a code');
	await caller.getByRole('button', { name: 'Join' }).click();
	await expect(caller.getByRole('alert')).toContainText('16');
	await expectNoSeriousViolations(caller);
	await caller.goto('/call/paste');
	await caller.getByTestId('paste-offerer').click();
	await expect(caller.getByTestId('paste-local')).toHaveValue(/offer/);
	await expectNoSeriousViolations(caller);
	for (const page of [caller, callee]) await page.context().close();
});

test('the call pages speak Korean', async ({ browser }) => {
	const context = await browser.newContext({ locale: 'ko-KR' });
	const page = await context.newPage();
	await page.goto('/call');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('다른 기기와 통화하기');
	await page.getByTestId('create-room').click();
	await expect(page.getByTestId('signaling-state')).toHaveText('연결되어 방에 있음');
	await context.close();
});

test("a link with a wrong room code says so in the reader's language", async ({ browser }) => {
	for (const [locale, text] of [
		['en-US', 'This is not a valid room code.'],
		['ko-KR', '올바른 방 코드가 아닙니다.']
	] as const) {
		const context = await browser.newContext({ locale });
		const page = await context.newPage();
		await page.goto('/call/not-a-room');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('404');
		await expect(page.getByTestId('error-message')).toHaveText(text);
		await context.close();
	}
});

test('after a server restart both pages reconnect, rejoin their room, and the call goes on', async ({
	browser
}) => {
	test.slow();
	// A server of this test's own, so it can be stopped and started again on the same port.
	const { startServer } = await import('../../server.js');
	const quietly = { host: '127.0.0.1', quiet: true, signaling: { log: () => {} } };
	let running = await startServer({ ...quietly, port: 0 });
	const port = Number(new URL(running.url).port);
	const caller = await (await browser.newContext()).newPage();
	const callee = await (await browser.newContext()).newPage();
	await caller.goto(`${running.url}/call/new`);
	await expect(caller.getByTestId('signaling-state')).toHaveAttribute('data-state', 'joined');
	await callee.goto(caller.url());
	await runToCommunication(caller, callee);

	await running.close();
	for (const page of [caller, callee]) {
		await expect(page.getByTestId('signaling-state')).toHaveAttribute('data-state', 'reconnecting');
	}
	running = await startServer({ ...quietly, port });
	for (const page of [caller, callee]) {
		await expect(page.getByTestId('signaling-state')).toHaveAttribute('data-state', 'joined', {
			timeout: 20_000
		});
		await expect(page.getByTestId('presence-text')).toHaveAttribute('data-present', 'true');
	}
	// The peers never needed the server once connected: the call is still up.
	await expect(caller.getByTestId('notice-restarted')).toHaveCount(0);
	await chat(callee, 'still here');
	await expect(caller.getByTestId('chat-message').filter({ hasText: 'still here' })).toBeVisible();
	for (const page of [caller, callee]) await page.context().close();
	await running.close();
});
