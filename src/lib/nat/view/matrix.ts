/**
 * The matrix view: NAT A × NAT B for each server set, each cell the outcome of the newest run of
 * that scenario this page knows (a live run of this visit wins over a recorded one), or empty
 * when none was run: an empty cell stays empty, nothing is filled in from the model.
 */
import { NETWORKS, SERVER_SETS } from '$lib/nat/types.js';
import {
	scenarioId,
	type NatOutcome,
	type NetworkName,
	type RecordedEntry,
	type ServerSet
} from './run';

export type RunSource = 'live' | 'recorded';

export interface MatrixRun {
	a: NetworkName;
	b: NetworkName;
	servers: ServerSet;
	outcome: NatOutcome;
	predicted?: NatOutcome;
	msToConnected: number | null;
	startedAt?: string;
	browser?: string;
	source: RunSource;
	/** how the page opens it: the index of a live run, or a recorded file name */
	ref: string;
}

export interface MatrixCell {
	a: NetworkName;
	b: NetworkName;
	servers: ServerSet;
	run: MatrixRun | null;
}

export interface MatrixTable {
	servers: ServerSet;
	rows: { a: NetworkName; cells: MatrixCell[] }[];
}

function newer(x: MatrixRun, y: MatrixRun): boolean {
	if (x.source !== y.source) return x.source === 'live';
	return (x.startedAt ?? '') > (y.startedAt ?? '');
}

export function buildMatrix(runs: readonly MatrixRun[]): MatrixTable[] {
	const best = new Map<string, MatrixRun>();
	for (const run of runs) {
		const id = scenarioId(run);
		const current = best.get(id);
		if (!current || newer(run, current)) best.set(id, run);
	}
	return SERVER_SETS.map((servers) => ({
		servers,
		rows: NETWORKS.map((a) => ({
			a,
			cells: NETWORKS.map((b) => ({
				a,
				b,
				servers,
				run: best.get(scenarioId({ a, b, servers })) ?? null
			}))
		}))
	}));
}

export function recordedToMatrixRun(entry: RecordedEntry): MatrixRun | null {
	if (!entry.outcome) return null;
	return {
		a: entry.a,
		b: entry.b,
		servers: entry.servers,
		outcome: entry.outcome,
		predicted: entry.predicted,
		msToConnected: entry.msToConnected ?? null,
		startedAt: entry.startedAt,
		browser: entry.browser,
		source: 'recorded',
		ref: entry.file
	};
}

/** Every fixed scenario, in matrix order (what "run the whole matrix" walks through). */
export function allScenarios(): { a: NetworkName; b: NetworkName; servers: ServerSet }[] {
	return SERVER_SETS.flatMap((servers) =>
		NETWORKS.flatMap((a) => NETWORKS.map((b) => ({ a, b, servers })))
	);
}
