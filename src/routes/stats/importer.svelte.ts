import { createContext } from 'svelte';
import { ImportError } from '$lib/stats/importErrors';
import type { Imported } from '$lib/stats/importFile';
import { createImportWorker, importInWorker, type ImportJob } from '$lib/stats/importInWorker';
import { afterFirstChart, prepareCharts } from './progressive';
import type { MessageKey } from '$lib/i18n/catalog';

export interface ImportFailure {
	key: MessageKey;
	params: Record<string, string | number>;
	detail: string;
}

/**
 * The import page's state: the file being read (with how far), what came out of it, or why it
 * failed. The file is streamed through a Web Worker, so the page keeps responding and a dump of
 * any size can be read; reading can be cancelled.
 */
export class Importer {
	fileName = $state<string | null>(null);
	fileSize = $state(0);
	reading = $state(false);
	/** bytes of the file read so far */
	read = $state(0);
	imported = $state.raw<Imported | null>(null);
	failure = $state<ImportFailure | null>(null);
	/** bumps per file, so a slow read of an earlier file never replaces a later one */
	#generation = 0;
	#job: ImportJob | null = null;
	/** a worker made ahead for the next file (its code is loaded by the time one is picked) */
	#ready: Worker | null = null;
	#disposed = false;

	/**
	 * Gets ready for a file while the user picks one: the import worker and uPlot load now
	 * (progressive.ts), so opening a file does not wait for them.
	 */
	prepare(): void {
		if (this.#disposed) return;
		this.#ready ??= createImportWorker();
		prepareCharts();
	}

	/** Lets go of the worker made ahead (the page is left). */
	dispose(): void {
		this.#disposed = true;
		this.#job?.cancel();
		this.#ready?.terminate();
		this.#ready = null;
	}

	async open(file: File): Promise<void> {
		this.#job?.cancel();
		const generation = ++this.#generation;
		this.fileName = file.name;
		this.fileSize = file.size;
		this.read = 0;
		this.imported = null;
		this.failure = null;
		this.reading = true;
		try {
			if (file.size === 0) throw new ImportError('empty');
			const ready = this.#ready;
			this.#ready = null;
			const job = importInWorker(
				file,
				(read) => {
					if (generation === this.#generation) this.read = read;
				},
				ready
			);
			this.#job = job;
			const imported = await job.result;
			if (generation === this.#generation) this.imported = imported;
			// A dump is shown before the whole file is checked (importInWorker.ts), which starts once
			// the first chart is drawn; the check may still replace the dump, or refuse the file.
			void afterFirstChart().then(() => job.check());
			void job.checked
				.then(
					(replacement) => {
						if (generation !== this.#generation) return;
						this.#job = null;
						if (replacement) this.imported = replacement;
					},
					(error: unknown) => {
						if (generation !== this.#generation) return;
						this.#job = null;
						this.imported = null;
						this.failure = failureOf(error);
					}
				)
				// a worker made ahead for the next file, once this one is done with the machine
				.finally(() => this.prepare());
		} catch (error) {
			if (generation === this.#generation) {
				this.failure = failureOf(error);
				this.#job = null;
			}
			this.prepare();
		} finally {
			if (generation === this.#generation) this.reading = false;
		}
	}

	cancel(): void {
		this.#job?.cancel();
	}

	reset(): void {
		this.#job?.cancel();
		this.#generation++;
		this.fileName = null;
		this.imported = null;
		this.failure = null;
		this.reading = false;
	}
}

function failureOf(error: unknown): ImportFailure {
	if (error instanceof ImportError) {
		return {
			key: `stats.error.${error.code}`,
			params: error.params,
			detail: error.message
		};
	}
	const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
	return { key: 'stats.error.unreadable', params: { error: detail }, detail };
}

export const [getImporter, setImporter] = createContext<Importer>();
