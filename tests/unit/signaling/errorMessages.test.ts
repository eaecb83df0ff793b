import { describe, expect, it } from 'vitest';
import { CATALOG, translate } from '$lib/i18n/catalog';
import { ERROR_CODES } from '$lib/signaling/protocol.js';

/**
 * The call page explains a server error by its code (`call.error.<code>`), never by the server's
 * English text, so every code the protocol has (and the client's own `protocol`) needs a message
 * in each language.
 */
describe('signaling error codes in the catalog', () => {
	const codes = [...ERROR_CODES, 'protocol'] as const;

	it('has an English and a Korean explanation for every code', () => {
		for (const locale of ['en', 'ko'] as const) {
			const catalog = CATALOG[locale] as Record<string, string>;
			for (const code of codes) {
				expect(catalog[`call.error.${code}`], `${locale}: call.error.${code}`).toMatch(/\S/);
			}
		}
	});

	it('has no explanation for a code the protocol does not have', () => {
		const known = new Set(codes.map((code) => `call.error.${code}`));
		const extra = Object.keys(CATALOG.en).filter(
			(key) => key.startsWith('call.error.') && !known.has(key)
		);
		expect(extra).toEqual([]);
	});

	it('fills the notice with the translated reason, not the server text', () => {
		const notice = translate('ko', 'call.notice.error', {
			code: 'server-busy',
			reason: translate('ko', 'call.error.server-busy')
		});
		expect(notice).toContain('server-busy');
		expect(notice).toContain('서버가 가득 찼습니다');
		expect(notice).not.toMatch(/\{\w+\}/);
	});
});
