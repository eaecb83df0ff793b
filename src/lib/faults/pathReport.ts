/**
 * The story of a peer-vanishes run, read from the session log (the single record: the panel, the
 * export and /stats all see the same): the pipe and the candidates it carried or held back, the
 * cut, Peer A's states after it with the browser's own timings, the ICE restart with the ICE
 * credentials before and after (RFC 8445 §9: a restart changes ufrag and password), and what
 * Peer A had received when the path went away. Pure: tested in Node.
 */
import type { LogEntry } from '$lib/log/eventLog';
import type { CandidateInit, PeerRole, StatsSnapshot } from '$lib/vocabulary';
import type { PipeCounts } from './pipeProtocol.js';
import type { PathEvent } from './pipedChannel';
import type { DropReason } from './pipeRoute';

/** What a peer had received of the other's video: bytes, packets and decoded frames. */
export interface InboundVideo {
	bytesReceived: number;
	packetsReceived: number;
	framesDecoded: number;
}

/** The inbound-rtp report of the video a peer receives (webrtc-stats §8.4), or null before any. */
export function inboundVideoOf(snapshot: StatsSnapshot): InboundVideo | null {
	const report = Object.values(snapshot.reports).find(
		(r) => r.type === 'inbound-rtp' && r.kind === 'video'
	);
	if (!report) return null;
	const count = (value: unknown) => (typeof value === 'number' ? value : 0);
	return {
		bytesReceived: count(report.bytesReceived),
		packetsReceived: count(report.packetsReceived),
		framesDecoded: count(report.framesDecoded)
	};
}

/** One reading of what Peer A has received of B's video, at `t` ms since the session started. */
export interface InboundSample extends InboundVideo {
	t: number;
}

/** The first reading taken at or after `t` (what the peer had received by then), if any. */
export function sampleAt(samples: readonly InboundSample[], t: number): InboundSample | null {
	return samples.find((s) => s.t >= t) ?? null;
}

/** `a=ice-ufrag` and `a=ice-pwd` of a description (RFC 8839 §5.4), the first of each. */
export interface IceCredentials {
	ufrag: string | null;
	pwd: string | null;
}

export function iceCredentialsOf(sdp: string): IceCredentials {
	const value = (name: string) => new RegExp(`^a=${name}:(\\S+)\\s*$`, 'm').exec(sdp)?.[1] ?? null;
	return { ufrag: value('ice-ufrag'), pwd: value('ice-pwd') };
}

export interface RoutedCandidate {
	messageId: number;
	from: PeerRole;
	original: string;
	delivered: string;
}

export interface HeldCandidate {
	messageId: number;
	from: PeerRole;
	candidate: string;
	reason: DropReason;
}

/** A moment of the run, in ms since the session started, and since the cut. */
export interface Moment {
	t: number;
	sinceCut: number;
}

export interface PathStory {
	opened: Extract<PathEvent, { type: 'opened' }> | null;
	routed: PeerRole[];
	unavailable: Extract<PathEvent, { type: 'unavailable' }> | null;
	rewritten: RoutedCandidate[];
	held: HeldCandidate[];
	cut: { t: number; counts: PipeCounts; inbound: InboundVideo | null } | null;
	/** Peer A after the cut, each the first time it happened */
	disconnected: Moment | null;
	failed: Moment | null;
	restart: Moment | null;
	/** connectionState "connected" again after the restart, and how long the restart took */
	reconnected: (Moment & { sinceRestart: number }) | null;
	/** Peer A's offers: the first, and the ICE restart's */
	credentials: { before: IceCredentials | null; after: IceCredentials | null };
}

function candidateLine(message: unknown): string | null {
	const candidate = (message as { candidate?: CandidateInit | null } | undefined)?.candidate;
	return candidate?.candidate ?? null;
}

/** Reads the run's path story from its log. */
export function pathStory(log: readonly LogEntry[]): PathStory {
	const story: PathStory = {
		opened: null,
		routed: [],
		unavailable: null,
		rewritten: [],
		held: [],
		cut: null,
		disconnected: null,
		failed: null,
		restart: null,
		reconnected: null,
		credentials: { before: null, after: null }
	};
	const at = (t: number): Moment => ({ t, sinceCut: t - (story.cut?.t ?? t) });
	for (const entry of log) {
		if (entry.kind === 'machine') {
			const payload = entry.payload as Record<string, unknown> | undefined;
			if (entry.name === 'fault.path.opened') story.opened = payload as PathStory['opened'];
			else if (entry.name === 'fault.path.routed' && entry.peer) story.routed.push(entry.peer);
			else if (entry.name === 'fault.path.unavailable')
				story.unavailable = payload as PathStory['unavailable'];
			else if (entry.name === 'fault.changed' && entry.peer && payload?.original) {
				const original = candidateLine(payload.original);
				const delivered = candidateLine(payload.message);
				if (original && delivered) {
					const messageId = Number(payload.messageId);
					story.rewritten.push({ messageId, from: entry.peer, original, delivered });
				}
			} else if (entry.name === 'fault.lost' && entry.peer && payload?.reason) {
				const candidate = candidateLine(payload.message);
				if (candidate) {
					story.held.push({
						messageId: Number(payload.messageId),
						from: entry.peer,
						candidate,
						reason: payload.reason as DropReason
					});
				}
			} else if (entry.name === 'ice.restart' && story.cut && !story.restart) {
				story.restart = at(entry.t);
			}
		} else if (entry.kind === 'call' && entry.status === 'success') {
			if (entry.step === 'fault' && entry.name === 'cut') {
				const result = entry.payload as { counts: PipeCounts; inbound: InboundVideo | null };
				story.cut = { t: entry.t, counts: result.counts, inbound: result.inbound };
			} else if (entry.name === 'createOffer' && entry.peer === 'A') {
				const sdp = (entry.payload as { sdp?: unknown } | undefined)?.sdp;
				if (typeof sdp === 'string') {
					const credentials = iceCredentialsOf(sdp);
					if (!story.credentials.before) story.credentials.before = credentials;
					else if (story.restart) story.credentials.after = credentials;
				}
			}
		} else if (
			entry.kind === 'event' &&
			entry.peer === 'A' &&
			entry.name === 'connectionstatechange' &&
			story.cut
		) {
			const state = (entry.payload as { connectionState?: string }).connectionState;
			if (state === 'disconnected' && !story.disconnected && !story.restart)
				story.disconnected = at(entry.t);
			else if (state === 'failed' && !story.failed && !story.restart) story.failed = at(entry.t);
			else if (state === 'connected' && story.restart && !story.reconnected)
				story.reconnected = { ...at(entry.t), sinceRestart: entry.t - story.restart.t };
		}
	}
	return story;
}
