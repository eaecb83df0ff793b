import type uPlot from 'uplot';
import type { Band, Marker } from '$lib/stats/chartModel';
import { bandSpans, markerLines, nearestIndex, yRange } from '$lib/stats/chartView';
import type { CreateChart } from './chartFeeder';

/**
 * The stats charts draw with uPlot, loaded in the browser only, on first use (it measures the
 * page's pixel ratio when it loads, and the server never draws a chart).
 *
 * Why uPlot: a live tick feeds a dozen charts of a hundred series; chart.js resolved every
 * option of every series and laid out its axes on each update (about 1.7 ms a chart, more than a
 * frame for the charts in view, issue 15). uPlot draws from columns of numbers with fixed
 * options. Its "faceted" mode (mode 2) gives each series its own x column: series of different
 * reports are sampled at different times, and aligning them on one x would draw every sample of
 * every series at every other series' times.
 */
let loading: Promise<typeof uPlot> | null = null;

export function loadChart(): Promise<typeof uPlot> {
	loading ??= import('uplot').then((module) => module.default);
	return loading;
}

/**
 * Charts are created one per task, those on screen first: a page that opens with two dozen charts
 * (a recording, two peers) draws the first one at once and keeps responding while the others
 * follow, instead of building all of them in one long task. Resolves when it is `element`'s turn:
 * the turn is given once uPlot has loaded, so charts that waited for it still get one task each.
 */
const waiting: { element: Element; start: () => void }[] = [];
let pumping = false;

