import type { MessageKey, MessageParams } from '$lib/i18n/catalog';
import type { SignalMessage } from '$lib/vocabulary';
import type { LogEntry } from './eventLog';

/** The page's translator (`getI18n().t`): log labels are built in the reader's language. */
export type Translate = (key: MessageKey, params?: MessageParams) => string;

/** Finds an SDP inside a payload (a description, or a signaling message carrying one). */
export function sdpOf(payload: unknown): string | null {
	if (!payload || typeof payload !== 'object') return null;
	const p = payload as { sdp?: unknown; description?: { sdp?: unknown } };
	if (typeof p.sdp === 'string') return p.sdp;
	if (typeof p.description?.sdp === 'string') return p.description.sdp;
	return null;
}

/**
 * The payload as indented JSON, with a long SDP replaced by a note (it is shown on its own). The
 * JSON itself is data and stays as it is; only the note is in the reader's language.
 */
export function payloadJson(payload: unknown, t: Translate): string {
	if (payload === undefined) return '';
	return JSON.stringify(
		payload,
		(key, value) =>
			key === 'sdp' && typeof value === 'string'
				? t('log.sdpNote', { length: value.length })
				: value,
		2
	);
}

/** A signaling message's name: offer and answer are API words, a candidate is 후보 in Korean. */
export function messageName(type: SignalMessage['type'], t: Translate): string {
	return t(`log.message.${type}`);
}

/**
 * A one-line label for a timeline row: what happened, without the time and peer. API, event and
 * machine-state names stay as the code writes them; the words around them are translated.
 */
export function entryLabel(entry: LogEntry, t: Translate): string {
	switch (entry.kind) {
		case 'call':
			if (entry.status !== 'error') return t(`log.call.${entry.status}`, { name: entry.name });
			return entry.error
				? t('log.call.error', { name: entry.name, error: entry.error.name })
				: t('log.call.errorBare', { name: entry.name });
		case 'event':
			return t('log.event', { name: entry.name });
		case 'signal':
			return t(`log.signal.${entry.stage}`, {
				message: messageName(entry.name, t),
				from: entry.from,
				to: entry.to
			});
		case 'machine':
			return entry.name;
	}
}

export function formatMs(t: number): string {
	return t < 1000 ? `${t.toFixed(1)} ms` : `${(t / 1000).toFixed(3)} s`;
}
