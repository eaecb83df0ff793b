/**
 * Transport and session attributes: BUNDLE and mid, DTLS (fingerprint, setup), SCTP for data
 * channels, SDES crypto, directions, msid-semantic and the RFC 8866 §6 property attributes.
 */
import type { SdpMessageKey } from '$lib/i18n/sdp/en';
import { field, isDigits, malformed, table, tokens } from './helpers';
import type { Explainer, Explanation } from './types';

const group: Explainer = (value) => {
	const [semantics = '', ...mids] = tokens(value);
	const key: SdpMessageKey =
		semantics === 'BUNDLE'
			? 'sdp.attr.groupBundle'
			: semantics === 'LS'
				? 'sdp.attr.groupLs'
				: 'sdp.attr.group';
	return {
		key,
		params: { semantics, mids: mids.join(', '), tag: mids[0] ?? '' },
		reference: semantics === 'BUNDLE' ? 'RFC 9143, RFC 5888 §5' : 'RFC 5888 §5',
		fields: [
			field('semantics', semantics),
			...mids.map((mid, i) =>
				field(
					'mid',
					mid,
					i === 0 && semantics === 'BUNDLE' ? 'sdp.field.bundleTag' : 'sdp.field.groupMid',
					{
						mid
					}
				)
			)
		],
		problems: semantics === '' ? [malformed('a=group:<semantics> <mid> ...')] : []
	};
};

/** RFC 8122 §5: the hash functions a fingerprint may use; sha-1 is kept only for old peers. */
const HASHES = new Set(['sha-1', 'sha-224', 'sha-256', 'sha-384', 'sha-512', 'md5', 'md2']);
const FINGERPRINT = /^[0-9A-Fa-f]{2}(?::[0-9A-Fa-f]{2})+$/;

const fingerprint: Explainer = (value) => {
	const [algorithm = '', hash = '', ...extra] = tokens(value);
	const ok = extra.length === 0 && FINGERPRINT.test(hash);
	return {
		key: 'sdp.attr.fingerprint',
		params: { algorithm },
		reference: 'RFC 8122 §5, RFC 5763 §5, RFC 5764 §4.2',
		fields: [
			field(
				'hash-func',
				algorithm,
				HASHES.has(algorithm.toLowerCase()) ? 'sdp.field.hashFunction' : undefined,
				{
					algorithm
				}
			),
			field('fingerprint', hash, 'sdp.field.fingerprint')
		],
		problems: ok ? [] : [malformed('a=fingerprint:<hash-func> <XX:XX:...>')]
	};
};

const SETUP_KEYS: Record<string, SdpMessageKey> = table({
	actpass: 'sdp.setup.actpass',
	active: 'sdp.setup.active',
	passive: 'sdp.setup.passive',
	holdconn: 'sdp.setup.holdconn'
});

const setup: Explainer = (value) => {
	const role = value.trim();
	const key = SETUP_KEYS[role];
	return {
		key: key ?? 'sdp.attr.setup',
		params: { role },
		reference: 'RFC 4145 §4, RFC 8842 §5, RFC 5763 §5',
		fields: [field('role', role, key)],
		problems: key ? [] : [malformed('a=setup:actpass|active|passive|holdconn')]
	};
};

function port(key: SdpMessageKey, reference: string, expected: string): Explainer {
	return (value) => {
		const text = value.trim();
		return {
			key,
			params: { value: text },
			reference,
			fields: [field('value', text)],
			problems: isDigits(text) ? [] : [malformed(expected)]
		};
	};
}

const maxMessageSize: Explainer = (value) => {
	const text = value.trim();
	return {
		key: text === '0' ? 'sdp.attr.maxMessageSizeUnlimited' : 'sdp.attr.max-message-size',
		params: { value: text },
		reference: 'RFC 8841 §6',
		fields: [field('bytes', text)],
		problems: isDigits(text) ? [] : [malformed('a=max-message-size:<bytes>')]
	};
};

const sctpmap: Explainer = (value) => {
	const [number = '', app = '', streams] = tokens(value);
	const fields = [field('port', number, 'sdp.field.sctpPort'), field('app', app)];
	if (streams !== undefined) fields.push(field('streams', streams));
	return {
		key: 'sdp.attr.sctpmap',
		params: { port: number },
		reference: 'draft-ietf-mmusic-sctp-sdp-05',
		fields
	};
};

const SUITES: Record<string, SdpMessageKey> = table({
	AES_CM_128_HMAC_SHA1_80: 'sdp.field.cryptoSuiteAesCm',
	AES_CM_128_HMAC_SHA1_32: 'sdp.field.cryptoSuiteAesCm',
	AES_256_CM_HMAC_SHA1_80: 'sdp.field.cryptoSuiteAesCm',
	AES_256_CM_HMAC_SHA1_32: 'sdp.field.cryptoSuiteAesCm',
	AEAD_AES_128_GCM: 'sdp.field.cryptoSuiteGcm',
	AEAD_AES_256_GCM: 'sdp.field.cryptoSuiteGcm'
});

