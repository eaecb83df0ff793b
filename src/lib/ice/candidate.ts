/**
 * The candidate grammar of RFC 8839 §5.1 and the priority formula of RFC 8445 §5.1.2.1 and
 * §6.1.2.3. One parser for the SDP inspector (`a=candidate:` lines) and the ICE lab (trickled
 * candidates): nothing is dropped, so Chrome's `ufrag`, `network-id` and `network-cost`, any
 * unknown extension, Firefox's upper-case `UDP`, mDNS `.local` names and IPv6 addresses survive.
 */
import { addressKind, isDigits, tokens, type Fields } from '$lib/grammar';

export interface ParsedCandidate {
	foundation: string;
	component: number;
	/** as written: `udp`, `UDP`, `tcp` (the grammar is case-insensitive) */
	transport: string;
	priority: number;
	address: string;
	port: number;
	type: string;
	relatedAddress: string | null;
	relatedPort: number | null;
	tcpType: string | null;
	/** every `name value` pair after the type, in order, including raddr/rport/tcptype */
	extensions: [string, string][];
}

export const CANDIDATE_GRAMMAR =
	'candidate:<foundation> <component-id> <transport> <priority> <connection-address> <port> typ <cand-type> [raddr <address> rport <port>] *(<name> <value>)';

/** RFC 8839 §5.1: foundation is 1 to 32 ice-chars (ALPHA / DIGIT / "+" / "/"). */
const FOUNDATION = /^[A-Za-z0-9+/]{1,32}$/;
/** transport and cand-type are tokens (RFC 8839 §5.1: transport-extension / token). */
const TOKEN = /^[A-Za-z][\w-]*$/;
/** component-id is 1*3DIGIT, priority 1*10DIGIT, port a 16-bit number. */
const MAX_COMPONENT = 256;
const MAX_PRIORITY = 2 ** 32 - 1;
const MAX_PORT = 65535;

/** The part of the grammar a malformed candidate breaks. */
export type CandidateField =
	| 'foundation'
	| 'component-id'
	| 'transport'
	| 'priority'
	| 'connection-address'
	| 'port'
	| 'typ'
	| 'cand-type'
	| 'extension'
	| 'rport';

/** Where a candidate stops following the grammar: the field, its text and its column. */
export interface CandidateSyntaxError {
	field: CandidateField;
	/** the offending token, or '' when the field is missing */
	token: string;
	/** 1-based column in the text given to the parser (at the end when a field is missing) */
	column: number;
}

export type CandidateResult =
	{ ok: true; candidate: ParsedCandidate } | { ok: false; error: CandidateSyntaxError };

const POSITIONAL: readonly CandidateField[] = [
	'foundation',
	'component-id',
	'transport',
	'priority',
	'connection-address',
	'port',
	'typ',
	'cand-type'
];

/** Where each blank-separated token starts (0-based), the same split as `tokens`. */
function tokenStarts(text: string): number[] {
	const starts: number[] = [];
	const blank = /[ \t]/;
	for (let i = 0; i < text.length; i++) {
		if (!blank.test(text[i]!) && (i === 0 || blank.test(text[i - 1]!))) starts.push(i);
	}
	return starts;
}

function positionalValid(field: CandidateField, token: string): boolean {
	switch (field) {
		case 'foundation':
			return FOUNDATION.test(token);
		case 'component-id':
			return isDigits(token) && Number(token) >= 1 && Number(token) <= MAX_COMPONENT;
		case 'transport':
		case 'cand-type':
			return TOKEN.test(token);
		case 'priority':
			return isDigits(token) && Number(token) <= MAX_PRIORITY;
		case 'port':
		case 'rport':
			return isDigits(token) && Number(token) <= MAX_PORT;
		case 'typ':
			return token === 'typ';
		default:
			return token !== '';
	}
}

/**
 * Parses the value of `a=candidate:` or what a trickled RTCIceCandidate carries, with or without
 * the `candidate:` prefix. A malformed candidate gives the first field that breaks the grammar.
 */
