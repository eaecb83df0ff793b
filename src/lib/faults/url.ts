/**
 * The `?fault=` query parameter of the walkthrough (`/walkthrough?fault=glare`), so a teacher can
 * link straight to one fault. Bad input never stops the walkthrough: it runs without a fault and
 * the page says why, naming what was asked for (shortened, rendered as text) and what exists.
 */
import type { FaultsMessageKey } from '$lib/i18n/faults/en';
import { FAULT_IDS, isFaultId, type FaultId } from './catalogue';

export const FAULT_PARAM = 'fault';

/** A name from an address is shown back to the reader at most this long (it is untrusted text). */
export const MAX_SHOWN_NAME = 60;

export interface FaultParamProblem {
	key: Extract<FaultsMessageKey, 'fault.unknown' | 'fault.several' | 'fault.empty'>;
	params: Record<string, string | number>;
	/** the known fault the name most likely meant, when one is close */
	suggestion: FaultId | null;
}

export type FaultChoice =
	{ fault: FaultId | null; problem: null } | { fault: null; problem: FaultParamProblem };

/** Reads the fault of an address: none, one known fault, or a problem to show. */
export function parseFaultParam(search: URLSearchParams): FaultChoice {
	const values = search.getAll(FAULT_PARAM);
	if (values.length === 0) return { fault: null, problem: null };
	if (values.length > 1) {
		return {
			fault: null,
			problem: { key: 'fault.several', params: { count: values.length }, suggestion: null }
		};
	}
	const raw = values[0]!;
	const name = raw.trim();
	if (name === '') {
		return { fault: null, problem: { key: 'fault.empty', params: {}, suggestion: null } };
	}
	if (isFaultId(name)) return { fault: name, problem: null };
	// A different case or underscores is still clearly the same fault: take it.
	const normalised = normaliseName(name);
	if (isFaultId(normalised)) return { fault: normalised, problem: null };
	return {
		fault: null,
		problem: {
			key: 'fault.unknown',
			params: { name: shorten(name), known: FAULT_IDS.join(', ') },
			suggestion: closestFault(normalised)
		}
	};
}

/** The address of the walkthrough with this fault (or none), keeping its other parameters. */
export function faultSearch(search: URLSearchParams, fault: FaultId | null): string {
	return searchWith(search, FAULT_PARAM, fault);
}

/** The query of an address with `param` set to `value` (or removed when null), others kept. */
export function searchWith(search: URLSearchParams, param: string, value: string | null): string {
	const next = new URLSearchParams(search);
	if (value) next.set(param, value);
	else next.delete(param);
	const text = next.toString();
	return text ? `?${text}` : '';
}

/** A different case, underscores or spaces still name the same thing: `Glare_Fault` → `glare-fault`. */
export function normaliseName(name: string): string {
	return name.toLowerCase().replace(/[_\s]+/g, '-');
}

/** A name from an address, cut to MAX_SHOWN_NAME characters for showing back. */
export function shorten(name: string): string {
	const chars = [...name];
	return chars.length > MAX_SHOWN_NAME ? `${chars.slice(0, MAX_SHOWN_NAME).join('')}…` : name;
}

/** Suggestions are made only this close (edits per name): further off, a guess would mislead. */
export const MAX_SUGGESTION_DISTANCE = 3;

/** The known fault nearest to a misspelt name (Levenshtein distance), if it is near enough. */
export function closestFault(name: string): FaultId | null {
	let best: FaultId | null = null;
	let bestDistance = Infinity;
	for (const id of FAULT_IDS) {
		const distance = editDistance(name, id);
		if (distance < bestDistance) {
			best = id;
			bestDistance = distance;
		}
	}
	return bestDistance <= MAX_SUGGESTION_DISTANCE ? best : null;
}

/** Single-character edits between two names (Levenshtein), Infinity past MAX_SUGGESTION_DISTANCE. */
export function editDistance(a: string, b: string): number {
	if (Math.abs(a.length - b.length) > MAX_SUGGESTION_DISTANCE) return Infinity;
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const row = [i];
		for (let j = 1; j <= b.length; j++) {
			row[j] = Math.min(
				previous[j]! + 1,
				row[j - 1]! + 1,
				previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)
			);
		}
		previous = row;
	}
	return previous[b.length]!;
}
