import type { Locale, MessageKey } from '$lib/i18n/catalog';

declare global {
	namespace App {
		interface Locals {
			locale: Locale;
		}
		interface Error {
			message: string;
			/** the catalog key the error page shows in the reader's language (message: English) */
			key?: MessageKey;
		}
	}
}

export {};
