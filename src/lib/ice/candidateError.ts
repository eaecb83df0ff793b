/**
 * What an `icecandidateerror` code means. Codes 300 to 699 are the STUN error codes a server
 * answered with (RFC 8489 §14.8, RFC 8656 §18 for TURN); 701 is the browser's own code for "no
 * host candidate could reach the server" (W3C webrtc-pc §4.8.2, RTCPeerConnectionIceErrorEvent).
 */

export type CandidateErrorKind =
	| 'tryAlternate'
	| 'badRequest'
	| 'unauthorized'
	| 'forbidden'
	| 'unknownAttribute'
	| 'allocationMismatch'
	| 'staleNonce'
	| 'addressFamily'
	| 'wrongCredentials'
	| 'unsupportedTransport'
	| 'peerAddressFamily'
	| 'quotaReached'
	| 'serverError'
	| 'insufficientCapacity'
	| 'unreachable'
	| 'otherRedirect'
	| 'otherClient'
	| 'otherServer'
	| 'unknown';

/** W3C webrtc-pc: 701 when no host candidate can reach the server. */
export const UNREACHABLE_CODE = 701;

/** The STUN and TURN error codes registered with IANA that a browser may pass on. */
const KNOWN: Record<number, CandidateErrorKind> = {
	300: 'tryAlternate',
	400: 'badRequest',
	401: 'unauthorized',
	403: 'forbidden',
	420: 'unknownAttribute',
	437: 'allocationMismatch',
	438: 'staleNonce',
	440: 'addressFamily',
	441: 'wrongCredentials',
	442: 'unsupportedTransport',
	443: 'peerAddressFamily',
	486: 'quotaReached',
	500: 'serverError',
	508: 'insufficientCapacity',
	[UNREACHABLE_CODE]: 'unreachable'
};

export function candidateErrorKind(code: number): CandidateErrorKind {
	const known = KNOWN[code];
	if (known) return known;
	if (code >= 300 && code < 400) return 'otherRedirect';
	if (code >= 400 && code < 500) return 'otherClient';
	if (code >= 500 && code < 700) return 'otherServer';
	return 'unknown';
}

/** The fields of RTCPeerConnectionIceErrorEvent that the wrapper copies into plain data. */
export interface CandidateErrorDetail {
	errorCode: number;
	errorText: string;
	url: string;
	address: string | null;
	port: number | null;
}

/** Reads the wrapper's plain `detail` record defensively: browsers differ in what they fill. */
export function candidateErrorDetail(detail: Record<string, unknown>): CandidateErrorDetail {
	const text = (value: unknown) => (typeof value === 'string' ? value : '');
	const num = (value: unknown) => (typeof value === 'number' ? value : null);
	return {
		errorCode: num(detail.errorCode) ?? 0,
		errorText: text(detail.errorText),
		url: text(detail.url),
		address: text(detail.address) || null,
		port: num(detail.port)
	};
}
