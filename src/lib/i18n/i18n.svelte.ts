import { createContext } from 'svelte';
import {
	LOCALE_COOKIE,
	translate,
	type Locale,
	type MessageKey,
	type MessageParams
} from './catalog';

/** One year: the language choice is a preference, not a session. */
const COOKIE_MAX_AGE_S = 60 * 60 * 24 * 365;

/** The current language of the page; components read `t()` and re-render when it changes. */
export class I18n {
	locale = $state<Locale>('en');

	constructor(locale: Locale) {
		this.locale = locale;
	}

	t = (key: MessageKey, params?: MessageParams): string => translate(this.locale, key, params);

	setLocale(locale: Locale): void {
		this.locale = locale;
		if (typeof document !== 'undefined') {
			document.documentElement.lang = locale;
			document.cookie = `${LOCALE_COOKIE}=${locale}; path=/; max-age=${COOKIE_MAX_AGE_S}; samesite=lax`;
		}
	}
}

export const [getI18n, setI18n] = createContext<I18n>();
