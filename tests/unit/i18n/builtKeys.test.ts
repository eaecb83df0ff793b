/**
 * Catalog keys built from a value (`phase.${phase}.title`) exist in both languages for every value
 * that can reach them. The compiler checks a template passed straight to `t()` against the key
 * union when its parts are literal unions; what it cannot see are values read from run-time data
 * (the machine's own states, the metric table) or narrowed by a cast. Those families are
 * enumerated here from the same data the UI reads, and the source scan below fails when a new
 * family appears that is neither enumerated nor plainly checked by the compiler.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOG, LOCALES } from '$lib/i18n/catalog';
import { PHASES, STEPS } from '$lib/lifecycle/steps';
import { statechartOf } from '$lib/lifecycle/statechart';
import { PEER_ROLES } from '$lib/vocabulary';
import { MISCONCEPTIONS } from '$lib/components/misconceptions/misconceptions';
import { METRICS } from '$lib/stats/metricDefinitions';
import type { MetricPoint } from '$lib/stats/metrics';
import { CHART_GROUPS } from '$lib/stats/chartModel';
import type { FindingId, Severity } from '$lib/stats/diagnosis';
import type { StatsShape } from '$lib/stats/rtcstats/expand';
import type { ImportErrorCode, ImportProblem } from '$lib/stats/importErrors';
import { NETWORKS } from '$lib/nat/types.js';
import { LAB_ERROR_CODES } from '$lib/nat/view/stream';
import { CANDIDATE_TYPES } from '$lib/ice/pairs';

const SRC = path.resolve(import.meta.dirname, '../../../src');

/** Every member of a string union, complete by construction: the compiler rejects a gap. */
function all<T extends string>(members: Record<T, true>): T[] {
	return Object.keys(members) as T[];
}

const unique = <T>(values: readonly T[]): T[] => [...new Set(values)];

const FINDINGS = all<FindingId>({
	selectedPair: true,
	pairChanged: true,
	iceRestart: true,
	disconnected: true,
	neverConnected: true,
	timeToConnected: true,
	highRtt: true,
	highJitter: true,
	highLoss: true,
	qualityLimited: true,
	resolutionDrop: true,
	fpsDrop: true,
	freezes: true,
	framesDropped: true,
	concealment: true,
	noMedia: true,
	rejectedSection: true,
	codecMismatch: true,
	turnError: true
});

/** Family (the key with `*` for the built part) -> every value the UI can build it from. */
const FAMILIES: Record<string, readonly string[]> = {
	// the statechart titles each phase region it reads from the machine (running and the lane have
	// their own diagram.* keys)
	'phase.*.title': unique([
		...PHASES,
		...statechartOf()
			.regions.map((region) => region.id)
			.filter((id) => id !== 'running' && id !== 'lane')
	]),
	'phase.*.summary': PHASES,
	'step.*.title': STEPS.map((step) => step.id),
	'step.*.what': STEPS.map((step) => step.id),
	'step.*.done': STEPS.map((step) => step.id),
	'peer.*': PEER_ROLES,
	'misconception.*.claim': MISCONCEPTIONS.map((m) => m.id),
	'misconception.*.truth': MISCONCEPTIONS.map((m) => m.id),
	'stats.metric.*': METRICS.map((metric) => metric.id),
	'stats.def.*': METRICS.map((metric) => metric.id),
	'stats.math.kind.*': unique(METRICS.map((metric) => metric.kind)),
	'stats.unit.*': unique([
		...METRICS.map((metric) => metric.unit),
		...CHART_GROUPS.map((group) => group.unit)
	]),
	'stats.chart.*': CHART_GROUPS.map((group) => group.id),
	'stats.math.gap.*': all<NonNullable<MetricPoint['gap']>>({
		first: true,
		reset: true,
		noTime: true,
		missing: true,
		zeroDenominator: true
	}),
	'stats.diag.*.title': FINDINGS,
	'stats.diag.*.action': FINDINGS,
	'stats.diag.severity.*': all<Severity>({ problem: true, warning: true, info: true }),
	'stats.page.statsShape.*': all<StatsShape>({ full: true, v3: true, v5: true }),
	'stats.problem.*': all<ImportProblem['code']>({
		malformedValues: true,
		badStatsKey: true,
		badTimestamps: true,
		malformedEntry: true,
		lengthMismatch: true,
		truncatedLine: true,
		malformedLine: true,
		unknownMethod: true,
		deltaWithoutBase: true,
		descriptionWithoutBase: true,
		eventsDropped: true
	}),
	'stats.error.*': all<ImportErrorCode>({
		empty: true,
		tooLarge: true,
		gzipCorrupt: true,
		notText: true,
		notJson: true,
		truncatedJson: true,
		notDump: true,
		noPeerConnections: true,
		unsupportedVersion: true,
		badSession: true,
		notRtcstats: true,
		badMagic: true,
		badMetadata: true,
		noRtcstatsConnections: true,
		cancelled: true
	}),
	'nat.network.*': NETWORKS,
	// the lab's error codes and the page's own (src/routes/nat/+page.svelte)
	'nat.problem.*': [...LAB_ERROR_CODES, 'network', 'bad-stream', 'bad-recording'],
	'ice.type.*': CANDIDATE_TYPES,
	'ice.pairState.*': ['frozen', 'waiting', 'in-progress', 'succeeded', 'failed']
};

function sourceFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const file = path.join(dir, name);
		if (statSync(file).isDirectory()) return sourceFiles(file);
		return /\.(svelte|ts|js)$/.test(name) ? [file] : [];
	});
}

interface BuiltKey {
	where: string;
	family: string;
	/** the compiler holds it to the key union: straight into `t()`/`translate()`, no cast */
	checked: boolean;
}

/** Every template key handed to t(), translate() or a string-typed wrapper (tk) in src/. */
const built: BuiltKey[] = sourceFiles(SRC).flatMap((file) =>
	[
		...readFileSync(file, 'utf8').matchAll(
			/\b(t|tk|translate)\((?:\s*\w+,\s*)?`([a-zA-Z][\w-]*\.[^`]*\$\{[^`]*)`/g
		)
	].map((match) => {
		const template = match[2]!;
		return {
			where: `${path.relative(SRC, file)}: ${match[1]}(\`${template}\`)`,
			family: template.replace(/\$\{(?:[^{}]|\{[^{}]*\})*\}/g, '*'),
			checked: match[1] !== 'tk' && !/\bas\s/.test(template)
		};
	})
);

describe('catalog keys built from values', () => {
	it('finds the built keys it checks', () => {
		expect(built.length).toBeGreaterThan(50);
		expect(built.map((key) => key.family)).toContain('phase.*.title');
	});

	it('every family is enumerated here, or passed to t() as the compiler can check it', () => {
		const unchecked = built
			.filter((key) => !key.checked && !(key.family in FAMILIES))
			.map((key) => key.where);
		expect(unchecked).toEqual([]);
	});

	it('every key a family can build exists in every language', () => {
		const missing: string[] = [];
		for (const [family, values] of Object.entries(FAMILIES)) {
			expect(values.length, family).toBeGreaterThan(0);
			for (const value of values) {
				const key = family.replace('*', value);
				for (const locale of LOCALES)
					if (!(key in CATALOG[locale])) missing.push(`${locale}: ${key}`);
			}
		}
		expect(missing).toEqual([]);
	});
});
