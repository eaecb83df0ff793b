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
	type NatEvent,
	type NatMapping,
	type NatPacket,
	type NatPeer
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

export function emptyState(): ReplayState {
	return {
		step: 0,
		t: 0,
		phase: null,
		candidates: { a: [], b: [] },
		gathering: { a: null, b: null },
		iceState: { a: null, b: null },
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
		case 'phase':
			state.phase = text(event.data) ?? text(data.phase) ?? text(data.name) ?? state.phase;
			break;
		case 'candidate': {
			const line = eventCandidate(event.data);
			if (peer && line && !state.candidates[peer].includes(line)) state.candidates[peer].push(line);
			break;
		}
		case 'gathering':
			if (peer) state.gathering[peer] = eventState(event.data);
			break;
		case 'state':
			if (peer) state.iceState[peer] = eventState(event.data);
			break;
		case 'pair': {
			const local = text(data.local);
			const remote = text(data.remote);
			const pairState = text(data.state);
			if (!peer || !local || !remote || !pairState) break;
			const id = `${local}|${remote}`;
			let pair = state.pairs.find((p) => p.peer === peer && p.id === id);
			if (!pair) {
				pair = { id, peer, local, remote, state: pairState, nominated: false, history: [] };
				state.pairs.push(pair);
			}
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
				message: text(event.data) ?? text(data.message) ?? ''
			});
			break;
		case 'log': {
			const message = text(event.data) ?? text(data.message);
			if (message) state.logs.push({ t: event.t, peer, message });
			break;
		}
	}
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
