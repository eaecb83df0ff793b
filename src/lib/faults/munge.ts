/**
 * SDP munging for the fault lab: pure text functions that change one thing in a description on
 * its way through signaling, keep every other byte (line endings included) and say how many
 * lines they changed. The walkthrough shows the result as a diff against the original with the
 * SDP inspector's own diff, and the unit tests hold that nothing else differs.
 */
import { DEFAULT_MAX_MESSAGE_SIZE } from '$lib/sdp/negotiate';

export interface Munged {
	sdp: string;
	/** how many lines were changed; 0 means the description had nothing this munge applies to */
	changedLines: number;
}

/** What an unsupported codec is renamed to: no browser knows an encoding name with this prefix. */
export const UNSUPPORTED_PREFIX = 'X-PEERSCOPE-';

/** Applies `change` to every line (without its ending); null leaves the line as it was. */
function mapLines(
	sdp: string,
	change: (line: string, kind: string | null) => string | null
): Munged {
	// split with the endings captured: even indices are lines, odd ones their endings
	const parts = sdp.split(/(\r\n|\n)/);
	let kind: string | null = null;
	let changedLines = 0;
	for (let i = 0; i < parts.length; i += 2) {
		const line = parts[i]!;
		if (line.startsWith('m=')) kind = /^m=(\S+)/.exec(line)?.[1] ?? null;
		const next = change(line, kind);
		if (next !== null && next !== line) {
			parts[i] = next;
			changedLines++;
		}
	}
	return { sdp: parts.join(''), changedLines };
}

/** `a=rtpmap:<payload type> <encoding name>/<clock rate>[/<channels>]` (RFC 8866 §6.6) */
const RTPMAP = /^(a=rtpmap:\d+\s+)([^/\s]+)(\/.*)$/;

/**
 * Renames every codec of the `kind` m-sections that the receiver supports to a name it does not
 * know (`VP8` → `X-PEERSCOPE-VP8`), so the offer and the receiver share no codec for that media.
 * Removing the lines instead would not do: an m= line needs at least one format (RFC 8866 §5.14).
 *
 * @param supported the receiver's encoding names (RTCRtpReceiver.getCapabilities(kind), without
 *   the `video/` prefix); all codecs of the section when omitted
 */
export function withoutCommonCodecs(
	sdp: string,
	kind: 'audio' | 'video',
	supported?: readonly string[]
): Munged {
	const names = supported ? new Set(supported.map((name) => name.toLowerCase())) : null;
	return mapLines(sdp, (line, section) => {
		if (section !== kind) return null;
		const match = RTPMAP.exec(line);
		if (!match) return null;
		const [, head, name, tail] = match;
		if (name!.startsWith(UNSUPPORTED_PREFIX)) return null;
		if (names && !names.has(name!.toLowerCase())) return null;
		return `${head}${UNSUPPORTED_PREFIX}${name}${tail}`;
	});
}

/** `a=fingerprint:<hash function> <hex bytes separated by colons>` (RFC 8122 §5) */
const FINGERPRINT = /^(a=fingerprint:\S+\s+)([0-9A-Fa-f]{2})((?::[0-9A-Fa-f]{2})*)\s*$/;

/**
 * Changes the first byte of every `a=fingerprint` (session or media level) to its bitwise
 * complement: the same hash function and length, a different certificate. The DTLS handshake
 * then fails the check of RFC 8122 §5 / RFC 8827 §6.5 while ICE still connects.
 */
export function withWrongFingerprint(sdp: string): Munged {
	return mapLines(sdp, (line) => {
		const match = FINGERPRINT.exec(line);
		if (!match) return null;
		const [, head, first, rest] = match;
		const flipped = (Number.parseInt(first!, 16) ^ 0xff).toString(16).padStart(2, '0');
		// hex digits in the case the line writes them (RFC 8122 §5 allows either)
		const cased = /[a-f]/.test(`${first}${rest}`) ? flipped : flipped.toUpperCase();
		return `${head}${cased}${rest}`;
	});
}

/**
 * The largest message the author of this description accepts on its data channels: its
 * `a=max-message-size` (RFC 8841 §6), 64 KB without one (§6.1), 0 meaning "no limit" (kept as 0),
 * null when the description has no SCTP m-section at all.
 */
export function maxMessageSizeOf(sdp: string): number | null {
	let inSctp = false;
	let hasSctp = false;
	for (const line of sdp.split(/\r?\n/)) {
		if (line.startsWith('m=')) {
			inSctp = /^m=application\s+\d+\s+\S*SCTP/.test(line);
			hasSctp ||= inSctp;
		} else if (inSctp) {
			const match = /^a=max-message-size:(\d+)\s*$/.exec(line);
			if (match) return Number(match[1]);
		}
	}
	return hasSctp ? DEFAULT_MAX_MESSAGE_SIZE : null;
}
