import { Gunzip } from 'fflate';
import { ImportError, MAX_IMPORT_BYTES } from './importErrors';

/**
 * Compressed bytes fed to the inflater per push. fflate inflates a whole push before it hands the
 * output over, and DEFLATE reaches about 1032:1 (RFC 1951 §3.2.5: a 258-byte match in about two
 * bits), so one 16 KiB slice inflates to at most ~17 MB: the limit stops a gzip bomb within one
 * slice of it instead of after a whole megabyte (a gigabyte of output).
 */
export const SLICE_BYTES = 16 * 1024;
/** Compressed bytes between two yields to the page: gives it a frame now and then. */
const YIELD_EVERY_BYTES = 1024 * 1024;

/**
 * Inflates a gzip file with fflate's streaming Gunzip, a chunk at a time, yielding to the event
 * loop between chunks so a big file does not freeze the page, and stopping as soon as the output
 * passes `limit` (a small gzip can inflate to gigabytes).
 */
export async function gunzipBytes(
	bytes: Uint8Array,
	limit = MAX_IMPORT_BYTES,
	yieldToPage: () => Promise<void> = () => new Promise((resolve) => setTimeout(resolve, 0))
): Promise<Uint8Array> {
	const parts: Uint8Array[] = [];
	let total = 0;
	let ended = false;
	const gunzip = new Gunzip((chunk, final) => {
		total += chunk.length;
		if (total > limit) throw new ImportError('tooLarge', { limitMb: Math.round(limit / 1048576) });
		parts.push(chunk);
		if (final) ended = true;
	});
	try {
		for (let offset = 0; offset < bytes.length; offset += SLICE_BYTES) {
			const end = Math.min(bytes.length, offset + SLICE_BYTES);
			gunzip.push(bytes.subarray(offset, end), end === bytes.length);
			if (end < bytes.length && end % YIELD_EVERY_BYTES === 0) await yieldToPage();
		}
	} catch (error) {
		if (error instanceof ImportError) throw error;
		throw new ImportError(
			'gzipCorrupt',
			{},
			error instanceof Error ? error.message : String(error)
		);
	}
	if (!ended) throw new ImportError('gzipCorrupt', {}, 'the compressed data ends early');
	const out = new Uint8Array(total);
	let at = 0;
	for (const part of parts) {
		out.set(part, at);
		at += part.length;
	}
	return out;
}
