// @ts-check
/**
 * How the benches run the app's TypeScript in Node: esbuild bundles it into one ES module (the
 * `$lib` alias pointed at src/lib, as Vite resolves it) in a temporary folder, which is imported
 * like any other and then removed.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

export const ROOT = fileURLToPath(new URL('../', import.meta.url));

/**
 * @param {string} name names the temporary folder
 * @param {{ entryPoints: string[] } | { stdin: import('esbuild').StdinOptions }} input what to bundle
 * @returns {Promise<unknown>} the bundled module's namespace
 */
export async function importBundled(name, input) {
	const dir = await mkdtemp(path.join(os.tmpdir(), `peerscope-${name}-bench-`));
	const outfile = path.join(dir, `${name}.mjs`);
	await build({
		...input,
		bundle: true,
		format: 'esm',
		platform: 'node',
		target: 'node20',
		outfile,
		alias: { $lib: path.join(ROOT, 'src/lib') },
		logLevel: 'error'
	});
	try {
		return await import(pathToFileURL(outfile).href);
	} finally {
		await rm(dir, { recursive: true, force: true });
	}
}
