import type { ReportHistory } from './history';
import { MS_PER_S, type MetricDefinition } from './metricDefinitions';

/**
 * A derived metric's value at one sample of a report, computed from the raw getStats() members
 * its definition names (metricDefinitions.ts): with the samples it came from for "show the math",
 * or the bare value for the charts.
 */

/** Whether a metric applies to a report (its type and, for audio- or video-only ones, its kind). */
export function metricApplies(metric: MetricDefinition, report: ReportHistory): boolean {
	if (metric.reportType !== report.type) return false;
	if (!metric.mediaKind) return true;
	const kind = report.latest?.kind ?? report.member('kind')?.get(report.count - 1);
	return kind === undefined || kind === metric.mediaKind;
}

/** One raw sample a derived value was computed from. */
export interface RawSample {
	index: number;
	/** the report's timestamp, ms */
	timestamp: number;
	a: number;
	b?: number;
}

/** A derived value and everything needed to show how it was computed. */
export interface MetricPoint {
	value: number | null;
	text?: string;
	/** the earlier and the later sample (one sample for gauges) */
	samples: RawSample[];
	/** why no value: the first sample, a counter that went backwards, Δt = 0, missing members */
	gap?: 'first' | 'reset' | 'noTime' | 'missing' | 'zeroDenominator';
}

function sample(report: ReportHistory, metric: MetricDefinition, index: number): RawSample {
	const s: RawSample = {
		index,
		timestamp: report.time(index),
		a: report.member(metric.a)?.number(index) ?? NaN
	};
	if (metric.b) s.b = report.member(metric.b)?.number(index) ?? NaN;
	return s;
}

/**
 * The metric's value at sample `index` of `report`, with the samples it came from. Rates use the
 * previous kept sample; a counter that goes backwards (a restarted stream) gives a gap, not a
 * negative rate.
 */
export function metricAt(
	report: ReportHistory,
	metric: MetricDefinition,
	index: number
): MetricPoint {
	if (metric.kind === 'text') {
		const value = report.member(metric.a)?.get(index);
		return {
			value: null,
			text: typeof value === 'string' ? value : undefined,
			samples: [],
			gap: typeof value === 'string' ? undefined : 'missing'
		};
	}
	const current = sample(report, metric, index);
	if (metric.kind === 'value') {
		if (!Number.isFinite(current.a)) return { value: null, samples: [current], gap: 'missing' };
		return { value: current.a * metric.scale, samples: [current] };
	}
	if (index - 1 < report.oldestIndex) return { value: null, samples: [current], gap: 'first' };
	const before = sample(report, metric, index - 1);
	const samples = [before, current];
	const da = current.a - before.a;
	if (!Number.isFinite(da)) return { value: null, samples, gap: 'missing' };
	if (da < 0) return { value: null, samples, gap: 'reset' };
	if (metric.kind === 'rate') {
		const dt = (current.timestamp - before.timestamp) / MS_PER_S;
		if (!(dt > 0)) return { value: null, samples, gap: 'noTime' };
		return { value: (metric.scale * da) / dt, samples };
	}
	const db = (current.b ?? NaN) - (before.b ?? NaN);
	if (!Number.isFinite(db)) return { value: null, samples, gap: 'missing' };
	if (db < 0) return { value: null, samples, gap: 'reset' };
	if (metric.kind === 'ratio') {
		if (db === 0) return { value: null, samples, gap: 'zeroDenominator' };
		return { value: (metric.scale * da) / db, samples };
	}
	// lossRatio: nothing expected in the interval is 0 % lost, not a gap.
	const expected = da + db;
	return { value: expected === 0 ? 0 : (metric.scale * da) / expected, samples };
}

/**
 * The value `metricAt` gives at sample `index`, without the samples it came from: what a chart
 * draws, thousands of times per series, so nothing is allocated per point.
 */
export function metricValueAt(
	report: ReportHistory,
	metric: MetricDefinition,
	index: number
): number | null {
	if (metric.kind === 'text') return null;
	const a = report.member(metric.a);
	const current = a ? a.number(index) : NaN;
	if (metric.kind === 'value') return Number.isFinite(current) ? current * metric.scale : null;
	if (index - 1 < report.oldestIndex) return null;
	const da = current - (a ? a.number(index - 1) : NaN);
	if (!Number.isFinite(da) || da < 0) return null;
	if (metric.kind === 'rate') {
		const dt = (report.time(index) - report.time(index - 1)) / MS_PER_S;
		return dt > 0 ? (metric.scale * da) / dt : null;
	}
	const b = metric.b ? report.member(metric.b) : undefined;
	const db = b ? b.number(index) - b.number(index - 1) : NaN;
	if (!Number.isFinite(db) || db < 0) return null;
	if (metric.kind === 'ratio') return db === 0 ? null : (metric.scale * da) / db;
	const expected = da + db;
	return expected === 0 ? 0 : (metric.scale * da) / expected;
}
