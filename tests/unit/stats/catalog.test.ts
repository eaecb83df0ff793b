import { describe, expect, it } from 'vitest';
import { CATALOG } from '$lib/i18n/catalog';
import { CHART_GROUPS } from '$lib/stats/chartModel';
import { METRICS } from '$lib/stats/metrics';
import { statsEn } from '$lib/i18n/stats/en';
import { statsKo } from '$lib/i18n/stats/ko';

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

	it('Korean messages are Korean where they are sentences', () => {
		const hangul = /[\uac00-\ud7a3]/;
		for (const key of Object.keys(statsEn) as (keyof typeof statsEn)[]) {
			if (key.startsWith('stats.error.') || key.startsWith('stats.def.'))
				expect(statsKo[key], key).toMatch(hangul);
		}
	});
});
