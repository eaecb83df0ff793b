import type { LogEntry } from '$lib/log/eventLog';
import { newPeerView, PEER_ROLES, type PeerView, type PeerViews } from '$lib/vocabulary';
import { eventName, isBrowserEvent, type DumpPeerConnection } from './dump';

/**
 * A dump's update logs as Peerscope's event log, so the same timeline and markers render them:
 * the first chosen connection is Peer A, the second Peer B, entries merged by time. Each entry
 * carries the connection states as they were at that moment, rebuilt from the state-change
 * events and descriptions in the log.
 */

const STATE_FIELDS: Record<string, keyof PeerView> = {
	signalingstatechange: 'signalingState',
	icegatheringstatechange: 'iceGatheringState',
	iceconnectionstatechange: 'iceConnectionState',
	connectionstatechange: 'connectionState'
};

const CALL_SUFFIX = /^(.*?)(OnSuccess|OnFailure)$/;

export interface DumpLog {
	log: LogEntry[];
	/** epoch ms of t = 0 */
	originMs: number;
}

export function dumpToLog(connections: readonly DumpPeerConnection[], originMs?: number): DumpLog {
	const chosen = connections.slice(0, 2);
	const peerIds = PEER_ROLES;
	const rows = chosen.flatMap((pc, n) =>
		pc.updateLog.map((event, order) => ({ peer: peerIds[n]!, event, order }))
	);
	// Entries without a readable time keep their order after the timed ones of their connection.
	rows.sort((a, b) => {
		const ta = Number.isFinite(a.event.time) ? a.event.time : Infinity;
		const tb = Number.isFinite(b.event.time) ? b.event.time : Infinity;
		return ta - tb || a.order - b.order;
	});
	// A loop, not Math.min(...spread): a long update log would overflow the stack.
	let earliest = Infinity;
	for (const { event } of rows) {
		if (Number.isFinite(event.time) && event.time < earliest) earliest = event.time;
	}
	const origin = originMs ?? (Number.isFinite(earliest) ? earliest : 0);
	const views: PeerViews = {
		A: chosen[0] ? newPeerView() : null,
		B: chosen[1] ? newPeerView() : null
	};
	const log: LogEntry[] = [];
	for (const { peer, event } of rows) {
		const name = eventName(event.type);
		const current = { ...views[peer]! };
		const field = Object.hasOwn(STATE_FIELDS, name) ? STATE_FIELDS[name] : undefined;
		if (field && typeof event.value === 'string')
			(current as Record<string, unknown>)[field] = event.value;
		const sdp = event.value as { type?: unknown; sdp?: unknown } | null;
		if (sdp && typeof sdp === 'object' && typeof sdp.sdp === 'string') {
			const description = { type: String(sdp.type ?? '') as RTCSdpType, sdp: sdp.sdp };
			if (/^setLocalDescription/.test(name)) current.localDescription = description;
			if (/^setRemoteDescription/.test(name)) current.remoteDescription = description;
		}
		views[peer] = current;
		const t = Number.isFinite(event.time) ? Math.max(0, event.time - origin) : (log.at(-1)?.t ?? 0);
		const base = { id: log.length + 1, t: Math.round(t * 10) / 10, peer, peers: { ...views } };
		const payload = event.value === '' ? undefined : field ? { value: event.value } : event.value;
		if (isBrowserEvent(event.type)) {
			log.push({ ...base, kind: 'event', name, payload });
			continue;
		}
		const call = CALL_SUFFIX.exec(name);
		log.push({
			...base,
			kind: 'call',
			name: call ? call[1]! : name,
			step: 'dump',
			status: call ? (call[2] === 'OnSuccess' ? 'success' : 'error') : 'start',
			payload,
			...(call?.[2] === 'OnFailure'
				? {
						error: {
							name: 'Error',
							message: typeof event.value === 'string' ? event.value : JSON.stringify(event.value)
						}
					}
				: {})
		});
	}
	return { log, originMs: origin };
}
