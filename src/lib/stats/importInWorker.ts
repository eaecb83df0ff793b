import { ImportError, type ImportErrorCode } from './importErrors';
import { importBytes, type Imported } from './importFile';
import { fromTransfer, type TransferredImport } from './transfer';

type WorkerAnswer =
	| { ok: true; data: TransferredImport }
	| {
			ok: false;
			code: ImportErrorCode | null;
			params: Record<string, string | number>;
			message: string;
	  };

/**
 * Imports a file in a Web Worker (importWorker.ts) so the page keeps responding, and falls back
 * to the page's own thread where workers are not available. The bytes are moved to the worker,
 * not copied.
 */
export async function importInWorker(bytes: Uint8Array): Promise<Imported> {
	if (typeof Worker === 'undefined') return importBytes(bytes);
	let worker: Worker;
	try {
		worker = new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module' });
	} catch {
		return importBytes(bytes);
	}
	try {
		const answer = await new Promise<WorkerAnswer>((resolve, reject) => {
			worker.onmessage = (event: MessageEvent<WorkerAnswer>) => resolve(event.data);
			worker.onerror = (event) => reject(new Error(event.message || 'the import worker failed'));
			const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
			worker.postMessage({ bytes: buffer }, [buffer]);
		});
		if (answer.ok) return fromTransfer(answer.data);
		if (answer.code) throw new ImportError(answer.code, answer.params, answer.message);
		throw new Error(answer.message);
	} finally {
		worker.terminate();
	}
}
