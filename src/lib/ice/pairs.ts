/**
 * The candidate-pair matrix from one getStats() snapshot (W3C webrtc-stats §7.19-7.21): the local
 * and remote candidates, every pair between them with its check state, and the pair the transport
 * has selected. Pure: takes plain reports, so it is tested in Node with captured snapshots.
 */
import { reportsOfType, type StatsReport, type StatsSnapshot } from '$lib/vocabulary';

export type CandidateType = 'host' | 'srflx' | 'prflx' | 'relay';
export const CANDIDATE_TYPES: readonly CandidateType[] = ['host', 'srflx', 'prflx', 'relay'];

export interface StatsCandidate {
	id: string;
	candidateType: string;
	protocol: string;
	address: string;
	port: number | null;
	/** 'udp' | 'tcp' | 'tls' for relay candidates: how the browser reaches the TURN server */
	relayProtocol: string | null;
	tcpType: string | null;
	url: string | null;
	priority: number | null;
}

export interface CandidatePair {
	id: string;
	localId: string;
	remoteId: string;
	state: string;
	nominated: boolean;
	selected: boolean;
	/** seconds, as getStats reports it */
	currentRoundTripTime: number | null;
	requestsSent: number;
	responsesReceived: number;
	bytesSent: number;
	bytesReceived: number;
	priority: number | null;
}

export interface PairMatrix {
	local: StatsCandidate[];
	remote: StatsCandidate[];
	pairs: CandidatePair[];
	selectedPairId: string | null;
}

const text = (value: unknown): string | null =>
	typeof value === 'string' && value !== '' ? value : null;
const num = (value: unknown): number | null =>
	typeof value === 'number' && Number.isFinite(value) ? value : null;

function candidateOf(report: StatsReport): StatsCandidate {
	return {
		id: report.id,
		candidateType: text(report.candidateType) ?? '?',
		protocol: text(report.protocol) ?? '?',
		// `address` in the current spec; older Chrome and Firefox used `ip`
		address: text(report.address) ?? text(report.ip) ?? '',
		port: num(report.port),
		relayProtocol: text(report.relayProtocol),
		tcpType: text(report.tcpType),
		url: text(report.url),
		priority: num(report.priority)
	};
}

/**
 * The selected pair: the transport's `selectedCandidatePairId` (the spec), else a pair marked
 * `selected` (Firefox before it had transport stats).
 */
function selectedPairIdOf(snapshot: StatsSnapshot, pairs: StatsReport[]): string | null {
	for (const transport of reportsOfType(snapshot, 'transport')) {
		const id = text(transport.selectedCandidatePairId);
		if (id) return id;
	}
	return pairs.find((pair) => pair.selected === true)?.id ?? null;
}

export function pairMatrix(snapshot: StatsSnapshot): PairMatrix {
	const pairReports = reportsOfType(snapshot, 'candidate-pair');
	const selectedPairId = selectedPairIdOf(snapshot, pairReports);
	const pairs = pairReports.map((report): CandidatePair => ({
		id: report.id,
		localId: text(report.localCandidateId) ?? '',
		remoteId: text(report.remoteCandidateId) ?? '',
		state: text(report.state) ?? '?',
		nominated: report.nominated === true,
		selected: report.id === selectedPairId,
		currentRoundTripTime: num(report.currentRoundTripTime),
		requestsSent: num(report.requestsSent) ?? 0,
		responsesReceived: num(report.responsesReceived) ?? 0,
		bytesSent: num(report.bytesSent) ?? 0,
		bytesReceived: num(report.bytesReceived) ?? 0,
		priority: num(report.priority)
	}));
	return {
		local: reportsOfType(snapshot, 'local-candidate').map(candidateOf),
		remote: reportsOfType(snapshot, 'remote-candidate').map(candidateOf),
		pairs,
		selectedPairId
	};
}

/** The pair of one local and one remote candidate, if the agent formed it. */
export function pairAt(
	matrix: PairMatrix,
	localId: string,
	remoteId: string
): CandidatePair | null {
	return matrix.pairs.find((p) => p.localId === localId && p.remoteId === remoteId) ?? null;
}

export interface SelectedPair {
	pair: CandidatePair;
	local: StatsCandidate | null;
	remote: StatsCandidate | null;
}

export function selectedPair(matrix: PairMatrix): SelectedPair | null {
	const pair = matrix.pairs.find((p) => p.selected);
	if (!pair) return null;
	return {
		pair,
		local: matrix.local.find((c) => c.id === pair.localId) ?? null,
		remote: matrix.remote.find((c) => c.id === pair.remoteId) ?? null
	};
}

/**
 * Remote candidates the agent learned from a connectivity check rather than from signaling
 * (RFC 8445 §7.3.1.3): peer-reflexive. On loopback they appear when a check arrives before the
 * trickled candidate, or when the remote candidate is an mDNS name this side could not resolve.
 */
export function peerReflexive(matrix: PairMatrix): StatsCandidate[] {
	return [...matrix.local, ...matrix.remote].filter((c) => c.candidateType === 'prflx');
}
