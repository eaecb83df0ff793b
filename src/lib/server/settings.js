// @ts-check
/**
 * What the app's WebSocket servers (signaling, the class hub) share in their settings: each
 * option its value or its default, the structured log line they write, the housekeeping periods
 * both use, and running that housekeeping on timers.
 */

/** Long enough for a proxy that drops silent connections after 60 s to keep ours open. */
export const HEARTBEAT_MS = 30_000;
/** How often rooms and classes are checked for expiry: their lives are counted in minutes. */
export const SWEEP_MS = 60_000;

/**
 * Every setting with its value: the option's where it is given, the default's where it is not
 * (undefined or null, as `??` reads it). Options that are not settings are left out.
 * @template {Record<string, unknown>} D
 * @param {{ [K in keyof D]?: D[K] | null }} options
 * @param {D} defaults
 * @returns {D}
 */
export function withDefaults(options, defaults) {
	const settings = { ...defaults };
	for (const key of /** @type {(keyof D)[]} */ (Object.keys(defaults))) {
		const value = options[key];
		if (value !== undefined && value !== null) settings[key] = value;
	}
	return settings;
}

/**
 * The default log: one JSON line on stdout per event, with its time and `fields` (which server).
 * @param {Record<string, unknown>} [fields]
 * @returns {(line: Record<string, unknown>) => void}
 */
export function jsonLines(fields = {}) {
	return (line) => console.log(JSON.stringify({ t: new Date().toISOString(), ...fields, ...line }));
}

/**
 * Runs each task every so many milliseconds (0: never, the caller runs it itself, as the tests
 * do), without keeping the process alive for it.
 * @param {[task: () => unknown, everyMs: number][]} tasks
 * @returns {() => void} stops them all
 */
export function repeat(tasks) {
	const timers = tasks
		.filter(([, everyMs]) => everyMs !== 0)
		.map(([task, everyMs]) => setInterval(task, everyMs).unref());
	return () => {
		for (const timer of timers) clearInterval(timer);
	};
}
