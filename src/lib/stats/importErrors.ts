/**
 * What can be wrong with a file given to the importer. Each code has a catalog message
 * (`stats.error.<code>`, en + ko) that says what is wrong and what to do; `params` fill it.
 */
export type ImportErrorCode =
	| 'empty'
	| 'tooLarge'
	| 'gzipCorrupt'
	| 'notText'
	| 'notJson'
	| 'truncatedJson'
	| 'notDump'
	| 'noPeerConnections'
	| 'unsupportedVersion'
	| 'badSession'
	| 'notRtcstats'
	| 'badMagic'
	| 'badMetadata'
	| 'noRtcstatsConnections'
	| 'cancelled';

export class ImportError extends Error {
	constructor(
		readonly code: ImportErrorCode,
		readonly params: Record<string, string | number> = {},
		detail?: string
	) {
		super(detail ? `${code}: ${detail}` : code);
		this.name = 'ImportError';
	}
}

/**
 * A problem in part of a file that is otherwise read: one series or one log entry is skipped and
 * the rest still shown (`stats.problem.<code>`).
 */
export interface ImportProblem {
	code:
		| 'malformedValues'
		| 'badStatsKey'
		| 'badTimestamps'
		| 'malformedEntry'
		| 'lengthMismatch'
		// rtcstats dumps (rtcstats/reader.ts): one line skipped, the rest read
		| 'truncatedLine'
		| 'malformedLine'
		| 'unknownMethod'
		| 'deltaWithoutBase'
		| 'descriptionWithoutBase'
		| 'eventsDropped';
	/** the peer connection key and the series or entry, as text */
	where: string;
	detail?: string;
}

/**
 * The import limit for a file as given (and for gzip, for what it inflates to). webrtc-internals
 * keeps at most 1,000 samples per series, so real dumps stay far below it; a file this big is
 * refused before it is read, so the page never freezes on it.
 */
export const MAX_IMPORT_BYTES = 100 * 1024 * 1024;

/** gzip member header magic bytes (RFC 1952 §2.3.1). */
export function isGzip(bytes: Uint8Array): boolean {
	return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** Classifies a JSON.parse failure: text that ends in the middle of a value is a truncated file. */
export function jsonError(text: string, error: unknown): ImportError {
	const message = error instanceof Error ? error.message : String(error);
	const trimmed = text.trimStart();
	if (trimmed === '') return new ImportError('empty');
	if (trimmed[0] !== '{' && trimmed[0] !== '[') return new ImportError('notJson', {}, message);
	// V8: "Unexpected end of JSON input"; SpiderMonkey: "unexpected end of data"; JSC: "Unexpected EOF".
	// V8 also names the position; an error at the very end means the text stopped early.
	const position = /at position (\d+)/.exec(message);
	const atEnd = position !== null && Number(position[1]) >= text.trimEnd().length;
	if (atEnd || /end of (JSON )?(input|data)|EOF|Unterminated string/i.test(message))
		return new ImportError('truncatedJson', { length: text.length }, message);
	return new ImportError('notJson', {}, message);
}
