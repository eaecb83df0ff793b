/**
 * Which candidates go through the fault lab's pipe, and how a candidate is rewritten for it: pure
 * text functions over trickled candidates (RFC 8839 §5.1 grammar, read with `$lib/ice`). A peer's
 * UDP host candidate on the pipe's address is delivered to the other peer with the address and
 * port of the other peer's face of the pipe, every other byte kept; every other candidate is held
 * back (with the reason), so the only path ICE can find goes through the pipe.
 */
import { addressKind, tokens } from '$lib/grammar';
import { parseCandidate } from '$lib/ice/candidate';
import type { CandidateInit } from '$lib/vocabulary';

/** Why a candidate is not delivered through the pipe (catalog `pipe.drop.<reason>`). */
export const DROP_REASONS = [
	/** a TCP candidate (RFC 6544): the pipe carries UDP only */
	'tcp',
	/** server reflexive or relayed: its path goes around the pipe, through a STUN or TURN server */
	'notHost',
	/** an mDNS name (`….local`): the browser hid the address, so the pipe cannot reach it */
	'mdns',
	/** a host name or an unreadable candidate */
	'malformed',
	/** a host candidate on another address than the pipe's (another interface, another family) */
	'otherAddress',
	/** the peer already has a candidate through the pipe: one path is enough */
	'alreadyRouted'
] as const;
export type DropReason = (typeof DROP_REASONS)[number];

/** A UDP host candidate with an IP address: one the pipe could carry. */
export interface PipeEndpoint {
	address: string;
	port: number;
}

export type Eligibility = { ok: true; endpoint: PipeEndpoint } | { ok: false; reason: DropReason };

/** Whether a candidate could go through a pipe at all (before the pipe's address is known). */
export function pipeEligibility(candidate: CandidateInit): Eligibility {
	const parsed = parseCandidate(candidate.candidate);
	if (!parsed) return { ok: false, reason: 'malformed' };
	if (parsed.transport.toLowerCase() !== 'udp') return { ok: false, reason: 'tcp' };
	if (parsed.type !== 'host') return { ok: false, reason: 'notHost' };
	const kind = addressKind(parsed.address);
	if (kind === 'mdns') return { ok: false, reason: 'mdns' };
	if (kind !== 'ipv4' && kind !== 'ipv6') return { ok: false, reason: 'malformed' };
	return { ok: true, endpoint: { address: parsed.address, port: parsed.port } };
}

/** The same address in two text forms Chrome and Node may write differently (IPv6 case). */
export function sameAddress(a: string, b: string): boolean {
	return a.toLowerCase() === b.toLowerCase();
}

/**
 * The candidate with its connection-address and port replaced (RFC 8839 §5.1: the 5th and 6th
 * fields), every other field and every extension (ufrag, network-id, generation) as it was.
 */
export function rewriteCandidate(candidate: CandidateInit, to: PipeEndpoint): CandidateInit {
	const prefix = candidate.candidate.startsWith('candidate:') ? 'candidate:' : '';
	const parts = tokens(candidate.candidate.slice(prefix.length));
	if (parts.length < 8) throw new TypeError(`not a candidate: ${candidate.candidate}`);
	parts[4] = to.address;
	parts[5] = String(to.port);
	return { ...candidate, candidate: `${prefix}${parts.join(' ')}` };
}
