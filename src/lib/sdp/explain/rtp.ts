/** RTP attributes: feedback, SSRCs and their groups, msid, rid, simulcast, RTCP, ptime. */
import type { SdpMessageKey } from '$lib/i18n/sdp/en';
import { addressField } from './core';
import { payloadTypeField } from './rtpmap';
import { codecName, field, isDigits, malformed, table, tokens, unparsed } from './helpers';
import type { Explainer, Explanation } from './types';

/** A Map: its lookups stay fast for the fresh strings a split hands out, line after line. */
const FEEDBACK: ReadonlyMap<string, { key: SdpMessageKey; reference: string }> = new Map(
	Object.entries({
		nack: { key: 'sdp.rtcpFb.nack', reference: 'RFC 4585 §6.2.1' },
		'nack pli': { key: 'sdp.rtcpFb.nackPli', reference: 'RFC 4585 §6.3.1' },
		'nack sli': { key: 'sdp.rtcpFb.nackSli', reference: 'RFC 4585 §6.3.2' },
		'nack rpsi': { key: 'sdp.rtcpFb.nackRpsi', reference: 'RFC 4585 §6.3.3' },
		'ccm fir': { key: 'sdp.rtcpFb.ccmFir', reference: 'RFC 5104 §7.1' },
		'ccm tmmbr': { key: 'sdp.rtcpFb.ccmTmmbr', reference: 'RFC 5104 §7.1' },
		'goog-remb': { key: 'sdp.rtcpFb.googRemb', reference: 'draft-alvestrand-rmcat-remb' },
		'transport-cc': {
			key: 'sdp.rtcpFb.transportCc',
			reference: 'draft-holmer-rmcat-transport-wide-cc-extensions-01'
		},
		'goog-lntf': { key: 'sdp.rtcpFb.googLntf', reference: 'libwebrtc (loss notification)' }
	})
);

/** Single spaces only and nothing around: the form browsers write, split without a regex. */
function tidy(value: string): boolean {
	const last = value.length - 1;
	return (
		last >= 0 &&
		value.charCodeAt(0) !== 32 &&
		value.charCodeAt(last) !== 32 &&
		value.indexOf('  ') < 0 &&
		value.indexOf('\t') < 0
	);
}

const RTCP_FB_GRAMMAR = 'a=rtcp-fb:<payload type or *> <type> [<subtype>]';

/**
 * a=rtcp-fb, RFC 4585 §4.2. The most frequent line of all (five per video codec, over 1,500 in
 * a 16-transceiver offer), so it is taken apart with indexOf and slices, not split and joined.
 */
const rtcpFb: Explainer = (value, context) => {
	const text = tidy(value) ? value : tokens(value).join(' ');
	const space = text.indexOf(' ');
	const pt = space < 0 ? text : text.slice(0, space);
	// `nack pli`: the feedback as a whole, which is also its type and subtype
	const feedback = space < 0 ? '' : text.slice(space + 1);
	const second = feedback.indexOf(' ');
	const type = second < 0 ? feedback : feedback.slice(0, second);
	const subtype = second < 0 ? '' : feedback.slice(second + 1);
	const wildcard = pt === '*';
	if ((!wildcard && !isDigits(pt)) || type === '') {
		return unparsed(value, RTCP_FB_GRAMMAR, {
			key: 'sdp.attr.rtcp-fb',
			params: { payloadType: pt, codec: '?', type },
			reference: 'RFC 4585 §4.2'
		});
	}
	const known = FEEDBACK.get(feedback) ?? (type === 'trr-int' ? undefined : FEEDBACK.get(type));
	const payloadType = wildcard ? pt : Number(pt);
	const params = {
		payloadType,
		codec: wildcard ? '*' : codecName(context, payloadType as number),
		type: feedback
	};
	const fields = [
		wildcard
			? field('payload type', pt, 'sdp.field.payloadTypeWildcard')
			: payloadTypeField(pt, params),
		type === 'trr-int'
			? field('type', type, 'sdp.rtcpFb.trrInt', { value: subtype })
			: field('type', type, known?.key, known ? params : undefined)
	];
	if (subtype) fields.push(field('subtype', subtype));
	return {
		key: known?.key ?? 'sdp.attr.rtcp-fb',
		params,
		reference: known?.reference ?? 'RFC 4585 §4.2',
		fields
	};
};

