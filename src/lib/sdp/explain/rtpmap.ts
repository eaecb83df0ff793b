/** a=rtpmap, RFC 8866 §6.6: which codec a payload type stands for. */
import type { SdpMessageKey } from '$lib/i18n/sdp/en';
import {
	FIRST_DYNAMIC_PAYLOAD_TYPE,
	FIRST_RTCP_CONFLICT_PAYLOAD_TYPE,
	FIRST_UNASSIGNED_PAYLOAD_TYPE,
	MAX_PAYLOAD_TYPE,
	STATIC_PAYLOAD_TYPES
} from '../codecs';
import { field, malformed, table } from './helpers';
import type { Explainer, Explanation, Params } from './types';

/** What each encoding name is, by its lower-case name (RFC 4855 §3: names are case-insensitive). */
export const CODEC_KEYS: Record<string, SdpMessageKey> = table({
	opus: 'sdp.codec.opus',
	red: 'sdp.codec.red',
	ulpfec: 'sdp.codec.ulpfec',
	'flexfec-03': 'sdp.codec.flexfec',
	flexfec: 'sdp.codec.flexfec',
	rtx: 'sdp.codec.rtx',
	'telephone-event': 'sdp.codec.telephoneEvent',
	cn: 'sdp.codec.cn',
	pcmu: 'sdp.codec.pcmu',
	pcma: 'sdp.codec.pcma',
	g722: 'sdp.codec.g722',
	g729: 'sdp.codec.g729',
	isac: 'sdp.codec.isac',
	ilbc: 'sdp.codec.ilbc',
	vp8: 'sdp.codec.vp8',
	vp9: 'sdp.codec.vp9',
	h264: 'sdp.codec.h264',
	h265: 'sdp.codec.h265',
	av1: 'sdp.codec.av1'
});

/** Video payload formats all use a 90 kHz clock (RFC 3551 §5). */
const VIDEO_CLOCK_RATE = 90000;
/** Opus always signals 48 kHz, whatever the real sample rate (RFC 7587 §4.1). */
const OPUS_CLOCK_RATE = 48000;

/**
 * The payload type field of rtpmap, fmtp and rtcp-fb lines. It takes the line's own parameters
 * (which hold `payloadType`) rather than a new object: there are thousands of these lines.
 */
export function payloadTypeField(text: string, params: Params): Explanation['fields'][number] {
	const pt = Number(text);
	const key: SdpMessageKey =
		pt >= FIRST_DYNAMIC_PAYLOAD_TYPE
			? 'sdp.field.payloadTypeDynamic'
			: pt >= FIRST_RTCP_CONFLICT_PAYLOAD_TYPE
				? 'sdp.field.payloadTypeRtcpConflict'
				: pt >= FIRST_UNASSIGNED_PAYLOAD_TYPE
					? 'sdp.field.payloadTypeUnassigned'
					: STATIC_PAYLOAD_TYPES.has(pt)
						? 'sdp.field.payloadTypeStatic'
						: // 1, 2, 19 reserved, 20–24, 27, 29, 30 unassigned (RFC 3551 §6, Tables 4 and 5)
							'sdp.field.payloadTypeReserved';
	return field('payload type', text, key, params);
}

const RTPMAP = /^(\d{1,3}) ([^\s/]+)\/(\d+)(?:\/(\d+))?$/;

export const rtpmap: Explainer = (value) => {
	const m = RTPMAP.exec(value.trim());
	if (!m || Number(m[1]) > MAX_PAYLOAD_TYPE) {
		return {
			key: 'sdp.attr.rtpmap',
			params: { payloadType: '?', name: '?', clockRate: '?' },
			reference: 'RFC 8866 §6.6',
			fields: [field('value', value)],
			problems: [
				malformed('a=rtpmap:<payload type> <encoding name>/<clock rate>[/<encoding parameters>]')
			]
		};
	}
	const [, pt = '', name = '', clock = '', channels] = m;
	const lower = name.toLowerCase();
	// one parameter object for the line and its fields: each message takes what it names
	const params: Params = { payloadType: Number(pt), name, clockRate: Number(clock) };
	if (channels !== undefined) params.channels = Number(channels);
	const fields = [
		payloadTypeField(pt, params),
		field('encoding name', name, CODEC_KEYS[lower] ?? 'sdp.field.encodingName', params),
		field(
			'clock rate',
			clock,
			lower === 'opus' && Number(clock) === OPUS_CLOCK_RATE
				? 'sdp.field.clockRateOpus'
				: Number(clock) === VIDEO_CLOCK_RATE
					? 'sdp.field.clockRateVideo'
					: 'sdp.field.clockRate',
			params
		)
	];
	if (channels !== undefined) {
		fields.push(
			field(
				'channels',
				channels,
				lower === 'opus' ? 'sdp.field.channelsOpus' : 'sdp.field.channels',
				params
			)
		);
	}
	return { key: 'sdp.attr.rtpmap', params, reference: 'RFC 8866 §6.6', fields };
};
