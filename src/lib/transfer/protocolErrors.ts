import type { ProtocolError } from './framing';

/**
 * The protocol errors a page shows. A misbehaving peer can send the same bad frame thousands of
 * times (every 16 KiB chunk of a file nobody announced): identical errors are counted on one
 * line, and only the latest MAX_PROTOCOL_ERRORS different ones are kept.
 */
export const MAX_PROTOCOL_ERRORS = 5;

export interface ProtocolErrorEntry {
	/** a local, increasing key (never from the peer) */
	id: number;
	error: ProtocolError;
	count: number;
}

const sameError = (a: ProtocolError, b: ProtocolError) =>
	a.code === b.code && JSON.stringify(a.params) === JSON.stringify(b.params);

/** The list with `error` added: counted on its line if already there, else appended. */
export function addProtocolError(
	entries: readonly ProtocolErrorEntry[],
	error: ProtocolError,
	id: number,
	max = MAX_PROTOCOL_ERRORS
): ProtocolErrorEntry[] {
	const same = entries.findIndex((entry) => sameError(entry.error, error));
	if (same >= 0) {
		return entries.map((entry, i) => (i === same ? { ...entry, count: entry.count + 1 } : entry));
	}
	return [...entries, { id, error, count: 1 }].slice(-max);
}
