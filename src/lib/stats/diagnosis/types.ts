import type { LogEntry } from '$lib/log/eventLog';
import type { PeerRole } from '$lib/vocabulary';
import type { StatsHistory } from '../history';

/** What a diagnosis reads: the same model the timeline and charts draw (BrowseModel or a live call). */
export interface DiagnosisInput {
	log: readonly LogEntry[];
	/** epoch ms of t = 0 */
	originMs: number;
	peers: readonly { peer: PeerRole; history: StatsHistory }[];
	descriptions: readonly {
		peer: PeerRole;
		side: 'local' | 'remote';
		type: string;
		sdp: string;
		t: number;
	}[];
}

/** What a finding rests on, one click away in the page. */
export type Evidence =
	/** a log entry (timeline and sequence diagram) */
	| { kind: 'log'; entryId: number; t: number; name: string }
	/** a stretch of a chart: the metric of one report of one peer, from t to tEnd (ms since origin) */
	| {
			kind: 'chart';
			peer: PeerRole;
			group: string;
			metric: string;
			reportId: string;
			t: number;
			tEnd: number;
			value: string;
	  }
	/** a line of a description (opens the SDP inspector) */
	| { kind: 'sdp'; peer: PeerRole; description: number; line: number; text: string };

export type FindingId =
	| 'selectedPair'
	| 'pairChanged'
	| 'iceRestart'
	| 'disconnected'
	| 'neverConnected'
	| 'timeToConnected'
	| 'highRtt'
	| 'highJitter'
	| 'highLoss'
	| 'qualityLimited'
	| 'resolutionDrop'
	| 'fpsDrop'
	| 'freezes'
	| 'framesDropped'
	| 'concealment'
	| 'noMedia'
	| 'rejectedSection'
	| 'codecMismatch'
	| 'turnError';

export type Severity = 'problem' | 'warning' | 'info';

export interface Finding {
	id: FindingId;
	severity: Severity;
	peer: PeerRole | null;
	/** fills `stats.diag.<id>.title` / `.detail`; `.action` says what to do */
	params: Record<string, string | number>;
	evidence: Evidence[];
	/** the threshold it was judged by, with its source */
	threshold?: { value: number; unit: string; source: string };
}
