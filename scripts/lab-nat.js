// @ts-check
/**
 * `npm run lab:nat`: runs the NAT lab's matrix (or one scenario) for real and prints the outcome
 * table, each cell beside the prediction. Root only (namespaces, nftables).
 *
 *   npm run lab:nat                              the whole matrix, a table
 *   npm run lab:nat -- --only cone,symmetric,stun one scenario
 *   npm run lab:nat -- --json                    one NatRun JSON object per line
 *   npm run lab:nat -- --record static/nat/recorded   also write each run (recorded: true) as a
 *                                                session record with a lab part, and index.json
 *   npm run lab:nat -- --servers stun,stun+turn  only these server sets
 *   npm run lab:nat -- --convert static/nat/recorded  rewrite the runs recorded in the lab's first
 *                                                format (NatRun objects) as session records
 *                                                (no root needed, nothing runs)
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { isScenario, NETWORKS, SERVER_SETS } from '../src/lib/nat/types.js';
import { LabError, labAvailability, runScenario } from '../src/lib/server/nat/lab.js';
import { isSessionRecordLike } from '../src/lib/nat/record/read.js';
import { natRunToRecord } from '../src/lib/nat/record/write.js';

/** @typedef {import('../src/lib/nat/types.js').NatRun} NatRun */
/** @typedef {import('../src/lib/nat/types.js').NetworkName} NetworkName */
/** @typedef {import('../src/lib/nat/types.js').ServerSet} ServerSet */

/** @param {string[]} argv */
export function parseArgs(argv) {
	/** @type {{ json: boolean, only: [string, string, string] | null, record: string | null, servers: string[] | null, convert: string | null }} */
	const options = { json: false, only: null, record: null, servers: null, convert: null };
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i];
		if (arg === '--json') options.json = true;
		else if (arg === '--only') {
			const parts = (argv[++i] ?? '').split(',');
			if (parts.length !== 3 || !isScenario(parts[0], parts[1], parts[2])) {
				throw new Error(
					`--only wants A,B,SERVERS with A and B among ${NETWORKS.join(', ')} and SERVERS among ${SERVER_SETS.join(', ')}; got "${argv[i] ?? ''}"`
				);
			}
			options.only = /** @type {[string, string, string]} */ (parts);
		} else if (arg === '--record') {
			options.record = argv[++i] ?? null;
			if (!options.record) throw new Error('--record wants a directory');
		} else if (arg === '--convert') {
			options.convert = argv[++i] ?? null;
			if (!options.convert) throw new Error('--convert wants a directory');
		} else if (arg === '--servers') {
			options.servers = (argv[++i] ?? '').split(',');
			const bad = options.servers.filter(
				(s) => !SERVER_SETS.includes(/** @type {ServerSet} */ (s))
			);
			if (bad.length) throw new Error(`unknown server set(s): ${bad.join(', ')}`);
		} else
			throw new Error(
				`unknown option ${arg} (use --json, --only A,B,SERVERS, --record DIR, --servers LIST, --convert DIR)`
			);
	}
	return options;
}

/** @param {NatRun} run */
export function fileNameOf(run) {
	return `${run.a}__${run.b}__${run.servers.replace('+', '-plus-')}.json`;
}

/**
 * The outcome table: one row per A ↔ B, one column per server set; a cell is the outcome and the
 * time to connected, with `≠ predicted` where the lab and the model disagree.
 * @param {NatRun[]} runs
 */
export function formatTable(runs) {
	const servers = SERVER_SETS.filter((s) => runs.some((r) => r.servers === s));
	const rows = [...new Set(runs.map((r) => `${r.a} ↔ ${r.b}`))];
	const cell = (/** @type {NatRun | undefined} */ r) => {
		if (!r) return '';
		const time = r.msToConnected === null ? '' : ` ${r.msToConnected} ms`;
		const mismatch = r.outcome === r.predicted ? '' : ` ≠ ${r.predicted}`;
		return `${r.outcome}${time}${mismatch}${r.error ? ` (${r.error.code})` : ''}`;
	};
	const table = [
		['A ↔ B', ...servers],
		...rows.map((row) => [
			row,
			...servers.map((s) => cell(runs.find((r) => `${r.a} ↔ ${r.b}` === row && r.servers === s)))
		])
	];
	const widths = table[0].map((_, i) => Math.max(...table.map((line) => line[i].length)));
	return table
		.map((line) =>
			line
				.map((c, i) => c.padEnd(widths[i]))
				.join('  ')
				.trimEnd()
		)
		.join('\n');
}

