// @ts-check
/**
 * Captures rtcstats traces of a real loopback call (page.html, traced by trace.js the way
 * rtcstats.js does) for the rtcstats importer's fixtures (tests/fixtures/rtcstats/):
 *
 *   node scripts/capture-rtcstats/capture.js [seconds] [--host-network]
 *
 * Debian's Chromium (through Playwright) writes the current format (v5: magic line, method
 * codes, compressed deltas) and the protocol 3 records (v3, as Jitsi's rtcstats-server stores
 * them); firefox-esr (headless, fresh profile, fake media) writes v5 with Firefox's own stats.
 * Runs inside a loopback-only network namespace (capture-sdp/netns.js). Chrome's own "rtcstats
 * dump" download is captured by scripts/capture-webrtc-internals.
 */
import { spawn, spawnSync, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { CHROMIUM_PATH, GRANTED_ARGS } from '../chromium.js';
import { isolateNetwork } from '../capture-sdp/netns.js';
import { BASE_PREFS, stopFirefox, userJs } from '../capture-sdp/firefox-launch.js';

isolateNetwork(fileURLToPath(import.meta.url));

const OUT = new URL('../../tests/fixtures/rtcstats/', import.meta.url);
const SECONDS = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 9);
/** A trace of a call this short is well under a megabyte. */
const MAX_BODY_BYTES = 16 * 1024 * 1024;
const RUN_TIMEOUT_MS = 120_000;
const FILES = {
	'/page.html': 'text/html; charset=utf-8',
	'/trace.js': 'text/javascript; charset=utf-8'
};

/**
 * Serves the page and waits for its trace.
 * @returns {Promise<{ origin: string, result: () => Promise<{ protocol: string, text: string }>, close: () => void }>}
 */
async function startServer() {
	/** @type {((value: { protocol: string, text: string }) => void) | null} */
	let resolve = null;
	/** @type {((error: Error) => void) | null} */
	let reject = null;
	const server = createServer(async (request, response) => {
		const url = new URL(request.url ?? '/', 'http://127.0.0.1');
		if (request.method === 'GET' && url.pathname in FILES) {
			const type = FILES[/** @type {keyof typeof FILES} */ (url.pathname)];
			response.writeHead(200, { 'content-type': type });
			response.end(await readFile(new URL(`.${url.pathname}`, import.meta.url)));
			return;
		}
		if (request.method === 'POST') {
			/** @type {Buffer[]} */
			const chunks = [];
			let size = 0;
			for await (const chunk of request) {
				size += chunk.length;
				if (size > MAX_BODY_BYTES) {
					response.writeHead(413).end();
					return;
				}
				chunks.push(chunk);
			}
			response.writeHead(204).end();
			const text = Buffer.concat(chunks).toString('utf8');
			if (url.pathname === '/result')
				resolve?.({ protocol: url.searchParams.get('protocol') ?? '', text });
			else reject?.(new Error(`the page failed: ${text}`));
			return;
		}
		response.writeHead(404).end();
	});
	await new Promise((done) => server.listen(0, '127.0.0.1', () => done(undefined)));
	const address = server.address();
	if (!address || typeof address === 'string') throw new Error('no server address');
	return {
		origin: `http://127.0.0.1:${address.port}`,
		result: () =>
			new Promise((res, rej) => {
				resolve = res;
				reject = rej;
				setTimeout(() => rej(new Error('no trace in time')), RUN_TIMEOUT_MS);
			}),
		close: () => server.close()
	};
}

/** @param {string} name @param {string} text */
function save(name, text) {
	mkdirSync(OUT, { recursive: true });
	writeFileSync(new URL(name, OUT), text);
	console.log(`saved ${name} (${text.length} characters)`);
}

const server = await startServer();
try {
	const chromiumVersion = execFileSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8' }).match(
		/(\d+)\.\d+\.\d+\.\d+/
	)?.[1];
	const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: GRANTED_ARGS });
	try {
		for (const protocol of ['v5', 'v3']) {
			const page = await browser.newPage();
			const result = server.result();
			await page.goto(`${server.origin}/page.html?protocol=${protocol}&seconds=${SECONDS}`);
			const { text } = await result;
			save(`chromium-${chromiumVersion}-rtcstats-${protocol}-loopback-av.rtcstats`, text);
			await page.close();
		}
	} finally {
		await browser.close();
	}

	const firefox = process.env.FIREFOX_PATH ?? 'firefox-esr';
	const firefoxVersion = spawnSync(firefox, ['--version'], { encoding: 'utf8' }).stdout.match(
		/(\d+)\.\d+/
	)?.[1];
	const home = mkdtempSync(join(tmpdir(), 'peerscope-firefox-'));
	const profile = join(home, 'profile');
	mkdirSync(profile);
	writeFileSync(
		join(profile, 'user.js'),
		userJs({
			...BASE_PREFS,
			'media.peerconnection.ice.obfuscate_host_addresses': false,
			'permissions.default.camera': 1,
			'permissions.default.microphone': 1
		})
	);
	const result = server.result();
	const child = spawn(
		firefox,
		[
			'--headless',
			'--no-remote',
			'--profile',
			profile,
			`${server.origin}/page.html?protocol=v5&seconds=${SECONDS}`
		],
		{
			detached: true,
			stdio: 'ignore',
			env: { ...process.env, HOME: home, MOZ_CRASHREPORTER_DISABLE: '1', MOZ_HEADLESS: '1' }
		}
	);
	try {
		const { text } = await result;
		save(`firefox-${firefoxVersion}-rtcstats-v5-loopback-av.rtcstats`, text);
	} finally {
		await stopFirefox(child);
		rmSync(home, { recursive: true, force: true });
	}
} finally {
	server.close();
}
