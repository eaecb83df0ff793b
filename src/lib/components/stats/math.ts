import type { ReportHistory } from '$lib/stats/history';
import type { MetricDefinition } from '$lib/stats/metricDefinitions';

/** A point someone asked to explain: which metric, which report, which absolute sample. */
export interface MathPick {
	metric: MetricDefinition;
	report: ReportHistory;
	index: number;
}
