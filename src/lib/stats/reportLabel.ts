import type { ReportHistory } from './history';

/** A short label for a report in a legend: `video out 0 (ssrc 1234)`. */
export function reportLabel(report: ReportHistory): string {
	const latest: Record<string, unknown> = report.latest ?? {};
	const kind = typeof latest.kind === 'string' ? latest.kind : '';
	const mid = latest.mid ?? latest.trackIdentifier;
	const ssrc = latest.ssrc;
	const parts = [kind, report.type];
	if (mid !== undefined && mid !== null && mid !== '') parts.push(`mid ${String(mid)}`);
	if (ssrc !== undefined) parts.push(`ssrc ${String(ssrc)}`);
	if (parts.length === 2 && !kind) parts.push(report.id);
	return parts.filter(Boolean).join(' · ');
}
