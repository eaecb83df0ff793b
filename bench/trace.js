// @ts-check
/**
 * Reading a Chromium trace of one bench run (the JSON that `browser.stopTracing()` returns): pure
 * functions from trace events to where the page's main thread spent a window of time. Used by
 * bench/profile.js; kept apart so the rules that sort slices into kinds can be read in one place.
 *
 * Times in a trace are microseconds on one monotonic clock shared by every process, and the
 * User Timing marks of bench/instrument.js (`bench:click`, `bench:t0`, `bench:t1`) are on it too.
 */

/**
 * @typedef {object} TraceEvent
 * @property {string} name
 * @property {string} [cat]
 * @property {string} ph phase: X complete, B/E begin/end, I/R instant, P sample, M metadata, ...
 * @property {number} ts
 * @property {number} [dur]
 * @property {number} [tdur] thread (CPU) time of an X event
 * @property {number} pid
 * @property {number} tid
 * @property {string} [id]
 * @property {any} [args]
 */

/**
 * @typedef {object} Slice one synchronous piece of work on a thread, with what ran inside it
 * @property {string} name
 * @property {string} cat
 * @property {number} start
 * @property {number} end
 * @property {number | null} cpu thread time, when the trace has it
 * @property {any} args
 * @property {Slice[]} children
 */

/**
 * What the main thread was doing, by kind of work. `video` and `webrtc` are Chromium's own
 * trace categories (media playback, the native side of RTCPeerConnection); `other` is task
 * overhead and IPC that no finer slice explains.
 *
 * @typedef {'scripting' | 'style' | 'layout' | 'paint' | 'gc' | 'video' | 'webrtc' | 'other'} Kind
 */

/** @type {Kind[]} */
export const KINDS = ['scripting', 'style', 'layout', 'paint', 'gc', 'video', 'webrtc', 'other'];

/** @type {[RegExp, Kind][]} slice names, first match wins */
const KIND_BY_NAME = [
	[/^(MinorGC|MajorGC|V8\.GC|V8\.GCScavenger|BlinkGC|CppGC|ThreadState::)/, 'gc'],
	[
		/^(UpdateLayoutTree|RecalculateStyles|ParseAuthorStyleSheet|ScheduleStyleRecalculation)$/,
		'style'
	],
	[/^(Layout|IntersectionObserverController::computeIntersections)$/, 'layout'],
	[
		/^(PrePaint|Paint|PaintImage|Layerize|UpdateLayer|UpdateLayerTree|CompositeLayers|Commit|Decode Image|ScrollLayer)$/,
		'paint'
	],
	[
		/^(FunctionCall|EvaluateScript|TimerFire|FireAnimationFrame|FireIdleCallback|EventDispatch|RunMicrotasks|BlinkScheduler_PerformMicrotaskCheckpoint|ParseHTML|v8\.|V8\.)/,
		'scripting'
	]
];

/**
 * @param {Slice} slice
 * @param {Kind | null} parent the kind of the enclosing slice; unknown slices inside it inherit it
 * @returns {Kind}
 */
export function kindOf(slice, parent) {
	for (const [pattern, kind] of KIND_BY_NAME) if (pattern.test(slice.name)) return kind;
	const cats = slice.cat.split(',');
	if (cats.includes('media')) return 'video';
	if (cats.includes('webrtc')) return 'webrtc';
	return parent ?? 'other';
}

/**
 * The page under test: the renderer whose main thread recorded the bench marks.
 *
 * @param {TraceEvent[]} events
 */
export function findPage(events) {
	/** @type {Record<string, number>} */
	const marks = {};
	let pid = NaN;
	let tid = NaN;
	for (const event of events) {
		if (!event.name.startsWith('bench:') || !(event.cat ?? '').includes('blink.user_timing')) {
			continue;
		}
		marks[event.name.slice('bench:'.length)] = event.ts;
		pid = event.pid;
		tid = event.tid;
	}
	const { click, t0, t1 } = marks;
	if (click === undefined || t0 === undefined || t1 === undefined) {
		throw new Error('the trace has no bench:click, bench:t0 and bench:t1 marks');
	}
	return { pid, tid, marks: { click, t0, t1 } };
}

/**
 * "process / thread" names from the trace's metadata.
 *
 * @param {TraceEvent[]} events
 */
export function threadLabels(events) {
	/** @type {Map<number, string>} */
	const processes = new Map();
	/** @type {Map<string, string>} */
	const threads = new Map();
	for (const event of events) {
		if (event.ph !== 'M') continue;
		if (event.name === 'process_name') processes.set(event.pid, event.args?.name ?? '?');
		if (event.name === 'thread_name') threads.set(`${event.pid}:${event.tid}`, event.args?.name);
	}
	return (/** @type {number} */ pid, /** @type {number} */ tid) =>
		`${processes.get(pid) ?? pid} / ${threads.get(`${pid}:${tid}`) ?? tid}`;
}

