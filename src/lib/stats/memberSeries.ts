/**
 * One member of one report over time, as the bounded stats history (history.ts) keeps it, in
 * one of two encodings that keep it small:
 * - numbers stay a single constant until the value first changes (ssrc, ids, frameWidth, ...);
 *   only then a Float64Array ring is allocated, backfilled with the constant;
 * - every other value (strings, booleans, objects) is stored as change points, so
 *   `qualityLimitationReason` costs one entry per change, not one per second.
 *
 * Samples are addressed by their absolute index within the report (0 = the first sample ever
 * seen); indices older than the owner's `capacity` samples are gone.
 */

/** What a series needs of the report that owns it (history.ts ReportHistory). */
export interface SeriesOwner {
	/** how many samples were ever added */
	readonly count: number;
	/** samples kept */
	readonly capacity: number;
	/** the oldest absolute index still kept */
	readonly oldestIndex: number;
}

/** Stale change points are dropped this many at a time (see MemberSeries.set). */
const TRIM_BATCH = 256;

/** The value a member had in one sample. Numbers stay numbers; NaN stands for "missing". */
export type SampleValue = unknown;

interface NumberStore {
	kind: 'number';
	/** the value of every sample so far, while `ring` is null */
	constant: number;
	ring: Float64Array | null;
}

interface ChangeStore {
	kind: 'change';
	/** absolute sample indices where the value changed, ascending, and the value from there on */
	at: number[];
	values: SampleValue[];
}

/**
 * A column that is not read yet (a webrtc-internals series is JSON text inside the dump's JSON):
 * `read()` gives its values, aligned from the end like the columns of `fromColumns`, the first
 * time a sample of it is asked for. A 2-hour dump opens without parsing the series nobody looks at.
 */
export interface LazyColumn {
	read(): ArrayLike<unknown>;
}

export function isLazy(column: ArrayLike<unknown> | LazyColumn): column is LazyColumn {
	return typeof (column as Partial<LazyColumn>).read === 'function';
}

/** One member of one report over time. */
export class MemberSeries {
	/** the samples, or null while the column is still to read (`#pending`) */
	#held: NumberStore | ChangeStore | null;
	#firstIndex: number;
	/** the column still to read (lazy series), then null */
	#pending: LazyColumn | null = null;

	constructor(
		readonly name: string,
		firstIndex: number,
		first: SampleValue,
		private readonly owner: SeriesOwner
	) {
		this.#firstIndex = firstIndex;
		this.#held =
			typeof first === 'number'
				? { kind: 'number', constant: first, ring: null }
				: { kind: 'change', at: [firstIndex], values: [first] };
	}

	/**
	 * A series read from `column` when first used. Only for a report whose sample count is already
	 * final (an import, `fromColumns`): the column is aligned to it from the end.
	 */
	static lazy(name: string, owner: SeriesOwner, column: LazyColumn): MemberSeries {
		const series = new MemberSeries(name, 0, undefined, owner);
		series.#held = null;
		series.#pending = column;
		return series;
	}

	/** The column not read yet, or null once it has been (the transfer moves it as it is). */
	get pending(): LazyColumn | null {
		return this.#pending;
	}

