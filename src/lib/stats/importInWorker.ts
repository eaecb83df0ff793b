import { ImportError, type ImportErrorCode } from './importErrors';
import type { Imported } from './importFile';
import { importStream } from './importStream';
import { fromWorkerImport, type WorkerImport } from './lazyTransfer';

type WorkerAnswer =
	| { progress: [number, number] }
	| { checked: true }
	| { ok: true; data: WorkerImport; checking?: true; replaces?: true }
	| {
			ok: false;
			code: ImportErrorCode | null;
			params: Record<string, string | number>;
			message: string;
	  };

export interface ImportJob {
	result: Promise<Imported>;
	/**
	 * Settles after `result`, once the whole file has been checked (a dump is shown before the
	 * series it has not read are checked, importWorker.ts): null when the result stands, else the
	 * import that replaces it; rejects with the error that refuses the file after all.
	 */
	checked: Promise<Imported | null>;
	/**
	 * Lets the check start: the page calls it once it has drawn what it shows first, so that the
	 * check does not compete with that for the CPU.
	 */
	check: () => void;
	/** stops reading: the result rejects with ImportError('cancelled'), `checked` gives null */
	cancel: () => void;
}

/**
 * A new import worker, or null where workers are not available. A page that imports files can
 * make one ahead (the worker's code loads while the user picks a file) and hand it to
 * importInWorker, which uses it for one file.
 */
export function createImportWorker(): Worker | null {
	if (typeof Worker === 'undefined') return null;
	try {
		return new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module' });
	} catch {
		return null;
	}
}

/**
 * Imports a file in a Web Worker (importWorker.ts; `ready` when one was made ahead), streaming
 * it, so the page keeps responding whatever its size; falls back to streaming on the page's own
 * thread where workers are not available. `onProgress` gets the bytes read so far.
 */
export function importInWorker(
	file: File,
	onProgress: (read: number, size: number) => void = () => {},
	ready: Worker | null = null
): ImportJob {
	const worker = ready ?? createImportWorker();
	if (!worker) {
		const controller = new AbortController();
		return {
			result: importStream(file.stream(), {
				size: file.size,
				signal: controller.signal,
				onProgress
			}),
			checked: Promise.resolve(null),
			check: () => {},
			cancel: () => controller.abort()
		};
	}
	const running = worker;
	const result = deferred<Imported>();
	const checked = deferred<Imported | null>();
	// The first answer settles `result`; a `checking` one leaves the worker running until the
	// second answer settles `checked`.
	let phase: 'reading' | 'checking' | 'done' = 'reading';
	const finish = () => {
		phase = 'done';
		running.terminate();
	};
	running.onmessage = (event: MessageEvent<WorkerAnswer>) => {
		const answer = event.data;
		if ('progress' in answer) {
			onProgress(answer.progress[0], answer.progress[1]);
			return;
		}
		if (phase === 'reading') {
			if ('ok' in answer && answer.ok && answer.checking) phase = 'checking';
			else {
				finish();
				checked.resolve(null);
			}
			deliver(answer, result);
			return;
		}
		finish();
		if ('checked' in answer) checked.resolve(null);
		else deliver(answer, checked);
	};
	running.onerror = (event) => {
		const error = new Error(event.message || 'the import worker failed');
		if (phase === 'checking') checked.reject(error);
		else {
			result.reject(error);
			checked.resolve(null);
		}
		finish();
	};
	running.postMessage({ file });
	return {
		result: result.promise,
		checked: checked.promise,
		check: () => {
			if (phase === 'checking') running.postMessage({ check: true });
		},
		cancel: () => {
			finish();
			result.reject(new ImportError('cancelled'));
			checked.resolve(null);
		}
	};
}

interface Deferred<T> {
	promise: Promise<T>;
	resolve: (value: T) => void;
	reject: (error: Error) => void;
}

function deferred<T>(): Deferred<T> {
	let resolve: (value: T) => void = () => {};
	let reject: (error: Error) => void = () => {};
	const promise = new Promise<T>((yes, no) => {
		resolve = yes;
		reject = no;
	});
	return { promise, resolve, reject };
}

/** An import or an error from the worker, into `to` (the import rebuilt on the page). */
function deliver(
	answer: Exclude<WorkerAnswer, { progress: unknown }>,
	to: Pick<Deferred<Imported>, 'resolve' | 'reject'>
): void {
	if ('checked' in answer) to.reject(new Error('the import worker answered out of turn'));
	else if (answer.ok) fromWorkerImport(answer.data).then(to.resolve, to.reject);
	else if (answer.code) to.reject(new ImportError(answer.code, answer.params, answer.message));
	else to.reject(new Error(answer.message));
}
