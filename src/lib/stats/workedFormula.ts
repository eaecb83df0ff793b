import { MS_PER_S, type MetricDefinition } from './metricDefinitions';
import type { MetricPoint } from './metrics';

/** "Show the math": a derived value's formula with the raw samples put in. */

/**
 * A number as printed in "show the math": integers as they are, large values to the thousandth
 * (a timestamp keeps its microseconds), small ones to 6 significant digits.
 */
export function formatNumber(value: number): string {
	if (!Number.isFinite(value)) return String(value);
	if (Number.isInteger(value)) return String(value);
	// Large values (timestamps in ms, byte counters) keep every digit before the point.
	if (Math.abs(value) >= 1000) return String(Math.round(value * 1000) / 1000);
	return String(Number(value.toPrecision(6)));
}

/**
 * The formula with the two samples put in, e.g.
 * `8 × (26000 − 1000) / ((10500 − 10000) / 1000)`; null when there is no value.
 */
export function workedFormula(metric: MetricDefinition, point: MetricPoint): string | null {
	if (point.value === null) return null;
	const n = formatNumber;
	const scale = metric.scale === 1 ? '' : `${n(metric.scale)} × `;
	const [before, after] = point.samples;
	switch (metric.kind) {
		case 'value':
			return metric.scale === 1 ? n(after?.a ?? before!.a) : `${n(before!.a)} × ${n(metric.scale)}`;
		case 'rate':
			return `${scale}(${n(after!.a)} − ${n(before!.a)}) / ((${n(after!.timestamp)} − ${n(before!.timestamp)}) / ${MS_PER_S})`;
		case 'ratio':
			return `${scale}(${n(after!.a)} − ${n(before!.a)}) / (${n(after!.b!)} − ${n(before!.b!)})`;
		case 'lossRatio': {
			const lost = `(${n(after!.a)} − ${n(before!.a)})`;
			return `${scale}${lost} / (${lost} + (${n(after!.b!)} − ${n(before!.b!)}))`;
		}
		case 'text':
			return null;
	}
}
