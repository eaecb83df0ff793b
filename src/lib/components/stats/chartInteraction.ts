import type uPlot from 'uplot';
import type { ChartPoint } from '$lib/stats/chartModel';
import {
	closestPoint,
	nearestIndex,
	panWindow,
	zoomWindow,
	type XRange
} from '$lib/stats/chartView';
import type { ChartFeeder } from './chartFeeder';

/** One wheel step zooms in to this share of the window (and out by its inverse). */
const WHEEL_ZOOM = 0.8;
/** A drag narrower than this (CSS pixels) is a click, not a window to zoom to. */
const MIN_SELECTION_PX = 5;

/** A series' value at the hovered time, for the tooltip. */
export interface HoverRow {
	n: number;
	x: number;
	y: number;
}

/** What the pointer is over: where (CSS pixels in the plot) and each shown series' nearest sample. */
export interface Hover {
	left: number;
	top: number;
	/** the plot's offset in the chart, CSS pixels */
	plotLeft: number;
	plotTop: number;
	plotWidth: number;
	/** the time under the pointer, seconds */
	x: number;
	rows: HoverRow[];
}

type Column = [number[], (number | null)[]];

function columnOf(u: uPlot, n: number): Column | null {
	return (u.data[n + 1] as unknown as Column | null | undefined) ?? null;
}

/**
 * The chart's mouse interactions, as uPlot hooks and wrapped handlers: wheel and drag zoom the
 * time axis, Shift + drag pans, a double click or "Reset zoom" shows all the data again, a click
 * picks the sample nearest to the pointer ("show the math"), hovering reports each series' value
 * at that time (the tooltip). The window itself is the feeder's (zoomTo), so a tick keeps it.
 */
export function chartInteraction(options: {
	feeder: () => ChartFeeder | null;
	onpick: (n: number, point: ChartPoint) => void;
	onhover: (hover: Hover | null) => void;
}): { hooks: uPlot.Hooks.Arrays; bind: uPlot.Cursor.Bind } {
	const { feeder } = options;
	const cssRatio = () => window.devicePixelRatio || 1;

	function window_(u: uPlot): XRange | null {
		const extent = feeder()?.extent ?? null;
		if (!extent) return null;
		const min = u.scales.x?.min;
		const max = u.scales.x?.max;
		return feeder()?.zoom ?? (min != null && max != null ? { min, max } : extent);
	}

	function pick(u: uPlot, left: number, top: number): void {
		const fed = feeder();
		if (!fed) return;
		const x = u.posToVal(left, 'x');
		const found = fed.refs.map((_ref, n) => {
			const column = columnOf(u, n);
			if (!column || !u.series[n + 1]?.show) return null;
			const index = nearestIndex(column[0], x);
			const y = index === null ? null : column[1][index];
			if (index === null || y === null || y === undefined) return null;
			return { x: u.valToPos(column[0][index]!, 'x'), y: u.valToPos(y, 'y'), index };
		});
		const best = closestPoint(found, { x: left, y: top });
		if (best === null) return;
		const point = fed.pointAt(best, found[best]!.index);
		if (point) options.onpick(best, point);
	}

	function hover(u: uPlot): void {
		const left = u.cursor.left ?? -1;
		const fed = feeder();
		if (left < 0 || !fed) {
			options.onhover(null);
			return;
		}
		const rows: HoverRow[] = [];
		const idxs = u.cursor.idxs ?? [];
		fed.refs.forEach((_ref, n) => {
			const index = idxs[n + 1];
			const column = columnOf(u, n);
			if (index == null || !column || !u.series[n + 1]?.show) return;
			const y = column[1][index];
			if (y !== null && y !== undefined) rows.push({ n, x: column[0][index]!, y });
		});
		const ratio = cssRatio();
		options.onhover({
			left,
			top: u.cursor.top ?? 0,
			plotLeft: u.bbox.left / ratio,
			plotTop: u.bbox.top / ratio,
			plotWidth: u.bbox.width / ratio,
			x: u.posToVal(left, 'x'),
			rows
		});
	}

	function onWheel(u: uPlot, event: WheelEvent): void {
		const fed = feeder();
		const extent = fed?.extent;
		const current = window_(u);
		if (!fed || !extent || !current || event.deltaY === 0) return;
		event.preventDefault();
		const anchor = u.posToVal(event.offsetX, 'x');
		const factor = event.deltaY < 0 ? WHEEL_ZOOM : 1 / WHEEL_ZOOM;
		fed.zoomTo(zoomWindow(current, anchor, factor, extent));
	}

	/** Shift + drag: the window follows the pointer (only a zoomed chart has somewhere to go). */
	function startPan(u: uPlot, down: MouseEvent): void {
		const fed = feeder();
		const start = fed?.zoom;
		const extent = fed?.extent;
		if (!fed || !start || !extent) return;
		down.preventDefault();
		const perPx = (start.max - start.min) / Math.max(1, u.bbox.width / cssRatio());
		const move = (event: MouseEvent) => {
			const delta = -(event.clientX - down.clientX) * perPx;
			fed.zoomTo(panWindow(start, delta, extent));
		};
		const up = () => {
			window.removeEventListener('mousemove', move);
			window.removeEventListener('mouseup', up);
		};
		window.addEventListener('mousemove', move);
		window.addEventListener('mouseup', up);
	}

	return {
		hooks: {
			ready: [
				(u) => {
					u.over.addEventListener('wheel', (event) => onWheel(u, event), { passive: false });
					// uPlot stops the click that ends a drag, so this is a click on a point
					u.over.addEventListener('click', (event) => pick(u, event.offsetX, event.offsetY));
				}
			],
			setCursor: [hover],
			setSelect: [
				(u) => {
					const { left, width } = u.select;
					if (width >= MIN_SELECTION_PX)
						feeder()?.zoomTo({ min: u.posToVal(left, 'x'), max: u.posToVal(left + width, 'x') });
					u.setSelect({ left: 0, top: 0, width: 0, height: 0 }, false);
				}
			]
		},
		bind: {
			mousedown: (u, _target, handler) => (event) => {
				if (event.button !== 0) return null;
				if (event.shiftKey) startPan(u, event);
				else handler(event);
				return null;
			},
			dblclick: () => () => {
				feeder()?.zoomTo(null);
				return null;
			}
		}
	};
}
