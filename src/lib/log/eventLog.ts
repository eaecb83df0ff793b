import type { PeerRole, PeerViews, SignalMessage } from '$lib/vocabulary';
import type { ErrorInfo } from '$lib/webrtc/types';

/**
 * The event log is the single record of a session: every API call (start, success, error), every
 * browser event and every signaling message, each with the peer, the time since the session
 * started and the peers' state values at that moment. The timeline, the sequence diagram and
 * every later view render from it, never from ad-hoc state.
 */

export type CallStatus = 'start' | 'success' | 'error';

/** Where a signaling message is in its trip: sent by one peer, received by the channel's other end, applied by the other peer. */
export type SignalStage = 'sent' | 'received' | 'applied';

interface EntryBase {
	id: number;
	/** milliseconds since the session started */
	t: number;
	peer: PeerRole | null;
	/** the peers' state values right after this entry happened */
	peers: PeerViews;
}

export interface CallEntry extends EntryBase {
	kind: 'call';
	/** the API called, e.g. `createOffer` */
	name: string;
	/** the step that made the call, e.g. `setLocalOffer` */
	step: string;
	status: CallStatus;
	payload?: unknown;
	error?: ErrorInfo;
}

export interface BrowserEventEntry extends EntryBase {
	kind: 'event';
	/** the browser event, e.g. `icecandidate`, `connectionstatechange` */
	name: string;
	payload?: unknown;
}

export interface SignalEntry extends EntryBase {
	kind: 'signal';
	name: SignalMessage['type'];
	stage: SignalStage;
	from: PeerRole;
	to: PeerRole;
	/** the lane message id, shared by the sent / received / applied entries of one message */
	messageId: number;
	payload: SignalMessage;
}

export interface MachineEntry extends EntryBase {
	kind: 'machine';
	/** e.g. `mode.run`, `failed`, `reset` */
	name: string;
	payload?: unknown;
}

export type LogEntry = CallEntry | BrowserEventEntry | SignalEntry | MachineEntry;

type Distribute<T> = T extends unknown ? Omit<T, 'id' | 't' | 'peers'> : never;
export type NewLogEntry = Distribute<LogEntry>;

/** Returns a new log with the entry appended; the log is immutable so each snapshot stays valid. */
export function appendEntry(
	log: readonly LogEntry[],
	entry: NewLogEntry,
	t: number,
	peers: PeerViews
): LogEntry[] {
	const id = log.length === 0 ? 1 : log[log.length - 1]!.id + 1;
	return [...log, { ...entry, id, t: Math.max(0, Math.round(t * 10) / 10), peers } as LogEntry];
}

export function errorInfo(error: unknown): ErrorInfo {
	if (error && typeof error === 'object') {
		const e = error as { name?: unknown; message?: unknown };
		return {
			name: typeof e.name === 'string' ? e.name : 'Error',
			message: typeof e.message === 'string' ? e.message : String(error)
		};
	}
	return { name: 'Error', message: String(error) };
}