/**
 * The slices of one thread as a forest: complete events and matched begin/end pairs, nested by
 * time.
 *
 * @param {TraceEvent[]} events
 * @param {number} pid
 * @param {number} tid
 * @returns {Slice[]}
 */
export function sliceTree(events, pid, tid) {
	/** @type {Slice[]} */
	const slices = [];
	/** @type {Map<string, TraceEvent[]>} */
	const open = new Map();
	for (const event of events) {
		if (event.pid !== pid || event.tid !== tid) continue;
		if (event.ph === 'X') {
			slices.push(sliceOf(event, event.ts + (event.dur ?? 0), event.tdur ?? null));
		} else if (event.ph === 'B') {
			open.set(event.name, [...(open.get(event.name) ?? []), event]);
		} else if (event.ph === 'E') {
			const begin = open.get(event.name)?.pop();
			if (begin) slices.push(sliceOf(begin, event.ts, null));
		}
	}
	slices.sort((a, b) => a.start - b.start || b.end - a.end);
	/** @type {Slice[]} */
	const roots = [];
	/** @type {Slice[]} */
	const stack = [];
	for (const slice of slices) {
		while ((stack.at(-1)?.end ?? Infinity) <= slice.start) stack.pop();
		const parent = stack[stack.length - 1];
		if (parent && slice.end <= parent.end) parent.children.push(slice);
		else {
			// overlaps its neighbour without nesting (rare, clock rounding): a root of its own
			stack.length = 0;
			roots.push(slice);
		}
		stack.push(slice);
	}
	return roots;
}

/**
 * @param {TraceEvent} event
 * @param {number} end
 * @param {number | null} cpu
 * @returns {Slice}
 */
function sliceOf(event, end, cpu) {
	return {
		name: event.name,
		cat: event.cat ?? '',
		start: event.ts,
		end,
		cpu,
		args: event.args,
		children: []
	};
}

/** @param {number} a @param {number} b @param {number} from @param {number} to */
const overlap = (a, b, from, to) => Math.max(0, Math.min(b, to) - Math.max(a, from));

/**
 * Where the thread's time in [from, to] went: each slice's own time (minus its children) by kind,
 * wall clock and CPU, the time no task ran, and counts of the slices that tell a story.
 *
 * @param {Slice[]} roots
 * @param {number} from
 * @param {number} to
 * @param {(frame: CallFrame) => string} [placeOf] names the script a FunctionCall slice ran
 */
export function attribute(roots, from, to, placeOf = defaultPlace) {
	const zero = () =>
		/** @type {Record<Kind, number>} */ (Object.fromEntries(KINDS.map((kind) => [kind, 0])));
	const wall = zero();
	const cpu = zero();
	/** @type {Record<string, number>} */
	const count = {};
	/** @type {Record<string, number>} wall time of named slices, whole (children included) */
	const total = {};
	const forced = { style: 0, layout: 0, styleMs: 0, layoutMs: 0 };
	/** @type {Record<string, number>} forced style and layout by the script that forced them, µs */
	const forcedBy = {};
	/** @type {Record<string, { count: number, wall: number }>} rAF callbacks by function */
	const frames = {};
	/** @type {{ start: number, wall: number, cpu: number, kinds: Record<string, number> }[]} */
	const longTasks = [];
	let busy = 0;

	/**
	 * @param {Slice} slice
	 * @param {Kind | null} parent
	 * @param {string | null} inScript the innermost script around this slice, as a place
	 * @param {Record<string, number>} into per-task tally
	 */
	const visit = (slice, parent, inScript, into) => {
		const kind = kindOf(slice, parent);
		const inside = overlap(slice.start, slice.end, from, to);
		if (inside <= 0) return;
		const own =
			inside - slice.children.reduce((sum, c) => sum + overlap(c.start, c.end, from, to), 0);
		wall[kind] += own;
		into[kind] = (into[kind] ?? 0) + own;
		if (slice.cpu !== null) {
			const childCpu = slice.children.reduce((sum, c) => sum + (c.cpu ?? 0), 0);
			const length = slice.end - slice.start;
			cpu[kind] += length > 0 ? Math.max(0, slice.cpu - childCpu) * (inside / length) : 0;
		}
		if (slice.start >= from && slice.start < to) {
			count[slice.name] = (count[slice.name] ?? 0) + 1;
			total[slice.name] = (total[slice.name] ?? 0) + inside;
			if (inScript !== null && (kind === 'style' || kind === 'layout')) {
				forced[kind] += 1;
				forced[kind === 'style' ? 'styleMs' : 'layoutMs'] += inside;
				forcedBy[inScript] = (forcedBy[inScript] ?? 0) + inside;
			}
			if (slice.name === 'FireAnimationFrame') {
				const place = placeOfCall(firstCall(slice), placeOf);
				const entry = (frames[place] ??= { count: 0, wall: 0 });
				entry.count += 1;
				entry.wall += inside;
			}
		}
		const script =
			slice.name === 'FunctionCall' ? placeOfCall(slice, placeOf) : (inScript ?? slice.name);
		for (const child of slice.children) {
			visit(child, kind, kind === 'scripting' ? script : inScript, into);
		}
	};
	for (const root of roots) {
		const inside = overlap(root.start, root.end, from, to);
		if (inside <= 0) continue;
		busy += inside;
		/** @type {Record<string, number>} */
		const kinds = {};
		visit(root, null, null, kinds);
		if (root.end - root.start >= LONG_TASK_US) {
			longTasks.push({
				start: root.start,
				wall: root.end - root.start,
				cpu: root.cpu ?? NaN,
				kinds
			});
		}
	}
	return {
		wall,
		cpu,
		busy,
		idle: to - from - busy,
		count,
		total,
		forced,
		forcedBy,
		frames,
		longTasks
	};
}

