import { createContext } from 'svelte';
import { ImportError } from '$lib/stats/importErrors';
import { checkSize, type Imported } from '$lib/stats/importFile';
import { importInWorker } from '$lib/stats/importInWorker';
import type { MessageKey } from '$lib/i18n/catalog';

export interface ImportFailure {
	key: MessageKey;
	params: Record<string, string | number>;
	detail: string;
}

/**
 * The import page's state: the file being read, what came out of it, or why it failed. The file
 * is checked for size before a byte is read, then read, inflated and parsed in a Web Worker, so
 * the page keeps responding while a big dump is read.
 */
export class Importer {
	fileName = $state<string | null>(null);
	fileSize = $state(0);
	reading = $state(false);
	imported = $state.raw<Imported | null>(null);
	failure = $state<ImportFailure | null>(null);
	/** bumps per file, so a slow read of an earlier file never replaces a later one */
	#generation = 0;

	async open(file: File): Promise<void> {
		const generation = ++this.#generation;
		this.fileName = file.name;
		this.fileSize = file.size;
		this.imported = null;
		this.failure = null;
		this.reading = true;
		try {
			checkSize(file.size);
			const bytes = new Uint8Array(await file.arrayBuffer());
			const imported = await importInWorker(bytes);
			if (generation === this.#generation) this.imported = imported;
		} catch (error) {
			if (generation === this.#generation) this.failure = failureOf(error);
		} finally {
			if (generation === this.#generation) this.reading = false;
		}
	}

	reset(): void {
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
			key: `stats.error.${error.code}` as MessageKey,
			params: error.params,
			detail: error.message
		};
	}
	const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
	return { key: 'stats.error.unreadable', params: { error: detail }, detail };
}

export const [getImporter, setImporter] = createContext<Importer>();
