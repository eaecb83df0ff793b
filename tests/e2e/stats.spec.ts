import {
	openSync,
	closeSync,
	ftruncateSync,
	mkdtempSync,
	readFileSync,
	rmSync,
	writeSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { runWalkthroughCall } from './helpers';

const DUMPS = 'tests/fixtures/webrtc-internals';
const RTCSTATS = 'tests/fixtures/rtcstats';

async function runCall(page: Page) {
	await runWalkthroughCall(page);
	await expect(page.getByTestId('stats-panel')).toBeVisible();
}

async function openStats(page: Page) {
	await page.goto('/stats');
	await expect(page.getByTestId('drop-zone')).toHaveAttribute('data-ready', 'true');
}

/** Opens /stats and picks a file (a path, or a name and contents), as a user choosing it would. */
async function chooseFile(page: Page, file: Parameters<Locator['setInputFiles']>[0]) {
	await openStats(page);
	await page.getByTestId('file-input').setInputFiles(file);
}

/** Opens /stats and picks a file of these contents, as a user choosing it would. */
async function openFile(
	page: Page,
	name: string,
	content: string | Buffer,
	mimeType = 'application/octet-stream'
) {
	await chooseFile(page, { name, mimeType, buffer: Buffer.from(content) });
}

/** A file name, its contents and what the import error must say about it. */
type BadFile = [string, string | Buffer, RegExp];

/** One test per bad file: the page says what is wrong with it. */
function testBadFiles(cases: BadFile[]) {
	for (const [name, content, message] of cases) {
		test(name, async ({ page }) => {
			await openFile(page, name, content);
			await expect(page.getByTestId('import-error')).toContainText(message);
		});
	}
}

/** Waits until Peer A's history holds at least `count` samples. */
async function waitForSamples(page: Page, count: number) {
	await expect
		.poll(
			async () => Number(await page.getByTestId('stats-view-live-A').getAttribute('data-samples')),
			{ timeout: 20_000 }
		)
		.toBeGreaterThanOrEqual(count);
}

test('live stats: charts fill per tick, show the math, raw explorer links, sender controls log a marker', async ({
	page
}) => {
	test.slow();
	await runCall(page);
	await page.getByTestId('stats-interval').selectOption('500');
	await waitForSamples(page, 3);
	const bitrate = page.getByTestId('chart-bitrate');
	await expect(bitrate).toHaveAttribute('data-series', /[1-9]/);
	// the chart is created once and fed: its canvas survives the following ticks
	const canvas = await bitrate.locator('canvas').elementHandle();
	const ticks = Number(await page.getByTestId('stats-view-live-A').getAttribute('data-samples'));
	await waitForSamples(page, ticks + 4);
	expect(await canvas!.evaluate((c) => c.isConnected)).toBe(true);

	// the live call's diagnosis at the top of the panel (issue 15): this loopback call's
	// selected pair is host ↔ host over UDP
	const selectedPair = page
		.getByTestId('diagnosis')
		.locator('[data-finding="selectedPair"]')
		.first();
	await expect(selectedPair).toContainText('Connected over host ↔ host candidates, udp');

	// show the math for the latest point of the first series, with the keyboard path
	await bitrate.locator('details.latest summary').click();
	await bitrate.locator('details.latest button').first().click();
	const math = page.getByTestId('math-panel');
	await expect(math.getByTestId('math-formula')).toHaveText('8 × ΔbytesSent / (Δtimestamp / 1000)');
	await expect(math.getByTestId('math-sample')).toHaveCount(2);
	await expect(math.getByTestId('math-result')).toContainText(/= \d+(\.\d+)? bit\/s/);
	await expect(math.getByRole('link')).toHaveAttribute(
		'href',
		'https://www.w3.org/TR/webrtc-stats/#dom-rtcsentrtpstreamstats-bytessent'
	);

	// raw explorer: an outbound-rtp report links to its codec
	await page.getByTestId('view-explorer-live-A').click();
	const explorer = page.getByTestId('explorer-live-A');
	await explorer.getByTestId('explorer-filter').fill('outbound-rtp');
	const outbound = explorer.locator('details').first();
	await outbound.locator('summary').click();
	const codecLink = outbound.locator('tr[data-member="codecId"] button');
	const codecId = (await codecLink.textContent())!;
	await codecLink.click();
	await expect(explorer.locator(`details[data-report="${codecId}"]`)).toHaveAttribute('open', '');
	await expect(
		explorer.locator(`details[data-report="${codecId}"] tr[data-member="mimeType"]`)
	).toContainText(/^mimeType(audio|video)\//);
	await page.getByTestId('view-charts-live-A').click();

	// setParameters from the slider: logged, so it is a marker on the charts
	const slider = page.getByTestId('max-bitrate');
	await slider.focus();
	await page.keyboard.press('Home');
	await expect(page.getByTestId('sender-status')).toContainText('"maxBitrate":50000');
	await expect(
		page.getByTestId('timeline-entry').filter({ hasText: 'setParameters()' })
	).toHaveCount(1);
	// pause video: replaceTrack(null), logged too
	await page.getByTestId('pause-video').click();
	await expect(page.getByTestId('pause-video')).toHaveAttribute('aria-pressed', 'true');
	await expect(
		page.getByTestId('timeline-entry').filter({ hasText: 'replaceTrack()' })
	).toHaveCount(1);
	// and the graph moves: once a tick has passed with nothing sent, the video bitrate is 0
	const samplesNow = Number(
		await page.getByTestId('stats-view-live-A').getAttribute('data-samples')
	);
	await waitForSamples(page, samplesNow + 4);
	// the charts were re-created when the view switched back: open the list again
	await bitrate.locator('details.latest summary').click();
	await bitrate
		.locator('details.latest button')
		.filter({ hasText: 'sent bitrate · video' })
		.click();
	await expect(math.getByTestId('math-result')).toContainText('= 0 bit/s');
	// B's remote tracks unmute when their first packets arrive (the Peer wrapper's media.trackState,
	// logged by the machine). Chromium does not mute the remote track for replaceTrack(null), so
	// `mute` is covered by the unit tests only.
	await expect(
		page.locator('[data-testid="timeline-entry"][data-name="unmute"]').first()
	).toBeAttached();
	// Peer B's charts are there too
	await page.getByTestId('stats-peer-B').click();
	await expect(page.getByTestId('stats-view-live-B').getByTestId('chart-bitrate')).toHaveAttribute(
		'data-series',
		/[1-9]/
	);
});

test('record → export (masked) → import: the same views without a call', async ({ page }) => {
	test.slow();
	await runCall(page);
	await waitForSamples(page, 3);
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByTestId('export-session').click()
	]);
	expect(download.suggestedFilename()).toMatch(/^peerscope-session-.*\.json$/);
	const path = await download.path();
	const record = JSON.parse(readFileSync(path, 'utf8'));
	expect(record.format).toBe('peerscope-session');
	expect(record.masked).toBe(true);
	expect(JSON.stringify(record)).not.toMatch(/a=ice-pwd:(?!p\d)/);

	await chooseFile(page, path);
	await expect(page.getByTestId('import-summary')).toContainText('Peerscope session');
	await expect(page.getByTestId('timeline-entry').first()).toBeVisible();
	await expect(page.getByTestId('descriptions').getByRole('button')).toHaveCount(4);
	// a session has its signaling: the sequence diagram is drawn from the same log
	await expect(page.getByTestId('sequence-arrow').first()).toBeVisible();
	await expect(
		page.getByTestId('stats-view-import-A').getByTestId('chart-bitrate')
	).toHaveAttribute('data-series', /[1-9]/);
});

