/**
 * The browser's own state machines, as W3C webrtc-pc describes them: RTCSignalingState (§4.3.1,
 * the non-normative signaling state transition diagram and the "set the session description"
 * steps), RTCIceConnectionState (§4.3.3) and RTCPeerConnectionState (§4.3.3). Pure data and
 * functions, tested in Node; the components beside this file draw them.
 */
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

export const SIGNALING_MACHINE: BrowserMachine = {
	field: 'signalingState',
	states: [
		'stable',
		'have-local-offer',
		'have-remote-offer',
		'have-local-pranswer',
		'have-remote-pranswer',
		'closed'
	],
	transitions: [
		{ from: 'stable', to: 'have-local-offer', call: 'setLocalDescription(offer)' },
		{ from: 'stable', to: 'have-remote-offer', call: 'setRemoteDescription(offer)' },
		{ from: 'have-local-offer', to: 'have-local-offer', call: 'setLocalDescription(offer)' },
		{ from: 'have-local-offer', to: 'stable', call: 'setRemoteDescription(answer)' },
		{
			from: 'have-local-offer',
			to: 'have-remote-pranswer',
			call: 'setRemoteDescription(pranswer)'
		},
		{ from: 'have-local-offer', to: 'stable', call: 'setLocalDescription(rollback)' },
		// an offer from the other side rolls the local one back first (implicit rollback)
		{ from: 'have-local-offer', to: 'have-remote-offer', call: 'setRemoteDescription(offer)' },
		{
			from: 'have-remote-pranswer',
			to: 'have-remote-pranswer',
			call: 'setRemoteDescription(pranswer)'
		},
		{ from: 'have-remote-pranswer', to: 'stable', call: 'setRemoteDescription(answer)' },
		{ from: 'have-remote-offer', to: 'have-remote-offer', call: 'setRemoteDescription(offer)' },
		{
			from: 'have-remote-offer',
			to: 'have-local-pranswer',
			call: 'setLocalDescription(pranswer)'
		},
		{ from: 'have-remote-offer', to: 'stable', call: 'setLocalDescription(answer)' },
		{ from: 'have-remote-offer', to: 'stable', call: 'setRemoteDescription(rollback)' },
		{
			from: 'have-local-pranswer',
			to: 'have-local-pranswer',
			call: 'setLocalDescription(pranswer)'
		},
		{ from: 'have-local-pranswer', to: 'stable', call: 'setLocalDescription(answer)' },
		close
	],
	reference: 'W3C webrtc-pc §4.3.1 (RTCSignalingState)',
	note: 'states.note.signalingState'
};

/** The moves both ICE-derived machines share: losing and regaining the path, restarting ICE. */
function pathChanges(up: string, starting: string): BrowserTransition[] {
	return [
		{ from: up, to: 'disconnected', cause: 'states.cause.consentLost' },
		{ from: 'disconnected', to: up, cause: 'states.cause.recovered' },
		{ from: 'disconnected', to: 'failed', cause: 'states.cause.gaveUp' },
		{ from: up, to: starting, call: 'restartIce()' },
		{ from: 'disconnected', to: starting, call: 'restartIce()' },
		{ from: 'failed', to: starting, call: 'restartIce()' }
	];
}

export const ICE_CONNECTION_MACHINE: BrowserMachine = {
	field: 'iceConnectionState',
	states: ['new', 'checking', 'connected', 'completed', 'disconnected', 'failed', 'closed'],
	transitions: [
		{ from: 'new', to: 'checking', cause: 'states.cause.checking' },
		{ from: 'checking', to: 'connected', cause: 'states.cause.pairWorks' },
		{ from: 'checking', to: 'failed', cause: 'states.cause.allPairsFailed' },
		{ from: 'connected', to: 'completed', cause: 'states.cause.completed' },
		{ from: 'completed', to: 'disconnected', cause: 'states.cause.consentLost' },
		{ from: 'completed', to: 'checking', call: 'restartIce()' },
		...pathChanges('connected', 'checking'),
		close
	],
	reference: 'W3C webrtc-pc §4.3.3 (RTCIceConnectionState), RFC 8445 §6.1.1, RFC 7675',
	note: 'states.note.iceConnectionState'
};

export const CONNECTION_MACHINE: BrowserMachine = {
	field: 'connectionState',
	states: ['new', 'connecting', 'connected', 'disconnected', 'failed', 'closed'],
	transitions: [
		{ from: 'new', to: 'connecting', cause: 'states.cause.connecting' },
		{ from: 'connecting', to: 'connected', cause: 'states.cause.dtlsConnected' },
		{ from: 'connecting', to: 'failed', cause: 'states.cause.connectingFailed' },
		...pathChanges('connected', 'connecting'),
		close
	],
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
