import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ReportHistory } from '$lib/stats/history';

/**
 * The ring history against the obvious model (every sample kept in an array): for any sequence of
 * samples — numbers that stay or change, text, members that come and go — every kept index reads
 * back what was added, and nothing older than the capacity is returned.
 */
const value = fc.oneof(
	fc.constantFrom(0, 1, 2, 1.5),
	fc.integer({ min: -5, max: 5 }),
	fc.constantFrom('none', 'cpu', 'bandwidth'),
	fc.boolean(),
	fc.constant(undefined)
);
const sample = fc.record({ a: value, b: value, c: fc.integer({ min: 0, max: 3 }) });

describe('ReportHistory (property)', () => {
	it('reads back every kept sample, sample by sample or from columns', () => {
		fc.assert(
			fc.property(
				fc.array(sample, { minLength: 1, maxLength: 40 }),
				fc.integer({ min: 1, max: 12 }),
				(samples, capacity) => {
					const report = new ReportHistory('R', 'x', capacity);
					samples.forEach((s, i) => {
						const values: Record<string, unknown> = {};
						for (const [k, v] of Object.entries(s)) if (v !== undefined) values[k] = v;
						report.add(i * 1000, values);
					});
					const oldest = Math.max(0, samples.length - capacity);
					expect(report.oldestIndex).toBe(oldest);
					for (let i = 0; i < samples.length; i++) {
						for (const name of ['a', 'b', 'c'] as const) {
							const got = report.member(name)?.get(i);
							const first = samples.findIndex((s) => s[name] !== undefined);
							const expected = i < oldest || first < 0 || i < first ? undefined : samples[i]![name];
							expect(got, `${name}@${i}`).toEqual(expected);
						}
						expect(report.time(i)).toBe(i < oldest ? NaN : i * 1000);
					}
					// the same columns, imported at once, read the same
					const times = samples.map((_, i) => i * 1000);
					const columns = (['a', 'b', 'c'] as const).map(
						(name) =>
							[name, samples.map((s) => (s[name] === undefined ? null : s[name]))] as [
								string,
								unknown[]
							]
					);
					const imported = ReportHistory.fromColumns('R', 'x', times, columns);
					for (let i = 0; i < samples.length; i++) {
						for (const name of ['a', 'b', 'c'] as const) {
							expect(imported.member(name)?.get(i), `column ${name}@${i}`).toEqual(
								samples[i]![name]
							);
						}
					}
				}
			),
			{ numRuns: 300 }
		);
	});
});