	/** the absolute index of this series' first sample (a member can appear late) */
	get firstIndex(): number {
		if (this.#held === null) this.#load();
		return this.#firstIndex;
	}

	/**
	 * Reads the pending column into the store (a lazy series' first use) and returns the store.
	 * Methods read `this.#held ?? this.#load()`, not a private getter: set() runs for every member
	 * of every sample and get() for every chart point, and Node 20's V8 does not inline a private
	 * getter (about 3 ns more per call, some 2,000 calls per live tick of a 16-transceiver call).
	 */
	#load(): NumberStore | ChangeStore {
		const column = this.#pending!;
		this.#pending = null;
		const length = this.owner.count;
		const values = column.read();
		const aligned =
			values.length > length ? Array.prototype.slice.call(values, values.length - length) : values;
		const read = MemberSeries.fromColumn(this.name, this.owner, length - aligned.length, aligned);
		this.#firstIndex = read.#firstIndex;
		return (this.#held = read.#held!);
	}

	/**
	 * A whole column at once (an imported dump or session): `values[k]` is the value at absolute
	 * sample `offset + k`. One pass, no per-sample bookkeeping: numbers go straight into the ring
	 * (or stay one constant), everything else into change points.
	 */
	static fromColumn(
		name: string,
		owner: SeriesOwner,
		offset: number,
		column: ArrayLike<unknown>
	): MemberSeries {
		// A member that appeared late (recorded as leading nulls) starts where it appeared.
		let lead = 0;
		const missing = (v: unknown) =>
			v === null || v === undefined || (typeof v === 'number' && Number.isNaN(v));
		while (lead < column.length - 1 && missing(column[lead])) lead++;
		const values = lead > 0 ? Array.prototype.slice.call(column, lead) : column;
		offset += lead;
		const series = new MemberSeries(name, offset, values[0], owner);
		const n = values.length;
		let numeric = true;
		let constant = true;
		const first = values[0];
		for (let k = 0; k < n; k++) {
			const v = values[k];
			if (typeof v !== 'number' && v !== undefined && v !== null) {
				numeric = false;
				break;
			}
			if (constant && !Object.is(v, first)) constant = false;
		}
		if (numeric && typeof first === 'number') {
			if (constant) return series;
			const ring = new Float64Array(owner.capacity);
			const capacity = owner.capacity;
			for (let k = 0; k < n; k++) {
				const v = values[k];
				ring[(offset + k) % capacity] = typeof v === 'number' ? v : NaN;
			}
			series.#held = { kind: 'number', constant: first, ring };
			return series;
		}
		const at: number[] = [];
		const kept: SampleValue[] = [];
		for (let k = 0; k < n; k++) {
			const v = values[k] === null ? undefined : values[k];
			if (at.length === 0 || !sameValue(kept[kept.length - 1], v)) {
				at.push(offset + k);
				kept.push(v);
			}
		}
		series.#held = { kind: 'change', at, values: kept };
		return series;
	}

	get numeric(): boolean {
		return (this.#held ?? this.#load()).kind === 'number';
	}

	/** Records the value for sample `index` (the owner calls this once per sample, in order). */
	set(index: number, value: SampleValue): void {
		const store = this.#held ?? this.#load();
		if (store.kind === 'number') {
			const number = typeof value === 'number' ? value : NaN;
			if (typeof value !== 'number' && value !== undefined) {
				// A member that was numeric and now is not (never seen in Chrome or Firefox, but a
				// dump or another client may do it): keep it as change points from here on.
				this.#toChanges(index);
				this.set(index, value);
				return;
			}
			if (store.ring === null) {
				if (Object.is(number, store.constant)) return;
				store.ring = new Float64Array(this.owner.capacity);
				const from = Math.max(this.#firstIndex, index - this.owner.capacity + 1);
				for (let i = from; i < index; i++) store.ring[i % this.owner.capacity] = store.constant;
			}
			store.ring[index % this.owner.capacity] = number;
			return;
		}
		const last = store.values[store.values.length - 1];
		if (sameValue(last, value)) return;
		store.at.push(index);
		store.values.push(value);
		// Drop change points that no kept sample refers to any more, TRIM_BATCH at a time: a member
		// that changes every sample (qualityLimitationDurations) would otherwise shift its whole
		// array on every sample once the history is full (get() and runs() skip the stale ones).
		const oldest = this.owner.oldestIndex;
		if (store.at.length < TRIM_BATCH || store.at[TRIM_BATCH]! > oldest) return;
		let drop = 0;
		while (drop + 1 < store.at.length && store.at[drop + 1]! <= oldest) drop++;
		if (drop > 0) {
			store.at.splice(0, drop);
			store.values.splice(0, drop);
		}
	}

	/** The value at absolute sample `index`, or undefined when it is outside what is kept. */
	get(index: number): SampleValue {
		const store = this.#held ?? this.#load();
		if (index < this.#firstIndex || index < this.owner.oldestIndex || index >= this.owner.count)
			return undefined;
		if (store.kind === 'number') {
			const value = store.ring ? store.ring[index % this.owner.capacity]! : store.constant;
			return Number.isNaN(value) ? undefined : value;
		}
		// Binary search for the last change at or before index.
		let lo = 0;
		let hi = store.at.length - 1;
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if (store.at[mid]! <= index) lo = mid;
			else hi = mid - 1;
		}
		return store.at[lo]! <= index ? store.values[lo] : undefined;
	}

	/** A number at `index`, or NaN (missing, or not a number). */
	number(index: number): number {
		const value = this.get(index);
		return typeof value === 'number' ? value : NaN;
	}

	/**
	 * The kept samples where the value changed, oldest first, each with the value from there on
	 * (the first kept sample always starts a run). Cheap for text members: one entry per change.
	 */
	runs(): { index: number; value: SampleValue }[] {
		const store = this.#held ?? this.#load();
		const from = Math.max(this.#firstIndex, this.owner.oldestIndex);
		const runs: { index: number; value: SampleValue }[] = [];
		if (store.kind === 'change') {
			for (let k = 0; k < store.at.length; k++) {
				const next = store.at[k + 1] ?? Infinity;
				if (next <= from) continue;
				runs.push({ index: Math.max(store.at[k]!, from), value: store.values[k] });
			}
			return runs;
		}
		for (let i = from; i < this.owner.count; i++) {
			const value = this.get(i);
			if (runs.length === 0 || !sameValue(runs[runs.length - 1]!.value, value))
				runs.push({ index: i, value });
		}
		return runs;
	}

	/** Bytes held by this series (typed arrays and change points), for the memory benchmark. */
	get byteSize(): number {
		const store = this.#held;
		if (store === null) return 0;
		if (store.kind === 'number') return store.ring ? store.ring.byteLength : 8;
		return store.at.length * 16;
	}

	#toChanges(index: number): void {
		const at: number[] = [];
		const values: SampleValue[] = [];
		for (let i = Math.max(this.#firstIndex, this.owner.oldestIndex); i < index; i++) {
			const v = this.get(i);
			if (at.length === 0 || !sameValue(values[values.length - 1], v)) {
				at.push(i);
				values.push(v);
			}
		}
		this.#held = { kind: 'change', at, values };
	}
}

function sameValue(a: SampleValue, b: SampleValue): boolean {
	if (Object.is(a, b)) return true;
	if (typeof a === 'object' && typeof b === 'object' && a !== null && b !== null)
		return JSON.stringify(a) === JSON.stringify(b);
	return false;
}
