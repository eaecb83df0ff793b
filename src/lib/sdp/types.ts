/**
 * The shapes the SDP inspector works with. Everything here is plain data: the parser produces it
 * from text, the views render it. Explanations are catalog keys (`sdp.*`) with parameters, never
 * English sentences, so the same document reads in English and Korean.
 */

import type { SdpMessageKey } from '$lib/i18n/sdp/en';

export type ProblemSeverity = 'error' | 'warning' | 'info';

/** Something wrong or noteworthy in the input, located by line where it can be. */
export interface SdpProblem {
	/** 1-based line number, or null for the whole input */
	line: number | null;
	severity: ProblemSeverity;
	/** catalog key of the message, e.g. `sdp.problem.missingVersion` */
	key: SdpMessageKey;
	params?: Record<string, string | number>;
}

/** One field of a line taken apart, e.g. the clock rate in `a=rtpmap:111 opus/48000/2`. */
export interface SdpField {
	/** the field's name as the spec calls it, e.g. `payload type`, `clock rate`, `profile-level-id` */
	name: string;
	value: string;
	/** catalog key explaining this field, with parameters (e.g. the decoded H264 profile) */
	key?: SdpMessageKey;
	params?: Record<string, string | number>;
}

export interface SdpLine {
	/** 1-based line number in the input */
	number: number;
	/** the line exactly as it was, without its line ending */
	raw: string;
	/** the type letter (`v`, `o`, `m`, `a`, ...), or '' for a line that is not `x=...` */
	type: string;
	/** for `a=` lines, the attribute name (`rtpmap`, `candidate`, `ice-ufrag`, ...) */
	attribute: string | null;
	/** what follows `x=` (and `attribute:` for attributes) */
	value: string;
	/** -1 for the session section, else the index of the m= section this line belongs to */
	section: number;
	/** catalog key explaining the line as a whole; null means "not explained yet" */
	key: SdpMessageKey | null;
	params?: Record<string, string | number>;
	/** where it is defined, e.g. `RFC 8866 §5.14`, `RFC 8839 §5.1`, `W3C WebRTC §5.2` */
	reference: string | null;
	fields: SdpField[];
	problems: SdpProblem[];
}

export interface Codec {
	payloadType: number;
	name: string;
	clockRate: number;
	channels: number | null;
	/** fmtp parameters as written, and decoded where the inspector knows them */
	fmtp: Record<string, string>;
	rtcpFeedback: string[];
	/** for an RTX codec, the payload type it protects (from `apt=`) */
	rtxFor: number | null;
	/** for a media codec, the payload type of the RTX that protects it */
	rtx: number | null;
}

export interface HeaderExtension {
	id: number;
	uri: string;
	direction: string | null;
	/** short name for a known URI: `abs-send-time`, `transport-wide-cc`, `mid`, `rid`, ... */
	name: string | null;
}

export interface SsrcInfo {
	ssrc: number;
	cname: string | null;
	msid: string | null;
}

export interface MediaSection {
	index: number;
	/** the line number of its m= line */
	line: number;
	kind: string;
	port: number;
	protocol: string;
	/** payload types or `webrtc-datachannel` as listed on the m= line */
	formats: string[];
	mid: string | null;
	direction: 'sendrecv' | 'sendonly' | 'recvonly' | 'inactive' | null;
	/** port 0: the answerer rejected it, or the offerer stopped it */
	rejected: boolean;
	bundled: boolean;
	codecs: Codec[];
	extensions: HeaderExtension[];
	ssrcs: SsrcInfo[];
	ssrcGroups: { semantics: string; ssrcs: number[] }[];
	msid: string | null;
	rids: { id: string; direction: string; params: string | null }[];
	simulcast: string | null;
	iceUfrag: string | null;
	icePwd: string | null;
	fingerprint: { algorithm: string; value: string } | null;
	setup: string | null;
	sctpPort: number | null;
	maxMessageSize: number | null;
	rtcpMux: boolean;
	candidates: { line: number; raw: string }[];
	endOfCandidates: boolean;
	crypto: string[];
}

export interface SessionSummary {
	version: string | null;
	origin: {
		username: string;
		sessionId: string;
		sessionVersion: string;
		netType: string;
		addrType: string;
		address: string;
	} | null;
	name: string | null;
	bundle: string[];
	iceUfrag: string | null;
	icePwd: string | null;
	iceOptions: string[];
	iceLite: boolean;
	fingerprint: { algorithm: string; value: string } | null;
	setup: string | null;
	msidSemantic: string | null;
	extmapAllowMixed: boolean;
}

export type LineEnding = 'CRLF' | 'LF' | 'CR' | 'mixed' | 'none';

/** The inspector's result: every line kept, located problems, and the structure where it parses. */
export interface SdpDocument {
	lines: SdpLine[];
	lineEnding: LineEnding;
	session: SessionSummary;
	media: MediaSection[];
	/** problems of the whole input plus every line's problems, in line order */
	problems: SdpProblem[];
}
