import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { CATALOG } from '../../src/lib/i18n/catalog';
import { EXPANDED, glossaryViolations, withoutCode } from '../../src/lib/i18n/glossary';
import { expectStep } from './helpers';

/**
 * Every page in Korean, before and after a call: no raw catalog key and no English sentence in
 * what the reader sees (issue 11). Code, SDP, JSON payloads and API names stay as the code writes
 * them, so text inside code, pre, kbd, samp and form fields is not read, nor text the page marks
 * as English on purpose (lang="en": a server's own error text shown as a detail).
 */

test.use({ locale: 'ko-KR' });

/** The first part of every catalog key (`walk`, `sdp`, `stats`, …): what a raw key starts with. */
const NAMESPACES = new Set(Object.keys(CATALOG.en).map((key) => key.split('.')[0]!));
const KEYS = new Set(Object.keys(CATALOG.en));
/**
 * Dotted names: a catalog key (`walk.next`), or three or more parts starting with a catalog
 * namespace (`phase.iceFailed.title`), which is a key built from a value the catalog lacks.
 */
const DOTTED = /\b[a-z]+(?:\.[a-zA-Z0-9]+)+\b/g;

/** Four or more English words in a row, after code is taken out (see glossary.ts withoutCode). */
const ENGLISH_RUN = /(?:\b[A-Za-z]+\b[ ,]+){3,}\b[A-Za-z]+\b/g;
/**
 * Names that are English in every language: the acronyms' expansions (written once beside the
 * acronym), browser, codec and product names, and the webrtc-stats and W3C document names.
 */
const ALLOWED_PHRASES: readonly RegExp[] = [
	...Object.values(EXPANDED).map((expansion) => new RegExp(expansion, 'g')),
	/\bW3C webrtc-stats\b/g,
	/\bChrome(?:'s)? WebRTC internals?\b/gi
];

/** Values the code writes, which a list of them may string together: `host, srflx, prflx, relay`. */
const API_WORDS = new Set([
	'host',
	'srflx',
	'prflx',
	'relay',
	'udp',
	'tcp',
	'tls',
	'offer',
	'answer'
]);

interface Finding {
	where: string;
	text: string;
	problem: string;
}

/**
 * What the reader sees inside `scope`, every <details> unfolded: text nodes and the labels of
 * visible elements, code apart.
 */
async function visibleTexts(
	page: Page,
	scope = 'body'
): Promise<{ where: string; text: string }[]> {
	return page.locator(scope).evaluate((root) => {
		// what a reader can unfold is read too
		for (const details of root.querySelectorAll('details')) details.open = true;
		// [data-code]: state and event names of the statechart, code drawn in SVG where <code> cannot go
		const SKIP =
			'code, pre, kbd, samp, script, style, textarea, noscript, [lang="en"], [data-code]';
		const out: { where: string; text: string }[] = [];
		const describe = (el: Element) => {
			const id = el.closest('[data-testid]')?.getAttribute('data-testid');
			return `${el.tagName.toLowerCase()}${id ? ` in ${id}` : ''}`;
		};
		const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const parent = node.parentElement;
			const text = node.textContent?.trim();
			if (!parent || !text || parent.closest(SKIP)) continue;
			if (!parent.checkVisibility({ visibilityProperty: true })) continue;
			out.push({ where: describe(parent), text });
		}
		for (const el of root.querySelectorAll('[aria-label], [placeholder], [title]')) {
			if (el.closest(SKIP) || !el.checkVisibility()) continue;
			for (const name of ['aria-label', 'placeholder', 'title']) {
				const value = el.getAttribute(name)?.trim();
				if (value) out.push({ where: `${describe(el)} @${name}`, text: value });
			}
		}
		return out;
	});
}

