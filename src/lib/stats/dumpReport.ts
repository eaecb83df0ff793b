// One report's series read into a ReportHistory: lazy text with real times, or made-up legacy times.
import { ReportHistory } from './history';
import type { StatsReport } from '$lib/vocabulary';
import { SeriesText, lastElements } from './dumpSeries';
import type { ImportProblem } from './importErrors';
import { SeriesBytes } from './seriesBytes';

/** Chrome's internals page polls getStats once a second (used when a dump has no timestamps). */
export const LEGACY_SAMPLE_SPACING_MS = 1000;

const NUMBER = /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i;

function numericString(value: unknown): unknown {
	return typeof value === 'string' && NUMBER.test(value) ? Number(value) : value;
}

/**
 * The report as it was `back` samples from the end (1 = the last), members aligned from the end:
 * `valueAt(member, back)` gives a member's value there.
 */
function reportAt(
	id: string,
	type: string,
	times: readonly number[],
	members: readonly string[],
	valueAt: (index: number, back: number) => unknown,
	back: number
): StatsReport {
	// Null-prototype: member names come from the file (a `__proto__` member stays data).
	const report: Record<string, unknown> = Object.create(null);
	members.forEach((member, index) => {
		const value = valueAt(index, back);
		if (value !== undefined && value !== null) report[member] = value;
	});
	return { ...report, id, type, timestamp: times[times.length - back]! };
}

interface SeriesRaw {
	member: string;
	values: unknown[];
}

/** A series' values, parsed now; null (and a problem) when they are not a JSON array. */
function parseSeries(
	entry: Record<string, unknown>,
	where: string,
	problems: ImportProblem[]
): unknown[] | null {
	let values: unknown;
	try {
		const raw = entry.values;
		values =
			typeof raw === 'string'
				? JSON.parse(raw)
				: raw instanceof SeriesBytes
					? JSON.parse(raw.text())
					: raw;
	} catch (error) {
		problems.push({
			code: 'malformedValues',
			where,
			detail: error instanceof Error ? error.message : String(error)
		});
		return null;
	}
	if (Array.isArray(values)) return values;
	problems.push({ code: 'malformedValues', where, detail: typeof values });
	return null;
}

/** Sample times that can be used as they are: an array of numbers. */
function usableTimes(values: unknown[] | null): values is number[] {
	return values !== null && values.every((t) => typeof t === 'number');
}

/**
 * One report of a connection from its series. With a usable timestamp series (every recent dump)
 * the other series stay text (SeriesText) until first used, and only their last two values are
 * read now; without one (older dumps) or when a series is longer than the timestamps, every
 * series is parsed now and the times are made up as before.
 */
export function readReport(
	key: string,
	id: string,
	keys: { member: string; key: string }[],
	rawStats: Record<string, unknown>,
	problems: ImportProblem[]
): { history: ReportHistory; legacy: boolean } | null {
	let legacy = false;
	let type = 'unknown';
	let start = NaN;
	let end = NaN;
	for (const { key: statsKey } of keys) {
		const entry = rawStats[statsKey] as Record<string, unknown>;
		if (type === 'unknown' && typeof entry.statsType === 'string') type = entry.statsType;
		if (Number.isNaN(start)) start = Date.parse(String(entry.startTime));
		if (Number.isNaN(end)) end = Date.parse(String(entry.endTime));
	}
	const timeKey = keys.find((k) => k.member === 'timestamp');
	let rawTimes: unknown[] | null = null;
	if (timeKey) {
		rawTimes = parseSeries(
			rawStats[timeKey.key] as Record<string, unknown>,
			`${key} ${timeKey.key}`,
			problems
		);
		delete rawStats[timeKey.key];
	}
	const lazyTimes = usableTimes(rawTimes) && rawTimes.length > 0 ? rawTimes : null;
	const series: SeriesRaw[] = [];
	const lazy: { member: string; text: SeriesText; tail: unknown[] }[] = [];
	for (const { member, key: statsKey } of keys) {
		if (member === 'timestamp') continue;
		const entry = rawStats[statsKey] as Record<string, unknown>;
		const where = `${key} ${statsKey}`;
		const text = entry.values;
		if (
			lazyTimes &&
			((typeof text === 'string' && /^\s*\[/.test(text)) || text instanceof SeriesBytes)
		) {
			const tail = typeof text === 'string' ? lastElements(text, 2) : text.tail(2);
			if (tail) {
				lazy.push({ member, text: new SeriesText(text, where, problems), tail });
				// The text lives on in the SeriesText; the dump's own object lets go of it.
				delete rawStats[statsKey];
				continue;
			}
		}
		const values = parseSeries(entry, where, problems);
		// The text is parsed now: let it go (this object came from JSON.parse of the file).
		delete rawStats[statsKey];
		if (values) series.push({ member, values });
	}
	// A loop, not Math.max(...spread): a report with ~100k members would overflow the stack.
	let length = rawTimes?.length ?? 0;
	for (const s of series) length = Math.max(length, s.values.length);
	if (lazyTimes && length === lazyTimes.length) {
		const members = [...series.map((s) => s.member), ...lazy.map((l) => l.member)];
		const valueAt = (index: number, back: number) => {
			const values =
				index < series.length ? series[index]!.values : lazy[index - series.length]!.tail;
			return values[values.length - back];
		};
		const history = ReportHistory.fromColumns(id, type, lazyTimes, [
			...series.map((s) => [s.member, s.values] as [string, unknown[]]),
			...lazy.map((l) => [l.member, l.text] as [string, SeriesText])
		]);
		history.latest = reportAt(id, type, lazyTimes, members, valueAt, 1);
		if (length > 1) history.previous = reportAt(id, type, lazyTimes, members, valueAt, 2);
		return { history, legacy };
	}
	// Made-up times: every series is needed as values now.
	for (const l of lazy) series.push({ member: l.member, values: l.text.read() });
	for (const s of series) length = Math.max(length, s.values.length);
	if (length === 0) return null;
	let times: number[];
	if (usableTimes(rawTimes) && rawTimes.length === length) {
		times = rawTimes;
	} else {
		if (rawTimes) problems.push({ code: 'badTimestamps', where: `${key} ${id}` });
		else {
			legacy = true;
			// Legacy (goog*) stats wrote every number as a string: chart them as numbers.
			for (const s of series) s.values = s.values.map(numericString);
		}
		// No usable timestamps: 1 s apart, the last one at endTime (or startTime onwards).
		const last = Number.isFinite(end)
			? end
			: (Number.isFinite(start) ? start : 0) + (length - 1) * LEGACY_SAMPLE_SPACING_MS;
		times = Array.from({ length }, (_, i) => last - (length - 1 - i) * LEGACY_SAMPLE_SPACING_MS);
	}
	const history = ReportHistory.fromColumns(
		id,
		type,
		times,
		series.map((s) => [s.member, s.values] as [string, unknown[]])
	);
	const members = series.map((s) => s.member);
	const valueAt = (index: number, back: number) => {
		const values = series[index]!.values;
		return values[values.length - back];
	};
	history.latest = reportAt(id, type, times, members, valueAt, 1);
	if (length > 1) history.previous = reportAt(id, type, times, members, valueAt, 2);
	return { history, legacy };
}
