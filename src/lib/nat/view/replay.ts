/**
 * Replay: the state of a run after its first `step` events, rebuilt from the event log alone.
 * The same function draws a live run (step = every event so far) and a replay stepped through
 * with the keyboard, so a replay can never show something the run did not record.
 *
 * The lab writes each event's `data` in its own shape; this module reads only the fields it
 * names below, and ignores what it does not know rather than guessing.
 */
import {
	MappingSchema,
	PacketSchema,
	TopologySchema,
	type NatEvent,
	type NatMapping,
	type NatPacket,
	type NatPeer,
	type NatTopology
} from './run';
import * as v from 'valibot';

export interface PairView {
	/** `local|remote` as Peer `peer` saw them */
	id: string;
	peer: NatPeer;
	local: string;
	remote: string;
	state: string;
	nominated: boolean;
	selected: boolean;
	/** every state the pair went through, with the time it entered it */
	history: { t: number; state: string }[];
}

export interface ReplayState {
	/** how many events are applied */
	step: number;
	t: number;
	phase: string | null;
	candidates: Record<NatPeer, string[]>;
	gathering: Record<NatPeer, string | null>;
	iceState: Record<NatPeer, string | null>;
	connectionState: Record<NatPeer, string | null>;
	/** the lab's network, once its `topology` phase has been applied */
	topology: NatTopology | null;
	netemDelayMs: number | null;
	pairs: PairView[];
	mappings: NatMapping[];
	packets: NatPacket[];
	errors: { t: number; peer?: NatPeer; code: string; message: string }[];
	logs: { t: number; peer?: NatPeer; message: string }[];
	/** the event applied last, or null at the start */
	last: NatEvent | null;
}

function record(value: unknown): Record<string, unknown> {
	return value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
}

function text(value: unknown): string | null {
	return typeof value === 'string' && value !== '' ? value : null;
}

/** The candidate line an event carries: a bare string or `{ candidate }`. */
export function eventCandidate(data: unknown): string | null {
	return text(data) ?? text(record(data).candidate);
}

/** A state-like field: a bare string or `{ state }`. */
function eventState(data: unknown): string | null {
	return text(data) ?? text(record(data).state);
}

/** An event's data without a message field, as `key: value` text. */
export function compactData(data: unknown): string {
	if (!data || typeof data !== 'object') return String(data ?? '');
	return Object.entries(data as Record<string, unknown>)
		.map(([k, v]) => `${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`)
		.join(', ');
}

export function emptyState(): ReplayState {
	return {
		step: 0,
		t: 0,
		phase: null,
		candidates: { a: [], b: [] },
		gathering: { a: null, b: null },
		iceState: { a: null, b: null },
		connectionState: { a: null, b: null },
		topology: null,
		netemDelayMs: null,
		pairs: [],
		mappings: [],
		packets: [],
		errors: [],
		logs: [],
		last: null
	};
}

/** Applies one event to a state, in place (the caller owns the state it passes). */
export function applyEvent(state: ReplayState, event: NatEvent): void {
	state.step += 1;
	state.t = event.t;
	state.last = event;
	const data = record(event.data);
	const peer = event.peer;
	switch (event.kind) {
		case 'phase': {
			state.phase = text(event.data) ?? text(data.phase) ?? text(data.name) ?? state.phase;
			const topology = v.safeParse(TopologySchema, data.topology);
			if (topology.success) state.topology = topology.output;
			if (typeof data.netemDelayMs === 'number') state.netemDelayMs = data.netemDelayMs;
			break;
		}
		case 'candidate': {
			const line = eventCandidate(event.data);
			if (peer && line && !state.candidates[peer].includes(line)) state.candidates[peer].push(line);
			break;
		}
		case 'gathering': {
			// 'end-of-candidates' (the null candidate) follows 'complete'; the state stays complete
			const gathering = eventState(event.data);
			if (peer && gathering && gathering !== 'end-of-candidates') state.gathering[peer] = gathering;
			break;
		}
		case 'state':
			// the lab sends { ice } (iceConnectionState) and { connection } (connectionState) apart
			if (!peer) break;
			if (text(data.ice)) state.iceState[peer] = text(data.ice);
			else if (text(data.connection)) state.connectionState[peer] = text(data.connection);
			else state.iceState[peer] = eventState(event.data) ?? state.iceState[peer];
			break;
		case 'pair': {
			// getStats may not expose a candidate's address (a remote prflx): its type stands in
			const local = text(data.local) ?? text(data.localType);
			const remote = text(data.remote) ?? text(data.remoteType);
			const pairState = text(data.state);
			if (!peer || !local || !remote || !pairState) break;
			const id = text(data.id) ?? `${local}|${remote}`;
			let pair = state.pairs.find((p) => p.peer === peer && p.id === id);
			if (!pair) {
				pair = {
					id,
					peer,
					local,
					remote,
					state: pairState,
					nominated: false,
					selected: false,
					history: []
				};
				state.pairs.push(pair);
			}
			pair.local = local;
			pair.remote = remote;
			if (typeof data.selected === 'boolean') pair.selected = data.selected;
			if (pair.state !== pairState || pair.history.length === 0)
				pair.history.push({ t: event.t, state: pairState });
			pair.state = pairState;
			if (data.nominated === true) pair.nominated = true;
			break;
		}
		case 'mapping': {
			const parsed = v.safeParse(MappingSchema, event.data);
			if (parsed.success) state.mappings.push({ ...parsed.output, t: parsed.output.t || event.t });
			break;
		}
		case 'packet': {
			const parsed = v.safeParse(PacketSchema, { t: event.t, ...data });
			if (parsed.success) state.packets.push(parsed.output);
			break;
		}
		case 'error':
			state.errors.push({
				t: event.t,
				peer,
				code: text(data.code) ?? 'failed',
				message: text(event.data) ?? text(data.message) ?? compactData(event.data)
			});
			break;
		case 'log': {
			const message = text(event.data) ?? text(data.message) ?? compactData(event.data);
			state.logs.push({ t: event.t, peer, message });
			break;
		}
	}
}

/**
 * The peer-reflexive candidates learned during the checks (RFC 8445 §7.2.5.3.1, §7.3.1.3), by
 * whose address they are: a peer's own (a local prflx in its pairs) or as the other peer learned
 * it (a remote prflx in the other's pairs). They are never gathered, so they come from the pairs.
 */
export function learnedCandidates(pairs: readonly PairView[]): Record<NatPeer, string[]> {
	const learned: Record<NatPeer, string[]> = { a: [], b: [] };
	const add = (peer: NatPeer, line: string) => {
		if (/ typ prflx\b/.test(line) && !learned[peer].includes(line)) learned[peer].push(line);
	};
	for (const pair of pairs) {
		add(pair.peer, pair.local);
		add(pair.peer === 'a' ? 'b' : 'a', pair.remote);
	}
	return learned;
}

/** The state after the first `step` events (clamped to the log). */
export function replayState(events: readonly NatEvent[], step: number): ReplayState {
	const state = emptyState();
	const end = Math.max(0, Math.min(step, events.length));
	for (let i = 0; i < end; i++) applyEvent(state, events[i]!);
	return state;
}

/** The next step at which something of `kinds` happens, for "jump to the next packet" keys. */
export function nextStepOf(
	events: readonly NatEvent[],
	step: number,
	kinds: readonly NatEvent['kind'][]
): number {
	for (let i = step; i < events.length; i++) if (kinds.includes(events[i]!.kind)) return i + 1;
	return events.length;
}
