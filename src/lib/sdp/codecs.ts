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
 * RFC 7798 §7.1 defaults for the H.265 parameters that identify a format: general_profile_space
 * 0, Main profile (1), Main tier (0), and single-RTP-stream transmission.
 */
const H265_DEFAULTS = {
	'profile-space': '0',
	'profile-id': '1',
	'tier-flag': '0',
	'tx-mode': 'SRST'
} as const;

/**
 * H.265 parameters that RFC 7798 §7.2.2 asks to be used symmetrically but whose absent value is
 * derived from the bitstream (profile_compatibility flags, the constraint bits): compared only
 * when both sides wrote them, since an absent one is not a different value.
 */
const H265_SYMMETRIC_WHEN_PRESENT = ['profile-compatibility-indicator', 'interop-constraints'];

/** Numeric parameters compare as numbers (`profile-id=01` is profile 1). */
function sameValue(a: string, b: string): boolean {
	const na = Number(a);
	const nb = Number(b);
	return Number.isFinite(na) && Number.isFinite(nb) && a.trim() !== '' && b.trim() !== ''
		? na === nb
		: a.trim().toLowerCase() === b.trim().toLowerCase();
}

function sameH265(a: Codec, b: Codec): boolean {
	for (const [name, fallback] of Object.entries(H265_DEFAULTS)) {
		if (!sameValue(parameter(a, name, fallback), parameter(b, name, fallback))) return false;
	}
	return H265_SYMMETRIC_WHEN_PRESENT.every(
		(name) =>
			a.fmtp[name] === undefined ||
			b.fmtp[name] === undefined ||
			sameValue(a.fmtp[name], b.fmtp[name])
	);
}

/**
 * Whether two codec descriptions are the same codec for offer/answer (RFC 3264 §6.1): encoding
 * name (case-insensitive, RFC 4855 §3), clock rate and channels, and then only the fmtp
 * parameters that each payload format says identify the format; parameters that merely describe
 * a stream or a receiver's limits (levels, tiers, frame sizes, bitrates) may differ each way.
 *
 * - H.264, RFC 6184 §8.2.2: profile-level-id and packetization-mode identify the configuration
 *   and are used symmetrically, "except for the level part of profile-level-id", so the profile
 *   (profile_idc with its constraint flags) is compared, the level is not; level-asymmetry-allowed
 *   and the max-* parameters only describe.
 * - VP9, RFC 9628 §6: profile-id (default 0) is what the bitstream is; max-fr / max-fs are the
 *   receiver's own limits.
 * - AV1, AV1 RTP payload spec §7.2: profile (default 0) identifies; level-idx and tier declare the
 *   highest level each side sends or takes, and the answerer may declare its own.
 * - H.265, RFC 7798 §7.2.2: profile-space, profile-id, tier-flag and tx-mode are used
 *   symmetrically (profile-compatibility-indicator and interop-constraints too, when both are
 *   written); level-id is changeable. See H265_DEFAULTS for the values an absent one takes.
 * - Opus, RFC 7587 §7: every fmtp parameter (stereo, sprop-stereo, maxplaybackrate, useinbandfec,
 *   usedtx, cbr, ptime...) is a preference of one side, never part of what the format is; the
 *   rtpmap is always opus/48000/2.
 *
 * RTX is matched through what it protects (see negotiateCodecs).
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
			// a value that is not three hex bytes cannot be decoded: the same text is the same value
			if (pa === null || pb === null) {
				return sameValue(
					parameter(a, 'profile-level-id', ''),
					parameter(b, 'profile-level-id', '')
				);
			}
			return pa.profile === pb.profile;
		}
		case 'vp9':
			return sameValue(parameter(a, 'profile-id', '0'), parameter(b, 'profile-id', '0'));
		case 'av1':
			return sameValue(parameter(a, 'profile', '0'), parameter(b, 'profile', '0'));
		case 'h265':
			return sameH265(a, b);
		default:
			// Opus (RFC 7587 §7), VP8 (RFC 7741 §6.1: max-fr / max-fs only), G.711, telephone-event...
			return true;
	}
}
