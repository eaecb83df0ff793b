import type { LogEntry } from '$lib/log/eventLog';
import { type PeerRole, PEER_ROLES } from '$lib/vocabulary';
import { dumpToLog } from './dumpLog';
import type { DumpPeerConnection, ImportedDump } from './dump';
import type { StatsHistory } from './history';
import type { ImportedSession } from './record';

/**
 * What the import page shows, the same for a session export and a webrtc-internals dump: one
 * event log (timeline, markers, sequence diagram), the stats history of each shown peer, and the
 * descriptions and candidates found in the log.
 */
export interface BrowseModel {
	log: LogEntry[];
	/** epoch ms of t = 0 on every time axis */
	originMs: number;
	peers: { peer: PeerRole; history: StatsHistory }[];
	descriptions: {
		peer: PeerRole;
		side: 'local' | 'remote';
		type: string;
		sdp: string;
		t: number;
	}[];
	candidates: { peer: PeerRole; side: 'local' | 'remote'; candidate: string; t: number }[];
	/** only a session has signaling messages to draw */
	hasSignaling: boolean;
}

function text(value: unknown, key: string): string | null {
	if (!value || typeof value !== 'object') return null;
	const v = (value as Record<string, unknown>)[key];
	return typeof v === 'string' ? v : null;
}

export function descriptionsOf(log: readonly LogEntry[]): BrowseModel['descriptions'] {
	const seen = new Set<string>();
	const out: BrowseModel['descriptions'] = [];
	for (const entry of log) {
		if (entry.kind !== 'call' || !entry.peer) continue;
		const side =
			entry.name === 'setLocalDescription'
				? 'local'
				: entry.name === 'setRemoteDescription'
					? 'remote'
					: null;
		const sdp = text(entry.payload, 'sdp');
		if (!side || sdp === null) continue;
		const type = text(entry.payload, 'type') ?? '';
		const id = `${entry.peer} ${side} ${type} ${sdp}`;
		if (seen.has(id)) continue;
		seen.add(id);
		out.push({ peer: entry.peer, side, type, sdp, t: entry.t });
	}
	return out;
}

export function candidatesOf(log: readonly LogEntry[]): BrowseModel['candidates'] {
	const out: BrowseModel['candidates'] = [];
	for (const entry of log) {
		if (!entry.peer) continue;
		if (entry.kind === 'event' && entry.name === 'icecandidate') {
			const candidate = text(entry.payload, 'candidate');
			if (candidate) out.push({ peer: entry.peer, side: 'local', candidate, t: entry.t });
		} else if (
			entry.kind === 'call' &&
			entry.name === 'addIceCandidate' &&
			entry.status !== 'error'
		) {
			const payload = entry.payload as Record<string, unknown> | undefined;
			// a dump logs the candidate itself; the walkthrough logs the signaling message carrying it
			const candidate = text(payload, 'candidate') ?? text(payload?.candidate, 'candidate');
			if (candidate && entry.status !== 'success')
				out.push({ peer: entry.peer, side: 'remote', candidate, t: entry.t });
		}
	}
	return out;
}

export function sessionModel(session: ImportedSession): BrowseModel {
	const log = session.record.log;
	return {
		log,
		originMs: session.record.startedAt,
		peers: PEER_ROLES.filter((peer) => session.stats[peer]).map((peer) => ({
			peer,
			history: session.stats[peer]!
		})),
		descriptions: descriptionsOf(log),
		candidates: candidatesOf(log),
		hasSignaling: log.some((e) => e.kind === 'signal')
	};
}

/** A dump with the chosen connections (at most two) shown as Peer A and Peer B. */
export function dumpModel(dump: ImportedDump, chosen: readonly DumpPeerConnection[]): BrowseModel {
	const { log, originMs } = dumpToLog(chosen);
	return {
		log,
		originMs,
		peers: chosen.slice(0, 2).map((pc, i) => ({ peer: i === 0 ? 'A' : 'B', history: pc.stats })),
		descriptions: descriptionsOf(log),
		candidates: candidatesOf(log),
		hasSignaling: false
	};
}
