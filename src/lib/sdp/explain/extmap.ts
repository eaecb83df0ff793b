/**
 * a=extmap, RFC 8285 §5: which RTP header extension travels under which ID. The URIs name
 * extensions from RFCs, from libwebrtc's experiments and from the AV1 payload specification.
 */
import type { SdpMessageKey } from '$lib/i18n/sdp/en';
import { field, table, unparsed } from './helpers';
import type { Explainer, Explanation } from './types';

/** Header extension URIs and their short names, as the UI shows them. */
export const EXTENSIONS: Record<string, { name: string; key: SdpMessageKey; reference: string }> =
	table({
		'urn:ietf:params:rtp-hdrext:ssrc-audio-level': {
			name: 'audio-level',
			key: 'sdp.extmap.audioLevel',
			reference: 'RFC 6464'
		},
		'urn:ietf:params:rtp-hdrext:csrc-audio-level': {
			name: 'csrc-audio-level',
			key: 'sdp.extmap.csrcAudioLevel',
			reference: 'RFC 6465'
		},
		'urn:ietf:params:rtp-hdrext:toffset': {
			name: 'toffset',
			key: 'sdp.extmap.toffset',
			reference: 'RFC 5450'
		},
		'http://www.webrtc.org/experiments/rtp-hdrext/abs-send-time': {
			name: 'abs-send-time',
			key: 'sdp.extmap.absSendTime',
			reference: 'webrtc.org/experiments/rtp-hdrext/abs-send-time'
		},
		'http://www.ietf.org/id/draft-holmer-rmcat-transport-wide-cc-extensions-01': {
			name: 'transport-wide-cc',
			key: 'sdp.extmap.transportWideCc',
			reference: 'draft-holmer-rmcat-transport-wide-cc-extensions-01'
		},
		'urn:ietf:params:rtp-hdrext:sdes:mid': {
			name: 'mid',
			key: 'sdp.extmap.mid',
			reference: 'RFC 9143 §15'
		},
		'urn:ietf:params:rtp-hdrext:sdes:rtp-stream-id': {
			name: 'rid',
			key: 'sdp.extmap.rid',
			reference: 'RFC 8852 §3.1'
		},
		'urn:ietf:params:rtp-hdrext:sdes:repaired-rtp-stream-id': {
			name: 'repaired-rid',
			key: 'sdp.extmap.repairedRid',
			reference: 'RFC 8852 §3.2'
		},
		'urn:3gpp:video-orientation': {
			name: 'video-orientation',
			key: 'sdp.extmap.videoOrientation',
			reference: '3GPP TS 26.114 §7.4.5'
		},
		'http://www.webrtc.org/experiments/rtp-hdrext/playout-delay': {
			name: 'playout-delay',
			key: 'sdp.extmap.playoutDelay',
			reference: 'webrtc.org/experiments/rtp-hdrext/playout-delay'
		},
		'http://www.webrtc.org/experiments/rtp-hdrext/video-content-type': {
			name: 'video-content-type',
			key: 'sdp.extmap.videoContentType',
			reference: 'webrtc.org/experiments/rtp-hdrext/video-content-type'
		},
		'http://www.webrtc.org/experiments/rtp-hdrext/video-timing': {
			name: 'video-timing',
			key: 'sdp.extmap.videoTiming',
			reference: 'webrtc.org/experiments/rtp-hdrext/video-timing'
		},
		'http://www.webrtc.org/experiments/rtp-hdrext/color-space': {
			name: 'color-space',
			key: 'sdp.extmap.colorSpace',
			reference: 'webrtc.org/experiments/rtp-hdrext/color-space'
		},
		'http://www.webrtc.org/experiments/rtp-hdrext/abs-capture-time': {
			name: 'abs-capture-time',
			key: 'sdp.extmap.absCaptureTime',
			reference: 'webrtc.org/experiments/rtp-hdrext/abs-capture-time'
		},
		'http://www.webrtc.org/experiments/rtp-hdrext/video-layers-allocation00': {
			name: 'video-layers-allocation',
			key: 'sdp.extmap.videoLayersAllocation',
			reference: 'webrtc.org/experiments/rtp-hdrext/video-layers-allocation00'
		},
		'https://aomediacodec.github.io/av1-rtp-spec/#dependency-descriptor-rtp-header-extension': {
			name: 'dependency-descriptor',
			key: 'sdp.extmap.dependencyDescriptor',
			reference: 'AV1 RTP specification, Appendix A'
		},
		'http://www.webrtc.org/experiments/rtp-hdrext/generic-frame-descriptor-00': {
			name: 'generic-frame-descriptor',
			key: 'sdp.extmap.genericFrameDescriptor',
			reference: 'webrtc.org/experiments/rtp-hdrext/generic-frame-descriptor-00'
		},
		'urn:ietf:params:rtp-hdrext:encrypt': {
			name: 'encrypt',
			key: 'sdp.extmap.encrypt',
			reference: 'RFC 6904'
		}
	});

/** One-byte header extension IDs are 1–14 (RFC 8285 §4.2); two-byte ones reach 255 (§4.3). */
const MAX_ONE_BYTE_ID = 14;
const MAX_TWO_BYTE_ID = 255;
const EXTMAP = /^(\d+)(?:\/(sendrecv|sendonly|recvonly|inactive))?[ \t]+(\S+)(?:[ \t]+(.*))?$/;

export const extmap: Explainer = (value): Explanation => {
	const m = EXTMAP.exec(value.trim());
	const id = Number(m?.[1]);
	if (!m || id < 1 || id > MAX_TWO_BYTE_ID) {
		return unparsed(value, 'a=extmap:<id>[/<direction>] <URI> [<extension attributes>]', {
			key: 'sdp.attr.extmapUnknown',
			params: { id: m?.[1] ?? '?' },
			reference: 'RFC 8285 §5'
		});
	}
	const [, , direction, uri = '', attributes] = m;
	const known = EXTENSIONS[uri];
	const fields = [
		field(
			'id',
			String(id),
			id <= MAX_ONE_BYTE_ID ? 'sdp.field.extmapIdOneByte' : 'sdp.field.extmapIdTwoByte',
			{
				id
			}
		)
	];
	if (direction)
		fields.push(field('direction', direction, 'sdp.field.extmapDirection', { direction }));
	fields.push(field('URI', uri, known?.key));
	if (attributes) fields.push(field('extension attributes', attributes));
	return {
		key: known ? 'sdp.attr.extmap' : 'sdp.attr.extmapUnknown',
		params: { id, name: known?.name ?? uri },
		reference: known ? `RFC 8285 §5, ${known.reference}` : 'RFC 8285 §5',
		fields
	};
};
