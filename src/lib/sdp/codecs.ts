/**
 * Codec facts shared by the structure, the explanations and the negotiation: the static payload
 * types, and when two codec descriptions mean the same codec.
 */
import { decodeProfileLevelId } from './h264';
import type { Codec } from './types';

export interface StaticPayloadType {
	name: string;
	clockRate: number;
	channels: number | null;
	kind: 'audio' | 'video';
}

/** RFC 3551 §6, Tables 4 and 5: payload types that need no rtpmap line. */
export const STATIC_PAYLOAD_TYPES: ReadonlyMap<number, StaticPayloadType> = new Map(
	(
		[
			[0, 'PCMU', 8000, null, 'audio'],
			[3, 'GSM', 8000, null, 'audio'],
			[4, 'G723', 8000, null, 'audio'],
			[5, 'DVI4', 8000, null, 'audio'],
			[6, 'DVI4', 16000, null, 'audio'],
			[7, 'LPC', 8000, null, 'audio'],
			[8, 'PCMA', 8000, null, 'audio'],
			[9, 'G722', 8000, null, 'audio'],
			[10, 'L16', 44100, 2, 'audio'],
			[11, 'L16', 44100, null, 'audio'],
			[12, 'QCELP', 8000, null, 'audio'],
			[13, 'CN', 8000, null, 'audio'],
			[14, 'MPA', 90000, null, 'audio'],
			[15, 'G728', 8000, null, 'audio'],
			[16, 'DVI4', 11025, null, 'audio'],
			[17, 'DVI4', 22050, null, 'audio'],
			[18, 'G729', 8000, null, 'audio'],
			[25, 'CelB', 90000, null, 'video'],
			[26, 'JPEG', 90000, null, 'video'],
			[28, 'nv', 90000, null, 'video'],
			[31, 'H261', 90000, null, 'video'],
			[32, 'MPV', 90000, null, 'video'],
			[33, 'MP2T', 90000, null, 'video'],
			[34, 'H263', 90000, null, 'video']
		] as const
	).map(([pt, name, clockRate, channels, kind]) => [pt, { name, clockRate, channels, kind }])
);

/** The highest RTP payload type: the field is 7 bits (RFC 3550 §5.1). */
export const MAX_PAYLOAD_TYPE = 127;
/** RFC 3551 §6: 96–127 are dynamic. */
export const FIRST_DYNAMIC_PAYLOAD_TYPE = 96;
/** RFC 3551 §6 leaves 35–63 unassigned; browsers use them once 96–127 run out. */
export const FIRST_UNASSIGNED_PAYLOAD_TYPE = 35;
/** RFC 5761 §4: 64–95 would collide with RTCP packet types when RTP and RTCP share a port. */
export const FIRST_RTCP_CONFLICT_PAYLOAD_TYPE = 64;

/** The fmtp parameter as written, with the default the payload format defines when absent. */
function parameter(codec: Codec, name: string, fallback: string): string {
	return codec.fmtp[name] ?? fallback;
}

/**
 * Whether two codec descriptions are the same codec for offer/answer (RFC 3264 §6.1): encoding
 * name (case-insensitive, RFC 4855 §3), clock rate and channels, and for the formats whose
 * parameters change the bitstream, those parameters: H.264 profile and packetization-mode
 * (RFC 6184 §8.2.2), VP9 profile-id, AV1 profile. RTX is matched through what it protects.
 */
export function sameCodec(a: Codec, b: Codec): boolean {
	const name = a.name.toLowerCase();
	if (name !== b.name.toLowerCase() || a.clockRate !== b.clockRate) return false;
	if ((a.channels ?? 1) !== (b.channels ?? 1)) return false;
	switch (name) {
		case 'h264': {
			if (parameter(a, 'packetization-mode', '0') !== parameter(b, 'packetization-mode', '0')) {
				return false;
			}
			// the default profile-level-id is 420010, Baseline level 1 (RFC 6184 §8.1)
			const pa = decodeProfileLevelId(parameter(a, 'profile-level-id', '420010'));
			const pb = decodeProfileLevelId(parameter(b, 'profile-level-id', '420010'));
			return pa?.profile === pb?.profile;
		}
		case 'vp9':
			return parameter(a, 'profile-id', '0') === parameter(b, 'profile-id', '0');
		case 'av1':
			return parameter(a, 'profile', '0') === parameter(b, 'profile', '0');
		default:
			return true;
	}
}
