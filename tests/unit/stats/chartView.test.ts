import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ChartPoint, Marker } from '$lib/stats/chartModel';
import {
	bandSpans,
	clampWindow,
	closestPoint,
	extentOf,
	markerLines,
	nearestIndex,
	panWindow,
	toColumns,
	yRange,
	zoomWindow
} from '$lib/stats/chartView';

const point = (x: number, y: number | null, i = x): ChartPoint => ({ x, y, i });

describe('toColumns', () => {
	it('turns points into x and y columns, a gap or a value that is not a finite number as null', () => {
		expect(
			toColumns([point(0, 1), point(1, null), point(2, NaN), point(3, Infinity), point(4, -2)])
		).toEqual([
			[0, 1, 2, 3, 4],
			[1, null, null, null, -2]
		]);
		expect(toColumns([])).toEqual([[], []]);
	});
});

describe('nearestIndex', () => {
	it('finds the nearest x, the earlier on a tie, the ends outside the range', () => {
		const xs = [0, 1, 2, 4, 8];
		expect(nearestIndex(xs, 2.9)).toBe(2);
		expect(nearestIndex(xs, 3)).toBe(2);
		expect(nearestIndex(xs, 3.1)).toBe(3);
		expect(nearestIndex(xs, -5)).toBe(0);
		expect(nearestIndex(xs, 100)).toBe(4);
		expect(nearestIndex(xs, 4)).toBe(3);
		expect(nearestIndex([], 1)).toBeNull();
		expect(nearestIndex(xs, NaN)).toBeNull();
	});

	it('agrees with a linear scan', () => {
		fc.assert(
			fc.property(
				fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 1 }),
				fc.integer({ min: -1200, max: 1200 }),
				(values, x) => {
					const xs = [...values].sort((a, b) => a - b);
					const found = nearestIndex(xs, x)!;
					const best = Math.min(...xs.map((v) => Math.abs(v - x)));
					expect(Math.abs(xs[found]! - x)).toBe(best);
				}
			)
		);
	});
});

describe('extentOf', () => {
	it('spans the first to the last sample of all series; null with none', () => {
		expect(extentOf([[point(5, 1), point(9, 1)], [], [point(2, 0), point(7, 0)]])).toEqual({
			min: 2,
			max: 9
		});
		expect(extentOf([[], []])).toBeNull();
	});
});

describe('zoom and pan windows', () => {
	const extent = { min: 0, max: 100 };

	it('a window that covers all the data is no zoom (null): the chart follows the data', () => {
		expect(clampWindow({ min: -5, max: 120 }, extent)).toBeNull();
		expect(clampWindow({ min: 0, max: 100 }, extent)).toBeNull();
	});

	it('a drag selects a window inside the data, either way round, never narrower than a sliver', () => {
		expect(clampWindow({ min: 60, max: 20 }, extent)).toEqual({ min: 20, max: 60 });
		expect(clampWindow({ min: -10, max: 30 }, extent)).toEqual({ min: 0, max: 30 });
		const sliver = clampWindow({ min: 50, max: 50 }, extent)!;
		expect(sliver.max - sliver.min).toBeGreaterThan(0);
		expect(sliver.min).toBeGreaterThanOrEqual(0);
		expect(clampWindow({ min: 1, max: 2 }, { min: 5, max: 5 })).toBeNull();
	});

	it('the wheel zooms around the time under the pointer, which stays where it was', () => {
		const zoomed = zoomWindow({ min: 0, max: 100 }, 25, 0.8, extent)!;
		expect(zoomed.min).toBeCloseTo(5);
		expect(zoomed.max).toBeCloseTo(85);
		// the anchor keeps its share of the window: 25 % from the left
		expect((25 - zoomed.min) / (zoomed.max - zoomed.min)).toBeCloseTo(0.25);
	});

	it('zooming out slides back inside the data, and past all of it follows the data again', () => {
		const out = zoomWindow({ min: 0, max: 40 }, 0, 1.25, extent)!;
		expect(out).toEqual({ min: 0, max: 50 });
		expect(zoomWindow({ min: 0, max: 90 }, 50, 1.25, extent)).toBeNull();
	});

	it('a pan keeps the width and stops at the ends of the data', () => {
		expect(panWindow({ min: 20, max: 40 }, 15, extent)).toEqual({ min: 35, max: 55 });
		expect(panWindow({ min: 20, max: 40 }, -50, extent)).toEqual({ min: 0, max: 20 });
		expect(panWindow({ min: 20, max: 40 }, 500, extent)).toEqual({ min: 80, max: 100 });
	});

	it('any wheel step stays inside the data with a positive width', () => {
		fc.assert(
			fc.property(
				fc.double({ min: 0, max: 99, noNaN: true }),
				fc.double({ min: 0.5, max: 100, noNaN: true }),
				fc.double({ min: 0, max: 100, noNaN: true }),
				fc.constantFrom(0.8, 1.25),
				(from, width, anchor, factor) => {
					const current = { min: from, max: Math.min(100, from + width) };
					fc.pre(current.max > current.min);
					const next = zoomWindow(current, anchor, factor, extent);
					if (next === null) return;
					expect(next.min).toBeGreaterThanOrEqual(0);
					expect(next.max).toBeLessThanOrEqual(100 + 1e-9);
					expect(next.max).toBeGreaterThan(next.min);
				}
			)
		);
	});
});

describe('yRange', () => {
	it('starts at zero with a little room above the highest value', () => {
		expect(yRange(10, 200)).toEqual([0, 210]);
		expect(yRange(-50, 50)).toEqual([-55, 55]);
		expect(yRange(-20, -10)).toEqual([-21, 0]);
	});

	it('with no values or only zeros, 0 to 1', () => {
		expect(yRange(null, null)).toEqual([0, 1]);
		expect(yRange(0, 0)).toEqual([0, 1]);
	});
});

describe('markers and bands in pixels', () => {
	const marker = (x: number, label: string): Marker => ({ x, label, entryId: x });
	const toPx = (x: number) => x * 10;

	it('draws the markers inside the plot in time order, a label only where it has room', () => {
		const lines = markerLines(
			[marker(30, 'c'), marker(1, 'a'), marker(4, 'b'), marker(200, 'outside'), marker(12, 'd')],
			toPx,
			0,
			1000,
			60
		);
		expect(lines).toEqual([
			{ px: 10, label: 'a' },
			{ px: 40, label: null },
			{ px: 120, label: 'd' },
			{ px: 300, label: 'c' }
		]);
	});

	it('cuts the bands to the plot and leaves out the ones outside it', () => {
		expect(
			bandSpans(
				[
					{ from: -5, to: 5, reason: 'cpu' },
					{ from: 20, to: 30, reason: 'bandwidth' },
					{ from: 90, to: 120, reason: 'cpu' },
					{ from: 200, to: 300, reason: 'other' }
				],
				toPx,
				0,
				1000
			)
		).toEqual([
			{ from: 0, to: 50 },
			{ from: 200, to: 300 },
			{ from: 900, to: 1000 }
		]);
	});
});

describe('closestPoint', () => {
	it('picks the series whose point is nearest to the click, skipping series with none', () => {
		expect(
			closestPoint([null, { x: 10, y: 100 }, { x: 12, y: 40 }, { x: 50, y: 50 }], { x: 11, y: 45 })
		).toBe(2);
		expect(closestPoint([null, null], { x: 0, y: 0 })).toBeNull();
	});
});
