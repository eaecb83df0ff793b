import type { Chart, ChartConfiguration, ChartDataset, Plugin } from 'chart.js';
import type { Band, ChartPoint, Marker } from '$lib/stats/chartModel';
import { SeriesDecimator } from '$lib/stats/decimate';

/**
 * chart.js is loaded in the browser only, on first use, with just the pieces the stats charts
 * use (line charts on linear axes), so the rest of chart.js is tree-shaken away.
 * chartjs-plugin-zoom brings hammerjs for touch pinch; hammerjs touches `window` when it loads,
 * which is one more reason the import waits for the browser.
 */
let loading: Promise<typeof Chart> | null = null;

export function loadChart(): Promise<typeof Chart> {
	loading ??= (async () => {
		const chartjs = await import('chart.js');
		const zoom = (await import('chartjs-plugin-zoom')).default;
		chartjs.Chart.register(
			chartjs.LineController,
			chartjs.LineElement,
			chartjs.PointElement,
			chartjs.LinearScale,
			chartjs.Tooltip,
			zoom,
			seriesPlugin,
			markerPlugin,
			bandPlugin
		);
		return chartjs.Chart;
	})();
	return loading;
}

/**
 * Charts are created one per task, those on screen first: a page that opens with two dozen charts
 * (a recording, two peers) draws the first one at once and keeps responding while the others
 * follow, instead of building all of them in one long task. Resolves when it is `element`'s turn.
 */
const waiting: { element: Element; start: () => void }[] = [];
let pumping = false;

export function chartTurn(element: Element): Promise<void> {
	return new Promise((start) => {
		waiting.push({ element, start });
		if (!pumping) {
			pumping = true;
			setTimeout(pump, 0);
		}
	});
}

function onScreen(element: Element): boolean {
	const box = element.getBoundingClientRect();
	return box.bottom > 0 && box.top < window.innerHeight && box.width > 0;
}

function pump(): void {
	// Detached elements (a chart removed meanwhile) are started too: their creation is cancelled.
	let next = waiting.findIndex((w) => !w.element.isConnected || onScreen(w.element));
	if (next < 0) next = 0;
	const [turn] = waiting.splice(next, 1);
	turn?.start();
	if (waiting.length > 0) setTimeout(pump, 0);
	else pumping = false;
}

declare module 'chart.js' {
	interface PluginOptionsByType<TType extends import('chart.js').ChartType> {
		markers?: { items: Marker[]; show: boolean; _type?: TType };
		bands?: { items: Band[] };
	}
}

const MARKER_COLOR = 'rgba(100, 116, 139, 0.8)';
const BAND_COLOR = 'rgba(234, 179, 8, 0.18)';

/** Vertical lines at event times (setRemoteDescription, connectionstatechange, setParameters…). */
const markerPlugin: Plugin<'line'> = {
	id: 'markers',
	afterDatasetsDraw(chart, _args, options: { items?: Marker[]; show?: boolean }) {
		if (!options.show || !options.items?.length) return;
		const { ctx, chartArea, scales } = chart;
		const x = scales.x;
		if (!x) return;
		ctx.save();
		ctx.strokeStyle = MARKER_COLOR;
		ctx.fillStyle = MARKER_COLOR;
		ctx.setLineDash([4, 3]);
		ctx.font = '10px system-ui, sans-serif';
		let lastLabelX = -Infinity;
		for (const marker of options.items) {
			const px = x.getPixelForValue(marker.x);
			if (px < chartArea.left || px > chartArea.right) continue;
			ctx.beginPath();
			ctx.moveTo(px, chartArea.top);
			ctx.lineTo(px, chartArea.bottom);
			ctx.stroke();
			// Labels that would overlap the previous one are left to the tooltip-free line.
			if (px - lastLabelX > 60) {
				ctx.save();
				ctx.translate(px + 2, chartArea.top + 2);
				ctx.rotate(Math.PI / 2);
				ctx.fillText(marker.label.slice(0, 40), 0, 0);
				ctx.restore();
				lastLabelX = px;
			}
		}
		ctx.restore();
	}
};

/** Shaded spans while the encoder reports a quality limitation. */
const bandPlugin: Plugin<'line'> = {
	id: 'bands',
	beforeDatasetsDraw(chart, _args, options: { items?: Band[] }) {
		if (!options.items?.length) return;
		const { ctx, chartArea, scales } = chart;
		const x = scales.x;
		if (!x) return;
		ctx.save();
		ctx.fillStyle = BAND_COLOR;
		for (const band of options.items) {
			const from = Math.max(chartArea.left, x.getPixelForValue(band.from));
			const to = Math.min(chartArea.right, x.getPixelForValue(band.to));
			if (to > from) ctx.fillRect(from, chartArea.top, to - from, chartArea.bottom - chartArea.top);
		}
		ctx.restore();
	}
};

