import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectStep, runWalkthroughCall } from './helpers';

const fixture = (name: string) => readFileSync(`tests/fixtures/sdp/${name}`, 'utf8');
/** lines as the inspector numbers them: the final line ending ends the last line, it adds none */
const lineCount = (text: string) => text.replace(/\r\n$/, '').split('\r\n').length;

async function paste(page: Page, text: string, second?: string) {
	await page.goto('/sdp');
	await page.getByTestId('sdp-input').fill(text);
	if (second !== undefined) await page.getByTestId('sdp-input-b').fill(second);
	await expect(page.getByTestId('sdp-inspector')).toBeVisible();
}

/** Opens a peer's description, shown in its panel, in the inspector dialog. */
async function inspectDescription(
	page: Page,
	peer: 'A' | 'B',
	description: 'localDescription' | 'remoteDescription'
) {
	const label = description === 'localDescription' ? 'Local description' : 'Remote description';
	await page.getByTestId(`peer-${peer}`).getByText(label).click();
	await page.getByTestId(`inspect-${description}-${peer}`).click();
	return page.getByTestId('inspector-dialog');
}

test('a captured Chromium offer: every line numbered and explained, field by field', async ({
	page
}) => {
	const offer = fixture('chromium-av-data-offer.sdp');
	await paste(page, offer);
	const lines = page.getByTestId('sdp-lines').getByRole('option');
	await expect(lines).toHaveCount(lineCount(offer));
	// a textarea turns CRLF into LF, which the inspector notes (info) but does not count as an error
	await expect(page.getByTestId('sdp-problem').and(page.locator('.error'))).toHaveCount(0);

	const rtpmap = lines.filter({ hasText: 'a=rtpmap:111 opus/48000/2' });
	await rtpmap.click();
	const explain = page.getByTestId('sdp-explain');
	await expect(explain.getByTestId('sdp-line-meaning')).not.toBeEmpty();
	await expect(explain).toContainText('RFC');
	const fields = explain.getByTestId('sdp-fields');
	await expect(fields).toContainText('111');
	await expect(fields).toContainText('48000');

	// hovering previews another line; leaving shows the selected one again
	await lines.filter({ hasText: 'a=setup:actpass' }).first().hover();
	await expect(explain.locator('pre')).toHaveText('a=setup:actpass');
	await page.getByRole('heading', { level: 1 }).hover();
	await expect(explain.locator('pre')).toHaveText('a=rtpmap:111 opus/48000/2');

	// keyboard: arrows move through the lines
	await rtpmap.focus();
	await page.keyboard.press('ArrowDown');
	await expect(lines.filter({ hasText: 'a=rtpmap:111' })).toHaveAttribute('aria-selected', 'false');

	await page.getByTestId('sdp-tab-structure').click();
	await expect(page.getByTestId('sdp-media')).toHaveCount(3);
	await expect(page.getByTestId('sdp-structure')).toContainText('opus');
});

test('offer and answer negotiate side by side; two versions diff with the o= bump', async ({
	page
}) => {
	await paste(page, fixture('chromium-av-data-offer.sdp'), fixture('chromium-av-data-answer.sdp'));
	await page.getByTestId('sdp-tab-negotiation').click();
	const sections = page.getByTestId('negotiated-section');
	await expect(sections).toHaveCount(3);
	await expect(page.getByTestId('sdp-negotiation')).toContainText('actpass');
	await expect(page.getByTestId('sdp-negotiation')).toContainText('opus');

	await page.getByTestId('sdp-input').fill(fixture('chromium-renegotiation-before-offer.sdp'));
	await page.getByTestId('sdp-input-b').fill(fixture('chromium-renegotiation-offer.sdp'));
	await page.getByTestId('pair-version').check();
	await page.getByTestId('sdp-tab-diff').click();
	await expect(page.getByTestId('sdp-version-note')).not.toBeEmpty();
	await expect(
		page.getByTestId('diff-line').and(page.locator('[data-op=added]')).first()
	).toBeVisible();
});

test('a malformed line is located, and the rest is still shown', async ({ page }) => {
	const offer = fixture('chromium-data-only-offer.sdp').split('\r\n');
	const broken = offer.map((line) => (line.startsWith('m=') ? 'm=application banana' : line));
	await paste(page, broken.join('\r\n'));
	const problem = page.getByTestId('sdp-problem').first();
	await expect(problem).toBeVisible();
	const badLine = offer.findIndex((l) => l.startsWith('m=')) + 1;
	await expect(
		page.getByTestId('sdp-problem').and(page.locator(`[data-line="${badLine}"]`))
	).not.toHaveCount(0);
	await expect(page.getByTestId('sdp-lines').getByRole('option')).toHaveCount(
		lineCount(broken.join('\r\n'))
	);
});

test('empty and oversized input get clear messages', async ({ page }) => {
	await page.goto('/sdp');
	await page.getByTestId('sdp-input').fill('   ');
	await expect(page.getByTestId('sdp-problem').first()).toBeVisible();
	await page.getByTestId('sdp-file').setInputFiles({
		name: 'huge.sdp',
		mimeType: 'application/sdp',
		buffer: Buffer.alloc(2 * 1024 * 1024, 'a')
	});
	await expect(page.getByTestId('file-error')).toContainText('huge.sdp');
});

test('markup inside an SDP is shown as text', async ({ page }) => {
	const text = fixture('chromium-data-only-offer.sdp').replace(
		's=-',
		's=<img src=x onerror="window.__pwned=1"><b>bold</b>'
	);
	await paste(page, text);
	const line = page.getByTestId('sdp-lines').getByRole('option').filter({ hasText: '<b>bold</b>' });
	await expect(line).toHaveCount(1);
	await line.click();
	await expect(page.getByTestId('sdp-inspector').locator('img, b')).toHaveCount(0);
	expect(
		await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)
	).toBeUndefined();
});

