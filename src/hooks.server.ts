import type { Handle } from '@sveltejs/kit';
import { isLocale, LOCALE_COOKIE, negotiateLocale } from '$lib/i18n/catalog';

/** Renders every page in the remembered language, or the browser's preferred one, from the first byte. */
export const handle: Handle = async ({ event, resolve }) => {
	const remembered = event.cookies.get(LOCALE_COOKIE);
	event.locals.locale = isLocale(remembered)
		? remembered
		: negotiateLocale(event.request.headers.get('accept-language'));
	return resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%lang%', event.locals.locale)
	});
};
