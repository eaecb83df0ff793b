/** The core lines of RFC 8866 §5: everything that is not an attribute. */
import type { SdpMessageKey } from '$lib/i18n/sdp/en';
import { addressKind } from '$lib/grammar';
import { isPlaceholderAddress } from '../address';
import { STATIC_PAYLOAD_TYPES } from '../codecs';
import { codecName, field, isDigits, malformed, table, tokens } from './helpers';
import type { ExplainContext, Explainer, Explanation } from './types';

/** The discard port (RFC 863): JSEP writes it until a candidate gives the real one (RFC 9429 §5.2.1, which obsoletes RFC 8829). */
const DISCARD_PORT = 9;

const ADDRESS_KEYS: Record<string, SdpMessageKey> = table({
	ipv4: 'sdp.field.addressIpv4',
	ipv6: 'sdp.field.addressIpv6',
	mdns: 'sdp.field.addressMdns',
	fqdn: 'sdp.field.addressFqdn'
});

export function addressField(name: string, address: string): Explanation['fields'][number] {
	if (isPlaceholderAddress(address)) return field(name, address, 'sdp.field.addressPlaceholder');
	return field(name, address, ADDRESS_KEYS[addressKind(address)]);
}

const version: Explainer = (value) => ({
	key: 'sdp.line.v',
	reference: 'RFC 8866 §5.1',
	fields: [field('version', value)],
	problems: value.trim() === '0' ? [] : [malformed('v=0')]
});

const origin: Explainer = (value) => {
	const parts = tokens(value);
	const [
		username = '',
		sessionId = '',
		sessionVersion = '',
		netType = '',
		addrType = '',
		address = ''
	] = parts;
	const ok = parts.length === 6 && isDigits(sessionId) && isDigits(sessionVersion);
	return {
		key: 'sdp.line.o',
		params: { username, sessionId, sessionVersion },
		reference: 'RFC 8866 §5.2',
		fields: [
			field(
				'username',
				username,
				username === '-' ? 'sdp.field.usernameDash' : 'sdp.field.username'
			),
			field('sess-id', sessionId, 'sdp.field.sessionId'),
			field('sess-version', sessionVersion, 'sdp.field.sessionVersion'),
			field('nettype', netType, 'sdp.field.netType'),
			field('addrtype', addrType, 'sdp.field.addrType'),
			addressField('unicast-address', address)
		],
		problems: ok
			? []
			: [malformed('o=<username> <sess-id> <sess-version> <nettype> <addrtype> <unicast-address>')]
	};
};

const sessionName: Explainer = (value) => {
	const unnamed = value === '-' || value === ' ';
	return {
		key: unnamed ? 'sdp.line.sUnnamed' : 'sdp.line.s',
		params: { name: value },
		reference: 'RFC 8866 §5.3',
		fields: [field('session name', value)],
		problems: value === '' ? [{ severity: 'warning', key: 'sdp.problem.emptySessionName' }] : []
	};
};

function simple(key: SdpMessageKey, reference: string, name: string): Explainer {
	return (value) => ({ key, params: { value }, reference, fields: [field(name, value)] });
}

const connection: Explainer = (value) => {
	const parts = tokens(value);
	const [netType = '', addrType = '', address = ''] = parts;
	const bare = address.split('/')[0] ?? '';
	const placeholder = isPlaceholderAddress(bare);
	return {
		key: bare === '0.0.0.0' || bare === '::' ? 'sdp.line.cPlaceholder' : 'sdp.line.c',
		params: { address },
		reference: 'RFC 8866 §5.7',
		fields: [
			field('nettype', netType, 'sdp.field.netType'),
			field('addrtype', addrType, 'sdp.field.addrType'),
			placeholder
				? field('connection-address', address, 'sdp.field.addressPlaceholder')
				: addressField('connection-address', address)
		],
		problems:
			parts.length === 3 && (addrType === 'IP4' || addrType === 'IP6')
				? []
				: [malformed('c=<nettype> <addrtype> <connection-address>')]
	};
};

const BANDWIDTH_KEYS: Record<string, SdpMessageKey> = table({
	AS: 'sdp.field.bandwidthAs',
	CT: 'sdp.field.bandwidthCt',
	TIAS: 'sdp.field.bandwidthTias',
	RS: 'sdp.field.bandwidthRs',
	RR: 'sdp.field.bandwidthRr'
});

const bandwidth: Explainer = (value) => {
	const colon = value.indexOf(':');
	const bwType = colon < 0 ? value : value.slice(0, colon);
	const amount = colon < 0 ? '' : value.slice(colon + 1).trim();
	return {
		key: 'sdp.line.b',
		params: { type: bwType, bandwidth: amount },
		reference:
			bwType === 'TIAS'
				? 'RFC 3890'
				: bwType === 'RS' || bwType === 'RR'
					? 'RFC 3556 §2, RFC 8866 §5.8'
					: 'RFC 8866 §5.8',
		fields: [
			field('bwtype', bwType, BANDWIDTH_KEYS[bwType]),
			field('bandwidth', amount, 'sdp.field.bandwidth')
		],
		problems: isDigits(amount) && bwType !== '' ? [] : [malformed('b=<bwtype>:<bandwidth>')]
	};
};

