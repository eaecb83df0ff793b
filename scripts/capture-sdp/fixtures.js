// @ts-check
/**
 * The fixtures folder, and the table of captured files in tests/fixtures/sdp/README.md (between
 * each browser's marker comments), which every capture run rewrites from the files on disk.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as prettier from 'prettier';

export const FIXTURES_DIR = resolve(import.meta.dirname, '../../tests/fixtures/sdp');
const README = join(FIXTURES_DIR, 'README.md');

/** Cases in the order they are listed; a file's case is its name less browser and type. */
const CASE_ORDER = [
	'av-data',
	'renegotiation-before',
	'renegotiation',
	'data-only',
	'simulcast',
	'16-transceivers',
	'ice-restart-before',
	'ice-restart',
	'codec-preferences',
	'mdns',
	'relay-only'
];

/** @param {Buffer} bytes */
function describeFile(bytes) {
	const text = bytes.toString('utf8');
	const crlf = (text.match(/\r\n/g) ?? []).length;
	const lf = (text.match(/\n/g) ?? []).length;
	const lineEndings = crlf === lf ? 'CRLF' : crlf === 0 ? 'LF' : 'mixed';
	/** @type {Record<string, number>} */
	const candidates = {};
	for (const [, type = '?'] of text.matchAll(/^a=candidate:.* typ (\w+)/gm)) {
		candidates[type] = (candidates[type] ?? 0) + 1;
	}
	const candidateSummary =
		Object.entries(candidates)
			.map(([type, count]) => `${count} ${type}`)
			.join(', ') || 'none';
	return { lines: lf, bytes: bytes.length, lineEndings, candidates: candidateSummary };
}

/** @param {string} browser */
function capturedFiles(browser) {
	const pattern = new RegExp(`^${browser}-(.+)-(offer|answer)\\.sdp$`);
	return readdirSync(FIXTURES_DIR)
		.map((name) => ({ name, match: pattern.exec(name) }))
		.filter((entry) => entry.match)
		.map(({ name, match }) => ({
			name,
			caseName: match?.[1] ?? '',
			type: match?.[2] ?? '',
			...describeFile(readFileSync(join(FIXTURES_DIR, name)))
		}))
		.sort(
			(a, b) =>
				CASE_ORDER.indexOf(a.caseName) - CASE_ORDER.indexOf(b.caseName) ||
				(a.type === 'offer' ? -1 : 1)
		);
}

/**
 * Rewrites the browser's section of the fixtures README from the files now on disk.
 * @param {{ browser: string, version: string, userAgent: string, turnVersion: string,
 *   files: string[], failures: Record<string, string> }} capture
 */
export async function recordCapture({ browser, version, userAgent, turnVersion, files, failures }) {
	const start = `<!-- capture:${browser}:start -->`;
	const end = `<!-- capture:${browser}:end -->`;
	const rows = capturedFiles(browser).map(
		(file) =>
			`| \`${file.name}\` | ${file.caseName} | ${file.type} | ${file.lines} | ${file.bytes} | ` +
			`${file.lineEndings} | ${file.candidates} |`
	);
	const section = [
		start,
		'',
		`- Browser: \`${version}\``,
		`- User agent: \`${userAgent}\``,
		`- Last run: ${new Date().toISOString().slice(0, 10)}, \`node scripts/capture-sdp/${browser}.js\`, ` +
			`${files.length} files written, inside a loopback-only network namespace`,
		...(turnVersion
			? [`- TURN server for relay-only: coturn ${turnVersion} on 127.0.0.1:3478`]
			: []),
		'',
		'| File | Case | Type | Lines | Bytes | Line endings | Candidates |',
		'| --- | --- | --- | --- | --- | --- | --- |',
		...rows,
		'',
		...(Object.keys(failures).length > 0
			? [
					'Not captured in the last run:',
					'',
					...Object.entries(failures).map(([name, reason]) => `- \`${name}\`: ${reason}`),
					''
				]
			: []),
		end
	].join('\n');

	const readme = readFileSync(README, 'utf8');
	const from = readme.indexOf(start);
	const to = readme.indexOf(end);
	if (from === -1 || to === -1) throw new Error(`${README} lacks the ${browser} markers`);
	const updated = readme.slice(0, from) + section + readme.slice(to + end.length);
	const options = (await prettier.resolveConfig(README)) ?? {};
	writeFileSync(README, await prettier.format(updated, { ...options, filepath: README }));
	console.log(`updated ${README}`);
}
