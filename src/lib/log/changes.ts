import {
	type PeerRole,
	type PeerView,
	type PeerViews,
	PEER_FIELDS,
	PEER_ROLES
} from '$lib/vocabulary';
import type { LogEntry } from './eventLog';

export interface PeerChange {
	peer: PeerRole;
	field: string;
	before: string;
	after: string;
}

function summary(view: PeerView | null) {
	if (!view) return null;
	return {
		...Object.fromEntries(PEER_FIELDS.map((f) => [f, view[f]])),
		localDescription: view.localDescription?.type ?? '—',
		remoteDescription: view.remoteDescription?.type ?? '—',
		transceivers: String(view.transceivers.length)
	} as Record<string, string>;
}

/** The state values that differ between two moments, peer by peer, as "before → after". */
export function peerChanges(before: PeerViews, after: PeerViews): PeerChange[] {
	const changes: PeerChange[] = [];
	for (const peer of PEER_ROLES) {
		const a = summary(before[peer]);
		const b = summary(after[peer]);
		if (!b) continue;
		if (!a) {
			changes.push({ peer, field: 'RTCPeerConnection', before: '—', after: 'new' });
			continue;
		}
		for (const field of Object.keys(b)) {
			if (a[field] !== b[field]) changes.push({ peer, field, before: a[field]!, after: b[field]! });
		}
	}
	return changes;
}

/** What a step changed: from the peers at its call's start to the peers now. */
export function changesOfStep(
	log: readonly LogEntry[],
	step: string,
	now: PeerViews
): PeerChange[] {
	const start = log.findLast(
		(e) =>
			(e.kind === 'call' && e.step === step && e.status === 'start') ||
			(e.kind === 'signal' && e.stage === 'sent' && step === `send${capitalise(e.name)}`)
	);
	return start ? peerChanges(start.peers, now) : [];
}

function capitalise(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}
