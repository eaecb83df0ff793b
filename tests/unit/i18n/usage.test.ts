import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOG } from '$lib/i18n/catalog';

const SRC = path.resolve(import.meta.dirname, '../../../src');

function sourceFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const file = path.join(dir, name);
		if (statSync(file).isDirectory()) return sourceFiles(file);
		return /\.(svelte|ts)$/.test(name) ? [file] : [];
	});
}

/**
 * A static look at every `t('key')` written out in the source: a message with placeholders called
 * without parameters would show `{name}` to the reader, and a key that is not in the catalog
 * would show the key itself.
 */
describe('catalog usage in the source', () => {
	const catalog = CATALOG.en as Record<string, string>;
	const calls = sourceFiles(SRC).flatMap((file) =>
		[...readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([\w.-]+)'\s*(\)|,)/g)].map((match) => ({
			where: `${path.relative(SRC, file)}: t('${match[1]}')`,
			key: match[1]!,
			withParams: match[2] === ','
		}))
	);

	it('finds the calls it checks', () => {
		expect(calls.length).toBeGreaterThan(100);
	});

	it('names only keys that exist', () => {
		const missing = calls.filter((call) => !(call.key in catalog)).map((call) => call.where);
		expect(missing).toEqual([]);
	});

	it('passes parameters to every message that has placeholders', () => {
		const bare = calls
			.filter((call) => !call.withParams && /\{\w+\}/.test(catalog[call.key] ?? ''))
			.map((call) => call.where);
		expect(bare).toEqual([]);
	});
});