test('a real webrtc-internals dump (gzip) opens with timeline, SDPs, candidates and charts', async ({
	page
}) => {
	await openStats(page);
	// read in a Web Worker, so the page keeps responding; it is made while the user picks a file
	await expect
		.poll(() => page.workers().map((worker) => worker.url()))
		.toContainEqual(expect.stringMatching(/importWorker/));
	await page.getByTestId('file-input').setInputFiles(`${DUMPS}/chromium-156-loopback-av.json.gz`);
	await expect(page.getByTestId('import-summary')).toHaveText(
		'webrtc-internals dump · Chrome 156 · 2 peer connection(s)'
	);
	await expect(page.getByTestId('file-name')).toContainText('chromium-156-loopback-av.json.gz');
	await expect(page.getByTestId('descriptions').getByRole('button')).toHaveCount(4);
	await page.getByTestId('description-0').click();
	await expect(page.getByTestId('descriptions')).toContainText('a=group:BUNDLE');
	await expect(page.getByTestId('candidates')).toContainText('typ host');
	await expect(
		page.getByTestId('stats-view-import-A').getByTestId('chart-bitrate')
	).toHaveAttribute('data-series', /[1-9]/);
	// the legend is HTML: a toolbar of the chart's series, one Tab stop, arrows move within it,
	// and a key hides or shows a series on the canvas (counted by the first series' colour; a
	// chart out of view is not drawn, so it is scrolled into view first)
	const bitrateA = page.getByTestId('stats-view-import-A').getByTestId('chart-bitrate');
	await bitrateA.scrollIntoViewIfNeeded();
	const entries = bitrateA.getByTestId('chart-legend').getByRole('button');
	await expect(entries).toHaveCount(Number(await bitrateA.getAttribute('data-series')));
	await expect(bitrateA.getByTestId('chart-legend').locator('[tabindex="0"]')).toHaveCount(1);
	const firstColour = await entries
		.first()
		.locator('.swatch')
		.evaluate((s) => getComputedStyle(s).backgroundColor);
	const [r, g, b] = firstColour.match(/\d+/g)!.map(Number);
	const firstSeriesPixels = () =>
		bitrateA.locator('canvas').evaluate(
			(canvas: HTMLCanvasElement, [r, g, b]) => {
				const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
				let count = 0;
				for (let k = 0; k < data.length; k += 4) {
					const near =
						Math.abs(data[k]! - r!) < 24 &&
						Math.abs(data[k + 1]! - g!) < 24 &&
						Math.abs(data[k + 2]! - b!) < 24;
					if (near && data[k + 3]! > 128) count++;
				}
				return count;
			},
			[r, g, b]
		);
	await expect.poll(firstSeriesPixels).toBeGreaterThan(20);
	await entries.first().focus();
	await page.keyboard.press('End');
	await expect(entries.last()).toBeFocused();
	await page.keyboard.press('Home');
	await expect(entries.first()).toBeFocused();
	await page.keyboard.press('Space');
	await expect(entries.first()).toHaveAttribute('aria-pressed', 'false');
	await expect.poll(firstSeriesPixels).toBe(0);
	await page.keyboard.press('Enter');
	await expect(entries.first()).toHaveAttribute('aria-pressed', 'true');
	await expect.poll(firstSeriesPixels).toBeGreaterThan(20);
	// hovering shows the shown series' values at that time; the wheel zooms the time axis and
	// "Reset zoom" shows all the data again
	await bitrateA.getByRole('img').hover();
	await expect(bitrateA.getByTestId('chart-tooltip')).toContainText('sent bitrate');
	await expect(bitrateA).toHaveAttribute('data-zoomed', 'false');
	await page.mouse.wheel(0, -200);
	await expect(bitrateA).toHaveAttribute('data-zoomed', 'true');
	await bitrateA.getByRole('button', { name: 'Reset zoom' }).click();
	await expect(bitrateA).toHaveAttribute('data-zoomed', 'false');
	// a click on the chart explains the nearest point (the chart's image: uPlot takes the pointer
	// in a layer over its canvas)
	await page
		.getByTestId('stats-view-import-A')
		.getByTestId('chart-bitrate')
		.getByRole('img')
		.click();
	await expect(page.getByTestId('stats-view-import-A').getByTestId('math-formula')).toHaveText(
		/^8 × Δbytes(Sent|Received) \/ \(Δtimestamp \/ 1000\)$/
	);
	// any member of any report can be charted from the raw explorer (every series of the dump)
	const viewA = page.getByTestId('stats-view-import-A');
	await page.getByTestId('view-explorer-import-A').click();
	await viewA.getByTestId('explorer-filter').fill('candidate-pair');
	const pair = viewA.locator('details', { hasText: 'CPrf' }).first();
	await pair.locator('summary').click();
	await pair.locator('tr[data-member="bytesSent"]').getByTestId('chart-this-member').click();
	const memberChart = viewA.getByTestId('chart-member');
	await expect(memberChart).toHaveAttribute('data-series', '1');
	await memberChart.getByRole('img').click();
	await expect(viewA.getByTestId('math-formula')).toHaveText('bytesSent');
	// only one connection shown
	await page.getByTestId('show-as-B').selectOption('-1');
	await expect(page.getByTestId('stats-view-import-B')).toHaveCount(0);
});

