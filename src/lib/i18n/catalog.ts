import { en, type MessageKey as BaseKey } from './en';
import { ko } from './ko';
import { sdpEn, type SdpMessageKey } from './sdp/en';
import { sdpKo } from './sdp/ko';
import { iceEn, type IceMessageKey } from './ice/en';
import { iceKo } from './ice/ko';
import { statsEn, type StatsMessageKey } from './stats/en';
import { statsKo } from './stats/ko';
import { callEn, type CallMessageKey } from './call/en';
import { callKo } from './call/ko';
import { transferEn, type TransferMessageKey } from './transfer/en';
import { transferKo } from './transfer/ko';
import { PLACEHOLDER, withParticle } from './particle';
import { natEn, type NatMessageKey } from './nat/en';
import { natKo } from './nat/ko';
import { classroomEn, type ClassroomMessageKey } from './classroom/en';
import { classroomKo } from './classroom/ko';
import { faultsEn, type FaultsMessageKey } from './faults/en';
import { faultsKo } from './faults/ko';
import { pipeEn, type PipeMessageKey } from './pipe/en';
import { pipeKo } from './pipe/ko';

/** Every catalog key: the base catalog and each domain's part (`sdp.*`, `ice.*`, `stats.*`, `call.*`). */
export type MessageKey =
	| BaseKey
	| SdpMessageKey
	| IceMessageKey
	| StatsMessageKey
	| CallMessageKey
	| TransferMessageKey
	| NatMessageKey
	| ClassroomMessageKey
	| FaultsMessageKey
	| PipeMessageKey;
export const LOCALES = ['en', 'ko'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';
/** The cookie that remembers the chosen language, so the server renders the right one at once. */
export const LOCALE_COOKIE = 'peerscope-lang';

export const CATALOG: Record<Locale, Record<MessageKey, string>> = {
	en: {
		...en,
		...sdpEn,
		...iceEn,
		...statsEn,
		...callEn,
		...transferEn,
		...natEn,
		...classroomEn,
		...faultsEn,
		...pipeEn
	},
	ko: {
		...ko,
		...sdpKo,
		...iceKo,
		...statsKo,
		...callKo,
		...transferKo,
		...natKo,
		...classroomKo,
		...faultsKo,
		...pipeKo
	}
};

export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * Whether a value from outside (a stats field, a server's code) is one of the members a key family is
 * built from, so that `t(`family.${value}`)` type-checks without a cast and an unknown value falls
 * back to its own text instead of a raw key.
 */
export function isOneOf<const T extends string>(members: readonly T[], value: string): value is T {
	return (members as readonly string[]).includes(value);
}

export type MessageParams = Record<string, string | number>;

/** A key the catalog of a language does not hold: a bug to fix, never text for the reader. */
export class MissingMessageError extends Error {
	constructor(
		readonly locale: Locale,
		readonly key: string
	) {
		super(`no message "${key}" in the ${locale} catalog`);
		this.name = 'MissingMessageError';
	}
}

/**
 * Throw on a missing key everywhere but the production build: in `npm run dev`, in vitest and in
 * plain Node (benchmarks), so a raw key fails a test instead of reaching the screen. The built
 * app logs it and shows the English message, or the key as a last resort.
 */
const STRICT = import.meta.env?.PROD !== true;

function missing(locale: Locale, key: string): void {
	const error = new MissingMessageError(locale, key);
	if (STRICT) throw error;
	console.error(error);
}

/**
 * Looks a message up and fills its `{name}` placeholders; a missing parameter stays visible.
 * `{name:을}` adds the Korean particle in the form that fits the value (particle.ts).
 * A key the catalog lacks throws MissingMessageError (outside the production build): keys are
 * typed, so only a cast or a key built from an unchecked value can get here.
 */
export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
	let template: string | undefined = CATALOG[locale][key];
	if (template === undefined) {
		missing(locale, key);
		template = CATALOG[DEFAULT_LOCALE][key] ?? key;
	}
	if (!params) return template;
	return template.replace(PLACEHOLDER, (whole, name: string, particle?: string) =>
		!(name in params)
			? whole
			: particle
				? withParticle(String(params[name]), particle)
				: String(params[name])
	);
}

/** Picks the best supported locale from an Accept-Language header or navigator.languages. */
export function negotiateLocale(
	preferences: readonly string[] | string | null | undefined
): Locale {
	const list =
		typeof preferences === 'string'
			? preferences
					.split(',')
					.map((part) => {
						const [tag, ...rest] = part.trim().split(';');
						const q = rest.find((r) => r.trim().startsWith('q='));
						return { tag: tag!.trim(), q: q ? Number(q.trim().slice(2)) : 1 };
					})
					.filter((p) => p.tag && !Number.isNaN(p.q) && p.q > 0)
					.sort((a, b) => b.q - a.q)
					.map((p) => p.tag)
			: (preferences ?? []);
	for (const tag of list) {
		const base = tag.toLowerCase().split('-')[0];
		if (isLocale(base)) return base;
	}
	return DEFAULT_LOCALE;
}
