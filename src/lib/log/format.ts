import type { LogEntry } from './eventLog';

/** Finds an SDP inside a payload (a description, or a signaling message carrying one). */
export function sdpOf(payload: unknown): string | null {
	if (!payload || typeof payload !== 'object') return null;
	const p = payload as { sdp?: unknown; description?: { sdp?: unknown } };
	if (typeof p.sdp === 'string') return p.sdp;
	if (typeof p.description?.sdp === 'string') return p.description.sdp;
	return null;
}

/** The payload as indented JSON, with a long SDP replaced by a note (it is shown on its own). */
export function payloadJson(payload: unknown): string {
	if (payload === undefined) return '';
	return JSON.stringify(
		payload,
		(key, value) =>
			key === 'sdp' && typeof value === 'string'
				? `(SDP, ${value.length} characters, below)`
				: value,
		2
	);
}

/** A one-line label for a timeline row: what happened, without the time and peer. */
export function entryLabel(entry: LogEntry): string {
	switch (entry.kind) {
		case 'call':
			return `${entry.name}() ${entry.status}${entry.error ? `: ${entry.error.name}` : ''}`;
		case 'event':
			return `on${entry.name}`;
		case 'signal':
			return `${entry.name} ${entry.stage} ${entry.from} → ${entry.to}`;
		case 'machine':
			return entry.name;
	}
}

export function formatMs(t: number): string {
	return t < 1000 ? `${t.toFixed(1)} ms` : `${(t / 1000).toFixed(3)} s`;
}
