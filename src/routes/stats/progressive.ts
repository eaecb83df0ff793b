import { loadChart } from '$lib/components/stats/chartSetup';

/**
 * Resolves once the recording's first chart has been drawn: uPlot is loaded (the importer
 * loads it ahead, prepareCharts), a frame has been rendered, and a task has passed.
 * Charts are created one per task, in tasks queued when they mount (chartSetup.ts chartTurn), so
 * the first of them runs before the task queued here. What waits for this (the diagnosis, which
 * reads many series, the timeline, the second peer's charts, the import worker's check) then
 * does not delay the first chart. Never rejects.
 */
export async function afterFirstChart(): Promise<void> {
	// uPlot that fails to load is StatsChart's to report: the rest of the page goes on
	await loadChart().catch(() => {});
	await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
	await nextTask();
}

/** Resolves in a later task: the page gets to draw and to answer input in between. */
export function nextTask(): Promise<void> {
	return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Makes ready what the first chart needs besides the file, while the user picks one: uPlot
 * (loaded on first use otherwise), and the number formatting its axis labels use (the page's
 * first Intl.NumberFormat loads the locale's data: tens of milliseconds inside the first chart).
 */
export function prepareCharts(): void {
	loadChart().catch(() => {
		// StatsChart says so when it needs it
	});
	new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 }).format(0);
}
