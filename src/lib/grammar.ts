/**
 * The pieces of grammar SDP text (RFC 8866 §9) and ICE candidate lines (RFC 8839 §5.1) share:
 * tokens separated by spaces, digit strings, and what kind of address a connection address is.
 * It imports nothing, so sdp/ and ice/ both build on it without importing each other.
 */

const BLANKS = /[ \t]+/;

/**
 * Splits on runs of spaces, so a doubled space or a tab is tolerated (browsers write single
 * spaces). The common case, single spaces and nothing around, takes the native split alone.
 */
export function tokens(value: string): string[] {
	if (value.indexOf('\t') < 0) {
		const parts = value.split(' ');
		if (!parts.includes('')) return parts;
	}
	const trimmed = value.trim();
	return trimmed === '' ? [] : trimmed.split(BLANKS);
}

/**
 * A line's first N positional fields, to destructure once the grammar has been checked (the o=
 * line's six, a candidate's eight): `const [a, b] = tokens(value) as Fields<2>`.
 */
export type Fields<N extends number, F extends string[] = []> = F['length'] extends N
	? F
	: Fields<N, [...F, string]>;

export function isDigits(text: string | undefined): text is string {
	if (text === undefined || text.length === 0) return false;
	// a loop rather than a regex: called for thousands of short payload types per description
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code < 48 || code > 57) return false;
	}
	return true;
}

/** What kind of address a connection-address is (an SDP c= line, a candidate). */
export type AddressKind = 'ipv4' | 'ipv6' | 'mdns' | 'fqdn';

const IPV4 = /^(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
/** Loose on purpose: hex groups and colons, an optional dotted tail and zone; `::` included. */
const IPV6 = /^[0-9a-f:]*:[0-9a-f:]*(?:\d+\.\d+\.\d+\.\d+)?(?:%[\w.-]+)?$/i;
/** mDNS names end in `.local` (RFC 6762 §3); browsers use a random UUID before it. */
const MDNS = /\.local\.?$/i;

export function addressKind(address: string): AddressKind {
	if (IPV4.test(address)) return 'ipv4';
	if (IPV6.test(address)) return 'ipv6';
	if (MDNS.test(address)) return 'mdns';
	return 'fqdn';
}