test('an older dump opens with a note on its layout', async ({ page }) => {
	await chooseFile(page, `${DUMPS}/legacy-chrome-71-handmade.json`);
	await expect(page.getByTestId('legacy-note')).toBeVisible();
	await expect(page.getByTestId('import-summary')).toContainText('Chrome 71');
});

test.describe('bad input: a message that says what is wrong, never a blank page', () => {
	const cases: BadFile[] = [
		['notes.txt', 'this is not json', /is not JSON/],
		[
			'cut.json',
			readFileSync(`${DUMPS}/chromium-156-loopback-av.json`, 'utf8').slice(0, 5000),
			/incomplete/
		],
		['package.json', '{"name":"x","version":"1"}', /not a webrtc-internals dump.*name, version/],
		[
			'no-pcs.json',
			readFileSync(`${DUMPS}/chromium-156-no-peer-connections.json`),
			/no peer connection/
		]
	];
	testBadFiles(cases);

	// A dump is shown as soon as its outer structure is read, before its series' text is checked
	// (dumpBytes.ts); the check then decides, as reading the whole file as JSON would have.
	const withSeriesText = (json: string) => {
		const raw = JSON.parse(readFileSync(`${DUMPS}/chromium-156-loopback-av.json`, 'utf8'));
		const stats = raw.PeerConnections['8-1'].stats;
		const key = Object.keys(stats).find((k) => k.endsWith('-framesEncoded'))!;
		stats[key].values = '@@';
		return { key, buffer: Buffer.from(JSON.stringify(raw).replace('"@@"', json)) };
	};

	test('a series whose text is broken inside: the file is refused after all', async ({ page }) => {
		const { buffer } = withSeriesText('"[\\"\\x\\",1]"');
		await openStats(page);
		await page
			.getByTestId('file-input')
			.setInputFiles({ name: 'dump.json', mimeType: 'application/json', buffer });
		await expect(page.getByTestId('import-error')).toContainText('The file is not JSON');
		await expect(page.getByTestId('browser')).toHaveCount(0);
	});

	test('a series that does not end in `]`: read again, it is reported, the rest shown', async ({
		page
	}) => {
		const { key, buffer } = withSeriesText('"[1,2] and more"');
		await openStats(page);
		await page
			.getByTestId('file-input')
			.setInputFiles({ name: 'dump.json', mimeType: 'application/json', buffer });
		await expect(page.getByTestId('import-problems')).toContainText(key);
		await expect(
			page.getByTestId('stats-view-import-A').getByTestId('chart-bitrate')
		).toHaveAttribute('data-series', /[1-9]/);
	});

	test('corrupt gzip', async ({ page }) => {
		const bytes = readFileSync(`${DUMPS}/chromium-156-loopback-av.json.gz`);
		for (let i = 200; i < 400; i++) bytes[i] = bytes[i]! ^ 0x5a;
		await openFile(page, 'dump.gz', bytes, 'application/gzip');
		await expect(page.getByTestId('import-error')).toContainText('cannot be decompressed');
	});

	test('a 200 MB file that stops being JSON is refused at once and the page stays usable', async ({
		page
	}) => {
		const dir = mkdtempSync(join(tmpdir(), 'peerscope-'));
		const path = join(dir, 'huge.json');
		// a sparse file: 200 MB by size, no disk written; it starts as JSON, then only NUL bytes
		const fd = openSync(path, 'w');
		writeSync(fd, '{"PeerConnections": {');
		ftruncateSync(fd, 200 * 1024 * 1024);
		closeSync(fd);
		try {
			await chooseFile(page, path);
			await expect(page.getByTestId('import-error')).toContainText('The file is not JSON');
			// still responsive: another file opens
			await page.getByTestId('file-input').setInputFiles(`${DUMPS}/legacy-chrome-71-handmade.json`);
			await expect(page.getByTestId('legacy-note')).toBeVisible();
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});

test("Chrome's own rtcstats dump opens with timeline, charts and a diagnosis whose evidence opens", async ({
	page
}) => {
	await chooseFile(page, `${RTCSTATS}/chromium-156-rtcstats-v5-loopback-av.rtcstats`);
	await expect(page.getByTestId('import-summary')).toHaveText(
		'rtcstats dump (file format 3) · Chrome 156 · 2 peer connection(s)'
	);
	await expect(page.getByTestId('rtcstats-shape')).toContainText('compressed deltas');
	await expect(page.getByTestId('timeline-entry').first()).toBeVisible();
	await expect(page.getByTestId('descriptions').getByRole('button')).toHaveCount(12);
	await expect(
		page.getByTestId('stats-view-import-A').getByTestId('chart-bitrate')
	).toHaveAttribute('data-series', /[1-9]/);

	// the diagnosis is at the top: the receiver's freezes first, the bandwidth limit, the restart
	const diagnosis = page.getByTestId('diagnosis');
	const findings = diagnosis.getByTestId('finding');
	await expect(findings.first()).toHaveAttribute('data-finding', 'freezes');
	await expect(diagnosis.locator('[data-finding="qualityLimited"]')).toContainText('by bandwidth');
	// evidence one click away: the ICE restart selects its log entry in the timeline
	const restart = diagnosis.locator('[data-finding="iceRestart"]');
	await expect(restart).toContainText('ICE restarted 1 time(s)');
	await restart.getByTestId('evidence').first().click();
	const selected = page.locator('[data-testid="timeline-entry"][aria-pressed="true"]');
	await expect(selected).toHaveAttribute('data-name', 'restartIce');
	await expect(page.getByTestId('timeline-detail')).toContainText('restartIce');
	// and a chart evidence scrolls to its chart
	await diagnosis
		.locator('[data-finding="qualityLimited"]')
		.getByTestId('evidence')
		.first()
		.click();
	await expect(
		page.getByTestId('stats-view-import-A').getByTestId('chart-bitrate')
	).toBeInViewport();
});

test('rtcstats: Chrome webrtc-internals download (gzip) and a Firefox trace open', async ({
	page
}) => {
	await chooseFile(page, `${RTCSTATS}/chromium-156-internals-loopback-av.rtcstats.gz`);
	await expect(page.getByTestId('import-summary')).toContainText('rtcstats dump (file format 3)');
	await expect(page.getByTestId('rtcstats-shape')).toContainText('full reports');
	await expect(
		page.getByTestId('diagnosis').locator('[data-finding="selectedPair"]').first()
	).toContainText('host ↔ host');
	await page
		.getByTestId('file-input')
		.setInputFiles(`${RTCSTATS}/firefox-153-rtcstats-v5-loopback-av.rtcstats`);
	await expect(page.getByTestId('import-summary')).toContainText('Firefox 153');
	await expect(
		page.getByTestId('stats-view-import-A').getByTestId('chart-bitrate')
	).toHaveAttribute('data-series', /[1-9]/);
});

test.describe('bad rtcstats input', () => {
	const v5 = readFileSync(`${RTCSTATS}/chromium-156-rtcstats-v5-loopback-av.rtcstats`, 'utf8');
	const cases: BadFile[] = [
		[
			'gum-only.rtcstats.gz',
			readFileSync(`${RTCSTATS}/chromium-156-internals-gum-only.rtcstats.gz`),
			/no peer connection: its \d+ lines hold 2 getUserMedia/
		],
		[
			'events.jsonl',
			'{"event":"join"}\n{"event":"leave"}\n',
			/JSON lines, but not a format.*\{event\}/
		],
		['wrong-magic.rtcstats', v5.replace('RTCStatsDump', 'RTCStatsDump9'), /"RTCStatsDump9"/]
	];
	testBadFiles(cases);

	test('a trace cut off mid-line opens, and says which line was cut', async ({ page }) => {
		await openFile(page, 'cut.rtcstats', v5.slice(0, v5.lastIndexOf('["g"') + 300));
		await expect(page.getByTestId('import-problems')).toContainText('the file was cut off');
		await expect(page.getByTestId('diagnosis')).toBeVisible();
	});
});

test('a 300 MB rtcstats dump streams with progress and can be cancelled', async ({ page }) => {
	const dir = mkdtempSync(join(tmpdir(), 'peerscope-'));
	const path = join(dir, 'long.rtcstats');
	try {
		// the real trace's getStats deltas repeated: a long call, written here, never committed
		const lines = readFileSync(`${RTCSTATS}/chromium-156-rtcstats-v3-loopback-av.rtcstats`, 'utf8')
			.split('\n')
			.filter((l) => l !== '');
		const head = lines.filter((l) => !l.startsWith('["getstats"')).join('\n');
		const deltas = lines
			.filter((l) => l.startsWith('["getstats"'))
			.slice(2)
			.join('\n');
		const fd = openSync(path, 'w');
		writeSync(fd, `${head}\n`);
		const block = `${deltas}\n`.repeat(Math.ceil((8 * 1024 * 1024) / deltas.length));
		for (let written = 0; written < 300 * 1024 * 1024; written += block.length)
			writeSync(fd, block);
		closeSync(fd);
		await chooseFile(page, path);
		const progress = page.getByTestId('import-progress');
		await expect
			.poll(async () => Number(await progress.getAttribute('data-read')))
			.toBeGreaterThan(0);
		await page.getByTestId('import-cancel').click();
		await expect(page.getByTestId('import-error')).toContainText('Reading was cancelled');
		// the page stays usable: another file opens
		await page.getByTestId('file-input').setInputFiles(`${DUMPS}/legacy-chrome-71-handmade.json`);
		await expect(page.getByTestId('legacy-note')).toBeVisible();
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
});
