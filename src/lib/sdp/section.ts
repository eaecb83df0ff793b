/**
 * One m-section's structure, filled attribute by attribute. A table of handlers keyed by
 * attribute name, so each line costs one map lookup rather than a walk through string compares.
 */
import { STATIC_PAYLOAD_TYPES } from './codecs';
import { fmtpParameters } from './explain/fmtp';
import { EXTENSIONS } from './explain/extmap';
import { tokens } from '$lib/grammar';
import type { Codec, MediaSection, SdpLine, SdpProblem } from './types';

export type Direction = NonNullable<MediaSection['direction']>;
export const DIRECTIONS: ReadonlySet<string> = new Set([
	'sendrecv',
	'sendonly',
	'recvonly',
	'inactive'
]);

export interface SectionState {
	section: MediaSection;
	codecs: Map<number, Codec>;
	formats: Set<string>;
	ssrcs: Map<number, MediaSection['ssrcs'][number]>;
	/** rtcp-fb lines with `*`: they apply to every codec of the section (RFC 4585 §4.2) */
	wildcardFeedback: string[];
	bundleOnly: boolean;
	extmapAllowMixed: boolean;
	iceOptions: string[] | null;
	iceLite: boolean;
	/** line numbers of its a=mid lines */
	mids: number[];
}

function newCodec(
	payloadType: number,
	name: string,
	clockRate: number,
	channels: number | null
): Codec {
	// fmtp names come from the SDP text: no prototype, so `__proto__=1` is kept as a parameter
	const fmtp = Object.create(null) as Record<string, string>;
	return {
		payloadType,
		name,
		clockRate,
		channels,
		fmtp,
		rtcpFeedback: [],
		rtxFor: null,
		rtx: null
	};
}

export function newSection(line: SdpLine, index: number): SectionState {
	const [kind = '', portText = '', protocol = '', ...formats] = tokens(line.value);
	const port = Number(portText.split('/')[0]);
	const codecs = new Map<number, Codec>();
	if (protocol.includes('RTP')) {
		for (const format of formats) {
			const pt = Number(format);
			const known = STATIC_PAYLOAD_TYPES.get(pt);
			if (known && !codecs.has(pt))
				codecs.set(pt, newCodec(pt, known.name, known.clockRate, known.channels));
		}
	}
	return {
		section: {
			index,
			line: line.number,
			kind,
			port: Number.isFinite(port) ? port : 0,
			protocol,
			formats,
			mid: null,
			direction: null,
			rejected: false,
			bundled: false,
			codecs: [],
			extensions: [],
			ssrcs: [],
			ssrcGroups: [],
			msid: null,
			rids: [],
			simulcast: null,
			iceUfrag: null,
			icePwd: null,
			fingerprint: null,
			setup: null,
			sctpPort: null,
			maxMessageSize: null,
			rtcpMux: false,
			candidates: [],
			endOfCandidates: false,
			crypto: []
		},
		codecs,
		formats: new Set(formats),
		ssrcs: new Map(),
		wildcardFeedback: [],
		bundleOnly: false,
		extmapAllowMixed: false,
		iceOptions: null,
		iceLite: false,
		mids: []
	};
}

export function digits(text: string | undefined): number | null {
	return text !== undefined && /^\d+$/.test(text) ? Number(text) : null;
}

export function fingerprintOf(value: string): MediaSection['fingerprint'] {
	const [algorithm, hash] = tokens(value);
	return algorithm && hash ? { algorithm, value: hash } : null;
}

const RTPMAP = /^(\d{1,3})[ \t]+([^\s/]+)\/(\d+)(?:\/(\d+))?/;
const PAYLOAD_TYPE = /^(?:\d{1,3}|\*)$/;

function notInFormats(line: SdpLine, payloadType: number, problems: SdpProblem[]) {
	problems.push({
		line: line.number,
		severity: 'warning',
		key: 'sdp.problem.payloadTypeNotInFormats',
		params: { payloadType }
	});
}

