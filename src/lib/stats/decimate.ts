import type { ChartPoint } from './chartModel';

/**
 * Decimation done before the chart draws, and done once: a chart a few hundred pixels wide
 * cannot show 7,200 points per series, so a series longer than `limit` points is drawn as, per
 * bucket of consecutive samples, its lowest and its highest point (and its first gap, so a gap
 * still breaks the line), plus the first and last point of the range. Peaks are kept exactly,
 * so the y axis spans what the whole series spans.
 *
 * Buckets are aligned on absolute sample indices and their width is a power of two, so a
 * bucket whose samples are all in is summarised once and reused on every later tick (and
 * while panning): a tick costs the new samples, not the whole series. The width doubles as the
 * series grows; only then are the buckets summarised again.
 *
 * The points drawn are the series' own (same objects), so "show the math" finds the sample
 * behind a clicked point. The x range (the zoomed window) restricts what is decimated, as a
 * zoom into a long recording must show its detail.
 */
export class SeriesDecimator {
	/** bucket width in samples (a power of two) the cache holds */
	#width = 0;
	/** complete buckets by number: their first point, their summary, how many points they span */
	readonly #complete = new Map<
		number,
		{ first: ChartPoint; points: ChartPoint[]; count: number }
	>();
	#memo: {
		source: readonly ChartPoint[];
		length: number;
		first: ChartPoint | undefined;
		lo: number;
		hi: number;
		drawn: ChartPoint[];
	} | null = null;

	/** @param limit at most this many points are drawn (a few more where gaps break the line) */
	constructor(readonly limit: number) {
		if (!(limit >= 8)) throw new RangeError(`decimation limit ${limit}: at least 8 points`);
	}

	/**
	 * The points to draw for `points` (in sample order, `i` increasing) within x ∈ [min, max],
	 * with one point either side of the range so the line reaches the chart's edges. The same
	 * array is returned while nothing changed.
	 */
	drawn(points: readonly ChartPoint[], min = -Infinity, max = Infinity): ChartPoint[] {
		if (points.length === 0) return [];
		const lo = min === -Infinity ? 0 : Math.max(0, firstAtOrAfter(points, min) - 1);
		const hi =
			max === Infinity
				? points.length - 1
				: Math.min(points.length - 1, firstAtOrAfter(points, max, true));
		const memo = this.#memo;
		if (
			memo &&
			memo.source === points &&
			memo.length === points.length &&
			memo.first === points[0] &&
			memo.lo === lo &&
			memo.hi === hi
		)
			return memo.drawn;
		const drawn = this.#decimate(points, lo, hi);
		this.#memo = { source: points, length: points.length, first: points[0], lo, hi, drawn };
		return drawn;
	}

	#decimate(points: readonly ChartPoint[], lo: number, hi: number): ChartPoint[] {
		const count = hi - lo + 1;
		if (count <= this.limit) return points.slice(lo, hi + 1);
		// two points a bucket: at most limit / 2 buckets, the smallest power-of-two width that fits
		const buckets = Math.floor((this.limit - 2) / 2);
		let width = 1;
		while (count / width > buckets - 1) width *= 2;
		if (width !== this.#width) {
			this.#complete.clear();
			this.#width = width;
		}
		const firstI = points[lo]!.i;
		const lastI = points[hi]!.i;
		const drawn: ChartPoint[] = [points[lo]!];
		const push = (point: ChartPoint) => {
			if (drawn[drawn.length - 1] !== point) drawn.push(point);
		};
		let k = lo;
		const firstBucket = Math.floor(firstI / width);
		const lastBucket = Math.floor(lastI / width);
		for (let b = firstBucket; b <= lastBucket && k <= hi; b++) {
			// a bucket is complete when its first and last samples are both inside the range
			const whole = b * width >= firstI && (b + 1) * width - 1 <= lastI;
			const cached = whole ? this.#complete.get(b) : undefined;
			if (cached && points[k] === cached.first) {
				for (const point of cached.points) push(point);
				k += cached.count;
				continue;
			}
			const end = (b + 1) * width;
			const start = k;
			while (k <= hi && points[k]!.i < end) k++;
			if (k === start) continue;
			const summary = summarize(points, start, k - 1);
			if (whole)
				this.#complete.set(b, { first: points[start]!, points: summary, count: k - start });
			for (const point of summary) push(point);
		}
		push(points[hi]!);
		if (this.#complete.size > 2 * buckets) {
			for (const b of this.#complete.keys())
				if (b < firstBucket || b > lastBucket) this.#complete.delete(b);
		}
		return drawn;
	}
}

/**
 * One bucket, `points[from..to]`: its lowest and highest point and its first gap, in sample
 * order (a point once).
 */
function summarize(points: readonly ChartPoint[], from: number, to: number): ChartPoint[] {
	let low: ChartPoint | undefined;
	let high: ChartPoint | undefined;
	let gap: ChartPoint | undefined;
	for (let k = from; k <= to; k++) {
		const point = points[k]!;
		const y = point.y;
		if (y === null || Number.isNaN(y)) {
			gap ??= point;
			continue;
		}
		if (!low || y < low.y!) low = point;
		if (!high || y > high.y!) high = point;
	}
	const kept = [low, high, gap].filter((p): p is ChartPoint => p !== undefined);
	kept.sort((a, b) => a.i - b.i);
	return kept.filter((p, n) => kept[n - 1] !== p);
}

/**
 * The index of the first point with x ≥ `x` (or, with `last`, of the last point with x ≤ `x`),
 * by bisection: points are in time order.
 */
function firstAtOrAfter(points: readonly ChartPoint[], x: number, last = false): number {
	let lo = 0;
	let hi = points.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (last ? points[mid]!.x <= x : points[mid]!.x < x) lo = mid + 1;
		else hi = mid;
	}
	return last ? Math.min(points.length - 1, lo) : lo;
}
