import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousViolations } from './helpers';

/**
 * /nat: a live run through the server's lab (the e2e server runs as root, as in CI), a recorded
 * run stepped through with the keyboard, axe, and the endpoint's answers to bad input.
 */

/** A lab run builds namespaces, NATs, coturn and two Chromiums: minutes on a busy machine. */
const RUN_TIMEOUT_MS = 150_000;

async function openNat(page: Page): Promise<void> {
	await page.goto('/nat');
	await expect(page.locator('html')).toHaveAttribute('data-ready', '');
	await expect(page.getByTestId('recorded-runs')).toHaveAttribute('data-loaded', 'true');
}

test('runs cone ↔ cone with STUN live: srflx candidates, the mapping table, a real outcome', async ({
	page
}) => {
	test.setTimeout(RUN_TIMEOUT_MS + 30_000);
	await openNat(page);
	await expect(page.getByTestId('lab-unavailable')).toHaveCount(0);
	await page.getByTestId('network-a').selectOption('cone');
	await page.getByTestId('network-b').selectOption('cone');
	await page.getByTestId('servers').selectOption('stun');
	await page.getByTestId('run-live').click();

	const run = page.getByTestId('nat-run');
	await expect(run).toHaveAttribute('data-source', 'live');
	await expect(page.getByTestId('run-source')).toContainText('Live run');
	// events stream in while it runs, then the outcome is known
	await expect(page.getByTestId('outcome')).not.toHaveAttribute('data-outcome', '', {
		timeout: RUN_TIMEOUT_MS
	});
	await expect(page.getByTestId('lab-problem')).toHaveCount(0);
	// each peer gathered a srflx candidate: the NAT's public address, the private one as related
	for (const peer of ['a', 'b']) {
		await expect(
			page.getByTestId(`candidates-${peer}`).locator('[data-testid="candidate"][data-type="srflx"]')
		).not.toHaveCount(0);
	}
	await expect(page.getByTestId('mapping')).not.toHaveCount(0);
	await expect(page.getByTestId('packet').first()).toBeVisible();
	const position = page.getByTestId('replay-position');
	const total = Number(await position.getAttribute('data-total'));
	expect(total).toBeGreaterThan(0);
	await expect(position).toHaveAttribute('data-step', String(total));
	// the live run now has its cell in the matrix
	await expect(
		page.locator('[data-testid="matrix-cell"][data-scenario="cone|cone|stun"][data-source="live"]')
	).toHaveCount(1);
});

test('opens a recorded run, labelled as recorded, and steps through it with the keyboard', async ({
	page
}) => {
	await openNat(page);
	await page.getByTestId('open-recorded').first().click();
	const run = page.getByTestId('nat-run');
	await expect(run).toHaveAttribute('data-source', 'recorded');
	await expect(page.getByTestId('run-source')).toContainText('Recorded run');
	await expect(page.getByTestId('run-source')).toContainText('Chromium');
	const position = page.getByTestId('replay-position');
	await expect(position).toHaveAttribute('data-step', '0');
	const total = Number(await position.getAttribute('data-total'));
	expect(total).toBeGreaterThan(3);
	await expect(page.getByTestId('candidate')).toHaveCount(0);
	await expect(page.getByTestId('outcome')).toHaveAttribute('data-outcome', '');

	// focus stays on the button that opened the run: the replay keys work from anywhere but a field
	for (let i = 1; i <= 3; i++) {
		await page.keyboard.press('ArrowRight');
		await expect(position).toHaveAttribute('data-step', String(i));
		await expect(page.getByTestId('replay-event')).not.toHaveAttribute('data-kind', '');
	}
	await page.keyboard.press('ArrowLeft');
	await expect(position).toHaveAttribute('data-step', '2');
	await page.keyboard.press('r');
	await expect(position).toHaveAttribute('data-step', String(total));
	await expect(page.getByTestId('candidate')).not.toHaveCount(0);
	await expect(page.getByTestId('outcome')).not.toHaveAttribute('data-outcome', '');
	await page.keyboard.press('Escape');
	await expect(position).toHaveAttribute('data-step', '0');
	await expect(page.getByTestId('candidate')).toHaveCount(0);

	// typing in a control does not step the replay
	await page.getByTestId('network-a').focus();
	await page.keyboard.press('ArrowRight');
	await expect(position).toHaveAttribute('data-step', '0');
});

