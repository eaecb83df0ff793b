import type { LogEntry } from '$lib/log/eventLog';
import type { Checkpoint, ClassServerMessage, ClassStep } from './protocol.js';

/**
 * What a student's page knows of the class, rebuilt from the hub's messages by a pure reducer
 * (tested in Node). Entries say where they start in the class's log, so a frame that arrives
 * twice (a late joiner's snapshot and a broadcast that raced it) adds nothing twice.
 */
export interface ClassState {
	log: LogEntry[];
	step: ClassStep | null;
	checkpoint: Checkpoint | null;
	masked: boolean;
	teacherPresent: boolean;
	/** the choice this student gave, per checkpoint round (`id#round`) */
	answers: Record<string, number>;
	ended: boolean;
}

export const EMPTY_CLASS: ClassState = {
	log: [],
	step: null,
	checkpoint: null,
	masked: true,
	teacherPresent: false,
	answers: {},
	ended: false
};

export function roundKey(checkpoint: Pick<Checkpoint, 'id' | 'round'>): string {
	return `${checkpoint.id}#${checkpoint.round}`;
}

/** Appends the part of `entries` (starting at index `from` of the class log) that is new. */
export function mergeEntries(
	log: readonly LogEntry[],
	from: number,
	entries: readonly LogEntry[]
): LogEntry[] {
	if (from > log.length) {
		// A gap: entries were lost (cannot happen with an ordered socket). Keep what we have and
		// the new ones; the timeline stays readable.
		return [...log, ...entries];
	}
	const fresh = entries.slice(log.length - from);
	return fresh.length === 0 ? (log as LogEntry[]) : [...log, ...fresh];
}

export function reduceClass(state: ClassState, message: ClassServerMessage): ClassState {
	switch (message.type) {
		case 'joined':
			return {
				...state,
				log: message.log as unknown as LogEntry[],
				step: message.step,
				checkpoint: message.checkpoint,
				masked: message.masked,
				teacherPresent: message.teacher,
				ended: false
			};
		case 'entries':
			return {
				...state,
				log: mergeEntries(state.log, message.from, message.entries as unknown as LogEntry[]),
				masked: state.masked && message.masked
			};
		case 'restart':
			return { ...state, log: [], step: null, masked: true };
		case 'step':
			return { ...state, step: message.step };
		case 'checkpoint':
			return { ...state, checkpoint: message.checkpoint };
		case 'teacher':
			return { ...state, teacherPresent: message.present };
		case 'answered':
			return { ...state, answers: { ...state.answers, [roundKey(message)]: message.choice } };
		case 'error':
			return message.code === 'class-ended' ? { ...state, ended: true } : state;
		default:
			return state;
	}
}
