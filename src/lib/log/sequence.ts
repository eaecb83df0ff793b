import type { SignalEntry, LogEntry } from './eventLog';

/** The three lifelines of the sequence diagram. */
export type Lifeline = 'A' | 'S' | 'B';

export interface SequenceArrow {
	/** the log entry this arrow is drawn from */
	entryId: number;
	messageId: number;
	from: Lifeline;
	to: Lifeline;
	kind: SignalEntry['name'];
	stage: 'sent' | 'received';
	t: number;
	/** for candidates, the candidate type (host, srflx, ...) or "end"; for descriptions, the SDP type */
	detail: string;
	/** the id of the log entry where the receiving peer applied the message, if it has */
	appliedEntryId: number | null;
}

function detailOf(entry: SignalEntry): string {
	const message = entry.payload;
	if (message.type !== 'candidate') return message.description.type;
	if (!message.candidate) return 'end';
	return / typ (\w+)/.exec(message.candidate.candidate)?.[1] ?? '?';
}

/**
 * Builds the sequence diagram from the event log: an arrow from the sending peer to the signaling
 * channel when a message is sent, and from the channel to the receiver when it arrives.
 */
export function buildSequence(log: readonly LogEntry[]): SequenceArrow[] {
	const applied = new Map<number, number>();
	for (const entry of log) {
		if (entry.kind === 'signal' && entry.stage === 'applied')
			applied.set(entry.messageId, entry.id);
	}
	const arrows: SequenceArrow[] = [];
	for (const entry of log) {
		if (entry.kind !== 'signal' || entry.stage === 'applied') continue;
		const sent = entry.stage === 'sent';
		arrows.push({
			entryId: entry.id,
			messageId: entry.messageId,
			from: sent ? entry.from : 'S',
			to: sent ? 'S' : entry.to,
			kind: entry.name,
			stage: entry.stage,
			t: entry.t,
			detail: detailOf(entry),
			appliedEntryId: sent ? null : (applied.get(entry.messageId) ?? null)
		});
	}
	return arrows;
}
