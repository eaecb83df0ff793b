import type { StatsReport, StatsSnapshot } from '$lib/vocabulary';
import {
	isLazy,
	MemberSeries,
	type LazyColumn,
	type SampleValue,
	type SeriesOwner
} from './memberSeries';

export { MemberSeries, type LazyColumn, type SampleValue } from './memberSeries';

/**
 * Bounded stats history: for every report id, the sample times and one series per member, kept in
 * rings that hold `capacity` samples (by default two hours at one sample a second). Memory is
 * allocated when a series first needs it and never grows after that, so a long session's
 * footprint is flat once every report has appeared. How one member is encoded (a constant, a
 * Float64Array ring, change points, or a column not read yet) is memberSeries.ts.
 */

/** Two hours at one sample a second: the default polling interval (1 s) gives at least this. */
export const DEFAULT_CAPACITY = 2 * 60 * 60;

/** Every sample of one report id: its times and its members. */
export class ReportHistory implements SeriesOwner {
	/** how many samples were ever added */
	count = 0;
	readonly members = new Map<string, MemberSeries>();
	readonly #times: Float64Array;
	/** the report as it was in the last sample, and the one before (the explorer diffs them) */
	latest: StatsReport | null = null;
	previous: StatsReport | null = null;

	constructor(
		readonly id: string,
		readonly type: string,
		readonly capacity: number,
		/** the sample times' ring, when the caller has one of `capacity` (it is kept, not copied) */
		times?: Float64Array
	) {
		this.#times = times?.length === capacity ? times : new Float64Array(capacity);
	}

	/**
	 * A report from columns (an import): `times` gives every sample's time (a Float64Array is
	 * kept as the report's own, not copied); each member's values are aligned from the end (a
	 * member that appeared late has fewer). Sized to fit exactly.
	 */
	static fromColumns(
		id: string,
		type: string,
		times: ArrayLike<number>,
		members: Iterable<[string, ArrayLike<unknown> | LazyColumn]>
	): ReportHistory {
		const length = times.length;
		const own = times instanceof Float64Array && length > 0 ? times : undefined;
		const report = new ReportHistory(id, type, Math.max(1, length), own);
		// TypedArray.set copies an array of numbers in one builtin call, not one access per time
		if (!own) report.#times.set(times);
		report.count = length;
		for (const [name, values] of members) {
			if (name === 'id' || name === 'timestamp' || name === 'type') continue;
			if (isLazy(values)) {
				report.members.set(name, MemberSeries.lazy(name, report, values));
				continue;
			}
			if (values.length === 0) continue;
			const column =
				values.length > length
					? Array.prototype.slice.call(values, values.length - length)
					: values;
			report.members.set(
				name,
				MemberSeries.fromColumn(name, report, length - column.length, column)
			);
		}
		return report;
	}

	/** The oldest absolute index still kept. */
	get oldestIndex(): number {
		return Math.max(0, this.count - this.capacity);
	}

	/** The kept sample times, oldest first, in a new array. */
	keptTimes(): Float64Array<ArrayBuffer> {
		const from = this.oldestIndex;
		const out = new Float64Array(this.count - from);
		const start = from % this.capacity;
		const first = this.#times.subarray(start, start + out.length);
		out.set(first);
		if (first.length < out.length)
			out.set(this.#times.subarray(0, out.length - first.length), first.length);
		return out;
	}

	/** Sample time in milliseconds (the report's own `timestamp`, or the dump's). */
	time(index: number): number {
		if (index < this.oldestIndex || index >= this.count) return NaN;
		return this.#times[index % this.capacity]!;
	}

	/** Adds one sample: its time and the value of every member (missing members get nothing). */
	add(time: number, values: Record<string, SampleValue>): number {
		const index = this.count;
		this.#times[index % this.capacity] = time;
		this.count++;
		let present = 0;
		for (const name in values) {
			if (name === 'id' || name === 'timestamp' || name === 'type') continue;
			present++;
			const value = values[name];
			const series = this.members.get(name);
			if (series) series.set(index, value);
			else this.members.set(name, new MemberSeries(name, index, value, this));
		}
		// A member that is absent from this sample is missing there, not still at its old value.
		// Every name above is a distinct member, so when they are as many as the members (a report
		// keeps its members from one getStats() to the next) none is absent and the second pass,
		// a lookup per member on every sample, is skipped.
		if (present === this.members.size) return index;
		for (const series of this.members.values()) {
			if (!(series.name in values)) series.set(index, undefined);
		}
		return index;
	}

	member(name: string): MemberSeries | undefined {
		return this.members.get(name);
	}

	get byteSize(): number {
		let bytes = this.#times.byteLength;
		for (const series of this.members.values()) bytes += series.byteSize;
		return bytes;
	}
}

/** The stats history of one peer connection. */
export class StatsHistory {
	readonly reports = new Map<string, ReportHistory>();
	/** how many getStats() results were added */
	ticks = 0;

	constructor(readonly capacity = DEFAULT_CAPACITY) {}

	/** Adds one getStats() result; returns the ids of the reports it held. */
	addSnapshot(snapshot: StatsSnapshot): string[] {
		this.ticks++;
		const ids: string[] = [];
		for (const report of Object.values(snapshot.reports)) {
			let history = this.reports.get(report.id);
			if (!history) {
				history = new ReportHistory(report.id, report.type, this.capacity);
				this.reports.set(report.id, history);
			}
			history.previous = history.latest;
			history.latest = report;
			history.add(
				typeof report.timestamp === 'number' ? report.timestamp : snapshot.takenAt,
				report
			);
			ids.push(report.id);
		}
		return ids;
	}

	report(id: string): ReportHistory | undefined {
		return this.reports.get(id);
	}

	ofType(type: string): ReportHistory[] {
		return [...this.reports.values()].filter((r) => r.type === type);
	}

	get byteSize(): number {
		let bytes = 0;
		for (const report of this.reports.values()) bytes += report.byteSize;
		return bytes;
	}
}