test('mask hides addresses, ICE credentials and fingerprints', async ({ page }) => {
	// captured on loopback; a LAN address is what a user would want hidden
	const offer = fixture('chromium-av-data-offer.sdp').replaceAll('127.0.0.1', '192.168.1.23');
	const ufrag = /a=ice-ufrag:(\S+)/.exec(offer)![1]!;
	const fingerprint = /a=fingerprint:\S+ (\S+)/.exec(offer)![1]!;
	await paste(page, offer);
	const lines = page.getByTestId('sdp-lines');
	await expect(lines).toContainText(ufrag);
	await page.getByTestId('sdp-mask').check();
	await expect(lines).not.toContainText(ufrag);
	await expect(lines).not.toContainText(fingerprint);
	await expect(lines).not.toContainText('192.168.1.23');
	await expect(lines.getByRole('option')).toHaveCount(lineCount(offer));
});

test('the walkthrough opens its own descriptions in the inspector', async ({ page }) => {
	await runWalkthroughCall(page);
	const dialog = await inspectDescription(page, 'A', 'localDescription');
	await expect(dialog).toBeVisible();
	await expect(dialog.getByTestId('sdp-lines').getByRole('option').first()).toContainText('v=0');
	await dialog.getByTestId('sdp-tab-negotiation').click();
	await expect(dialog.getByTestId('negotiated-section')).toHaveCount(3);
	// Escape closes the dialog and does not reset the call
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
	await expectStep(page, 'communicate');
});

test('explanations in Korean', async ({ browser }) => {
	const context = await browser.newContext({ locale: 'ko-KR' });
	const page = await context.newPage();
	await paste(page, fixture('chromium-av-data-offer.sdp'));
	await page
		.getByTestId('sdp-lines')
		.getByRole('option')
		.filter({ hasText: 'a=rtpmap:111' })
		.click();
	await expect(page.getByTestId('sdp-line-meaning')).toHaveText(/[\uac00-\ud7a3]/);
	await context.close();
});

test('a remote description opens as received over signaling, with the browser’s own copy', async ({
	page
}) => {
	await runWalkthroughCall(page);
	const dialog = await inspectDescription(page, 'B', 'remoteDescription');
	const source = dialog.getByTestId('remote-source');
	await expect(source.getByTestId('remote-source-received')).toBeChecked();
	// the browser's copy carries the candidates that trickled in after the offer was signaled
	const note = source.getByTestId('remote-source-note');
	await expect(note).not.toHaveAttribute('data-differing', '0');
	await expect(note).toContainText('re-serialization');
	await source.getByText('Show what the browser changed').click();
	await expect(source.getByTestId('diff-line').filter({ hasText: 'a=candidate:' })).not.toHaveCount(
		0
	);
	const lines = dialog.getByTestId('sdp-lines').getByRole('option');
	const received = await lines.count();
	await source.getByTestId('remote-source-reported').check();
	await expect.poll(() => lines.count()).toBeGreaterThan(received);
	await dialog.getByTestId('sdp-tab-negotiation').click();
	await expect(dialog.getByTestId('negotiated-section')).toHaveCount(3);
	await expect(dialog.getByTestId('negotiation-problem').and(dialog.locator('.error'))).toHaveCount(
		0
	);
});

test('the inspector dialog keeps its size while the pointer moves over the lines', async ({
	page
}) => {
	await runWalkthroughCall(page);
	const dialog = await inspectDescription(page, 'A', 'localDescription');
	const lines = dialog.getByTestId('sdp-lines').getByRole('option');
	await expect(lines.first()).toContainText('v=0');
	const box = await dialog.boundingBox();
	const explain = await dialog.getByTestId('sdp-explain').boundingBox();
	// lines whose explanations differ most in length: a bare version line, a candidate with its
	// field table, an rtpmap, an fmtp with decoded parameters
	for (const text of ['v=0', 'a=candidate:', 'a=rtpmap:', 'a=fmtp:', 's=-', 'a=extmap:']) {
		await lines.filter({ hasText: text }).first().hover();
		await expect(dialog.getByTestId('sdp-explain').locator('pre')).toContainText(text);
		expect(await dialog.boundingBox()).toEqual(box);
		expect(await dialog.getByTestId('sdp-explain').boundingBox()).toEqual(explain);
	}
	// a pointer resting on a line: over the next frames the dialog stays put and the explanation
	// keeps showing that line (before the fix it flipped between two heights every frame)
	await lines.filter({ hasText: 'a=candidate:' }).first().hover();
	const frames = await dialog.evaluate(
		(el) =>
			new Promise<{ rects: string[]; lines: string[] }>((resolve) => {
				const rects: string[] = [];
				const shown: string[] = [];
				const sample = () => {
					const r = el.getBoundingClientRect();
					rects.push(`${r.x},${r.y},${r.width},${r.height}`);
					shown.push(el.querySelector('[data-testid="sdp-explain"] pre')?.textContent ?? '');
					if (rects.length < 30) requestAnimationFrame(sample);
					else resolve({ rects, lines: shown });
				};
				requestAnimationFrame(sample);
			})
	);
	expect(new Set(frames.rects).size).toBe(1);
	expect(new Set(frames.lines).size).toBe(1);
	expect(frames.lines[0]).toContain('a=candidate:');
	expect(await dialog.boundingBox()).toEqual(box);
});
