/// <reference lib="webworker" />
import { ImportError, isGzip, MAX_IMPORT_BYTES } from './importErrors';
import { importBytes } from './importFile';
import { importStream } from './importStream';
import { toWorkerImport } from './lazyTransfer';

/**
 * Reads a file off the page's thread, streaming it (importStream.ts): File.stream() is inflated
 * and split into lines as it arrives, so an rtcstats dump of any size is read with bounded memory
 * and the page stays responsive. Posts `{ progress: [read, size] }` now and then, and at the end
 * `{ ok: true, data }` (transferable, see lazyTransfer.ts) or the ImportError's code. The page
 * cancels by terminating the worker.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;

/** Progress messages at most this often: a message per 64 KiB chunk would flood the page. */
const PROGRESS_EVERY_MS = 100;

/**
 * A file that is not gzip and may be held whole (a gzip one may inflate past the limit, which
 * only the stream handles; a larger one is streamed).
 */
async function isPlainAndHeld(file: File): Promise<boolean> {
	if (file.size === 0 || file.size > MAX_IMPORT_BYTES) return false;
	return !isGzip(new Uint8Array(await file.slice(0, 2).arrayBuffer()));
}

scope.onmessage = async (event: MessageEvent<{ file: File }>) => {
	const file = event.data.file;
	let last = 0;
	try {
		const imported = (await isPlainAndHeld(file))
			? // Read whole: one read and one decode of a file that may be held anyway (a 57 MB dump
				// opens in about the time of File.text() + JSON.parse, streaming takes longer).
				await importBytes(new Uint8Array(await file.arrayBuffer()), {
					yieldToPage: async () => {}
				})
			: await importStream(file.stream(), {
					size: file.size,
					onProgress: (read, size) => {
						const now = performance.now();
						if (now - last < PROGRESS_EVERY_MS) return;
						last = now;
						scope.postMessage({ progress: [read, size] });
					}
				});
		const { data, transfer } = toWorkerImport(imported);
		scope.postMessage({ ok: true, data }, transfer);
	} catch (error) {
		if (error instanceof ImportError) {
			scope.postMessage({
				ok: false,
				code: error.code,
				params: error.params,
				message: error.message
			});
		} else {
			const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
			scope.postMessage({ ok: false, code: null, params: {}, message });
		}
	}
};
