// The rtcstats file formats: their generations, the magic line, and how a line is described.
import type { StatsShape } from './expand';

/**
 * Reads an rtcstats dump one line at a time, so a file of any size is read with memory bounded by
 * what is kept (stats rings of `capacity` samples per member, at most `maxEvents` log entries per
 * connection), never by the file. The generations:
 *
 * - **rtcstats dump** (rtcstats/rtcstats `docs/file-format.md`, file format 3, and Chrome's own
 *   "rtcstats dump" download in webrtc-internals): the line `RTCStatsDump`, a JSON object of
 *   metadata (at least `fileFormat`), then one JSON array per line:
 *   `[method, peerConnectionId | null, payload, ...extra, timeDelta]`. The last item is the time
 *   in ms since the previous line (the first line's is the UNIX epoch time).
 * - **protocol 3 lines** (rtcstats.js v3 and Jitsi's rtcstats-server records): no magic line;
 *   `[method, peerConnectionId | null, payload, epochMs, ...]`, Jitsi's first line being
 *   `connectionInfo` (a JSON string with the user agent and `clientProtocol`).
 *
 * Methods may be numeric codes (tables.ts); getStats payloads are full reports or deltas
 * (expand.ts); descriptions may be section-compressed.
 */
export type RtcstatsGeneration = 'rtcstats-dump' | 'protocol-3';

export interface RtcstatsInfo {
	generation: RtcstatsGeneration;
	/** `fileFormat` from the metadata line, null for protocol 3 lines */
	fileFormat: number | null;
	/** `clientProtocol` of a Jitsi record, e.g. `3.1_STANDARD` */
	clientProtocol: string | null;
	/** how the getStats results were written (the first one's shape) */
	statsShape: StatsShape | null;
	lines: number;
	/** samples kept per report member (older ones are dropped from the start) */
	capacity: number;
	/** getStats results read, over all connections */
	statsResults: number;
	/** whether some connection had more results than `capacity`, so its first ones are gone */
	trimmed: boolean;
}

/** The magic first line of an rtcstats dump (file-format.md, "File header"). */
export const RTCSTATS_MAGIC = 'RTCStatsDump';

/** Update-log entries kept per connection: a long call's candidates and state changes fit. */
export const MAX_EVENTS = 20_000;

export function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** What a line that is not an rtcstats line looks like, for the error message. */
export function describeJson(value: unknown): string {
	if (Array.isArray(value))
		return `[${value
			.slice(0, 3)
			.map((v) =>
				v === null ? 'null' : typeof v === 'string' ? JSON.stringify(v.slice(0, 30)) : typeof v
			)
			.join(', ')}${value.length > 3 ? ', …' : ''}]`;
	if (isRecord(value)) return `{${Object.keys(value).slice(0, 5).join(', ')}}`;
	return value === null ? 'null' : typeof value;
}

export function chromeVersionOf(brands: unknown): number | null {
	if (!Array.isArray(brands)) return null;
	for (const brand of brands) {
		if (isRecord(brand) && /^(Chromium|Google Chrome)$/.test(String(brand.brand))) {
			const v = Number.parseInt(String(brand.version), 10);
			if (Number.isFinite(v)) return v;
		}
	}
	return null;
}
