// One peer connection as the reader builds it, and the descriptions recorded on it.
import { StatsHistory } from '../history';
import {
	descriptionOf,
	type DumpDescription,
	type DumpEvent,
	type DumpPeerConnection
} from '../dump';
import type { StatsReport } from '$lib/vocabulary';
import { expandSdp, isCompressedSdp } from './expand';
import { isRecord } from './format';

const DESCRIPTION_SIDE: Record<string, 'local' | 'remote' | undefined> = {
	setLocalDescription: 'local',
	setLocalDescriptionOnSuccess: 'local',
	setRemoteDescription: 'remote',
	setRemoteDescriptionOnSuccess: 'remote',
	createOfferOnSuccess: 'local',
	createAnswerOnSuccess: 'local'
};

export interface Connection {
	key: string;
	url: string;
	rtcConfiguration: unknown;
	constraints: unknown;
	updateLog: DumpEvent[];
	droppedEvents: number;
	descriptions: DumpDescription[];
	seenDescriptions: Set<string>;
	candidates: DumpPeerConnection['candidates'];
	stats: StatsHistory;
	base: Record<string, StatsReport>;
	computed: number;
	lastLocal: { type: string; sdp: string } | null;
	lastCreated: { type: string; sdp: string } | null;
	lastRemote: { type: string; sdp: string } | null;
}

export function newConnection(key: string, capacity: number): Connection {
	return {
		key,
		url: '',
		rtcConfiguration: null,
		constraints: null,
		updateLog: [],
		droppedEvents: 0,
		descriptions: [],
		seenDescriptions: new Set(),
		candidates: [],
		stats: new StatsHistory(capacity),
		base: {},
		computed: 0,
		lastLocal: null,
		lastCreated: null,
		lastRemote: null
	};
}

/**
 * Puts back a section-compressed SDP and records the description; `missingBase` is called when a
 * compressed SDP has no earlier description to expand against.
 */
export function recordDescription(
	pc: Connection,
	method: string,
	value: unknown,
	time: number,
	missingBase: () => void
): unknown {
	const side = Object.hasOwn(DESCRIPTION_SIDE, method) ? DESCRIPTION_SIDE[method] : undefined;
	if (!side) return value;
	const description = descriptionOf(value);
	if (!description) return value;
	let sdp = description.sdp;
	if (isCompressedSdp(sdp)) {
		const candidates =
			side === 'remote'
				? [pc.lastRemote]
				: method.startsWith('create')
					? [pc.lastLocal]
					: [pc.lastLocal, pc.lastCreated];
		const base = candidates.find((d) => d && d.type === description.type) ?? null;
		const expanded = expandSdp(sdp, base?.sdp ?? null);
		if (expanded === null) {
			missingBase();
			return value;
		}
		sdp = expanded;
	}
	const whole = { type: description.type, sdp };
	if (method.startsWith('create')) pc.lastCreated = whole;
	else if (side === 'remote') pc.lastRemote = whole;
	else pc.lastLocal = whole;
	if (!method.startsWith('create')) {
		const id = `${side} ${whole.type} ${whole.sdp}`;
		if (!pc.seenDescriptions.has(id)) {
			pc.seenDescriptions.add(id);
			pc.descriptions.push({ side, ...whole, time });
		}
	}
	return isRecord(value) ? { ...value, sdp } : whole;
}
