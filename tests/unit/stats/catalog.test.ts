import { describe, expect, it } from 'vitest';
import { CATALOG } from '$lib/i18n/catalog';
import { CHART_GROUPS } from '$lib/stats/chartModel';
import { METRICS } from '$lib/stats/metrics';
import { statsEn } from '$lib/i18n/stats/en';
import { statsKo } from '$lib/i18n/stats/ko';
import type { FindingId } from '$lib/stats/diagnosis';

const ERROR_CODES = [
	'empty',
	'tooLarge',
	'gzipCorrupt',
	'notText',
	'notJson',
	'truncatedJson',
	'notDump',
	'noPeerConnections',
	'unsupportedVersion',
	'badSession',
	'notRtcstats',
	'badMagic',
	'badMetadata',
	'noRtcstatsConnections',
	'cancelled'
];
/** Every FindingId of $lib/stats/diagnosis: a Record over the union, so a new id fails the type check until it is listed. */
const FINDINGS: Record<FindingId, true> = {
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
};
const FINDING_IDS = Object.keys(FINDINGS);
const PROBLEM_CODES = [
	'malformedValues',
	'badStatsKey',
	'badTimestamps',
	'malformedEntry',
	'lengthMismatch',
	'truncatedLine',
	'malformedLine',
	'unknownMethod',
	'deltaWithoutBase',
	'descriptionWithoutBase',
	'eventsDropped'
];

describe('stats catalog', () => {
	it('names and defines every metric, titles every chart and unit, in en and ko', () => {
		const keys = [
			...METRICS.flatMap((m) => [
				`stats.metric.${m.id}`,
				`stats.def.${m.id}`,
				`stats.unit.${m.unit}`
			]),
			...METRICS.map((m) => `stats.math.kind.${m.kind}`),
			...CHART_GROUPS.map((g) => `stats.chart.${g.id}`),
			...ERROR_CODES.map((c) => `stats.error.${c}`),
			...PROBLEM_CODES.map((c) => `stats.problem.${c}`)
		];
		for (const key of keys) {
			expect(CATALOG.en, key).toHaveProperty([key]);
			expect(CATALOG.ko, key).toHaveProperty([key]);
		}
	});

	it('every diagnosis finding has a title and an action, every severity and evidence a label, in en and ko', () => {
		const keys = [
			...FINDING_IDS.flatMap((id) => [`stats.diag.${id}.title`, `stats.diag.${id}.action`]),
			...['problem', 'warning', 'info'].map((s) => `stats.diag.severity.${s}`),
			...['log', 'chart', 'sdp'].map((k) => `stats.diag.evidence.${k}`),
			...['full', 'v3', 'v5'].map((k) => `stats.page.statsShape.${k}`),
			...['rtcstats-dump', 'protocol-3'].map((k) => `stats.page.generation.${k}`)
		];
		for (const key of keys) {
			expect(CATALOG.en, key).toHaveProperty([key]);
			expect(CATALOG.ko, key).toHaveProperty([key]);
		}
		// a finding's title names every parameter its rule fills
		expect(CATALOG.en['stats.diag.disconnected.title']).toContain('{longest}');
		expect(CATALOG.ko['stats.diag.disconnected.title']).toContain('{longest}');
	});

	it('Korean messages are Korean where they are sentences', () => {
		const hangul = /[\uac00-\ud7a3]/;
		for (const key of Object.keys(statsEn) as (keyof typeof statsEn)[]) {
			if (
				key.startsWith('stats.error.') ||
				key.startsWith('stats.def.') ||
				/^stats\.diag\..*\.action$/.test(key)
			)
				expect(statsKo[key], key).toMatch(hangul);
		}
	});
});