function findings(texts: { where: string; text: string }[]): Finding[] {
	const found: Finding[] = [];
	for (const { where, text } of texts) {
		for (const [match] of text.matchAll(DOTTED)) {
			const parts = match.split('.');
			if (KEYS.has(match) || (parts.length > 2 && NAMESPACES.has(parts[0]!)))
				found.push({ where, text, problem: `raw key ${match}` });
		}
		// the glossary holds on screen too, for words the page writes around the catalog
		for (const { term, found: variant } of glossaryViolations(text)) {
			found.push({ where, text, problem: `"${variant}" (write ${term.korean})` });
		}
		let plain = text;
		for (const phrase of ALLOWED_PHRASES) plain = plain.replace(phrase, ' ');
		for (const [run] of withoutCode(plain).matchAll(ENGLISH_RUN)) {
			if (run.split(/[ ,]+/).every((word) => API_WORDS.has(word))) continue;
			found.push({ where, text, problem: `English "${run}"` });
		}
	}
	return found;
}

/** Reads the page and fails with every finding, named by where it is. */
async function expectAllKorean(page: Page, label: string, scope?: string): Promise<void> {
	await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
	const texts = await visibleTexts(page, scope);
	expect(texts.length, `${label}: nothing read`).toBeGreaterThan(0);
	const unique = [
		...new Map(findings(texts).map((f) => [`${f.problem} ${f.where}`, f])).values()
	].map((f) => `${label} · ${f.where} · ${f.problem} · ${f.text.slice(0, 160)}`);
	// soft: one run reports every page
	expect.soft(unique).toEqual([]);
}

async function open(page: Page, path: string): Promise<void> {
	await page.goto(path);
	await expect(page.locator('html')).toHaveAttribute('data-ready', '');
}

test('the checks themselves catch a raw key, an English sentence and a glossary variant', () => {
	const bad = findings([
		{ where: 'test', text: 'walk.deliverHint' },
		{ where: 'test', text: '피어 A가 the offer is applied by the browser 입니다' },
		{ where: 'test', text: 'Peer A · 로컬 description' }
	]);
	expect(bad.map((f) => f.problem)).toEqual([
		'raw key walk.deliverHint',
		'English "the offer is applied by the browser"',
		'"Peer" (write 피어)'
	]);
	expect(
		findings([
			{ where: 'test', text: 'STUN(Session Traversal Utilities for NAT) 서버' },
			{ where: 'test', text: 'signalingState "have-local-offer", event.streams, a=candidate' }
		])
	).toEqual([]);
});

test('landing and /sdp with a pasted SDP, every line explained', async ({ page }) => {
	test.slow();
	await open(page, '/');
	await expectAllKorean(page, '/');

	await open(page, '/sdp');
	await expectAllKorean(page, '/sdp empty');
	const offer = readFileSync('tests/fixtures/sdp/chromium-av-data-offer.sdp', 'utf8');
	await page.getByTestId('sdp-input').fill(offer);
	const lines = page.getByTestId('sdp-lines').getByRole('option');
	await expect(lines.first()).toContainText('v=0');
	await expectAllKorean(page, '/sdp with an offer');
	// each line's explanation, one after the other (only the explanation changes)
	const count = await lines.count();
	for (let i = 1; i < count; i++) {
		await lines.nth(i).click();
		await expect(lines.nth(i)).toHaveAttribute('aria-selected', 'true');
		await expectAllKorean(page, `/sdp line ${i + 1}`, '[data-testid="sdp-explain"]');
	}
	for (const tab of ['structure', 'negotiation']) {
		const button = page.getByTestId(`sdp-tab-${tab}`);
		if ((await button.count()) === 0) continue;
		await button.click();
		await expectAllKorean(page, `/sdp ${tab}`);
	}
});

test('/ice before and after a call through the local coturn', async ({ page }) => {
	test.slow();
	await open(page, '/ice');
	await expect(page.getByTestId('turn-status').locator('[data-available="true"]')).toBeVisible();
	await expectAllKorean(page, '/ice');
	await page.getByTestId('use-local').click();
	await page.getByTestId('start-call').click();
	await expect(page.getByTestId('states-A')).toHaveAttribute('data-connection', 'connected', {
		timeout: 30_000
	});
	await expect(page.getByTestId('selected-pair')).toBeVisible();
	await expectAllKorean(page, '/ice after a call');
});

