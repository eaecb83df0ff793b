/**
 * The candidate grammar of RFC 8839 §5.1, parsed here rather than by sdp-transform so that
 * nothing is dropped: Chrome's `ufrag`, `network-id` and `network-cost`, any unknown extension,
 * Firefox's upper-case `UDP`, mDNS `.local` names and IPv6 addresses all survive.
 */
import type { SdpMessageKey } from '$lib/i18n/sdp/en';
import { addressKind, isPlaceholderAddress } from '../address';
import { field, table, isDigits, malformed, tokens, type Explanation } from './types';

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
/** component-id is 1*3DIGIT, priority 1*10DIGIT, port a 16-bit number. */
const MAX_COMPONENT = 256;
const MAX_PRIORITY = 2 ** 32 - 1;
const MAX_PORT = 65535;

/** Parses the value of `a=candidate:` (also what a trickled RTCIceCandidate carries after `candidate:`). */
export function parseCandidate(value: string): ParsedCandidate | null {
	const text = value.startsWith('candidate:') ? value.slice('candidate:'.length) : value;
	const parts = tokens(text);
	if (parts.length < 8 || parts[6] !== 'typ') return null;
	const [foundation = '', component = '', transport = '', priority = '', address = '', port = ''] =
		parts;
	if (
		!FOUNDATION.test(foundation) ||
		!isDigits(component) ||
		Number(component) < 1 ||
		Number(component) > MAX_COMPONENT ||
		!/^[A-Za-z][\w-]*$/.test(transport) ||
		!isDigits(priority) ||
		Number(priority) > MAX_PRIORITY ||
		address === '' ||
		!isDigits(port) ||
		Number(port) > MAX_PORT
	) {
		return null;
	}
	const extensions: [string, string][] = [];
	if ((parts.length - 8) % 2 !== 0) return null;
	for (let i = 8; i + 1 < parts.length; i += 2) extensions.push([parts[i]!, parts[i + 1]!]);
	const get = (name: string) => extensions.find(([n]) => n === name)?.[1] ?? null;
	const rport = get('rport');
	return {
		foundation,
		component: Number(component),
		transport,
		priority: Number(priority),
		address,
		port: Number(port),
		type: parts[7]!,
		relatedAddress: get('raddr'),
		relatedPort: rport !== null && isDigits(rport) ? Number(rport) : null,
		tcpType: get('tcptype'),
		extensions
	};
}

const TYPE_KEYS: Record<string, SdpMessageKey> = table({
	host: 'sdp.candidate.typeHost',
	srflx: 'sdp.candidate.typeSrflx',
	prflx: 'sdp.candidate.typePrflx',
	relay: 'sdp.candidate.typeRelay'
});

const ADDRESS_KEYS: Record<string, SdpMessageKey> = table({
	ipv4: 'sdp.candidate.addressIpv4',
	ipv6: 'sdp.candidate.addressIpv6',
	mdns: 'sdp.candidate.addressMdns',
	fqdn: 'sdp.candidate.addressFqdn'
});

const EXTENSION_KEYS: Record<string, SdpMessageKey> = table({
	generation: 'sdp.candidate.generation',
	ufrag: 'sdp.candidate.ufrag',
	'network-id': 'sdp.candidate.networkId',
	'network-cost': 'sdp.candidate.networkCost'
});

const TCP_TYPE_KEYS: Record<string, SdpMessageKey> = table({
	active: 'sdp.candidate.tcpTypeActive',
	passive: 'sdp.candidate.tcpTypePassive',
	so: 'sdp.candidate.tcpTypeSo'
});

/** The three parts of a priority, RFC 8445 §5.1.2.1: 2^24·type + 2^8·local + (256 − component). */
const TYPE_PREFERENCE_SHIFT = 2 ** 24;
const LOCAL_PREFERENCE_SHIFT = 2 ** 8;
const LOCAL_PREFERENCE_RANGE = 2 ** 16;
const COMPONENT_BASE = 256;

export function priorityParts(priority: number) {
	return {
		typePreference: Math.floor(priority / TYPE_PREFERENCE_SHIFT),
		localPreference: Math.floor(priority / LOCAL_PREFERENCE_SHIFT) % LOCAL_PREFERENCE_RANGE,
		component: COMPONENT_BASE - (priority % LOCAL_PREFERENCE_SHIFT)
	};
}

/** An active TCP candidate only connects out, so its port is the discard port 9 (RFC 6544 §4.5). */
const ACTIVE_TCP_PORT = 9;

export function explainCandidate(value: string): Explanation {
	const candidate = parseCandidate(value);
	if (!candidate) {
		return {
			key: 'sdp.attr.candidate',
			params: { type: '?', transport: '?', address: '?', port: '?' },
			reference: 'RFC 8839 §5.1',
			fields: [field('value', value)],
			problems: [malformed(`a=${CANDIDATE_GRAMMAR}`)]
		};
	}
	const { transport, address, port, type } = candidate;
	const lowerTransport = transport.toLowerCase();
	const fields = [
		field('foundation', candidate.foundation, 'sdp.candidate.foundation'),
		field(
			'component-id',
			String(candidate.component),
			candidate.component === 1
				? 'sdp.candidate.componentRtp'
				: candidate.component === 2
					? 'sdp.candidate.componentRtcp'
					: 'sdp.candidate.component',
			{ component: candidate.component }
		),
		field(
			'transport',
			transport,
			lowerTransport === 'udp'
				? 'sdp.candidate.transportUdp'
				: lowerTransport === 'tcp'
					? 'sdp.candidate.transportTcp'
					: undefined,
			{ transport }
		),
		field(
			'priority',
			String(candidate.priority),
			'sdp.candidate.priority',
			priorityParts(candidate.priority)
		),
		field('connection-address', address, ADDRESS_KEYS[addressKind(address)]),
		field(
			'port',
			String(port),
			lowerTransport === 'tcp' && candidate.tcpType === 'active' && port === ACTIVE_TCP_PORT
				? 'sdp.candidate.portActiveTcp'
				: 'sdp.candidate.port',
			{ port }
		),
		field('cand-type', type, TYPE_KEYS[type])
	];
	for (const [name, extValue] of candidate.extensions) {
		if (name === 'raddr') {
			const hidden = isPlaceholderAddress(extValue);
			fields.push(
				field(name, extValue, hidden ? 'sdp.candidate.raddrHidden' : 'sdp.candidate.raddr')
			);
		} else if (name === 'rport') {
			fields.push(field(name, extValue, 'sdp.candidate.rport'));
		} else if (name === 'tcptype') {
			fields.push(field(name, extValue, TCP_TYPE_KEYS[extValue]));
		} else {
			fields.push(field(name, extValue, EXTENSION_KEYS[name], { value: extValue }));
		}
	}
	return {
		key: 'sdp.attr.candidate',
		params: { type, transport, address, port },
		reference: 'RFC 8839 §5.1',
		fields
	};
}
