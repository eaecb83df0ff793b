import type uPlot from 'uplot';
import type { StatsHistory } from '$lib/stats/history';
import {
	pointsFrom,
	qualityBands,
	seriesOf,
	type ChartGroup,
	type ChartPoint,
	type Marker,
	type SeriesRef
} from '$lib/stats/chartModel';
import { clampWindow, extentOf, toColumns, type Columns, type XRange } from '$lib/stats/chartView';
import { SeriesDecimator } from '$lib/stats/decimate';
import { formatNumber } from '$lib/stats/workedFormula';
import { DRAWN_POINTS, SERIES_COLORS, seriesOptions, type Overlay } from './chartSetup';

/** Groups whose chart shades the quality-limitation spans. */
const BANDED = new Set(['bitrate', 'fps', 'resolution']);

export interface FeedResult {
	series: number;
	/** the latest value of each series, for the chart's text alternative */
	latest: string;
	/** the qualityLimitationReason values shaded, comma-separated */
	bandReasons: string;
}

/**
 * Makes the chart, once, with its first data: `series` is uPlot's list (its first entry is the
 * faceted chart's placeholder), `data` the columns to draw, `overlay` what the hooks draw.
 */
export type CreateChart = (
	data: uPlot.AlignedData,
	series: uPlot.Series[],
	overlay: Overlay
) => uPlot;

/** One series as fed: all its kept points, its decimator, and what was drawn last. */
interface Fed {
	points: ChartPoint[];
	decimator: SeriesDecimator;
	drawn: readonly ChartPoint[];
	columns: Columns;
}

/**
 * Feeds one chart from a stats history, incrementally: each `sync()` appends the points added
 * since the last one and drops what the history no longer keeps; what is drawn is each series
 * decimated to DRAWN_POINTS within the zoomed window (decimate.ts: the buckets already complete
 * are reused, so a tick costs the new samples), handed to uPlot as columns in one `setData`.
 * The chart is made at the first sync that has series, with its data (never empty, then filled).
 * Shared by StatsChart.svelte and the browser benchmark.
 */
export class ChartFeeder {
	readonly refs: SeriesRef[] = [];
	/** each series' colour, parallel to `refs` (a series keeps its colour when another leaves) */
	readonly colors: string[] = [];
	readonly overlay: Overlay = { markers: [], showMarkers: true, bands: [] };
	chart: uPlot | null = null;
	/** per series: the next absolute sample index to append */
	readonly #cursors = new Map<string, number>();
	readonly #fed: Fed[] = [];
	readonly #hidden = new Set<string>();
	/** the zoomed window; null follows the data */
	#zoom: XRange | null = null;
	#stale = false;
	/** told when the zoomed window changes (StatsChart shows whether the chart is zoomed) */
	onzoom: ((zoom: XRange | null) => void) | null = null;

	constructor(
		private readonly create: CreateChart,
		private readonly history: StatsHistory,
		private readonly group: ChartGroup,
		private readonly originMs: number,
		private readonly label: (ref: SeriesRef) => string
	) {}