export function readCandidate(value: string): CandidateResult {
	const prefix = value.startsWith('candidate:') ? 'candidate:'.length : 0;
	const text = value.slice(prefix);
	const parts = tokens(text);
	const starts = tokenStarts(text);
	// a missing field is placed one blank after the last token
	const end = text.trimEnd().length;
	const columnOf = (index: number) =>
		prefix + (index < starts.length ? starts[index]! : end === 0 ? 0 : end + 1) + 1;
	const fail = (field: CandidateField, index: number): CandidateResult => ({
		ok: false,
		error: { field, token: parts[index] ?? '', column: columnOf(index) }
	});

	for (const [index, field] of POSITIONAL.entries()) {
		if (!positionalValid(field, parts[index] ?? '')) return fail(field, index);
	}
	const extensions: [string, string][] = [];
	for (let i = POSITIONAL.length; i < parts.length; i += 2) {
		const name = parts[i]!;
		const extValue = parts[i + 1];
		// a name without its value: the pair is cut short
		if (extValue === undefined) return fail('extension', i);
		if (name === 'rport' && !positionalValid('rport', extValue)) return fail('rport', i + 1);
		extensions.push([name, extValue]);
	}
	const get = (name: string) => extensions.find(([n]) => n === name)?.[1] ?? null;
	const rport = get('rport');
	const [foundation, component, transport, priority, address, port, , type] = parts as Fields<8>;
	return {
		ok: true,
		candidate: {
			foundation,
			component: Number(component),
			transport,
			priority: Number(priority),
			address,
			port: Number(port),
			type,
			relatedAddress: get('raddr'),
			relatedPort: rport !== null ? Number(rport) : null,
			tcpType: get('tcptype'),
			extensions
		}
	};
}

/** The candidate, or null when it does not follow the grammar (`readCandidate` says where). */
export function parseCandidate(value: string): ParsedCandidate | null {
	const result = readCandidate(value);
	return result.ok ? result.candidate : null;
}

/** RFC 8445 §5.1.2.1: priority = 2^24·(type preference) + 2^8·(local preference) + (256 − component ID). */
const TYPE_PREFERENCE_SHIFT = 2 ** 24;
const LOCAL_PREFERENCE_SHIFT = 2 ** 8;
const LOCAL_PREFERENCE_RANGE = 2 ** 16;
const COMPONENT_BASE = 256;

/** RFC 8445 §5.1.2.2: the recommended type preferences (browsers use these, relay 0..2 by protocol). */
export const RECOMMENDED_TYPE_PREFERENCE = {
	host: 126,
	prflx: 110,
	srflx: 100,
	relay: 0
} as const;

/**
 * The type preferences Chrome (libwebrtc's `IcePriorityValue`) writes. UDP host, prflx and srflx
 * get the RFC 8445 values; TCP is demoted through the type preference (host TCP 90, prflx TCP 80)
 * rather than the local preference, and relay ranks by how the browser reaches the TURN server.
 */
export const CHROME_TYPE_PREFERENCE = {
	host: 126,
	prflx: 110,
	srflx: 100,
	hostTcp: 90,
	prflxTcp: 80,
	relayUdp: 2,
	relayTcp: 1,
	relayTls: 0
} as const;

/** RFC 6544 §4.2: a TCP candidate's local preference = 2^13·direction-pref + other-pref. */
const TCP_DIRECTION_SHIFT = 2 ** 13;

/** What the priority of a TCP candidate says beyond RFC 8445's formula. */
export type TcpPriorityNote = {
	/** the type preference a UDP candidate of the same type gets */
	udp: number;
	/** the local preference read as RFC 6544 §4.2 writes it */
	direction: number;
	other: number;
};

