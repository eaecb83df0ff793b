import type { ReportHistory } from '../history';
import { metricById } from '../metricDefinitions';
import { metricAt } from '../metrics';

/** One metric of one report over its kept samples: time (ms since origin) and value. */
export interface MetricSample {
	t: number;
	value: number;
}

export function metricSeries(
	report: ReportHistory,
	metricId: string,
	originMs: number
): MetricSample[] {
	const metric = metricById(metricId);
	if (!metric) return [];
	const out: MetricSample[] = [];
	for (let i = report.oldestIndex; i < report.count; i++) {
		const point = metricAt(report, metric, i);
		if (point.value !== null && Number.isFinite(point.value))
			out.push({ t: report.time(i) - originMs, value: point.value });
	}
	return out;
}

/** Stretches where the value stays above `limit` for at least `minMs`. */
export function sustainedAbove(
	samples: readonly MetricSample[],
	limit: number,
	minMs: number
): { from: number; to: number; peak: number }[] {
	const runs: { from: number; to: number; peak: number }[] = [];
	let start: MetricSample | null = null;
	let peak = -Infinity;
	let last: MetricSample | null = null;
	const close = () => {
		if (start && last && last.t - start.t >= minMs) runs.push({ from: start.t, to: last.t, peak });
		start = null;
		peak = -Infinity;
	};
	for (const sample of samples) {
		if (sample.value > limit) {
			start ??= sample;
			peak = Math.max(peak, sample.value);
			last = sample;
		} else close();
	}
	close();
	return runs;
}

/** A member's runs (non-numeric members: qualityLimitationReason, selectedCandidatePairId). */
export function memberRuns(
	report: ReportHistory,
	name: string,
	originMs: number
): { t: number; value: unknown; index: number }[] {
	const series = report.member(name);
	if (!series) return [];
	return series
		.runs()
		.filter((run) => run.index >= report.oldestIndex && run.value !== undefined)
		.map((run) => ({ t: report.time(run.index) - originMs, value: run.value, index: run.index }));
}

/** A numeric member's first and last kept value. */
export function firstLast(report: ReportHistory, name: string): [number, number] | null {
	const series = report.member(name);
	if (!series) return null;
	let first = NaN;
	let last = NaN;
	for (let i = report.oldestIndex; i < report.count; i++) {
		const v = series.number(i);
		if (!Number.isFinite(v)) continue;
		if (Number.isNaN(first)) first = v;
		last = v;
	}
	return Number.isFinite(first) ? [first, last] : null;
}

export const seconds = (ms: number) => Math.round(ms / 100) / 10;

/** A value to one decimal, as findings print shares, peaks and durations. */
export const tenths = (value: number) => Math.round(value * 10) / 10;
