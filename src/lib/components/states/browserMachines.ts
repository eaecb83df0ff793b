/**
 * The browser's own state machines, as W3C webrtc-pc describes them: RTCSignalingState (§4.3.1,
 * the non-normative signaling state transition diagram and the "set the session description"
 * steps), RTCIceConnectionState (§4.3.3) and RTCPeerConnectionState (§4.3.3). Pure data and
 * functions, tested in Node; the components beside this file draw them.
 */
import { SIGNALING_EDGES, SIGNALING_STATES } from '$lib/faults/signalingStates';
import type { MessageKey } from '$lib/i18n/catalog';
import type { LogEntry } from '$lib/log/eventLog';
import type { PeerRole } from '$lib/vocabulary';

export type BrowserMachineField = 'signalingState' | 'iceConnectionState' | 'connectionState';

/** Any state but `closed` (the `from` of close()). */
export const ANY = '*';

export interface BrowserTransition {
	from: string;
	to: string;
	/** the API call that takes it, as code (`setLocalDescription(offer)`) */
	call?: string;
	/** what the browser saw, when no call of the page takes it */
	cause?: MessageKey;
}

export interface BrowserMachine {
	field: BrowserMachineField;
	states: readonly string[];
	transitions: readonly BrowserTransition[];
	/** where the states and their transitions are defined */
	reference: string;
	/** what the machine does and does not say, and what runs beneath it in a real call */
	note: MessageKey;
}

const close: BrowserTransition = { from: ANY, to: 'closed', call: 'close()' };

/**
 * The signaling graph is the one the fault lab draws (faults/signalingStates.ts), each edge named
 * by the call that takes it, plus the implicit rollback: setRemoteDescription(offer) in
 * "have-local-offer" rolls the local offer back first and lands in "have-remote-offer".
 */
const signalingTransitions: BrowserTransition[] = [
	...SIGNALING_EDGES.map(({ from, to, side, type }) => ({
		from,
		to,
		call: `${side === 'local' ? 'setLocalDescription' : 'setRemoteDescription'}(${type})`
	})),
	{ from: 'have-local-offer', to: 'have-remote-offer', call: 'setRemoteDescription(offer)' },
	close
];

export const SIGNALING_MACHINE: BrowserMachine = {
	field: 'signalingState',
	states: [...SIGNALING_STATES, 'closed'],
	transitions: signalingTransitions,
	reference: 'W3C webrtc-pc §4.3.1 (RTCSignalingState)',
	note: 'states.note.signalingState'
};

/**
 * The moves both ICE-derived machines share: from new to their starting state, on to connected or
 * failed, losing and regaining the path, restarting ICE, and close(). `extra` are the machine's own
 * moves once connected.
 */
function iceDerivedTransitions(
	starting: string,
	causes: { start: MessageKey; up: MessageKey; failed: MessageKey },
	extra: readonly BrowserTransition[]
): BrowserTransition[] {
	const up = 'connected';
	return [
		{ from: 'new', to: starting, cause: causes.start },
		{ from: starting, to: up, cause: causes.up },
		{ from: starting, to: 'failed', cause: causes.failed },
		...extra,
		{ from: up, to: 'disconnected', cause: 'states.cause.consentLost' },
		{ from: 'disconnected', to: up, cause: 'states.cause.recovered' },
		{ from: 'disconnected', to: 'failed', cause: 'states.cause.gaveUp' },
		{ from: up, to: starting, call: 'restartIce()' },
		{ from: 'disconnected', to: starting, call: 'restartIce()' },
		{ from: 'failed', to: starting, call: 'restartIce()' },
		close
	];
}

export const ICE_CONNECTION_MACHINE: BrowserMachine = {
	field: 'iceConnectionState',
	states: ['new', 'checking', 'connected', 'completed', 'disconnected', 'failed', 'closed'],
	transitions: iceDerivedTransitions(
		'checking',
		{
			start: 'states.cause.checking',
			up: 'states.cause.pairWorks',
			failed: 'states.cause.allPairsFailed'
		},
		[
			{ from: 'connected', to: 'completed', cause: 'states.cause.completed' },
			{ from: 'completed', to: 'disconnected', cause: 'states.cause.consentLost' },
			{ from: 'completed', to: 'checking', call: 'restartIce()' }
		]
	),
	reference: 'W3C webrtc-pc §4.3.3 (RTCIceConnectionState), RFC 8445 §6.1.1, RFC 7675',
	note: 'states.note.iceConnectionState'
};

export const CONNECTION_MACHINE: BrowserMachine = {
	field: 'connectionState',
	states: ['new', 'connecting', 'connected', 'disconnected', 'failed', 'closed'],
	transitions: iceDerivedTransitions(
		'connecting',
		{
			start: 'states.cause.connecting',
			up: 'states.cause.dtlsConnected',
			failed: 'states.cause.connectingFailed'
		},
		[]
	),
	reference: 'W3C webrtc-pc §4.3.3 (RTCPeerConnectionState), RFC 5763, RFC 5764',
	note: 'states.note.connectionState'
};

export const BROWSER_MACHINES: readonly BrowserMachine[] = [
	SIGNALING_MACHINE,
	ICE_CONNECTION_MACHINE,
	CONNECTION_MACHINE
];

/** The transitions the machine allows from one state to another (close() from any but closed). */
export function transitionsBetween(
	machine: BrowserMachine,
	from: string,
	to: string
): BrowserTransition[] {
	return machine.transitions.filter(
		(t) => t.to === to && (t.from === from || (t.from === ANY && from !== 'closed'))
	);
}

/** The transitions that leave `state`: what can happen next. */
export function transitionsFrom(machine: BrowserMachine, state: string): BrowserTransition[] {
	return machine.transitions.filter(
		(t) => t.from === state || (t.from === ANY && state !== 'closed')
	);
}

export interface ObservedTransition {
	from: string;
	to: string;
	/** the log entry after which the value changed */
	entryId: number;
	/** the table's transition that explains it: the one matching the call, if the entry is one */
	transition: BrowserTransition | null;
}

/** The call as the table writes it (`setLocalDescription(offer)`), for a call's start entry. */
function callText(entry: LogEntry): string | null {
	if (entry.kind !== 'call') return null;
	if (entry.name === 'close') return 'close()';
	if (entry.name === 'restartIce') return 'restartIce()';
	const type = (entry.payload as { type?: unknown } | undefined)?.type;
	return typeof type === 'string' ? `${entry.name}(${type})` : null;
}

/**
 * The last change of one state value of one peer, read from the event log's snapshots (each entry
 * holds the peers' state values right after it), with the transition of the table that took it:
 * the one named by the peer's latest call (its start entry carries the description's type), or
 * the only one the table allows between the two states.
 */
export function lastTransition(
	log: readonly LogEntry[],
	peer: PeerRole,
	machine: BrowserMachine
): ObservedTransition | null {
	let previous: string | null = null;
	let latestCall: string | null = null;
	let last: ObservedTransition | null = null;
	for (const entry of log) {
		if (entry.kind === 'call' && (entry.peer === peer || entry.peer === null)) {
			latestCall = callText(entry) ?? latestCall;
		}
		const value = entry.peers[peer]?.[machine.field] ?? null;
		if (value !== null && previous !== null && value !== previous) {
			const allowed = transitionsBetween(machine, previous, value);
			last = {
				from: previous,
				to: value,
				entryId: entry.id,
				transition: allowed.find((t) => t.call === latestCall) ?? allowed[0] ?? null
			};
		}
		previous = value;
	}
	return last;
}
