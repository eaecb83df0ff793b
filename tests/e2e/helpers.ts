import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/**
 * Counts the RTCPeerConnections the page creates and how many are still open. It only observes:
 * the page's own connections are the real ones, wrapped so the test can see them.
 */
export async function watchPeerConnections(page: Page): Promise<void> {
	await page.addInitScript(() => {
		const Native = window.RTCPeerConnection;
		const created: RTCPeerConnection[] = [];
		class Watched extends Native {
			constructor(configuration?: RTCConfiguration) {
				super(configuration);
				created.push(this);
			}
		}
		window.RTCPeerConnection = Watched as typeof RTCPeerConnection;
		(window as unknown as { __peers: () => { created: number; open: number } }).__peers = () => ({
			created: created.length,
			open: created.filter((pc) => pc.signalingState !== 'closed').length
		});
	});
}

export async function peerCounts(page: Page): Promise<{ created: number; open: number }> {
	return page.evaluate(() =>
		(window as unknown as { __peers: () => { created: number; open: number } }).__peers()
	);
}

export async function openWalkthrough(page: Page): Promise<void> {
	await page.goto('/walkthrough');
	await expect(page.getByTestId('next-step')).toHaveAttribute('data-step', 'getUserMedia');
}

/** ICE and DTLS over loopback take a moment, longer on a busy machine: waits are generous. */
const STEP_TIMEOUT_MS = 20_000;

export async function expectStep(page: Page, step: string, stage?: string): Promise<void> {
	const card = page.getByTestId('next-step');
	await expect(card).toHaveAttribute('data-step', step, { timeout: STEP_TIMEOUT_MS });
	if (stage) await expect(card).toHaveAttribute('data-stage', stage);
}

/** Opens the walkthrough and runs the whole call (Run all) until it reaches Communication. */
export async function runWalkthroughCall(page: Page): Promise<void> {
	await openWalkthrough(page);
	await page.getByTestId('run-all').click();
	await expectStep(page, 'communicate');
}

/**
 * The video `peer` receives from the other peer: frames have arrived (non-zero size) and
 * playback moves on.
 */
export async function expectRemoteVideoPlays(page: Page, peer: 'A' | 'B' = 'B'): Promise<void> {
	const video = page.getByTestId(`video-${peer}-remote`);
	await expect
		.poll(() => video.evaluate((v: HTMLVideoElement) => v.videoWidth * v.videoHeight), {
			timeout: 15_000
		})
		.toBeGreaterThan(0);
	const first = await video.evaluate((v: HTMLVideoElement) => v.currentTime);
	await expect
		.poll(() => video.evaluate((v: HTMLVideoElement) => v.currentTime), { timeout: 10_000 })
		.toBeGreaterThan(first);
}

/** A message typed at one peer arrives at the other through the data channel. */
export async function expectChatArrives(page: Page, from: 'A' | 'B', text: string): Promise<void> {
	await page.getByTestId(`chat-input-${from}`).fill(text);
	await page.getByTestId(`chat-send-${from}`).click();
	await expect(
		page
			.getByTestId('chat-message')
			.filter({ hasText: text })
			.and(page.locator(`[data-from="${from}"]`))
	).toHaveCount(1);
	// it arrived as a data channel "message" event at the other peer, not just echoed locally
	await expect(
		page.getByTestId('timeline-entry').and(page.locator('[data-name="message"]'))
	).not.toHaveCount(0);
}

/**
 * axe finds no serious or critical violation on what the page shows now, or only in the regions
 * named by `include` (CSS selectors). The failure names each rule and the elements it flagged.
 */
export async function expectNoSeriousViolations(page: Page, include: string[] = []): Promise<void> {
	const builder = new AxeBuilder({ page });
	for (const selector of include) builder.include(selector);
	const results = await builder.analyze();
	const serious = results.violations.filter(
		(v) => v.impact === 'serious' || v.impact === 'critical'
	);
	expect(
		serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)
	).toEqual([]);
}