export function chartTurn(element: Element): Promise<void> {
	return new Promise((start) => {
		waiting.push({ element, start });
		if (!pumping) {
			pumping = true;
			void loadChart().then(
				() => setTimeout(pump, 0),
				// StatsChart reports a failed load; the queue still gives every chart its turn
				() => setTimeout(pump, 0)
			);
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

/** What a chart draws over and under its series, updated by its feeder on every tick. */
export interface Overlay {
	markers: readonly Marker[];
	showMarkers: boolean;
	bands: readonly Band[];
}

const MARKER_COLOR = 'rgba(100, 116, 139, 0.8)';
const BAND_COLOR = 'rgba(234, 179, 8, 0.18)';
/** Marker labels closer than this (CSS pixels) to the previous label are left out. */
const MARKER_LABEL_GAP = 60;
const FONT = '11px system-ui, sans-serif';
const AXIS_COLOR = '#475569';
const GRID = { stroke: 'rgba(0, 0, 0, 0.07)', width: 1 };

/** Shaded spans while the encoder reports a quality limitation, under the series. */
function drawBands(u: uPlot, bands: readonly Band[]): void {
	if (bands.length === 0) return;
	const { ctx, bbox } = u;
	const spans = bandSpans(
		bands,
		(x) => u.valToPos(x, 'x', true),
		bbox.left,
		bbox.left + bbox.width
	);
	ctx.save();
	ctx.fillStyle = BAND_COLOR;
	for (const span of spans) ctx.fillRect(span.from, bbox.top, span.to - span.from, bbox.height);
	ctx.restore();
}

/** Vertical lines at event times (setRemoteDescription, connectionstatechange, setParameters…). */
function drawMarkers(u: uPlot, markers: readonly Marker[]): void {
	if (markers.length === 0) return;
	const { ctx, bbox } = u;
	// the canvas' pixels per CSS pixel, as uPlot sizes its canvas
	const ratio = window.devicePixelRatio || 1;
	const lines = markerLines(
		markers,
		(x) => u.valToPos(x, 'x', true),
		bbox.left,
		bbox.left + bbox.width,
		MARKER_LABEL_GAP * ratio
	);
	ctx.save();
	ctx.strokeStyle = MARKER_COLOR;
	ctx.fillStyle = MARKER_COLOR;
	ctx.lineWidth = ratio;
	ctx.setLineDash([4 * ratio, 3 * ratio]);
	ctx.font = `${Math.round(10 * ratio)}px system-ui, sans-serif`;
	// uPlot leaves the alignment of its last axis label; a marker's label runs down from the top
	ctx.textAlign = 'left';
	ctx.textBaseline = 'bottom';
	for (const line of lines) {
		const px = Math.round(line.px) + 0.5;
		ctx.beginPath();
		ctx.moveTo(px, bbox.top);
		ctx.lineTo(px, bbox.top + bbox.height);
		ctx.stroke();
		if (line.label === null) continue;
		ctx.save();
		ctx.translate(px + 2 * ratio, bbox.top + 2 * ratio);
		ctx.rotate(Math.PI / 2);
		ctx.fillText(line.label.slice(0, 40), 0, 0);
		ctx.restore();
	}
	ctx.restore();
}

/** A series as the chart draws it: one line, no dots (a dot shows under the pointer). */
export function seriesOptions(color: string): uPlot.Series {
	return {
		stroke: color,
		width: 1.5,
		spanGaps: false,
		points: { show: false }
	};
}

/**
 * The index of the sample nearest to the pointer in a series of a faceted chart: uPlot's own
 * search aligns all series on one x, which faceted data does not have.
 */
function hoveredIndex(u: uPlot, seriesIndex: number): number | null {
	const left = u.cursor.left ?? -1;
	if (left < 0 || !u.series[seriesIndex]?.show) return null;
	const column = (u.data[seriesIndex] as unknown as [number[], unknown[]] | null)?.[0];
	if (!column) return null;
	return nearestIndex(column, u.posToVal(left, 'x'));
}

export interface LineOptions {
	width: number;
	height: number;
	/** the y axis' title: the unit */
	unit: string;
	/** the x axis' title */
	xLabel: string;
	/** the y axis' numbers, e.g. 1.2M */
	formatValue: (value: number) => string;
	overlay: Overlay;
	/** extra hooks: the chart's interactions (StatsChart.svelte), none in the benchmark */
	hooks?: uPlot.Hooks.Arrays;
	/** mouse handlers wrapped before uPlot binds them (StatsChart: Shift + drag pans) */
	bind?: uPlot.Cursor.Bind;
}

/**
 * The stats charts' options, shared by StatsChart.svelte (through ChartFeeder) and the browser
 * benchmark: faceted series, x in seconds since the origin, y from zero, markers and bands drawn
 * by hooks, a dot per series under the pointer, a drag selects a window (StatsChart zooms to it).
 * No canvas legend: StatsChart shows the series in an HTML legend (ChartLegend.svelte).
 */
export function lineOptions(options: LineOptions): uPlot.Options {
	const { overlay } = options;
	const hooks = options.hooks ?? {};
	return {
		mode: 2,
		width: options.width,
		height: options.height,
		pxAlign: 0,
		legend: { show: false },
		scales: {
			x: {
				time: false,
				auto: true,
				range: (_u, min, max) =>
					min === null || max === null ? [0, 1] : min === max ? [min - 1, max + 1] : [min, max]
			},
			y: { auto: true, range: (_u, min, max) => yRange(min, max) }
		},
		axes: [
			{
				scale: 'x',
				label: options.xLabel,
				labelSize: 18,
				labelFont: FONT,
				font: FONT,
				size: 28,
				space: 60,
				stroke: AXIS_COLOR,
				grid: GRID,
				ticks: { show: false }
			},
			{
				scale: 'y',
				label: options.unit,
				labelSize: 18,
				labelFont: FONT,
				font: FONT,
				size: 48,
				space: 24,
				stroke: AXIS_COLOR,
				grid: GRID,
				ticks: { show: false },
				values: (_u, splits) => splits.map((value) => options.formatValue(value))
			}
		],
		series: [{}],
		cursor: {
			y: false,
			dataIdx: (u, seriesIndex) => hoveredIndex(u, seriesIndex),
			drag: { x: true, y: false, setScale: false },
			focus: { prox: -1 },
			...(options.bind ? { bind: options.bind } : {})
		},
		hooks: {
			...hooks,
			drawClear: [(u) => drawBands(u, overlay.bands), ...(hooks.drawClear ?? [])],
			draw: [
				(u) => {
					if (overlay.showMarkers) drawMarkers(u, overlay.markers);
				},
				...(hooks.draw ?? [])
			]
		}
	};
}

/**
 * How a feeder makes its chart: uPlot in `element`, at the element's size, with the series and
 * data the feeder has at that moment (StatsChart.svelte and the browser benchmark).
 */
export function chartIn(
	UPlot: typeof uPlot,
	element: HTMLElement,
	options: Omit<LineOptions, 'width' | 'height' | 'overlay'>
): CreateChart {
	return (data, series, overlay) =>
		new UPlot(
			{
				...lineOptions({
					...options,
					width: element.clientWidth,
					height: element.clientHeight,
					overlay
				}),
				series
			},
			data,
			element
		);
}

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

/**
 * Above this many points a series is decimated before it is drawn, to at most this many (at least
 * about half: bucket widths are powers of two, decimate.ts): a 2-hour series has 7,200 points and
 * a chart is a few hundred pixels wide.
 */
export const DRAWN_POINTS = 200;
