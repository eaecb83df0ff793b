import { ImportError, type ImportErrorCode } from './importErrors';
import type { Imported } from './importFile';
import { importStream } from './importStream';
import { fromWorkerImport, type WorkerImport } from './lazyTransfer';

type WorkerAnswer =
	| { progress: [number, number] }
	| { ok: true; data: WorkerImport }
	| {
			ok: false;
			code: ImportErrorCode | null;
			params: Record<string, string | number>;
			message: string;
	  };

export interface ImportJob {
	result: Promise<Imported>;
	/** stops reading: the result rejects with ImportError('cancelled') */
	cancel: () => void;
}

/**
 * Imports a file in a Web Worker (importWorker.ts), streaming it, so the page keeps responding
 * whatever its size; falls back to streaming on the page's own thread where workers are not
 * available. `onProgress` gets the bytes read so far.
 */
export function importInWorker(
	file: File,
	onProgress: (read: number, size: number) => void = () => {}
): ImportJob {
	let worker: Worker | null = null;
	if (typeof Worker !== 'undefined') {
		try {
			worker = new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module' });
		} catch {
			worker = null;
		}
	}
	if (!worker) {
		const controller = new AbortController();
		return {
			result: importStream(file.stream(), {
				size: file.size,
				signal: controller.signal,
				onProgress
			}),
			cancel: () => controller.abort()
		};
	}
	const running = worker;
	let rejectNow: (error: Error) => void = () => {};
	const result = new Promise<Imported>((resolve, reject) => {
		rejectNow = reject;
		running.onmessage = (event: MessageEvent<WorkerAnswer>) => {
			const answer = event.data;
			if ('progress' in answer) {
				onProgress(answer.progress[0], answer.progress[1]);
				return;
			}
			running.terminate();
			if (answer.ok) fromWorkerImport(answer.data).then(resolve, reject);
			else if (answer.code) reject(new ImportError(answer.code, answer.params, answer.message));
			else reject(new Error(answer.message));
		};
		running.onerror = (event) => {
			running.terminate();
			reject(new Error(event.message || 'the import worker failed'));
		};
		running.postMessage({ file });
	});
	return {
		result,
		cancel: () => {
			running.terminate();
			rejectNow(new ImportError('cancelled'));
		}
	};
}