/**
 * The codec a payload type of the m= line stands for. Its rtpmap may come after its fmtp or
 * rtcp-fb lines (nothing in RFC 8866 orders them), so a listed payload type gets a blank codec
 * that its rtpmap fills in later; one that never gets an rtpmap is dropped in finishCodecs.
 */
function codecFor(state: SectionState, pt: string): Codec | undefined {
	const payloadType = Number(pt);
	let codec = state.codecs.get(payloadType);
	if (!codec && state.formats.has(pt)) {
		codec = newCodec(payloadType, '', 0, null);
		state.codecs.set(payloadType, codec);
	}
	return codec;
}

type Handler = (state: SectionState, line: SdpLine, problems: SdpProblem[]) => void;

/** fmtp and rtcp-fb: `96 nack pli` is payload type 96 and `nack pli`. Split by hand: these are
 * the most frequent lines (a Chromium video section has ~60 rtcp-fb). */
function payloadTypeLine(attribute: 'fmtp' | 'rtcp-fb'): Handler {
	return (state, line, problems) => {
		const text = line.value.trim();
		const space = text.indexOf(' ');
		const pt = space < 0 ? text : text.slice(0, space);
		if (!PAYLOAD_TYPE.test(pt)) return;
		let rest = space < 0 ? '' : text.slice(space + 1);
		if (rest.indexOf('  ') >= 0 || rest.indexOf('\t') >= 0) rest = tokens(rest).join(' ');
		if (pt === '*') {
			if (attribute === 'rtcp-fb') state.wildcardFeedback.push(rest);
			return;
		}
		const codec = codecFor(state, pt);
		if (!codec) return notInFormats(line, Number(pt), problems);
		if (attribute === 'rtcp-fb') codec.rtcpFeedback.push(rest);
		else for (const [name, value] of fmtpParameters(rest)) codec.fmtp[name] = value;
	};
}