/**
 * Above this many points a series is decimated before it is drawn, to at most this many (at least
 * about half: bucket widths are powers of two, decimate.ts): a 2-hour series has 7,200 points and
 * a chart is a few hundred pixels wide (with chart.js's LTTB, 400 points cost a live tick about a
 * fifth more than 200 with no visible difference).
 */
export const DRAWN_POINTS = 200;

/** Each drawn dataset's series: all its points, and what of them is drawn (decimate.ts). */
const seriesOfDataset = new WeakMap<
	object,
	{ points: readonly ChartPoint[]; decimator: SeriesDecimator }
>();

/**
 * Gives a dataset its series: from then on the dataset draws `points` (which its owner appends to
 * and drops from), decimated to DRAWN_POINTS within the zoomed window, at every update.
 */
export function drawSeries(
	dataset: ChartDataset<'line', ChartPoint[]>,
	points: ChartPoint[]
): void {
	seriesOfDataset.set(dataset, { points, decimator: new SeriesDecimator(DRAWN_POINTS) });
	dataset.data = [];
}

/**
 * Sets each dataset's drawn points before chart.js builds its elements (where chart.js's own
 * decimation plugin works, see its performance guide), for the x window the zoom plugin set, if
 * any. Unlike that plugin, which decimates the whole series on every update, a tick costs the new
 * samples only.
 */
const seriesPlugin: Plugin<'line'> = {
	id: 'series',
	beforeElementsUpdate(chart) {
		const x = chart.scales.x?.options as { min?: unknown; max?: unknown } | undefined;
		const min = typeof x?.min === 'number' ? x.min : -Infinity;
		const max = typeof x?.max === 'number' ? x.max : Infinity;
		for (const dataset of chart.data.datasets) {
			const series = seriesOfDataset.get(dataset);
			if (series) dataset.data = series.decimator.drawn(series.points, min, max);
		}
	}
};

/** A colour per series, stable by index; peers' own colours stay for the peers. */
export const SERIES_COLORS = [
	'#2563eb',
	'#dc2626',
	'#16a34a',
	'#9333ea',
	'#ea580c',
	'#0891b2',
	'#db2777',
	'#65a30d',
	'#4f46e5',
	'#b45309'
];

export type LineConfig = ChartConfiguration<'line', ChartPoint[]>;

/**
 * The stats charts' configuration, shared by StatsChart.svelte and the browser benchmark: no
 * animation, pre-parsed points on linear axes, no point dots (drawing thousands of circles per
 * tick cost more than the rest of the tick; a dot shows on hover), decimation, zoom and pan on
 * the time axis, markers and bands. No canvas legend: chart.js measured and drew it on every
 * update (a sixth of a tick) and it could not be reached with the keyboard; StatsChart shows the
 * series in an HTML legend (ChartLegend.svelte).
 */
export function lineConfig(options: {
	unit: string;
	onPoint?: (datasetIndex: number, point: ChartPoint) => void;
}): LineConfig {
	return {
		type: 'line',
		data: { datasets: [] },
		options: {
			animation: false,
			responsive: true,
			maintainAspectRatio: false,
			parsing: false,
			normalized: true,
			elements: { point: { radius: 0, hoverRadius: 4, hitRadius: 6 } },
			interaction: { mode: 'nearest', intersect: false, axis: 'x' },
			scales: {
				// A bounded number of ticks, never rotated: fitting the axes (measuring every
				// candidate label, trying rotations) was a quarter of each tick's update.
				x: {
					type: 'linear',
					title: { display: true, text: 's' },
					ticks: { maxRotation: 0, autoSkip: false, maxTicksLimit: 8 }
				},
				y: {
					type: 'linear',
					beginAtZero: true,
					title: { display: true, text: options.unit },
					ticks: { maxTicksLimit: 6 }
				}
			},
			plugins: {
				tooltip: { enabled: true },
				zoom: {
					zoom: { wheel: { enabled: true }, drag: { enabled: true }, mode: 'x' },
					pan: { enabled: true, mode: 'x', modifierKey: 'shift' }
				},
				markers: { items: [], show: true },
				bands: { items: [] }
			},
			onClick: (_event, elements, chart) => {
				const element = elements[0];
				if (!element || !options.onPoint) return;
				// `data` is what is drawn (decimated): its points are the series' own.
				const point = chart.data.datasets[element.datasetIndex]?.data[element.index] as
					ChartPoint | undefined;
				if (point) options.onPoint(element.datasetIndex, point);
			}
		}
	};
}