/**
 * Writes a run as a recorded one: a session record with a lab part (src/lib/nat/record/), the
 * file /nat replays and /stats opens, and its line in index.json.
 * @param {string} dir
 * @param {NatRun} run
 */
export function record(dir, run) {
	mkdirSync(dir, { recursive: true });
	const file = fileNameOf(run);
	const session = natRunToRecord({ ...run, recorded: true });
	writeFileSync(path.join(dir, file), JSON.stringify(session) + '\n');
	const indexPath = path.join(dir, 'index.json');
	/** @type {{ version: 1, runs: Record<string, unknown>[] }} */
	const index = existsSync(indexPath)
		? JSON.parse(readFileSync(indexPath, 'utf8'))
		: { version: 1, runs: [] };
	index.runs = index.runs.filter((r) => r.file !== file);
	const { a, b, servers, outcome, predicted, msToConnected, startedAt, browser } = run;
	index.runs.push({ file, a, b, servers, outcome, predicted, msToConnected, startedAt, browser });
	index.runs.sort((x, y) => String(x.file).localeCompare(String(y.file)));
	writeFileSync(indexPath, JSON.stringify(index, null, '\t') + '\n');
}

/**
 * Rewrites every run in `dir` that is still in the lab's first format (a NatRun object) as a
 * session record, through record(); runs already recorded as session records are left alone.
 * @param {string} dir
 * @returns {{ converted: string[], kept: string[] }}
 */
export function convertRecorded(dir) {
	const converted = [];
	const kept = [];
	const files = readdirSync(dir)
		.filter((f) => f.endsWith('.json') && f !== 'index.json')
		.sort();
	for (const file of files) {
		const parsed = JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
		if (isSessionRecordLike(parsed)) {
			kept.push(file);
			continue;
		}
		const run = /** @type {NatRun} */ (parsed);
		if (run.version !== 1 || !Array.isArray(run.events) || fileNameOf(run) !== file) {
			throw new Error(
				`${file}: not a recorded NAT lab run (version 1, events, named by its scenario)`
			);
		}
		record(dir, run);
		converted.push(file);
	}
	return { converted, kept };
}

async function main() {
	let options;
	try {
		options = parseArgs(process.argv.slice(2));
	} catch (error) {
		console.error(`lab:nat: ${/** @type {Error} */ (error).message}`);
		process.exit(2);
	}
	if (options.convert) {
		const { converted, kept } = convertRecorded(options.convert);
		console.log(
			`lab:nat: ${converted.length} run(s) rewritten as session records, ${kept.length} already were`
		);
		return;
	}
	const availability = await labAvailability();
	if (!availability.ok) {
		console.error(
			`lab:nat: the NAT lab cannot run here: ${availability.reasons.map((r) => r.code + (r.install ? ` (apt-get install ${r.install})` : '')).join(', ')}`
		);
		process.exit(1);
	}
	/** @type {[NetworkName, NetworkName, ServerSet][]} */
	const scenarios = [];
	if (options.only)
		scenarios.push(/** @type {[NetworkName, NetworkName, ServerSet]} */ (options.only));
	else {
		const sets = /** @type {ServerSet[]} */ (options.servers ?? SERVER_SETS);
		for (const servers of sets)
			for (const a of NETWORKS) for (const b of NETWORKS) scenarios.push([a, b, servers]);
	}
	/** @type {NatRun[]} */
	const runs = [];
	let failures = 0;
	for (const [a, b, servers] of scenarios) {
		const started = Date.now();
		if (!options.json) process.stderr.write(`${a} ↔ ${b} with ${servers} … `);
		try {
			const run = await runScenario({ a, b, servers });
			runs.push(run);
			if (options.record) record(options.record, run);
			if (options.json) process.stdout.write(JSON.stringify(run) + '\n');
			else
				process.stderr.write(`${run.outcome} (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
		} catch (error) {
			failures += 1;
			const lab = /** @type {LabError} */ (error);
			if (!options.json) process.stderr.write(`error: ${lab.message}\n`);
			else
				process.stdout.write(
					JSON.stringify({
						a,
						b,
						servers,
						error: { code: lab.code ?? 'failed', message: lab.message }
					}) + '\n'
				);
			if (lab instanceof LabError && lab.code !== 'timeout' && lab.code !== 'failed') break;
		}
	}
	if (!options.json) console.log(formatTable(runs));
	process.exitCode = failures ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
