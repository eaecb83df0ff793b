/**
 * Explains an `a=candidate:` line field by field. The grammar and the priority math live in
 * `$lib/ice/candidate` (shared with the ICE lab); this file only attaches the explanations.
 */
import type { SdpMessageKey } from '$lib/i18n/sdp/en';
import { CANDIDATE_GRAMMAR, parseCandidate, priorityParts } from '$lib/ice/candidate';
import { addressKind } from '$lib/grammar';
import { isPlaceholderAddress } from '../address';
import { field, table, unparsed } from './helpers';
import type { Explanation } from './types';

export {
	CANDIDATE_GRAMMAR,
	parseCandidate,
	priorityParts,
	type ParsedCandidate
} from '$lib/ice/candidate';

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

/** An active TCP candidate only connects out, so its port is the discard port 9 (RFC 6544 §4.5). */
const ACTIVE_TCP_PORT = 9;

export function explainCandidate(value: string): Explanation {
	const candidate = parseCandidate(value);
	if (!candidate) {
		return unparsed(value, `a=${CANDIDATE_GRAMMAR}`, {
			key: 'sdp.attr.candidate',
			params: { type: '?', transport: '?', address: '?', port: '?' },
			reference: 'RFC 8839 §5.1'
		});
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