/**
 * The script a FunctionCall slice ran, named by `placeOf` (the slice has 1-based positions, a
 * CallFrame 0-based ones).
 *
 * @param {Slice | undefined} call
 * @param {(frame: CallFrame) => string} placeOf
 */
function placeOfCall(call, placeOf) {
	const data = call?.args?.data;
	if (!data) return '(no script)';
	return placeOf({
		functionName: data.functionName ?? '',
		url: data.url ?? '',
		scriptId: Number(data.scriptId ?? 0),
		lineNumber: (data.lineNumber ?? 1) - 1,
		columnNumber: (data.columnNumber ?? 1) - 1
	});
}

/** @param {CallFrame} frame */
function defaultPlace(frame) {
	const file = frame.url?.split('/').pop() || `script ${frame.scriptId ?? '?'}`;
	return `${frame.functionName || '(anonymous)'} ${file}:${(frame.lineNumber ?? 0) + 1}`;
}

/**
 * The first FunctionCall inside a slice, depth first: the callback an animation frame ran.
 *
 * @param {Slice} slice
 * @returns {Slice | undefined}
 */
function firstCall(slice) {
	for (const child of slice.children) {
		if (child.name === 'FunctionCall') return child;
		const inner = firstCall(child);
		if (inner) return inner;
	}
	return undefined;
}

/** The Long Tasks API's threshold (https://w3c.github.io/longtasks/#long-task). */
const LONG_TASK_US = 50_000;

/**
 * Busy time of every thread in [from, to]: the sum of its top-level tasks, wall and CPU.
 *
 * @param {TraceEvent[]} events
 * @param {number} from
 * @param {number} to
 */
export function threadLoad(events, from, to) {
	const label = threadLabels(events);
	/** @type {Map<string, { thread: string, wall: number, cpu: number }>} */
	const load = new Map();
	for (const event of events) {
		if (event.ph !== 'X' || !TOP_LEVEL_TASKS.has(event.name)) continue;
		const dur = event.dur ?? 0;
		const inside = overlap(event.ts, event.ts + dur, from, to);
		if (inside <= 0) continue;
		const key = `${event.pid}:${event.tid}`;
		const entry = load.get(key) ?? { thread: label(event.pid, event.tid), wall: 0, cpu: 0 };
		entry.wall += inside;
		entry.cpu += dur > 0 ? (event.tdur ?? 0) * (inside / dur) : 0;
		load.set(key, entry);
	}
	return [...load.values()].sort((a, b) => b.cpu - a.cpu);
}

/** The slices Chromium's task runners wrap every task in (category `toplevel`). */
const TOP_LEVEL_TASKS = new Set([
	'ThreadControllerImpl::RunTask',
	'ThreadPool_RunTask',
	'TaskGraphRunner::RunTask'
]);

/**
 * How long the page's timers waited between setTimeout and their callback, for those set in
 * [from, to] with the given delay (the loopback channel's hop is setTimeout(0)).
 *
 * @param {TraceEvent[]} events
 * @param {number} pid
 * @param {number} from
 * @param {number} to
 * @param {number} timeout
 */
export function timerLatencies(events, pid, from, to, timeout) {
	/** @type {Map<number, number>} */
	const installed = new Map();
	/** @type {number[]} */
	const latencies = [];
	for (const event of events) {
		if (event.pid !== pid) continue;
		const data = event.args?.data;
		if (event.name === 'TimerInstall' && data?.timeout === timeout && event.ts >= from) {
			if (event.ts < to) installed.set(data.timerId, event.ts);
		} else if (event.name === 'TimerFire' && installed.has(data?.timerId)) {
			latencies.push(event.ts - /** @type {number} */ (installed.get(data.timerId)));
			installed.delete(data.timerId);
		}
	}
	return latencies;
}