/** For a host, prflx or srflx TCP candidate: how TCP is ranked below UDP; null otherwise. */
export function tcpPriorityNote(candidate: ParsedCandidate): TcpPriorityNote | null {
	if (candidate.transport.toLowerCase() !== 'tcp') return null;
	const type = candidate.type;
	if (type !== 'host' && type !== 'prflx' && type !== 'srflx') return null;
	const { localPreference } = priorityParts(candidate.priority);
	return {
		udp: RECOMMENDED_TYPE_PREFERENCE[type],
		direction: Math.floor(localPreference / TCP_DIRECTION_SHIFT),
		other: localPreference % TCP_DIRECTION_SHIFT
	};
}

/** A type alias, not an interface, so it stays assignable to message parameters. */
export type PriorityParts = {
	typePreference: number;
	localPreference: number;
	component: number;
};

export function priorityParts(priority: number): PriorityParts {
	return {
		typePreference: Math.floor(priority / TYPE_PREFERENCE_SHIFT),
		localPreference: Math.floor(priority / LOCAL_PREFERENCE_SHIFT) % LOCAL_PREFERENCE_RANGE,
		component: COMPONENT_BASE - (priority % LOCAL_PREFERENCE_SHIFT)
	};
}

/** The inverse of `priorityParts`: the RFC 8445 §5.1.2.1 formula itself. */
export function candidatePriority({ typePreference, localPreference, component }: PriorityParts) {
	return (
		TYPE_PREFERENCE_SHIFT * typePreference +
		LOCAL_PREFERENCE_SHIFT * localPreference +
		(COMPONENT_BASE - component)
	);
}

/**
 * RFC 8445 §6.1.2.3: pair priority = 2^32·MIN(G,D) + 2·MAX(G,D) + (G>D ? 1 : 0), where G is the
 * controlling agent's candidate priority and D the controlled agent's. It can reach 2^64, past
 * what a double holds exactly, so it is a bigint.
 */
export function pairPriority(controlling: number, controlled: number): bigint {
	const g = BigInt(controlling);
	const d = BigInt(controlled);
	const [min, max] = g < d ? [g, d] : [d, g];
	return (min << 32n) + 2n * max + (g > d ? 1n : 0n);
}

/** RFC 6544 §6.2: an active TCP candidate pairs with a passive one, simultaneous-open with its kind. */
const TCP_PARTNER: Record<string, string> = { active: 'passive', passive: 'active', so: 'so' };

/** The IP version of a candidate's address; an mDNS or other name resolves to either. */
function ipVersion(address: string): 'ipv4' | 'ipv6' | null {
	const kind = addressKind(address);
	return kind === 'ipv4' || kind === 'ipv6' ? kind : null;
}

/**
 * Whether ICE would ever form a pair of these two candidates (RFC 8445 §6.1.2.2): the same
 * component and the same IP version, over the same transport (a UDP candidate never pairs with a
 * TCP one; TCP ones pair active with passive, RFC 6544 §6.2). An mDNS name (RFC 8839 §5.1 allows
 * FQDNs) is resolved before pairing, so its version is not known here and does not rule it out.
 */
export function canPair(local: ParsedCandidate, remote: ParsedCandidate): boolean {
	if (local.component !== remote.component) return false;
	const transport = local.transport.toLowerCase();
	if (transport !== remote.transport.toLowerCase()) return false;
	if (transport === 'tcp') {
		const partner = TCP_PARTNER[(local.tcpType ?? '').toLowerCase()];
		if (!partner || partner !== (remote.tcpType ?? '').toLowerCase()) return false;
	}
	const a = ipVersion(local.address);
	const b = ipVersion(remote.address);
	return a === null || b === null || a === b;
}

/** The other side's highest-priority candidate that `candidate` pairs with, or null. */
export function bestPartner(
	candidate: ParsedCandidate,
	others: readonly ParsedCandidate[]
): ParsedCandidate | null {
	let best: ParsedCandidate | null = null;
	for (const other of others) {
		if (canPair(candidate, other) && (!best || other.priority > best.priority)) best = other;
	}
	return best;
}