test('a recorded run downloads as a session record that /stats opens and /nat replays', async ({
	page
}) => {
	await openNat(page);
	await page.locator('[data-testid="open-recorded"][data-file="cone__cone__stun.json"]').click();
	await expect(page.getByTestId('nat-run')).toHaveAttribute('data-source', 'recorded');
	const total = await page.getByTestId('replay-position').getAttribute('data-total');
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByTestId('download-record').click()
	]);
	expect(download.suggestedFilename()).toBe(
		'peerscope-nat-cone-cone-stun-2026-12-04T04-25-07Z.json'
	);
	const path = await download.path();
	const record = JSON.parse(readFileSync(path, 'utf8'));
	expect(record).toMatchObject({
		format: 'peerscope-session',
		version: 1,
		lab: { format: 'peerscope-nat-lab', scenario: { a: 'cone', b: 'cone', servers: 'stun' } }
	});

	// /stats: the session's timeline and the candidates each peer gathered, srflx among them
	await page.goto('/stats');
	await expect(page.getByTestId('drop-zone')).toHaveAttribute('data-ready', 'true');
	await page.getByTestId('file-input').setInputFiles(path);
	await expect(page.getByTestId('import-summary')).toContainText('Peerscope session');
	await expect(page.getByTestId('timeline-entry').first()).toBeVisible();
	await expect(
		page.getByTestId('timeline-entry').filter({ hasText: 'icecandidate' })
	).not.toHaveCount(0);
	await expect(page.getByTestId('candidates')).toContainText('typ srflx raddr 192.0.2.10');
	await expect(page.getByTestId('candidates')).toContainText('typ srflx raddr 198.51.100.20');

	// /nat: the same file replays, as a recording, event for event
	await openNat(page);
	await page.getByTestId('record-file').setInputFiles(path);
	await expect(page.getByTestId('nat-run')).toHaveAttribute('data-source', 'recorded');
	await expect(page.getByTestId('replay-position')).toHaveAttribute('data-total', total ?? '');
	await page.getByTestId('replay-all').click();
	await expect(page.getByTestId('outcome')).toHaveAttribute('data-outcome', 'srflx');
	await expect(page.getByTestId('mapping')).not.toHaveCount(0);

	// a session of another page is not a lab run: the page says where it opens
	await page.getByTestId('record-file').setInputFiles({
		name: 'walkthrough.json',
		mimeType: 'application/json',
		buffer: Buffer.from(JSON.stringify({ ...record, lab: undefined }))
	});
	await expect(page.getByTestId('lab-problem')).toHaveAttribute('data-code', 'bad-recording');
	await expect(page.getByTestId('lab-problem')).toContainText('walkthrough.json: lab:');
	await expect(page.getByTestId('lab-problem')).toContainText('/stats');
});

test('axe: no serious violations on /nat, empty and with a recorded run open', async ({ page }) => {
	test.slow();
	await openNat(page);
	await expectNoSeriousViolations(page);
	await page.getByTestId('open-recorded').first().click();
	await page.getByTestId('replay-all').click();
	await expect(page.getByTestId('outcome')).not.toHaveAttribute('data-outcome', '');
	await expectNoSeriousViolations(page);
});

test('the endpoint refuses an unknown scenario with a clear 400', async ({ request }) => {
	const response = await request.post('/nat/run', {
		data: { a: 'full-cone-9000', b: 'cone', servers: 'stun' }
	});
	expect(response.status()).toBe(400);
	const body = await response.json();
	expect(body.code).toBe('unknown-scenario');
	expect(body.message).toContain(
		'Networks: public, cone, symmetric, udp-blocked, full-cone, address-restricted'
	);
	// nothing but a scenario is accepted
	const extra = await request.post('/nat/run', {
		data: { a: 'cone', b: 'cone', servers: 'stun', command: 'ip netns add x' }
	});
	expect(extra.status()).toBe(400);
	const notJson = await request.post('/nat/run', {
		headers: { 'content-type': 'application/json' },
		data: 'nope'
	});
	expect(notJson.status()).toBe(400);
});

test('a second run while one runs is refused as busy, on the endpoint and in the page', async ({
	page,
	browser
}) => {
	test.setTimeout(RUN_TIMEOUT_MS + 30_000);
	await openNat(page);
	await page.getByTestId('network-a').selectOption('public');
	await page.getByTestId('network-b').selectOption('public');
	await page.getByTestId('servers').selectOption('none');
	await page.getByTestId('run-live').click();
	await expect(page.getByTestId('stop')).toBeVisible();

	const second = await page.request.post('/nat/run', {
		data: { a: 'cone', b: 'cone', servers: 'stun' }
	});
	expect(second.status()).toBe(409);
	expect((await second.json()).code).toBe('busy');

	// another visitor's page says so in words
	const other = await browser.newPage();
	await openNat(other);
	await other.getByTestId('run-live').click();
	await expect(other.getByTestId('lab-problem')).toHaveAttribute('data-code', 'busy');
	await expect(other.getByTestId('lab-problem')).toContainText('One lab runs at a time');
	await other.close();

	// the first run goes on to its own end
	await expect(page.getByTestId('outcome')).not.toHaveAttribute('data-outcome', '', {
		timeout: RUN_TIMEOUT_MS
	});
	await expect(page.getByTestId('stop')).toHaveCount(0);
});
