import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ChartPoint } from '$lib/stats/chartModel';
import { SeriesDecimator } from '$lib/stats/decimate';

/** A series of `n` samples 1 s apart from sample `first` on, y from `y(i)`. */
function series(n: number, y: (i: number) => number | null, first = 0): ChartPoint[] {
	return Array.from({ length: n }, (_, k) => ({ x: first + k, y: y(first + k), i: first + k }));
}

/** What any decimation must keep: the range's ends, the peaks, a gap, sample order. */
function expectFaithful(drawn: ChartPoint[], source: ChartPoint[], limit: number) {
	expect(drawn.length).toBeLessThanOrEqual(limit + Math.ceil(limit / 2));
	for (const point of drawn) expect(source).toContain(point);
	for (let n = 1; n < drawn.length; n++) expect(drawn[n]!.i).toBeGreaterThan(drawn[n - 1]!.i);
	expect(drawn[0]).toBe(source[0]);
	expect(drawn.at(-1)).toBe(source.at(-1));
	const values = source.map((p) => p.y).filter((y): y is number => y !== null);
	if (values.length > 0) {
		const shown = drawn.map((p) => p.y).filter((y): y is number => y !== null);
		expect(Math.min(...shown)).toBe(Math.min(...values));
		expect(Math.max(...shown)).toBe(Math.max(...values));
	}
	if (source.some((p) => p.y === null)) expect(drawn.some((p) => p.y === null)).toBe(true);
}

describe('SeriesDecimator', () => {
	it('draws every point of a series no longer than its limit', () => {
		const points = series(200, (i) => i % 7);
		const drawn = new SeriesDecimator(200).drawn(points);
		expect(drawn).toEqual(points);
		expect(drawn).not.toBe(points);
	});

	it('draws at most its limit for a long series, keeping its ends and its peaks', () => {
		const points = series(7200, (i) => (i === 4321 ? 1e6 : i === 99 ? -3 : Math.sin(i / 50)));
		const drawn = new SeriesDecimator(200).drawn(points);
		expect(drawn.length).toBeLessThanOrEqual(200);
		expect(drawn.length).toBeGreaterThan(100);
		expect(drawn).toContain(points[4321]);
		expect(drawn).toContain(points[99]);
		expectFaithful(drawn, points, 200);
	});

	it('keeps a gap: a null sample still breaks the drawn line', () => {
		const points = series(5000, (i) => (i >= 2500 && i < 2503 ? null : i % 10));
		const drawn = new SeriesDecimator(200).drawn(points);
		expect(drawn.filter((p) => p.y === null).map((p) => p.i)).toEqual([2500]);
		// a series that is all gaps draws its gaps
		const empty = series(1000, () => null);
		expect(new SeriesDecimator(100).drawn(empty).every((p) => p.y === null)).toBe(true);
	});

	it('returns the same array while nothing changed', () => {
		const points = series(3000, (i) => i % 13);
		const decimator = new SeriesDecimator(200);
		const first = decimator.drawn(points);
		expect(decimator.drawn(points)).toBe(first);
		points.push({ x: 3000, y: 1, i: 3000 });
		expect(decimator.drawn(points)).not.toBe(first);
	});

	it('decimates the zoomed window only: its detail, one point either side', () => {
		const points = series(7200, (i) => i % 100);
		const decimator = new SeriesDecimator(200);
		const window = decimator.drawn(points, 1000, 1100);
		expect(window.map((p) => p.i)).toEqual(Array.from({ length: 103 }, (_, k) => 999 + k));
		const wide = decimator.drawn(points, 1000, 5000);
		expect(wide[0]).toBe(points[999]);
		expect(wide.at(-1)).toBe(points[5001]);
		expect(wide.length).toBeLessThanOrEqual(200);
	});

	it('rejects a limit too small to hold a bucket', () => {
		expect(() => new SeriesDecimator(4)).toThrow(/at least 8/);
	});

	it('fed tick by tick (append, drop the oldest, zoom, pan) draws what a fresh decimator draws', () => {
		const step = fc.oneof(
			fc.record({ kind: fc.constant('append' as const), n: fc.integer({ min: 1, max: 400 }) }),
			fc.record({ kind: fc.constant('drop' as const), n: fc.integer({ min: 1, max: 300 }) }),
			fc.record({
				kind: fc.constant('zoom' as const),
				from: fc.integer({ min: -50, max: 3000 }),
				span: fc.integer({ min: 1, max: 3000 })
			}),
			fc.record({ kind: fc.constant('reset' as const) })
		);
		const value = fc.oneof(
			fc.integer({ min: -1000, max: 1000 }),
			fc.constant(null),
			fc.constant(0)
		);
		fc.assert(
			fc.property(
				fc.integer({ min: 8, max: 120 }),
				fc.array(step, { maxLength: 30 }),
				fc.array(value, { minLength: 1, maxLength: 50 }),
				(limit, steps, values) => {
					const points: ChartPoint[] = [];
					const decimator = new SeriesDecimator(limit);
					let next = 0;
					let range: [number, number] = [-Infinity, Infinity];
					for (const s of steps) {
						if (s.kind === 'append') {
							for (let k = 0; k < s.n; k++, next++)
								points.push({ x: next * 0.5, y: values[next % values.length]!, i: next });
						} else if (s.kind === 'drop') points.splice(0, Math.min(s.n, points.length));
						else if (s.kind === 'zoom') range = [s.from, s.from + s.span];
						else range = [-Infinity, Infinity];
						const drawn = decimator.drawn(points, ...range);
						expect(drawn).toEqual(new SeriesDecimator(limit).drawn(points, ...range));
						if (range[0] === -Infinity && points.length > 0) expectFaithful(drawn, points, limit);
					}
				}
			),
			{ numRuns: 300 }
		);
	});
});