const SSRC = /^(\d+)[ \t]+([^:\s]+)(?::(.*))?$/;
/** SSRCs are 32-bit (RFC 3550 §5.1). */
const MAX_SSRC = 0xffffffff;

const ssrc: Explainer = (value): Explanation => {
	const m = SSRC.exec(value.trim());
	if (!m || Number(m[1]) > MAX_SSRC) {
		return unparsed(value, 'a=ssrc:<ssrc-id> <attribute>[:<value>]', {
			key: 'sdp.ssrc.other',
			params: { ssrc: '?', attribute: '?' },
			reference: 'RFC 5576 §4.1'
		});
	}
	const [, id = '', attribute = '', attrValue = ''] = m;
	const fields = [field('ssrc-id', id, 'sdp.field.ssrc'), field('attribute', attribute)];
	if (attribute === 'cname') {
		fields.push(field('cname', attrValue, 'sdp.field.cname'));
		return {
			key: 'sdp.ssrc.cname',
			params: { ssrc: id, cname: attrValue },
			reference: 'RFC 5576 §6.1',
			fields
		};
	}
	if (attribute === 'msid') {
		const [stream = '', track = ''] = tokens(attrValue);
		fields.push(
			field('stream id', stream, 'sdp.field.msidStream'),
			field('track id', track, 'sdp.field.msidTrack')
		);
		return {
			key: 'sdp.ssrc.msid',
			params: { ssrc: id, stream, track },
			reference: 'RFC 5576 §4.1, RFC 8830 §2',
			fields
		};
	}
	if (attrValue) fields.push(field('value', attrValue));
	const legacy = attribute === 'mslabel' || attribute === 'label';
	return {
		key: legacy ? 'sdp.ssrc.legacy' : 'sdp.ssrc.other',
		params: { ssrc: id, attribute },
		reference: 'RFC 5576 §4.1',
		fields
	};
};

const SSRC_GROUPS: Record<string, { key: SdpMessageKey; reference: string }> = table({
	FID: { key: 'sdp.ssrcGroup.fid', reference: 'RFC 5576 §4.2, RFC 4588' },
	SIM: { key: 'sdp.ssrcGroup.sim', reference: 'libwebrtc (legacy simulcast)' },
	'FEC-FR': { key: 'sdp.ssrcGroup.fecFr', reference: 'RFC 5956' },
	FEC: { key: 'sdp.ssrcGroup.fec', reference: 'RFC 5576 §4.2' }
});

const ssrcGroup: Explainer = (value) => {
	const [semantics = '', ...ssrcs] = tokens(value);
	const known = SSRC_GROUPS[semantics];
	const ok = semantics !== '' && ssrcs.length > 0 && ssrcs.every((s) => isDigits(s));
	const params = {
		semantics,
		ssrcs: ssrcs.join(', '),
		first: ssrcs[0] ?? '',
		second: ssrcs[1] ?? ''
	};
	return {
		key: known?.key ?? 'sdp.ssrcGroup.other',
		params,
		reference: known?.reference ?? 'RFC 5576 §4.2',
		fields: [
			field('semantics', semantics, known?.key, known ? params : undefined),
			...ssrcs.map((s, i) => field(`ssrc-id ${i + 1}`, s, 'sdp.field.ssrc'))
		],
		problems: ok ? [] : [malformed('a=ssrc-group:<semantics> <ssrc-id> ...')]
	};
};

const msid: Explainer = (value) => {
	const [stream = '', track, ...extra] = tokens(value);
	const fields = [
		field('stream id', stream, stream === '-' ? 'sdp.field.msidNoStream' : 'sdp.field.msidStream')
	];
	if (track !== undefined) fields.push(field('track id', track, 'sdp.field.msidTrack'));
	return {
		key: stream === '-' ? 'sdp.attr.msidNoStream' : 'sdp.attr.msid',
		params: { stream, track: track ?? '' },
		reference: 'RFC 8830 §2',
		fields,
		problems:
			stream !== '' && extra.length === 0 ? [] : [malformed('a=msid:<stream id> [<track id>]')]
	};
};