const timing: Explainer = (value) => {
	const parts = tokens(value);
	const [start = '', stop = ''] = parts;
	return {
		key: start === '0' && stop === '0' ? 'sdp.line.tUnbounded' : 'sdp.line.t',
		params: { start, stop },
		reference: 'RFC 8866 §5.9',
		fields: [
			field('start-time', start, 'sdp.field.startTime'),
			field('stop-time', stop, 'sdp.field.stopTime')
		],
		problems:
			parts.length === 2 && isDigits(start) && isDigits(stop)
				? []
				: [malformed('t=<start-time> <stop-time>')]
	};
};

const PROTOCOL_KEYS: Record<string, { key: SdpMessageKey; reference: string }> = table({
	'UDP/TLS/RTP/SAVPF': { key: 'sdp.proto.udpTlsRtpSavpf', reference: 'RFC 5764 §8' },
	'TCP/TLS/RTP/SAVPF': { key: 'sdp.proto.udpTlsRtpSavpf', reference: 'RFC 7850' },
	'RTP/SAVPF': { key: 'sdp.proto.rtpSavpf', reference: 'RFC 5124' },
	'RTP/SAVP': { key: 'sdp.proto.rtpSavp', reference: 'RFC 3711' },
	'RTP/AVPF': { key: 'sdp.proto.rtpAvpf', reference: 'RFC 4585' },
	'RTP/AVP': { key: 'sdp.proto.rtpAvp', reference: 'RFC 3551' },
	'UDP/DTLS/SCTP': { key: 'sdp.proto.udpDtlsSctp', reference: 'RFC 8841' },
	'TCP/DTLS/SCTP': { key: 'sdp.proto.udpDtlsSctp', reference: 'RFC 8841' },
	'DTLS/SCTP': { key: 'sdp.proto.dtlsSctpLegacy', reference: 'draft-ietf-mmusic-sctp-sdp-05' }
});

function mediaLine(value: string, context: ExplainContext): Explanation {
	const parts = tokens(value);
	const [media = '', portText = '', protocol = '', ...formats] = parts;
	const port = portText.split('/')[0] ?? '';
	const bundleOnly = context.section?.rejected === false && port === '0';
	const proto = PROTOCOL_KEYS[protocol];
	const rtp = protocol.includes('RTP');
	const fields = [
		field('media', media, 'sdp.field.media', { media }),
		field(
			'port',
			portText,
			port === '0'
				? bundleOnly
					? 'sdp.field.portBundleOnly'
					: 'sdp.field.portZero'
				: port === String(DISCARD_PORT)
					? 'sdp.field.portDiscard'
					: 'sdp.field.port'
		),
		field('proto', protocol, proto?.key)
	];
	for (const format of formats) {
		if (rtp && isDigits(format)) {
			const pt = Number(format);
			const name = context.codecs.has(pt)
				? codecName(context, pt)
				: STATIC_PAYLOAD_TYPES.get(pt)?.name;
			fields.push(
				field('fmt', format, 'sdp.field.format', { payloadType: pt, codec: name ?? '?' })
			);
		} else {
			fields.push(
				field(
					'fmt',
					format,
					format === 'webrtc-datachannel' ? 'sdp.field.formatDataChannel' : undefined
				)
			);
		}
	}
	const ok = parts.length >= 4 && /^\d+(?:\/\d+)?$/.test(portText);
	return {
		key: port === '0' ? (bundleOnly ? 'sdp.line.mBundleOnly' : 'sdp.line.mRejected') : 'sdp.line.m',
		params: { media, port, protocol, count: formats.length },
		reference: proto ? `RFC 8866 §5.14, ${proto.reference}` : 'RFC 8866 §5.14',
		fields,
		problems: ok ? [] : [malformed('m=<media> <port> <proto> <fmt> ...')]
	};
}

export const CORE_EXPLAINERS: Record<string, Explainer> = table({
	v: version,
	o: origin,
	s: sessionName,
	i: simple('sdp.line.i', 'RFC 8866 §5.4', 'information'),
	u: simple('sdp.line.u', 'RFC 8866 §5.5', 'uri'),
	e: simple('sdp.line.e', 'RFC 8866 §5.6', 'email'),
	p: simple('sdp.line.p', 'RFC 8866 §5.6', 'phone'),
	c: connection,
	b: bandwidth,
	t: timing,
	r: simple('sdp.line.r', 'RFC 8866 §5.10', 'repeat'),
	z: simple('sdp.line.z', 'RFC 8866 §5.11', 'adjustments'),
	k: simple('sdp.line.k', 'RFC 8866 §5.12', 'key'),
	m: mediaLine
});
