import type { Band, ChartPoint, Marker } from './chartModel';

/**
 * The maths of a drawn chart, apart from the chart library: a series' points as columns, the
 * nearest sample to a time, the zoomed window (wheel, drag, pan), the y range, and where markers
 * and bands fall in pixels. Pure, so it is tested in Node; chartSetup.ts and chartFeeder.ts use
 * it with uPlot.
 */

/** A window on the time axis, in seconds since the origin. */
export interface XRange {
	min: number;
	max: number;
}

/** One series as two columns, x and y (null draws a gap), the shape a faceted chart draws. */
export type Columns = [xs: number[], ys: (number | null)[]];

/** The drawn points of a series as columns; a y that is not a finite number is a gap. */
export function toColumns(points: readonly ChartPoint[]): Columns {
	const xs = new Array<number>(points.length);
	const ys = new Array<number | null>(points.length);
	for (let k = 0; k < points.length; k++) {
		const point = points[k]!;
		xs[k] = point.x;
		ys[k] = point.y !== null && Number.isFinite(point.y) ? point.y : null;
	}
	return [xs, ys];
}

/** The index of the x nearest to `x` in ascending `xs` (the earlier one on a tie); null if empty. */
export function nearestIndex(xs: ArrayLike<number>, x: number): number | null {
	const length = xs.length;
	if (length === 0 || Number.isNaN(x)) return null;
	let lo = 0;
	let hi = length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (xs[mid]! < x) lo = mid + 1;
		else hi = mid;
	}
	if (lo === 0) return 0;
	if (lo === length) return length - 1;
	return x - xs[lo - 1]! <= xs[lo]! - x ? lo - 1 : lo;
}

/** The time span of some series (each in time order): first to last sample; null if none. */
export function extentOf(series: readonly (readonly ChartPoint[])[]): XRange | null {
	let min = Infinity;
	let max = -Infinity;
	for (const points of series) {
		if (points.length === 0) continue;
		min = Math.min(min, points[0]!.x);
		max = Math.max(max, points[points.length - 1]!.x);
	}
	return min <= max ? { min, max } : null;
}

/**
 * The narrowest window a zoom goes to, as a share of the whole span: below a few samples a
 * window shows nothing more.
 */
const MIN_SPAN_SHARE = 1e-4;

/** `range` moved inside `extent` (its width kept, or cut to the extent's). */
function within(range: XRange, extent: XRange): XRange {
	const width = Math.min(range.max - range.min, extent.max - extent.min);
	const min = Math.min(Math.max(range.min, extent.min), extent.max - width);
	return { min, max: min + width };
}

/**
 * A window clamped to the data: null when it covers all of `extent` (the chart follows the data
 * again, as before any zoom), otherwise inside it and no narrower than MIN_SPAN_SHARE of it.
 */
export function clampWindow(range: XRange, extent: XRange): XRange | null {
	let { min, max } = range.min <= range.max ? range : { min: range.max, max: range.min };
	min = Math.max(min, extent.min);
	max = Math.min(max, extent.max);
	if (!(max > min) && !(extent.max > extent.min)) return null;
	if (min <= extent.min && max >= extent.max) return null;
	const least = (extent.max - extent.min) * MIN_SPAN_SHARE;
	if (!(max - min >= least)) {
		const middle = Number.isFinite(min + max) ? (min + max) / 2 : extent.min;
		return within({ min: middle - least / 2, max: middle + least / 2 }, extent);
	}
	return { min, max };
}

/**
 * The window after one wheel step: `factor` below 1 zooms in, above 1 out, around `anchor` (the
 * time under the pointer, which stays under it).
 */
export function zoomWindow(
	current: XRange,
	anchor: number,
	factor: number,
	extent: XRange
): XRange | null {
	const min = anchor - (anchor - current.min) * factor;
	const max = anchor + (current.max - anchor) * factor;
	if (factor > 1 && max - min >= extent.max - extent.min) return null;
	const clamped = clampWindow({ min, max }, extent);
	// zooming out near an edge keeps the width and slides back inside rather than shrink
	return clamped && factor > 1 ? within({ min, max }, extent) : clamped;
}

/** The window moved by `delta` seconds (a pan), kept inside `extent`. */
export function panWindow(current: XRange, delta: number, extent: XRange): XRange {
	return within({ min: current.min + delta, max: current.max + delta }, extent);
}

/**
 * The y range: from zero (or below, for negative values) to a little above the highest value,
 * as rates and counts read best from zero. With no values, 0 to 1.
 */
export function yRange(min: number | null, max: number | null): [number, number] {
	const low = Math.min(0, min ?? 0);
	const high = Math.max(0, max ?? 0);
	if (!(high > low)) return low < 0 ? [low, 0] : [0, 1];
	const headroom = (high - low) * 0.05;
	return [low < 0 ? low - headroom : 0, high > 0 ? high + headroom : 0];
}

/** A marker line at `px`, labelled unless its label would overlap the previous one. */
export interface MarkerLine {
	px: number;
	label: string | null;
}

/**
 * Where the markers fall between `left` and `right` (pixels), in time order: a label only
 * where it is at least `labelGap` pixels right of the previous label.
 */
export function markerLines(
	markers: readonly Marker[],
	toPx: (x: number) => number,
	left: number,
	right: number,
	labelGap: number
): MarkerLine[] {
	const lines: MarkerLine[] = [];
	let lastLabel = -Infinity;
	const sorted = [...markers].sort((a, b) => a.x - b.x);
	for (const marker of sorted) {
		const px = toPx(marker.x);
		if (!(px >= left && px <= right)) continue;
		const labelled = px - lastLabel > labelGap;
		if (labelled) lastLabel = px;
		lines.push({ px, label: labelled ? marker.label : null });
	}
	return lines;
}

/** The bands' spans in pixels, cut to `left`..`right`; empty spans left out. */
export function bandSpans(
	bands: readonly Band[],
	toPx: (x: number) => number,
	left: number,
	right: number
): { from: number; to: number }[] {
	const spans: { from: number; to: number }[] = [];
	for (const band of bands) {
		const from = Math.max(left, toPx(band.from));
		const to = Math.min(right, toPx(band.to));
		if (to > from) spans.push({ from, to });
	}
	return spans;
}

/**
 * Which of some points (null where a series has none) is closest to `at`, all in pixels: the
 * point a click picks. Null when there is none.
 */
export function closestPoint(
	points: readonly ({ x: number; y: number } | null)[],
	at: { x: number; y: number }
): number | null {
	let best: number | null = null;
	let bestDistance = Infinity;
	points.forEach((point, n) => {
		if (!point) return;
		const distance = Math.hypot(point.x - at.x, point.y - at.y);
		if (distance < bestDistance) {
			bestDistance = distance;
			best = n;
		}
	});
	return best;
}
