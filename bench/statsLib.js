// @ts-check
/**
 * What the stats benchmarks share: the stats modules bundled for node (bench/bundle.js), and
 * synthetic sessions grown from the real Chromium dump in tests/fixtures/webrtc-internals, so
 * member names, types and counter growth are those of a real call.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { importBundled, ROOT } from './bundle.js';

export const REAL_DUMP = path.join(
	ROOT,
	'tests/fixtures/webrtc-internals/chromium-156-loopback-av.json'
);

/**
 * @typedef {typeof import('$lib/stats/history') &
 *   typeof import('$lib/stats/metricDefinitions') &
 *   typeof import('$lib/stats/metrics') &
 *   typeof import('$lib/stats/chartModel') &
 *   typeof import('$lib/stats/explorer') &
 *   typeof import('$lib/stats/importFile') &
 *   typeof import('$lib/stats/dump') &
 *   typeof import('$lib/stats/importStream') &
 *   typeof import('$lib/stats/browse') &
 *   typeof import('$lib/stats/diagnosis')} StatsModules
 */

/** @returns {Promise<StatsModules>} the stats modules: history, metricDefinitions, metrics, chartModel, explorer, importFile, dump, importStream, browse, diagnosis */
export async function loadStats() {
	return /** @type {StatsModules} */ (
		await importBundled('stats', {
			stdin: {
				contents: [
					"export * from '$lib/stats/history';",
					"export * from '$lib/stats/metricDefinitions';",
					"export * from '$lib/stats/metrics';",
					"export * from '$lib/stats/chartModel';",
					"export * from '$lib/stats/explorer';",
					"export * from '$lib/stats/importFile';",
					"export * from '$lib/stats/dump';",
					"export * from '$lib/stats/importStream';",
					"export * from '$lib/stats/browse';",
					"export * from '$lib/stats/diagnosis';"
				].join('\n'),
				resolveDir: ROOT,
				loader: 'ts'
			}
		})
	);
}

/**
 * The real dump's reports as templates: for every report id of both connections, its type and
 * the values of its members in the dump's samples.
 *
 * @returns {Promise<{ pc: string, id: string, type: string, members: Record<string, unknown[]>, times: number[] }[]>}
 */
export async function realReports() {
	const dump = JSON.parse(await readFile(REAL_DUMP, 'utf8'));
	/** @type {Map<string, { pc: string, id: string, type: string, members: Record<string, unknown[]>, times: number[] }>} */
	const reports = new Map();
	for (const [pc, connection] of Object.entries(dump.PeerConnections)) {
		for (const [key, series] of Object.entries(
			/** @type {Record<string, any>} */ (connection).stats
		)) {
			const dash = key.endsWith(']') ? key.lastIndexOf('-[') : key.lastIndexOf('-');
			const id = key.slice(0, dash);
			const member = key.slice(dash + 1);
			if (member.startsWith('[')) continue;
			const values = JSON.parse(series.values);
			let report = reports.get(`${pc} ${id}`);
			if (!report) {
				report = { pc, id, type: series.statsType, members: {}, times: [] };
				reports.set(`${pc} ${id}`, report);
			}
			if (member === 'timestamp') report.times = values;
			else report.members[member] = values;
		}
	}
	return [...reports.values()];
}

/** RTP-level report types that exist once per transceiver (the rest once per connection). */
const PER_TRANSCEIVER = new Set([
	'outbound-rtp',
	'inbound-rtp',
	'remote-inbound-rtp',
	'remote-outbound-rtp',
	'media-source',
	'media-playout',
	'codec'
]);

/**
 * A call with `transceivers` transceivers on each connection, as getStats() snapshots: the real
 * call's per-transceiver reports copied (half from its audio, half from its video transceiver),
 * counters growing at the rate they grew in the real call, everything else as it was.
 *
 * @param {Awaited<ReturnType<typeof realReports>>} templates
 * @param {number} transceivers
 */
export function syntheticCall(templates, transceivers) {
	/** @type {{ pc: string, id: string, type: string, base: Record<string, unknown>, growth: Record<string, number> }[]} */
	const reports = [];
	for (const template of templates) {
		const copies = PER_TRANSCEIVER.has(template.type) ? Math.ceil(transceivers / 2) : 1;
		/** @type {Record<string, unknown>} */
		const base = {};
		/** @type {Record<string, number>} */
		const growth = {};
		for (const [member, values] of Object.entries(template.members)) {
			const last = values[values.length - 1];
			base[member] = last;
			const first = values[0];
			if (
				typeof last === 'number' &&
				typeof first === 'number' &&
				values.length > 1 &&
				last > first
			) {
				growth[member] = (last - first) / (values.length - 1);
			}
		}
		for (let c = 0; c < copies; c++) {
			reports.push({
				pc: template.pc,
				id: copies > 1 ? `${template.id}_${c}` : template.id,
				type: template.type,
				base,
				growth
			});
		}
	}
	const pcs = [...new Set(reports.map((r) => r.pc))];
	return {
		pcs,
		reportCount: reports.length,
		/**
		 * The getStats() snapshot of connection `pc` at tick `n` (1 s apart).
		 * @param {string} pc
		 * @param {number} n
		 */
		snapshot(pc, n) {
			const timestamp = 1_800_000_000_000 + n * 1000;
			/** @type {Record<string, any>} */
			const out = {};
			for (const r of reports) {
				if (r.pc !== pc) continue;
				/** @type {Record<string, unknown>} */
				const report = { id: r.id, type: r.type, timestamp };
				for (const member in r.base) {
					const g = r.growth[member];
					report[member] =
						g === undefined
							? r.base[member]
							: /** @type {number} */ (r.base[member]) + Math.round(g * n * 1000) / 1000;
				}
				if (r.type === 'outbound-rtp' && 'qualityLimitationReason' in r.base) {
					report.qualityLimitationReason = Math.floor(n / 300) % 2 === 0 ? 'none' : 'bandwidth';
				}
				out[r.id] = report;
			}
			return { takenAt: timestamp, reports: out };
		}
	};
}

/** @param {number[]} values */
export function median(values) {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

/** @param {number} bytes */
export function mb(bytes) {
	return `${(bytes / 1048576).toFixed(1)} MB`;
}
