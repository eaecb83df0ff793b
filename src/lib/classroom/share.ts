import type { LogEntry } from '$lib/log/eventLog';
import { maskRecord, SESSION_FORMAT, SESSION_VERSION } from '$lib/stats/record';
import { MAX_CLASS_PAYLOAD_BYTES, MAX_ENTRIES_PER_PUBLISH } from './protocol.js';

/**
 * What the teacher's page publishes, worked out as pure functions (tested in Node).
 *
 * Masking is the session export's own (maskRecord): every SDP, candidate, address, ICE ufrag,
 * fingerprint, certificate and TURN credential, with one mapping for the whole log, so a
 * candidate's raddr still matches its host candidate. The log is masked whole each time it grows:
 * the mapping numbers values in the order it meets them, so the entries already sent keep their
 * masks and only the new ones are published.
 */
export function maskLog(log: readonly LogEntry[]): LogEntry[] {
	return maskRecord({
		format: SESSION_FORMAT,
		version: SESSION_VERSION,
		createdAt: '',
		masked: false,
		userAgent: '',
		startedAt: 0,
		pollIntervalMs: 0,
		log: [...log],
		stats: {}
	}).log;
}

/**
 * Room left in a publish frame for its envelope (`{"type":"publish","masked":true,"entries":[]}`)
 * and the commas between entries.
 */
const ENVELOPE_BYTES = 256;

/**
 * Splits entries into publish batches that each fit the hub's frame limit. An entry that does not
 * fit a frame on its own (an SDP of more than 250 KB cannot be signaled anyway) is left out and
 * returned in `tooBig`, so the class goes on without it.
 */
export function batchEntries(
	entries: readonly LogEntry[],
	maxBytes = MAX_CLASS_PAYLOAD_BYTES
): { batches: LogEntry[][]; tooBig: LogEntry[] } {
	const encoder = new TextEncoder();
	const batches: LogEntry[][] = [];
	const tooBig: LogEntry[] = [];
	let batch: LogEntry[] = [];
	let bytes = ENVELOPE_BYTES;
	for (const entry of entries) {
		const size = encoder.encode(JSON.stringify(entry)).length + 1;
		if (size + ENVELOPE_BYTES > maxBytes) {
			tooBig.push(entry);
			continue;
		}
		if (batch.length > 0 && (bytes + size > maxBytes || batch.length >= MAX_ENTRIES_PER_PUBLISH)) {
			batches.push(batch);
			batch = [];
			bytes = ENVELOPE_BYTES;
		}
		batch.push(entry);
		bytes += size;
	}
	if (batch.length > 0) batches.push(batch);
	return { batches, tooBig };
}
