/// <reference lib="webworker" />
import { importDumpBytes } from './dumpBytes';
import { ImportError, isGzip, MAX_IMPORT_BYTES } from './importErrors';
import { importBytes, type Imported } from './importFile';
import { importStream } from './importStream';
import { toWorkerImport } from './lazyTransfer';
import { seriesBytesValid } from './seriesBytes';

/**
 * Reads a file off the page's thread, streaming it (importStream.ts): File.stream() is inflated
 * and split into lines as it arrives, so an rtcstats dump of any size is read with bounded memory
 * and the page stays responsive. Posts `{ progress: [read, size] }` now and then, and at the end
 * `{ ok: true, data }` (transferable, see lazyTransfer.ts) or the ImportError's code. The page
 * cancels by terminating the worker.
 *
 * A webrtc-internals dump that may be held is read from its bytes with its series left unread
 * (dumpBytes.ts): the answer then says `checking: true`. When the page says `{ check: true }`
 * (once it has drawn what it shows first: the check would compete with that for the CPU), the
 * worker reads the file again and checks what the first read left out, then posts
 * `{ checked: true }`, or, when the file is not what it seemed, what reading it the old way gives
 * (`replaces: true`).
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;

/** Progress messages at most this often: a message per 64 KiB chunk would flood the page. */
const PROGRESS_EVERY_MS = 100;

const noYield = { yieldToPage: async () => {} };

function post(imported: Imported, flags: { checking?: true; replaces?: true } = {}): void {
	const { data, transfer } = toWorkerImport(imported);
	scope.postMessage({ ok: true, data, ...flags }, transfer);
}

/** A whole plain file: a dump from its bytes, checked after the page has it. */
async function importHeld(file: File, bytes: Uint8Array): Promise<void> {
	const quick = await importDumpBytes(bytes);
	if (!quick) {
		// One read and one decode of a file that may be held anyway (streaming takes longer).
		post(await importBytes(bytes, noYield));
		return;
	}
	post(quick.imported, { checking: true });
	await checkAsked;
	// `bytes` went to the page: read the file again for the check.
	const again = new Uint8Array(await file.arrayBuffer());
	if (seriesBytesValid(again, quick.slices)) scope.postMessage({ checked: true });
	else post(await importBytes(again, noYield), { replaces: true });
}

let askCheck: () => void = () => {};
const checkAsked = new Promise<void>((resolve) => (askCheck = resolve));

scope.onmessage = async (event: MessageEvent<{ file: File } | { check: true }>) => {
	if ('check' in event.data) {
		askCheck();
		return;
	}
	const file = event.data.file;
	let last = 0;
	try {
		// A file that may be held is read whole: one read, and a dump's series stay bytes. A larger
		// one is streamed, and so is gzip (it may inflate past the limit, which only the stream
		// stops in time), from the bytes already read.
		const held =
			file.size > 0 && file.size <= MAX_IMPORT_BYTES
				? new Uint8Array(await file.arrayBuffer())
				: null;
		if (held && !isGzip(held)) {
			await importHeld(file, held);
			return;
		}
		post(
			await importStream(held ? new Blob([held]).stream() : file.stream(), {
				size: file.size,
				onProgress: (read, size) => {
					const now = performance.now();
					if (now - last < PROGRESS_EVERY_MS) return;
					last = now;
					scope.postMessage({ progress: [read, size] });
				}
			})
		);
	} catch (error) {
		// After a `checking` answer, this error replaces it (the page knows it is waiting).
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
