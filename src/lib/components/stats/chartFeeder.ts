import type { Chart, ChartDataset } from 'chart.js';
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
import { formatNumber } from '$lib/stats/workedFormula';
import { drawSeries, SERIES_COLORS } from './chartSetup';

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
 * Feeds one chart from a stats history, incrementally: each `sync()` appends the points added
 * since the last one, drops what the history no longer keeps, and calls `update('none')` (no
 * animation, no rebuild). Shared by StatsChart.svelte and the browser benchmark.
 */
export class ChartFeeder {
	readonly refs: SeriesRef[] = [];
	/** each series' colour, parallel to `refs` (a series keeps its colour when another leaves) */
	readonly colors: string[] = [];
	/** per series: the next absolute sample index to append */
	readonly #cursors = new Map<string, number>();
	/**
	 * Each dataset's series, all its kept points: `dataset.data` holds what of them is drawn
	 * (chartSetup's drawSeries), so points are appended here, never there.
	 */
	readonly #points: ChartPoint[][] = [];

	constructor(
		private readonly chart: Chart<'line', ChartPoint[]>,
		private readonly history: StatsHistory,
		private readonly group: ChartGroup,
		private readonly originMs: number,
		private readonly label: (ref: SeriesRef) => string
	) {}

	#stale = false;

	/**
	 * Appends what is new. With `draw` false (the chart is scrolled out of view) the data is
	 * brought up to date but not drawn: `draw()` does that once the chart is seen again.
	 */
	sync(markers: Marker[], showMarkers: boolean, draw = true): FeedResult {
		const { chart, group } = this;
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
					chart.data.datasets.splice(n, 1);
					this.#points.splice(n, 1);
					this.#cursors.delete(ref.key);
				}
			}
		}
		for (const ref of current) {
			if (this.#cursors.has(ref.key)) continue;
			this.#cursors.set(ref.key, ref.report.oldestIndex);
			this.refs.push(ref);
			const color = SERIES_COLORS[(this.refs.length - 1) % SERIES_COLORS.length]!;
			this.colors.push(color);
			const points: ChartPoint[] = [];
			this.#points.push(points);
			const dataset: ChartDataset<'line', ChartPoint[]> = {
				label: this.label(ref),
				data: [],
				borderColor: color,
				backgroundColor: color,
				borderWidth: 1.5,
				spanGaps: false
			};
			drawSeries(dataset, points);
			chart.data.datasets.push(dataset);
		}
		const summary: string[] = [];
		this.refs.forEach((ref, n) => {
			const data = this.#points[n]!;
			for (const point of pointsFrom(ref, this.#cursors.get(ref.key)!, this.originMs))
				data.push(point);
			this.#cursors.set(ref.key, ref.report.count);
			let drop = 0;
			while (drop < data.length && data[drop]!.i < ref.report.oldestIndex) drop++;
			if (drop > 0) data.splice(0, drop);
			const last = data.at(-1);
			if (last && last.y !== null) summary.push(`${this.label(ref)} ${formatNumber(last.y)}`);
		});
		const plugins = chart.options.plugins!;
		plugins.markers = { items: markers, show: showMarkers };
		let bandReasons = '';
		if (BANDED.has(group.id)) {
			const bands = qualityBands(this.history, this.originMs);
			plugins.bands = { items: bands };
			bandReasons = [...new Set(bands.map((b) => b.reason))].join(', ');
		}
		if (draw) chart.update('none');
		this.#stale = !draw;
		return { series: this.refs.length, latest: summary.join('; '), bandReasons };
	}

	/** Draws a chart whose data changed while it was out of view. */
	draw(): void {
		if (!this.#stale) return;
		this.chart.update('none');
		this.#stale = false;
	}
}
