/// <reference lib="webworker" />
import { ImportError } from './importErrors';
import { importBytes } from './importFile';
import { toTransfer } from './transfer';

/**
 * Reads a file off the page's thread: inflating, JSON.parse of a dump of tens of megabytes and
 * reading its series take hundreds of milliseconds, during which the page would not respond.
 * Answers `{ ok: true, data }` (transferable, see transfer.ts) or the ImportError's code.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (event: MessageEvent<{ bytes: ArrayBuffer }>) => {
	try {
		const imported = await importBytes(new Uint8Array(event.data.bytes), {
			yieldToPage: async () => {}
		});
		const { data, transfer } = toTransfer(imported);
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
