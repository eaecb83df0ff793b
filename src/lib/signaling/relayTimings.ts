import type { LogEntry, SignalEntry } from '$lib/log/eventLog';
import type { PeerRole } from '$lib/vocabulary';

/** One message that crossed the signaling server, as this device saw it. */
export interface RelayedMessage {
	/** the log entry's id: unique on this page, unlike a messageId the other device chose */
	id: number;
	direction: 'out' | 'in';
	type: SignalEntry['name'];
	messageId: number;
	/** ms since this device's session started */
	t: number;
}

export interface RelayTimings {
	messages: RelayedMessage[];
	/**
	 * The caller: from sending its offer to receiving the answer, a full round trip through the
	 * server and the other device (including the time its person took to click through).
	 * The callee: from receiving the offer to sending its answer.
	 */
	offerToAnswerMs: number | null;
}

/** What went through the server from this device's log: sent by the local peer or received from the other. */
export function relayTimings(log: readonly LogEntry[], local: PeerRole): RelayTimings {
	const messages: RelayedMessage[] = [];
	for (const entry of log) {
		if (entry.kind !== 'signal') continue;
		if (entry.stage === 'sent' && entry.from === local) {
			messages.push({
				id: entry.id,
				direction: 'out',
				type: entry.name,
				messageId: entry.messageId,
				t: entry.t
			});
		} else if (entry.stage === 'received' && entry.from !== local) {
			messages.push({
				id: entry.id,
				direction: 'in',
				type: entry.name,
				messageId: entry.messageId,
				t: entry.t
			});
		}
	}
	const at = (direction: 'out' | 'in', type: 'offer' | 'answer') =>
		messages.find((m) => m.direction === direction && m.type === type)?.t;
	const start = local === 'A' ? at('out', 'offer') : at('in', 'offer');
	const end = local === 'A' ? at('in', 'answer') : at('out', 'answer');
	return {
		messages,
		offerToAnswerMs: start !== undefined && end !== undefined ? end - start : null
	};
}
