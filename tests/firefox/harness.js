// @ts-check
/**
 * What the Firefox journeys share: the built app server on a free loopback port (with its
 * embedded coturn), Debian's Firefox ESR over WebDriver BiDi and Debian's Chromium over CDP, both
 * through puppeteer-core, each on a fresh profile under a throwaway HOME that is removed on close,
 * and small waiting helpers in the spirit of Playwright's web-first assertions.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import process from 'node:process';
import { after, before } from 'node:test';
import puppeteer from 'puppeteer-core';
import { startServer } from '../../server.js';
import { CHROMIUM_PATH, GRANTED_ARGS } from '../../scripts/chromium.js';
import { FIREFOX_PATH, JOURNEY_PREFS } from '../../scripts/firefox.js';

/** ICE, DTLS and SCTP between two browsers take a moment on a busy machine: waits are generous. */
export const WAIT_MS = 30_000;
/** How often a wait re-reads the page. */
const POLL_MS = 100;

/**
 * @typedef {object} Harness
 * @property {string} url the app's loopback origin
 * @property {import('puppeteer-core').Browser} firefox
 * @property {() => Promise<import('puppeteer-core').Browser>} chromium launched on first use
 * @property {() => Promise<void>} close stops the browsers and the server, removes the profiles
 */

/**
 * @param {'firefox' | 'chromium'} name
 * @param {string[]} homes where each throwaway HOME is noted, to be removed on close
 */
async function launch(name, homes) {
	const home = mkdtempSync(join(tmpdir(), `peerscope-${name}-`));
	homes.push(home);
	const env = { ...process.env, HOME: home, MOZ_CRASHREPORTER_DISABLE: '1' };
	if (name === 'firefox') {
		return puppeteer.launch({
			browser: 'firefox',
			executablePath: FIREFOX_PATH,
			headless: true,
			userDataDir: join(home, 'profile'),
			extraPrefsFirefox: JOURNEY_PREFS,
			env
		});
	}
	return puppeteer.launch({
		executablePath: CHROMIUM_PATH,
		headless: true,
		userDataDir: join(home, 'profile'),
		args: GRANTED_ARGS,
		env
	});
}

/** @returns {Promise<Harness>} */
export async function startHarness() {
	/** @type {string[]} */
	const homes = [];
	const app = await startServer({ host: '127.0.0.1', port: 0, quiet: true });
	/** @type {import('puppeteer-core').Browser | null} */
	let firefox = null;
	/** @type {Promise<import('puppeteer-core').Browser> | null} */
	let chromium = null;
	const close = async () => {
		await Promise.allSettled([firefox?.close(), chromium?.then((browser) => browser.close())]);
		await app.close();
		for (const home of homes) rmSync(home, { recursive: true, force: true });
	};
	try {
		firefox = await launch('firefox', homes);
	} catch (error) {
		await close();
		throw error;
	}
	return {
		url: app.url,
		firefox,
		chromium: () => (chromium ??= launch('chromium', homes)),
		close
	};
}

/**
 * The harness of one test file: started before its first test, closed after its last one (also
 * when a test failed). Read it only inside tests.
 * @returns {Omit<Harness, 'close'>}
 */
export function harnessForFile() {
	/** @type {Harness | undefined} */
	let harness;
	before(async () => {
		harness = await startHarness();
	});
	after(async () => {
		await harness?.close();
	});
	const started = () => {
		if (!harness) throw new Error('the harness is read before it started');
		return harness;
	};
	return {
		get url() {
			return started().url;
		},
		get firefox() {
			return started().firefox;
		},
		chromium: () => started().chromium()
	};
}

/**
 * A new page in its own browser context (its own storage, as a second device would have).
 * @param {import('puppeteer-core').Browser} browser
 */
export async function newPage(browser) {
	const context = await browser.createBrowserContext();
	const page = await context.newPage();
	page.setDefaultTimeout(WAIT_MS);
	return page;
}

/** @param {string} id */
export const byTestId = (id) => `[data-testid="${id}"]`;

/**
 * Waits until the element has the attribute with this value (a RegExp: matching it).
 * @param {import('puppeteer-core').Page} page
 * @param {string} selector
 * @param {string} name
 * @param {string | RegExp} value
 */
export async function waitForAttribute(page, selector, name, value) {
	const pattern = value instanceof RegExp ? value.source : null;
	const exact = value instanceof RegExp ? null : value;
	await page.waitForFunction(
		(selector, name, exact, pattern) => {
			const actual = document.querySelector(selector)?.getAttribute(name);
			if (actual == null) return false;
			return exact !== null ? actual === exact : new RegExp(pattern ?? '').test(actual);
		},
		{ timeout: WAIT_MS, polling: POLL_MS },
		selector,
		name,
		exact,
		pattern
	);
}

/**
 * Waits until at least `count` elements match (and, with `text`, contain it).
 * @param {import('puppeteer-core').Page} page
 * @param {string} selector
 * @param {{ count?: number, text?: string }} [options]
 */
export async function waitForElements(page, selector, { count = 1, text } = {}) {
	await page.waitForFunction(
		(selector, count, text) =>
			[...document.querySelectorAll(selector)].filter(
				(el) => text === null || (el.textContent ?? '').includes(text)
			).length >= count,
		{ timeout: WAIT_MS, polling: POLL_MS },
		selector,
		count,
		text ?? null
	);
}

/**
 * Waits for a number read from the page to pass a bound.
 * @param {import('puppeteer-core').Page} page
 * @param {string} selector
 * @param {string} attribute
 * @param {number} atLeast
 */
export async function waitForNumber(page, selector, attribute, atLeast) {
	await page.waitForFunction(
		(selector, attribute, atLeast) =>
			Number(document.querySelector(selector)?.getAttribute(attribute)) >= atLeast,
		{ timeout: WAIT_MS, polling: POLL_MS },
		selector,
		attribute,
		atLeast
	);
}

/**
 * Remote video: frames have arrived (non-zero size) and playback moves on.
 * @param {import('puppeteer-core').Page} page
 * @param {string} selector
 */
export async function expectVideoPlays(page, selector) {
	await page.waitForFunction(
		(selector) => {
			const video = /** @type {HTMLVideoElement | null} */ (document.querySelector(selector));
			return video !== null && video.videoWidth * video.videoHeight > 0;
		},
		{ timeout: WAIT_MS, polling: POLL_MS },
		selector
	);
	const first = await page.$eval(selector, (v) => /** @type {HTMLVideoElement} */ (v).currentTime);
	await page.waitForFunction(
		(selector, first) =>
			/** @type {HTMLVideoElement} */ (document.querySelector(selector)).currentTime > first,
		{ timeout: WAIT_MS, polling: POLL_MS },
		selector,
		first
	);
}

/**
 * Types into an input and submits it with its button.
 * @param {import('puppeteer-core').Page} page
 * @param {string} input
 * @param {string} button
 * @param {string} text
 */
export async function send(page, input, button, text) {
	await page.waitForFunction(
		(button) =>
			!(/** @type {HTMLButtonElement | null} */ (document.querySelector(button))?.disabled ?? true),
		{ timeout: WAIT_MS, polling: POLL_MS },
		button
	);
	await page.locator(input).fill(text);
	await page.locator(button).click();
}

/**
 * The texts of the elements matching a selector.
 * @param {import('puppeteer-core').Page} page
 * @param {string} selector
 */
export function texts(page, selector) {
	return page.$$eval(selector, (els) => els.map((el) => el.textContent ?? ''));
}