test('/call: a room on two devices, before and after the call, and /call/paste', async ({
	browser
}) => {
	test.slow();
	const caller = await (await browser.newContext({ locale: 'ko-KR' })).newPage();
	await open(caller, '/call');
	await expectAllKorean(caller, '/call');
	await caller.getByTestId('create-room').click();
	await expect(caller.getByTestId('signaling-state')).toHaveAttribute('data-state', 'joined');
	await expectAllKorean(caller, '/call room waiting');
	const link = await caller.getByTestId('room-link').getAttribute('href');
	const callee = await (await browser.newContext({ locale: 'ko-KR' })).newPage();
	await open(callee, link!);
	for (const page of [caller, callee]) {
		await expect(page.getByTestId('presence-text')).toHaveAttribute('data-present', 'true');
		await page.getByTestId('run-all').click();
	}
	for (const [page, who] of [
		[caller, 'caller'],
		[callee, 'callee']
	] as const) {
		await expect(page.getByTestId('established')).toBeVisible({ timeout: 30_000 });
		await expectAllKorean(page, `/call ${who} in a call`);
	}

	await open(caller, '/call/paste');
	await expectAllKorean(caller, '/call/paste');
	await caller.getByTestId('paste-offerer').click();
	await expect(caller.getByTestId('paste-local')).toHaveValue(/"type":"offer"/);
	await expectAllKorean(caller, '/call/paste with an offer');
	await callee.goto('/call/paste');
	await callee.getByTestId('paste-answerer').click();
	await callee.getByTestId('paste-remote').fill('{"type":"answer","sdp":"v=0"}');
	await callee.getByTestId('paste-apply').click();
	await expect(callee.getByTestId('paste-error')).toBeVisible();
	await expectAllKorean(callee, '/call/paste with a wrong paste');
});

test('/nat and a recorded run', async ({ page }) => {
	await open(page, '/nat');
	await expect(page.getByTestId('recorded-runs')).toHaveAttribute('data-loaded', 'true');
	await expectAllKorean(page, '/nat');
	await page.getByTestId('open-recorded').first().click();
	await expect(page.getByTestId('nat-run')).toHaveAttribute('data-source', 'recorded');
	await page.getByTestId('replay-all').click();
	await expectAllKorean(page, '/nat recorded run');
});

test('/walkthrough before and after Run all, with the timeline and an SDP inspected', async ({
	page
}) => {
	test.slow();
	await open(page, '/walkthrough');
	await expectStep(page, 'getUserMedia');
	await expectAllKorean(page, '/walkthrough before');
	await page.getByTestId('run-all').click();
	await expectStep(page, 'communicate');
	await expectAllKorean(page, '/walkthrough after');

	for (const entry of ['setLocalDescription', 'icecandidate']) {
		await page.getByTestId('timeline-entry').filter({ hasText: entry }).first().click();
		await expectAllKorean(page, `/walkthrough timeline ${entry}`);
	}
	const inspect = page.getByTestId('inspect-localDescription-A');
	// open, not toggled: the sweep above has unfolded every <details> already
	await page
		.getByTestId('peer-A')
		.locator('details', { has: inspect })
		.evaluate((details) => ((details as HTMLDetailsElement).open = true));
	await inspect.click();
	await expect(page.getByTestId('inspector-dialog')).toBeVisible();
	await expectAllKorean(page, '/walkthrough inspector');
});

test('/stats empty and with a webrtc-internals dump open', async ({ page }) => {
	test.slow();
	await open(page, '/stats');
	await expect(page.getByTestId('drop-zone')).toHaveAttribute('data-ready', 'true');
	await expectAllKorean(page, '/stats empty');
	await page
		.getByTestId('file-input')
		.setInputFiles('tests/fixtures/webrtc-internals/chromium-156-loopback-av.json.gz');
	await expect(page.getByTestId('import-summary')).toBeVisible();
	await expectAllKorean(page, '/stats dump');
	await page.getByTestId('description-0').click();
	await expectAllKorean(page, '/stats dump description');
	// show the math for a point, then the raw explorer
	const view = page.getByTestId('stats-view-import-A');
	await view.getByTestId('chart-bitrate').getByRole('img').click();
	await expect(view.getByTestId('math-formula')).toBeVisible();
	await expectAllKorean(page, '/stats show the math');
	await page.getByTestId('view-explorer-import-A').click();
	await expect(view.getByTestId('explorer-filter')).toBeVisible();
	await expectAllKorean(page, '/stats raw explorer');
});
