import { readDump, type ImportedDump } from './dump';
import { gunzipBytes } from './gunzip';
import { ImportError, isGzip, jsonError, MAX_IMPORT_BYTES } from './importErrors';
import { isSessionRecord, readSession, type ImportedSession } from './record';
import { describeJson, readRtcstatsText, RtcstatsReader } from './rtcstats/reader';

export type Imported = ImportedDump | ImportedSession;

export interface ImportOptions {
	limit?: number;
	/** gives the page a frame between chunks of work (the default waits for a macrotask) */
	yieldToPage?: () => Promise<void>;
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Checks the size of a file before any of it is read: a file over the limit is refused at once,
 * so the page never spends seconds on it.
 */
export function checkSize(size: number, limit = MAX_IMPORT_BYTES): void {
	if (size === 0) throw new ImportError('empty');
	if (size > limit)
		throw new ImportError('tooLarge', {
			sizeMb: Math.round(size / 1048576),
			limitMb: Math.round(limit / 1048576)
		});
}

/**
 * Reads a file the user gave: a webrtc-internals dump (gzip, as Chrome saves it by default, or
 * plain JSON) or a Peerscope session export. Every failure is an ImportError with a code the page
 * turns into a message.
 */
export async function importBytes(
	bytes: Uint8Array,
	options: ImportOptions = {}
): Promise<Imported> {
	const limit = options.limit ?? MAX_IMPORT_BYTES;
	const yieldToPage = options.yieldToPage ?? nextTask;
	checkSize(bytes.length, limit);
	const raw = isGzip(bytes) ? await gunzipBytes(bytes, limit, yieldToPage) : bytes;
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(raw);
	} catch {
		throw new ImportError('notText');
	}
	return importText(text, { ...options, yieldToPage });
}

/**
 * JSON lines (one JSON value per line) that are not rtcstats lines: a known format would have
 * been recognised, so say what the first line holds.
 */
function jsonLinesError(text: string): ImportError | null {
	const lines = text.trim().split('\n', 3);
	if (lines.length < 2) return null;
	try {
		const first = JSON.parse(lines[0]!);
		JSON.parse(lines[1]!);
		return new ImportError('notRtcstats', { found: describeJson(first), line: 1 });
	} catch {
		return null;
	}
}

export async function importText(text: string, options: ImportOptions = {}): Promise<Imported> {
	if (text.trim() === '') throw new ImportError('empty');
	// A BOM is not JSON; editors on Windows add one when a dump is saved again.
	const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	// An rtcstats dump is lines of JSON, not one JSON value (rtcstats/reader.ts).
	// A single line starting with `[` is one JSON array (not a dump), not a file of lines.
	const start = body.trimStart();
	if (RtcstatsReader.sniff(start.slice(0, 16)) && (start[0] !== '[' || /\n\s*\S/.test(start)))
		return readRtcstatsText(body);
	let parsed: unknown;
	try {
		parsed = JSON.parse(body);
	} catch (error) {
		throw jsonLinesError(body) ?? jsonError(body, error);
	}
	await (options.yieldToPage ?? nextTask)();
	if (isSessionRecord(parsed)) return readSession(parsed);
	return readDump(parsed, options.yieldToPage ?? nextTask);
}
