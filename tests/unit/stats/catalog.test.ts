import { describe, expect, it } from 'vitest';
import { CATALOG } from '$lib/i18n/catalog';
import { statsEn } from '$lib/i18n/stats/en';
import { statsKo } from '$lib/i18n/stats/ko';

describe('stats catalog', () => {
	// every key built from a metric, chart, finding, error or problem code, in en and ko:
	// tests/unit/i18n/builtKeys.test.ts
	it('every evidence and recording generation has a label, in en and ko', () => {
		const keys = [
			...['log', 'chart', 'sdp'].map((k) => `stats.diag.evidence.${k}`),
			...['rtcstats-dump', 'protocol-3'].map((k) => `stats.page.generation.${k}`)
		];
		for (const key of keys) {
			expect(CATALOG.en, key).toHaveProperty([key]);
			expect(CATALOG.ko, key).toHaveProperty([key]);
		}
	});

	it("a finding's title names every parameter its rule fills", () => {
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
