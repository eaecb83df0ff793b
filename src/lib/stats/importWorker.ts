/// <reference lib="webworker" />
import { ImportError } from './importErrors';
import { importStream } from './importStream';
import { importToColumns } from './importColumns';

/**
 * Reads a file off the page's thread, streaming it (importStream.ts): File.stream() is inflated
 * and split into lines as it arrives, so an rtcstats dump of any size is read with bounded memory
 * and the page stays responsive. Posts `{ progress: [read, size] }` now and then, and at the end
 * `{ ok: true, data }` (transferable, see transfer.ts) or the ImportError's code. The page
 * cancels by terminating the worker.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;

/** Progress messages at most this often: a message per 64 KiB chunk would flood the page. */
const PROGRESS_EVERY_MS = 100;

scope.onmessage = async (event: MessageEvent<{ file: File }>) => {
	const file = event.data.file;
	let last = 0;
	try {
		const imported = await importStream(file.stream(), {
			size: file.size,
			onProgress: (read, size) => {
				const now = performance.now();
				if (now - last < PROGRESS_EVERY_MS) return;
				last = now;
				scope.postMessage({ progress: [read, size] });
			}
		});
		const { data, transfer } = importToColumns(imported);
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
