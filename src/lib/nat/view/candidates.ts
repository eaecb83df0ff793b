/**
 * Candidates as the page shows them: by type (RFC 8445 §5.1.1), each with its address and, for
 * srflx and relay, its related address (RFC 8839 §5.1: for srflx the base, the private host
 * address behind the NAT; for relay the mapped address the TURN server saw).
 */
import { parseCandidate } from '$lib/ice/candidate';

export const CANDIDATE_KINDS = ['host', 'srflx', 'prflx', 'relay'] as const;
export type CandidateKind = (typeof CANDIDATE_KINDS)[number];

export interface CandidateView {
	/** the line as the peer gathered it (shown as text) */
	line: string;
	type: CandidateKind | 'unknown';
	protocol: string;
	address: string;
	related: string | null;
	tcpType: string | null;
}

function endpoint(address: string, port: number): string {
	return address.includes(':') ? `[${address}]:${port}` : `${address}:${port}`;
}

export function describeCandidate(line: string): CandidateView {
	const parsed = parseCandidate(line.trim());
	if (!parsed) {
		return { line, type: 'unknown', protocol: '', address: '', related: null, tcpType: null };
	}
	const type = (CANDIDATE_KINDS as readonly string[]).includes(parsed.type)
		? (parsed.type as CandidateKind)
		: 'unknown';
	return {
		line,
		type,
		protocol: parsed.transport.toLowerCase(),
		address: endpoint(parsed.address, parsed.port),
		related:
			parsed.relatedAddress !== null && parsed.relatedPort !== null
				? endpoint(parsed.relatedAddress, parsed.relatedPort)
				: null,
		tcpType: parsed.tcpType
	};
}

/** The candidates of one peer grouped by type, in RFC 8445 order, empty groups kept. */
export function groupCandidates(
	lines: readonly string[]
): { type: CandidateKind | 'unknown'; candidates: CandidateView[] }[] {
	const views = lines.map(describeCandidate);
	const groups: { type: CandidateKind | 'unknown'; candidates: CandidateView[] }[] =
		CANDIDATE_KINDS.map((type) => ({ type, candidates: views.filter((c) => c.type === type) }));
	const unknown = views.filter((c) => c.type === 'unknown');
	if (unknown.length > 0) groups.push({ type: 'unknown', candidates: unknown });
	return groups;
}

/** The type of a candidate line, or 'unknown' (for a pair's two ends). */
export function candidateType(line: string): CandidateKind | 'unknown' {
	return describeCandidate(line).type;
}