	/**
	 * Appends what is new. With `draw` false (the chart is scrolled out of view) the data is
	 * brought up to date but not drawn: `draw()` does that once the chart is seen again.
	 */
	sync(markers: readonly Marker[], showMarkers: boolean, draw = true): FeedResult {
		const { group, chart } = this;
		// series that come or go change the chart's list: its data must follow at once
		let reshaped = false;
		const current = seriesOf(this.history, group);
		if (group.selectedPairOnly) {
			// The selected candidate pair can change (an ICE restart, a better pair): a pair that
			// is no longer selected leaves the chart rather than stay as a stale line.
			const keys = new Set(current.map((ref) => ref.key));
			for (let n = this.refs.length - 1; n >= 0; n--) {
				const ref = this.refs[n]!;
				if (ref.report.type === 'candidate-pair' && !keys.has(ref.key)) {
					this.refs.splice(n, 1);
					this.colors.splice(n, 1);
					this.#fed.splice(n, 1);
					this.#cursors.delete(ref.key);
					chart?.delSeries(n + 1);
					reshaped = true;
				}
			}
		}
		for (const ref of current) {
			if (this.#cursors.has(ref.key)) continue;
			this.#cursors.set(ref.key, ref.report.oldestIndex);
			this.refs.push(ref);
			const color = SERIES_COLORS[(this.refs.length - 1) % SERIES_COLORS.length]!;
			this.colors.push(color);
			this.#fed.push({
				points: [],
				decimator: new SeriesDecimator(DRAWN_POINTS),
				drawn: [],
				columns: [[], []]
			});
			chart?.addSeries(this.#seriesOptions(ref, color), this.refs.length);
			reshaped = true;
		}
		const summary: string[] = [];
		this.refs.forEach((ref, n) => {
			const data = this.#fed[n]!.points;
			for (const point of pointsFrom(ref, this.#cursors.get(ref.key)!, this.originMs))
				data.push(point);
			this.#cursors.set(ref.key, ref.report.count);
			let drop = 0;
			while (drop < data.length && data[drop]!.i < ref.report.oldestIndex) drop++;
			if (drop > 0) data.splice(0, drop);
			const last = data.at(-1);
			if (last && last.y !== null) summary.push(`${this.label(ref)} ${formatNumber(last.y)}`);
		});
		this.overlay.markers = markers;
		this.overlay.showMarkers = showMarkers;
		let bandReasons = '';
		if (BANDED.has(group.id)) {
			const bands = qualityBands(this.history, this.originMs);
			this.overlay.bands = bands;
			bandReasons = [...new Set(bands.map((b) => b.reason))].join(', ');
		}
		this.#stale = true;
		// A chart is made as soon as it has series, in view or not (its canvas is there from then
		// on); after that, one out of view waits to be seen before it draws again.
		if (draw || !chart || reshaped) this.draw();
		return { series: this.refs.length, latest: summary.join('; '), bandReasons };
	}

	/** Draws the chart if its data changed since it was last drawn (it was out of view). */
	draw(): void {
		if (!this.#stale) return;
		const data = this.#data();
		const chart = this.chart;
		if (!chart) {
			if (this.refs.length === 0) return;
			const series = [{}, ...this.refs.map((ref, n) => this.#seriesOptions(ref, this.colors[n]!))];
			this.chart = this.create(data, series, this.overlay);
		} else {
			const zoom = this.#zoom;
			chart.batch(() => {
				// zoomed: the window stays where the user put it, the y axis fits what it shows
				chart.setData(data, zoom === null);
				if (zoom) chart.setScale('x', { min: zoom.min, max: zoom.max });
			});
		}
		this.#stale = false;
	}

	/** The time span of the data kept: what "reset zoom" shows, and the bounds of zoom and pan. */
	get extent(): XRange | null {
		return extentOf(this.#fed.map((fed) => fed.points));
	}

	/** The zoomed window, or null when the chart shows all the data. */
	get zoom(): XRange | null {
		return this.#zoom;
	}

	/** Shows `range` of the time axis (kept inside the data), or all the data with null. */
	zoomTo(range: XRange | null): void {
		const extent = this.extent;
		const next = range && extent ? clampWindow(range, extent) : null;
		if (next?.min === this.#zoom?.min && next?.max === this.#zoom?.max) return;
		this.#zoom = next;
		this.#stale = true;
		this.draw();
		this.onzoom?.(next);
	}

	/** Hides or shows series by key (the legend's toggles); a hidden series stays fed. */
	setHidden(keys: ReadonlySet<string>): void {
		this.#hidden.clear();
		for (const key of keys) this.#hidden.add(key);
		const chart = this.chart;
		if (!chart) return;
		chart.batch(() => {
			this.refs.forEach((ref, n) => {
				const show = !keys.has(ref.key);
				if (chart.series[n + 1]?.show !== show) chart.setSeries(n + 1, { show });
			});
		});
	}

	/** The point drawn at `index` of series `n` (0-based, as `refs`): its sample, for the math. */
	pointAt(n: number, index: number): ChartPoint | undefined {
		return this.#fed[n]?.drawn[index];
	}

	destroy(): void {
		this.chart?.destroy();
		this.chart = null;
	}

	#seriesOptions(ref: SeriesRef, color: string): uPlot.Series {
		return { ...seriesOptions(color), show: !this.#hidden.has(ref.key) };
	}

	/** uPlot's faceted data: a placeholder, then each series' x and y columns. */
	#data(): uPlot.AlignedData {
		const zoom = this.#zoom;
		const min = zoom?.min ?? -Infinity;
		const max = zoom?.max ?? Infinity;
		const data: (Columns | null)[] = [null];
		for (const fed of this.#fed) {
			const drawn = fed.decimator.drawn(fed.points, min, max);
			// the decimator gives the same array while nothing changed: so are the columns
			if (drawn !== fed.drawn) {
				fed.drawn = drawn;
				fed.columns = toColumns(drawn);
			}
			data.push(fed.columns);
		}
		return data as unknown as uPlot.AlignedData;
	}
}
