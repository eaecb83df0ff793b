/**
 * getStats() as plain data. A report is the W3C RTCStats dictionary (webrtc-stats §5): `id`,
 * `type`, `timestamp` and the members of its type. Values are copied as they come, so a browser's
 * extra or missing members never break anything downstream; readers check what they use.
 */
export interface StatsReport {
	id: string;
	type: string;
	timestamp: number;
	[member: string]: unknown;
}

/** One getStats() call on one peer connection: every report keyed by its id. */
export interface StatsSnapshot {
	/** performance.timeOrigin-based wall-clock milliseconds when the promise resolved */
	takenAt: number;
	reports: Record<string, StatsReport>;
}

/** The reports of one type, in the order the browser listed them. */
export function reportsOfType(snapshot: StatsSnapshot, type: string): StatsReport[] {
	return Object.values(snapshot.reports).filter((report) => report.type === type);
}