const crypto: Explainer = (value) => {
	const [tag = '', suite = '', keyParams = '', ...sessionParams] = tokens(value);
	const fields = [
		field('tag', tag, 'sdp.field.cryptoTag'),
		field('crypto-suite', suite, SUITES[suite], { suite })
	];
	for (const keyParam of keyParams.split(';')) {
		const [method = '', info = ''] = keyParam.split(/:(.*)/s);
		const [key = '', lifetime, mki] = info.split('|');
		fields.push(field('key-method', method), field('key||salt', key, 'sdp.field.cryptoKey'));
		if (lifetime !== undefined)
			fields.push(field('lifetime', lifetime, 'sdp.field.cryptoLifetime'));
		if (mki !== undefined) fields.push(field('MKI:length', mki, 'sdp.field.cryptoMki'));
	}
	if (sessionParams.length) fields.push(field('session-params', sessionParams.join(' ')));
	return {
		key: 'sdp.attr.crypto',
		params: { tag, suite },
		reference: 'RFC 4568 §4',
		fields,
		problems:
			isDigits(tag) && suite !== '' && keyParams.startsWith('inline:')
				? []
				: [
						malformed(
							'a=crypto:<tag> <crypto-suite> inline:<key||salt>[|<lifetime>][|<MKI>:<length>]'
						)
					]
	};
};

const msidSemantic: Explainer = (value) => {
	const [semantic = '', ...streams] = tokens(value);
	return {
		key: 'sdp.attr.msid-semantic',
		params: { semantic, streams: streams.join(', ') },
		reference: 'draft-ietf-mmusic-msid (dropped from RFC 8830)',
		fields: [
			field('semantic', semantic),
			...streams.map((s) => field('stream id', s, 'sdp.field.msidStream'))
		]
	};
};

/** A property attribute (no value), or a value attribute shown as it is. */
function plain(key: SdpMessageKey, reference: string): Explainer {
	return (value): Explanation => ({
		key,
		params: { value: value.trim() },
		reference,
		fields: value.trim() ? [field('value', value.trim())] : []
	});
}

const direction = (key: SdpMessageKey) => plain(key, 'RFC 3264 §5.1, RFC 8866 §6.7');

export const TRANSPORT_EXPLAINERS: Record<string, Explainer> = {
	group,
	mid: plain('sdp.attr.mid', 'RFC 5888 §4'),
	'bundle-only': plain('sdp.attr.bundle-only', 'RFC 9143 §6'),
	fingerprint,
	setup,
	connection: plain('sdp.attr.connection', 'RFC 4145 §5'),
	'tls-id': plain('sdp.attr.tls-id', 'RFC 8842'),
	'sctp-port': port('sdp.attr.sctp-port', 'RFC 8841 §5', 'a=sctp-port:<port>'),
	'max-message-size': maxMessageSize,
	sctpmap,
	crypto,
	'msid-semantic': msidSemantic,
	'extmap-allow-mixed': plain('sdp.attr.extmap-allow-mixed', 'RFC 8285 §6'),
	sendrecv: direction('sdp.attr.sendrecv'),
	sendonly: direction('sdp.attr.sendonly'),
	recvonly: direction('sdp.attr.recvonly'),
	inactive: direction('sdp.attr.inactive'),
	'rtcp-mux': plain('sdp.attr.rtcp-mux', 'RFC 5761 §5.1.1'),
	'rtcp-mux-only': plain('sdp.attr.rtcp-mux-only', 'RFC 8858'),
	'rtcp-rsize': plain('sdp.attr.rtcp-rsize', 'RFC 5506'),
	'rtcp-xr': plain('sdp.attr.rtcp-xr', 'RFC 3611 §5.1'),
	'x-google-flag': plain('sdp.attr.x-google-flag', 'libwebrtc (legacy screen sharing)'),
	label: plain('sdp.attr.label', 'RFC 4574'),
	content: plain('sdp.attr.content', 'RFC 4796'),
	identity: plain('sdp.attr.identity', 'RFC 8827'),
	tool: plain('sdp.attr.tool', 'RFC 8866 §6.3'),
	framerate: plain('sdp.attr.framerate', 'RFC 8866 §6.13'),
	sdplang: plain('sdp.attr.sdplang', 'RFC 8866 §6.11'),
	lang: plain('sdp.attr.lang', 'RFC 8866 §6.12'),
	charset: plain('sdp.attr.charset', 'RFC 8866 §6.10'),
	silenceSupp: plain('sdp.attr.silenceSupp', 'RFC 3108')
};