const rid: Explainer = (value) => {
	const [id = '', direction = '', ...rest] = tokens(value);
	const restrictions = rest.join(' ');
	const fields = [
		field('rid-id', id, 'sdp.field.ridId'),
		field('direction', direction, direction === 'send' ? 'sdp.field.ridSend' : 'sdp.field.ridRecv')
	];
	for (const part of restrictions.split(';')) {
		if (!part) continue;
		const [name = '', v = ''] = part.split('=');
		fields.push(
			field(name, v, name === 'pt' ? 'sdp.field.ridPt' : 'sdp.field.ridRestriction', {
				name,
				value: v
			})
		);
	}
	return {
		key: 'sdp.attr.rid',
		params: { id, direction },
		reference: 'RFC 8851 §4',
		fields,
		problems:
			/^[\w-]+$/.test(id) && (direction === 'send' || direction === 'recv')
				? []
				: [malformed('a=rid:<rid-id> send|recv [<restrictions>]')]
	};
};

const simulcast: Explainer = (value) => {
	const parts = tokens(value);
	const fields: Explanation['fields'] = [];
	let ok = parts.length > 0 && parts.length % 2 === 0;
	const summary: string[] = [];
	for (let i = 0; i + 1 < parts.length; i += 2) {
		const direction = parts[i]!;
		const list = parts[i + 1]!;
		if (direction !== 'send' && direction !== 'recv') ok = false;
		summary.push(`${direction} ${list}`);
		fields.push(
			field(
				'direction',
				direction,
				direction === 'send' ? 'sdp.field.simulcastSend' : 'sdp.field.simulcastRecv'
			)
		);
		for (const alternatives of list.split(';')) {
			const paused = alternatives.startsWith('~');
			fields.push(
				field(
					'stream',
					alternatives,
					paused ? 'sdp.field.simulcastPaused' : 'sdp.field.simulcastStream',
					{
						rids: alternatives.replace(/~/g, '')
					}
				)
			);
		}
	}
	return {
		key: 'sdp.attr.simulcast',
		params: { streams: summary.join('; ') },
		reference: 'RFC 8853 §5.1',
		fields,
		problems: ok ? [] : [malformed('a=simulcast:send|recv <rid list> [send|recv <rid list>]')]
	};
};

const rtcp: Explainer = (value) => {
	const [port = '', netType, addrType, address] = tokens(value);
	const fields = [field('port', port, 'sdp.field.rtcpPort')];
	if (netType !== undefined) fields.push(field('nettype', netType, 'sdp.field.netType'));
	if (addrType !== undefined) fields.push(field('addrtype', addrType, 'sdp.field.addrType'));
	if (address !== undefined) fields.push(addressField('connection-address', address));
	return {
		key: 'sdp.attr.rtcp',
		params: { port },
		reference: 'RFC 3605 §2.1',
		fields,
		problems: isDigits(port)
			? []
			: [malformed('a=rtcp:<port> [<nettype> <addrtype> <connection-address>]')]
	};
};

function milliseconds(key: SdpMessageKey, reference: string): Explainer {
	return (value) => ({
		key,
		params: { value: value.trim() },
		reference,
		fields: [field('milliseconds', value.trim())],
		problems: /^\d+(?:\.\d+)?$/.test(value.trim()) ? [] : [malformed('<milliseconds>')]
	});
}

export const RTP_EXPLAINERS: Record<string, Explainer> = {
	'rtcp-fb': rtcpFb,
	ssrc,
	'ssrc-group': ssrcGroup,
	msid,
	rid,
	simulcast,
	rtcp,
	ptime: milliseconds('sdp.attr.ptime', 'RFC 8866 §6.4'),
	maxptime: milliseconds('sdp.attr.maxptime', 'RFC 8866 §6.5')
};
