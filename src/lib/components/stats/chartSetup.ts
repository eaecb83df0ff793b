import type { Chart, ChartConfiguration, Plugin } from 'chart.js';
import type { Band, Marker } from '$lib/stats/chartModel';

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
			chartjs.Legend,
			chartjs.Tooltip,
			zoom,
			markerPlugin,
			bandPlugin
		);
		return chartjs.Chart;
	})();
	return loading;
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

export type LineConfig = ChartConfiguration<'line', { x: number; y: number | null; i: number }[]>;