const HANDLERS: ReadonlyMap<string, Handler> = new Map<string, Handler>([
	[
		'rtpmap',
		(state, line, problems) => {
			const m = RTPMAP.exec(line.value.trim());
			if (!m) return;
			const pt = Number(m[1]);
			if (!state.formats.has(m[1]!)) return notInFormats(line, pt, problems);
			const codec = state.codecs.get(pt) ?? newCodec(pt, '', 0, null);
			codec.name = m[2]!;
			codec.clockRate = Number(m[3]);
			codec.channels = m[4] !== undefined ? Number(m[4]) : null;
			state.codecs.set(pt, codec);
		}
	],
	['fmtp', payloadTypeLine('fmtp')],
	['rtcp-fb', payloadTypeLine('rtcp-fb')],
	[
		'extmap',
		({ section }, line) => {
			const [idPart = '', uri = ''] = tokens(line.value);
			const [id, direction] = idPart.split('/');
			const numeric = digits(id);
			if (numeric === null || uri === '') return;
			const name = EXTENSIONS[uri]?.name ?? null;
			section.extensions.push({ id: numeric, uri, direction: direction ?? null, name });
		}
	],
	[
		'ssrc',
		(state, line) => {
			const value = line.value.trim();
			const space = value.indexOf(' ');
			const ssrc = space < 0 ? null : digits(value.slice(0, space));
			if (ssrc === null) return;
			const rest = value.slice(space + 1).trim();
			const colon = rest.indexOf(':');
			const name = colon < 0 ? rest : rest.slice(0, colon);
			let info = state.ssrcs.get(ssrc);
			if (!info) {
				info = { ssrc, cname: null, msid: null };
				state.ssrcs.set(ssrc, info);
				state.section.ssrcs.push(info);
			}
			if (name === 'cname') info.cname = rest.slice(colon + 1);
			else if (name === 'msid') info.msid = rest.slice(colon + 1);
		}
	],
	[
		'ssrc-group',
		({ section }, line) => {
			const [semantics = '', ...ssrcs] = tokens(line.value);
			const numbers = ssrcs.map(digits);
			if (semantics && numbers.every((n) => n !== null)) {
				section.ssrcGroups.push({ semantics, ssrcs: numbers as number[] });
			}
		}
	],
	[
		'mid',
		(state, line) => {
			state.section.mid = line.value.trim();
			state.mids.push(line.number);
		}
	],
	['msid', ({ section }, line) => void (section.msid ??= line.value.trim())],
	[
		'rid',
		({ section }, line) => {
			const [id = '', direction = '', ...params] = tokens(line.value);
			if (id && direction) section.rids.push({ id, direction, params: params.join(' ') || null });
		}
	],
	['simulcast', ({ section }, line) => void (section.simulcast = line.value.trim())],
	['ice-ufrag', ({ section }, line) => void (section.iceUfrag = line.value.trim())],
	['ice-pwd', ({ section }, line) => void (section.icePwd = line.value.trim())],
	['ice-options', (state, line) => void (state.iceOptions = tokens(line.value))],
	['ice-lite', (state) => void (state.iceLite = true)],
	['fingerprint', ({ section }, line) => void (section.fingerprint = fingerprintOf(line.value))],
	['setup', ({ section }, line) => void (section.setup = line.value.trim())],
	['sctp-port', ({ section }, line) => void (section.sctpPort = digits(line.value.trim()))],
	// the draft-05 form `a=sctpmap:5000 webrtc-datachannel 1024` names the port first
	['sctpmap', ({ section }, line) => void (section.sctpPort ??= digits(tokens(line.value)[0]))],
	[
		'max-message-size',
		({ section }, line) => void (section.maxMessageSize = digits(line.value.trim()))
	],
	['rtcp-mux', ({ section }) => void (section.rtcpMux = true)],
	[
		'candidate',
		({ section }, line) => void section.candidates.push({ line: line.number, raw: line.raw })
	],
	['end-of-candidates', ({ section }) => void (section.endOfCandidates = true)],
	['crypto', ({ section }, line) => void section.crypto.push(line.value.trim())],
	['bundle-only', (state) => void (state.bundleOnly = true)],
	['extmap-allow-mixed', (state) => void (state.extmapAllowMixed = true)],
	...[...DIRECTIONS].map((direction): [string, Handler] => [
		direction,
		({ section }) => void (section.direction = direction as Direction)
	])
]);

export function sectionAttribute(state: SectionState, line: SdpLine, problems: SdpProblem[]) {
	HANDLERS.get(line.attribute ?? '')?.(state, line, problems);
}

/** Codecs in the order of the m= line (the sender's preference), with RTX paired both ways. */
export function finishCodecs(state: SectionState, problems: SdpProblem[]) {
	const section = state.section;
	const seen = new Set<number>();
	const rtp = section.protocol.includes('RTP');
	for (const format of section.formats) {
		const pt = Number(format);
		if (seen.has(pt)) continue;
		seen.add(pt);
		const codec = state.codecs.get(pt);
		if (!codec || codec.name === '') {
			if (rtp && /^\d+$/.test(format)) {
				problems.push({
					line: section.line,
					severity: 'warning',
					key: 'sdp.problem.formatWithoutRtpmap',
					params: { payloadType: pt }
				});
			}
			continue;
		}
		for (const feedback of state.wildcardFeedback) codec.rtcpFeedback.push(feedback);
		section.codecs.push(codec);
	}
	for (const codec of section.codecs) {
		if (codec.name.toLowerCase() !== 'rtx') continue;
		const apt = digits(codec.fmtp.apt);
		const target = apt === null ? undefined : state.codecs.get(apt);
		if (apt === null || !target || target.name === '') continue;
		codec.rtxFor = apt;
		target.rtx ??= codec.payloadType;
	}
}