/**
 * @typedef {object} CallFrame
 * @property {string} functionName
 * @property {string} [url]
 * @property {number} [scriptId]
 * @property {number} [lineNumber] 0-based
 * @property {number} [columnNumber] 0-based
 * @property {string} [codeType]
 */

/**
 * The V8 CPU profile of one thread, from the trace's Profile and ProfileChunk events (category
 * disabled-by-default-v8.cpu_profiler): its call tree and its samples on the trace clock.
 *
 * @param {TraceEvent[]} events
 * @param {number} pid
 * @param {number} tid
 */
export function cpuProfile(events, pid, tid) {
	const profile = events.find((e) => e.name === 'Profile' && e.pid === pid && e.tid === tid);
	/** @type {Map<number, { callFrame: CallFrame, parent: number | null }>} */
	const nodes = new Map();
	/** @type {{ t: number, node: number }[]} */
	const samples = [];
	if (!profile) return { nodes, samples };
	let t = profile.args?.data?.startTime ?? profile.ts;
	for (const event of events) {
		if (event.name !== 'ProfileChunk' || event.pid !== pid || event.id !== profile.id) continue;
		const data = event.args?.data ?? {};
		for (const node of data.cpuProfile?.nodes ?? []) {
			nodes.set(node.id, { callFrame: node.callFrame, parent: node.parent ?? null });
		}
		const ids = data.cpuProfile?.samples ?? [];
		const deltas = data.timeDeltas ?? [];
		for (let i = 0; i < ids.length; i++) {
			t += deltas[i] ?? 0;
			samples.push({ t, node: ids[i] });
		}
	}
	samples.sort((a, b) => a.t - b.t);
	return { nodes, samples };
}

/** V8's names for samples that are not in JavaScript. */
const NOT_JS = new Set(['(root)', '(program)', '(idle)', '(garbage collector)']);

/**
 * Sampled time in [from, to] by module: `self` counts a sample for the module of its innermost
 * JavaScript frame, or, when the sample is in a native function the page called (a DOM method,
 * an RTCPeerConnection method), for `native ← <the caller's module>`; `inclusive` counts it for
 * every module on the stack. Frames of `transparent` modules (the bench probe, which wraps the
 * RTCPeerConnection methods) are skipped when looking for a native function's caller.
 *
 * @param {ReturnType<typeof cpuProfile>} profile
 * @param {number} from
 * @param {number} to
 * @param {(frame: CallFrame) => string} moduleOf
 * @param {(frame: CallFrame) => string} placeOf a function's name and source position, for the top list
 * @param {string[]} [transparent]
 */
export function attributeSamples(profile, from, to, moduleOf, placeOf, transparent = []) {
	/** @type {Record<string, number>} */
	const self = {};
	/** @type {Record<string, number>} */
	const inclusive = {};
	/** @type {Record<string, number>} */
	const functions = {};
	/** @type {Record<string, number>} */
	const native = {};
	const { nodes, samples } = profile;
	const add = (/** @type {Record<string, number>} */ into, /** @type {string} */ key, weight = 0) =>
		(into[key] = (into[key] ?? 0) + weight);
	for (let i = 0; i < samples.length; i++) {
		const sample = /** @type {{ t: number, node: number }} */ (samples[i]);
		const next = samples[i + 1]?.t ?? sample.t;
		const weight = overlap(sample.t, next, from, to);
		if (weight <= 0) continue;
		/** @type {CallFrame[]} */
		const stack = [];
		for (let id = /** @type {number | null} */ (sample.node); id !== null;) {
			const node = nodes.get(id);
			if (!node) break;
			stack.push(node.callFrame);
			id = node.parent;
		}
		const leaf = stack[0];
		if (!leaf || NOT_JS.has(leaf.functionName)) {
			add(self, leaf?.functionName ?? '(unknown)', weight);
			continue;
		}
		if (isJavaScript(leaf)) {
			const module = moduleOf(leaf);
			add(self, module, weight);
			add(functions, `${module} · ${placeOf(leaf)}`, weight);
		} else {
			const caller = stack.find((f) => isJavaScript(f) && !transparent.includes(moduleOf(f)));
			const module = caller ? moduleOf(caller) : '(none)';
			add(self, `native ← ${module}`, weight);
			add(native, `${leaf.functionName || '(anonymous)'} ← ${module}`, weight);
		}
		for (const name of new Set(stack.filter(isJavaScript).map(moduleOf)))
			add(inclusive, name, weight);
	}
	return { self, inclusive, functions, native };
}

/** @param {CallFrame} frame */
const isJavaScript = (frame) =>
	frame.codeType !== 'other' && (Boolean(frame.url) || (frame.scriptId ?? 0) !== 0);
