// @ts-check
/**
 * Run by `prestart`: rebuild with `vite build` when build/handler.js is missing or older than any
 * input of the build. Silent when the build is fresh.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';

const root = path.resolve(import.meta.dirname, '..');
const output = path.join(root, 'build', 'handler.js');
const inputs = ['src', 'static', 'svelte.config.js', 'vite.config.ts', 'package.json'];

/**
 * @param {string} file
 * @returns {number | undefined} modification time, or undefined if it cannot be read
 */
function mtimeOf(file) {
	try {
		return statSync(file).mtimeMs;
	} catch {
		return undefined;
	}
}

/**
 * Newest modification time of `target` and, for a directory, everything under it. A directory's
 * own mtime counts so that deleting or renaming a source file also triggers a rebuild.
 * @param {string} target
 * @returns {number}
 */
function newestMtime(target) {
	let stats;
	try {
		stats = statSync(target);
	} catch {
		return 0;
	}
	if (!stats.isDirectory()) return stats.mtimeMs;
	return readdirSync(target, { recursive: true }).reduce(
		(newest, entry) => Math.max(newest, mtimeOf(path.join(target, String(entry))) ?? 0),
		stats.mtimeMs
	);
}

const built = mtimeOf(output);
const stale =
	built === undefined || inputs.some((input) => newestMtime(path.join(root, input)) > built);

if (stale) {
	const result = spawnSync('npx', ['vite', 'build'], { cwd: root, stdio: 'inherit' });
	if (result.error) console.error(result.error.message);
	process.exit(result.status ?? 1);
}
