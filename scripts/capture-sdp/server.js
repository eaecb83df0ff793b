// @ts-check
/**
 * The capture server: serves page.html and scenarios.js on 127.0.0.1 and writes every SDP the
 * page POSTs into the fixtures folder, byte for byte (CRLF line endings included).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { join } from 'node:path';

const HERE = import.meta.dirname;
const HOST = '127.0.0.1';
/** SDP fixtures are a few kB; the largest Chromium offer is about 60 kB. */
const MAX_BODY_BYTES = 1024 * 1024;
/** What the page may ask for, and nothing else. */
const STATIC_FILES = {
	'/page.html': { file: 'page.html', type: 'text/html; charset=utf-8' },
	'/scenarios.js': { file: 'scenarios.js', type: 'text/javascript; charset=utf-8' }
};

/**
 * @typedef {{ userAgent: string, failures: Record<string, string> }} CaptureResult
 * @typedef {{ name: string, bytes: number }} WrittenFile
 */

/** @param {import('node:http').IncomingMessage} request */
async function readBody(request) {
	/** @type {Buffer[]} */
	const chunks = [];
	let size = 0;
	for await (const chunk of request) {
		size += chunk.length;
		if (size > MAX_BODY_BYTES) throw new Error('request body too large');
		chunks.push(chunk);
	}
	return Buffer.concat(chunks);
}

/**
 * @param {{ browser: string, outDir: string, quiet?: boolean }} options
 * @returns {Promise<{ origin: string, done: Promise<CaptureResult>, written: WrittenFile[],
 *   close: () => Promise<void> }>}
 */
export async function startCaptureServer({ browser, outDir, quiet = false }) {
	/** @type {WrittenFile[]} */
	const written = [];
	/** @type {(result: CaptureResult) => void} */
	let finish = () => {};
	/** @type {Promise<CaptureResult>} */
	const done = new Promise((resolve) => (finish = resolve));
	const namePattern = new RegExp(`^${browser}-[a-z0-9]+(-[a-z0-9]+)*$`);
	const startedAt = Date.now();
	const elapsed = () => `${((Date.now() - startedAt) / 1000).toFixed(1).padStart(5)}s`;

	const server = createServer(async (request, response) => {
		const url = new URL(request.url ?? '/', `http://${HOST}`);
		try {
			if (request.method === 'GET') {
				const entry = STATIC_FILES[/** @type {keyof STATIC_FILES} */ (url.pathname)];
				if (!entry) {
					response.writeHead(404).end();
					return;
				}
				const body = await readFile(join(HERE, entry.file));
				response.writeHead(200, { 'content-type': entry.type, 'cache-control': 'no-store' });
				response.end(body);
				return;
			}
			if (request.method !== 'POST') {
				response.writeHead(405).end();
				return;
			}
			const body = await readBody(request);
			if (url.pathname === '/sdp') {
				const name = url.searchParams.get('name') ?? '';
				if (!namePattern.test(name)) throw new Error(`refused file name "${name}"`);
				await writeFile(join(outDir, `${name}.sdp`), body);
				written.push({ name: `${name}.sdp`, bytes: body.length });
				console.log(`${elapsed()} wrote ${name}.sdp (${body.length} bytes)`);
			} else if (url.pathname === '/log') {
				if (!quiet) console.log(`${elapsed()} [${browser}] ${body.toString('utf8')}`);
			} else if (url.pathname === '/done') {
				finish(JSON.parse(body.toString('utf8')));
			} else {
				response.writeHead(404).end();
				return;
			}
			response.writeHead(204).end();
		} catch (error) {
			console.error(`  capture server: ${error instanceof Error ? error.message : error}`);
			response.writeHead(400).end();
		}
	});

	await new Promise((resolve, reject) => {
		server.once('error', reject);
		// Port 0: the system picks a free one; the loopback address only, never a public interface.
		server.listen(0, HOST, () => resolve(undefined));
	});
	const address = server.address();
	if (!address || typeof address === 'string') throw new Error('capture server has no port');
	return {
		origin: `http://${HOST}:${address.port}`,
		done,
		written,
		close: () =>
			new Promise((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			})
	};
}
