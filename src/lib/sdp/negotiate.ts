/**
 * What an offer/answer exchange actually negotiated, per m-section (RFC 3264 §6, as JSEP
 * RFC 9429 §5.3 applies it): the codecs both sides kept, the resolved direction, the DTLS roles,
 * rejected sections, BUNDLE and the data channel parameters. Sections pair by position, as
 * RFC 3264 §6 requires; a different mid or kind at the same position is reported.
 */
import type { SdpMessageKey } from '$lib/i18n/sdp/en';
import { negotiateCodecs } from './negotiateCodecs';
import type { Codec, HeaderExtension, MediaSection, SdpDocument, SdpProblem } from './types';

export type Direction = 'sendrecv' | 'sendonly' | 'recvonly' | 'inactive';
export type NegotiationSide = 'offer' | 'answer';
export type DtlsRole = 'client' | 'server';

export interface NegotiationProblem extends SdpProblem {
	/** which description the line number refers to; null when it is about the pair */
	side: NegotiationSide | null;
	/** the m-section index, or null for the session */
	section: number | null;
}

/** A codec both sides kept, described as the answer has it (the answerer's order). */
export interface NegotiatedCodec {
	payloadType: number;
	/** the payload type the offer used; JSEP answers reuse it (RFC 9429 §5.3.1) */
	offeredPayloadType: number;
	name: string;
	clockRate: number;
	channels: number | null;
	fmtp: Record<string, string>;
	rtcpFeedback: string[];
	rtx: number | null;
	rtxFor: number | null;
}

export interface NegotiatedSection {
	index: number;
	mid: string | null;
	kind: string;
	offer: MediaSection | null;
	answer: MediaSection | null;
	rejected: boolean;
	/** port 0 in the offer (a stopped transceiver) or in the answer (rejected) */
	rejectedBy: NegotiationSide | null;
	bundled: boolean;
	codecs: {
		offered: Codec[];
		answered: Codec[];
		kept: NegotiatedCodec[];
		/** offered but not in the answer */
		dropped: Codec[];
		/** in the answer but never offered: an error */
		notOffered: Codec[];
	};
	direction: {
		/** as written (sendrecv when absent, RFC 3264 §5.1) */
		offered: Direction;
		answered: Direction;
		/** the result from each side's point of view */
		offerer: Direction;
		answerer: Direction;
	};
	/** null when neither side uses DTLS (plain RTP, SDES) */
	dtls: {
		offerSetup: string | null;
		answerSetup: string | null;
		/** the active side is the DTLS client (RFC 5763 §5) */
		offerer: DtlsRole | null;
		answerer: DtlsRole | null;
	} | null;
	/** header extensions in the answer that the offer listed */
	extensions: HeaderExtension[];
	dataChannel: {
		offerPort: number | null;
		answerPort: number | null;
		offerMaxMessageSize: number | null;
		answerMaxMessageSize: number | null;
		/** the largest message each side may send: what the other side accepts; 0 = no limit */
		offererMaySend: number;
		answererMaySend: number;
	} | null;
	simulcast: { offered: string | null; answered: string | null } | null;
}

export interface Negotiation {
	sections: NegotiatedSection[];
	bundle: {
		offered: string[];
		answered: string[];
		/** mids in both groups: they share one transport */
		accepted: string[];
		/** offered for BUNDLE but left out of the answer's group */
		removed: string[];
		/** the first mid of the answer's group: its transport carries the whole group (RFC 9143) */
		tag: string | null;
	};
	problems: NegotiationProblem[];
}

/** RFC 8841 §6.1: without a=max-message-size the peer accepts messages up to 64 K. */
export const DEFAULT_MAX_MESSAGE_SIZE = 65536;

const SENDS: Record<Direction, boolean> = {
	sendrecv: true,
	sendonly: true,
	recvonly: false,
	inactive: false
};
const RECEIVES: Record<Direction, boolean> = {
	sendrecv: true,
	sendonly: false,
	recvonly: true,
	inactive: false
};

function directionOf(send: boolean, receive: boolean): Direction {
	return send ? (receive ? 'sendrecv' : 'sendonly') : receive ? 'recvonly' : 'inactive';
}

/** RFC 3264 §6.1: what an answer may say to each offered direction. */
const ALLOWED_ANSWERS: Record<Direction, Direction[]> = {
	sendrecv: ['sendrecv', 'sendonly', 'recvonly', 'inactive'],
	sendonly: ['recvonly', 'inactive'],
	recvonly: ['sendonly', 'inactive'],
	inactive: ['inactive']
};

function lineOf(
	doc: SdpDocument,
	section: number,
	attribute: string,
	prefix: string
): number | null {
	const m = doc.media[section];
	if (!m) return null;
	for (let i = m.line; i < doc.lines.length; i++) {
		const line = doc.lines[i]!;
		if (line.section !== section) break;
		if (line.attribute === attribute && line.value.startsWith(prefix)) return line.number;
	}
	return m.line;
}

/** Reports a problem of the answer in one m-section, located at a line of the answer. */
export type ReportAnswer = (
	line: number | null,
	severity: SdpProblem['severity'],
	key: SdpMessageKey,
	params?: Record<string, string | number>
) => void;

function reporter(problems: NegotiationProblem[], section: number | null): ReportAnswer {
	return (line, severity, key, params) => {
		const problem: NegotiationProblem = { side: 'answer', section, line, severity, key };
		if (params) problem.params = params;
		problems.push(problem);
	};
}

function negotiateDtls(
	offer: MediaSection,
	answer: MediaSection,
	report: ReportAnswer,
	setupLine: number | null
) {
	const usesDtls = /DTLS|TLS/.test(offer.protocol) || offer.setup !== null || answer.setup !== null;
	if (!usesDtls) return null;
	const offerSetup = offer.setup;
	const answerSetup = answer.setup;
	let answerer: DtlsRole | null = null;
	if (answerSetup === 'actpass') {
		report(setupLine, 'error', 'sdp.negotiation.answerActpass');
	} else if (answerSetup === null) {
		report(answer.line, 'warning', 'sdp.negotiation.setupMissing');
	} else if (
		(answerSetup === 'active' || answerSetup === 'passive') &&
		offerSetup === answerSetup
	) {
		report(setupLine, 'error', 'sdp.negotiation.setupConflict', { role: answerSetup });
	} else if (answerSetup === 'active') answerer = 'client';
	else if (answerSetup === 'passive') answerer = 'server';
	const offerer: DtlsRole | null =
		answerer === null ? null : answerer === 'client' ? 'server' : 'client';
	return { offerSetup, answerSetup, offerer, answerer };
}

function negotiateDataChannel(offer: MediaSection, answer: MediaSection) {
	const isSctp = offer.protocol.includes('SCTP') || answer.protocol.includes('SCTP');
	if (!isSctp) return null;
	return {
		offerPort: offer.sctpPort,
		answerPort: answer.sctpPort,
		offerMaxMessageSize: offer.maxMessageSize,
		answerMaxMessageSize: answer.maxMessageSize,
		offererMaySend: answer.maxMessageSize ?? DEFAULT_MAX_MESSAGE_SIZE,
		answererMaySend: offer.maxMessageSize ?? DEFAULT_MAX_MESSAGE_SIZE
	};
}

function negotiateSection(
	offerDoc: SdpDocument,
	answerDoc: SdpDocument,
	index: number,
	bundleAccepted: Set<string>,
	problems: NegotiationProblem[]
): NegotiatedSection {
	const offer = offerDoc.media[index] ?? null;
	const answer = answerDoc.media[index] ?? null;
	const report = reporter(problems, index);
	const at = (attribute: string, prefix = '') => lineOf(answerDoc, index, attribute, prefix);
	const both = offer ?? answer!;
	const offered: Direction = offer?.direction ?? 'sendrecv';
	const answered: Direction = answer?.direction ?? 'sendrecv';
	const rejectedBy: NegotiationSide | null = offer?.rejected
		? 'offer'
		: answer?.rejected
			? 'answer'
			: null;
	const rejected = rejectedBy !== null || !offer || !answer;
	const result: NegotiatedSection = {
		index,
		mid: answer?.mid ?? offer?.mid ?? null,
		kind: both.kind,
		offer,
		answer,
		rejected,
		rejectedBy,
		bundled: false,
		codecs: {
			offered: offer?.codecs ?? [],
			answered: answer?.codecs ?? [],
			kept: [],
			dropped: offer?.codecs ?? [],
			notOffered: []
		},
		direction: { offered, answered, offerer: 'inactive', answerer: 'inactive' },
		dtls: null,
		extensions: [],
		dataChannel: null,
		simulcast: null
	};
	if (!offer || !answer) return result;

	if (offer.kind !== answer.kind) {
		report(answer.line, 'error', 'sdp.negotiation.kindMismatch', {
			offered: offer.kind,
			answered: answer.kind
		});
	}
	if (offer.mid !== answer.mid) {
		report(answer.line, 'error', 'sdp.negotiation.midMismatch', {
			offered: offer.mid ?? '-',
			answered: answer.mid ?? '-'
		});
	}
	if (offer.rejected && !answer.rejected) {
		report(answer.line, 'error', 'sdp.negotiation.acceptedStopped', {
			mid: offer.mid ?? index
		});
	}
	result.simulcast =
		offer.simulcast !== null || answer.simulcast !== null
			? { offered: offer.simulcast, answered: answer.simulcast }
			: null;
	if (rejected) return result;

	if (!ALLOWED_ANSWERS[offered].includes(answered)) {
		report(answer.line, 'error', 'sdp.negotiation.directionIncompatible', { offered, answered });
	}
	// each side sends only where its own line allows it and the other side's allows receiving
	const offererSends = SENDS[offered] && RECEIVES[answered];
	const offererReceives = RECEIVES[offered] && SENDS[answered];
	result.direction.offerer = directionOf(offererSends, offererReceives);
	result.direction.answerer = directionOf(offererReceives, offererSends);

	result.codecs = negotiateCodecs(offer, answer, report, (pt) => at('rtpmap', `${pt} `));
	result.dtls = negotiateDtls(offer, answer, report, at('setup'));
	result.dataChannel = negotiateDataChannel(offer, answer);
	result.bundled = answer.mid !== null && bundleAccepted.has(answer.mid);

	const offeredUris = new Set(offer.extensions.map((e) => e.uri));
	for (const extension of answer.extensions) {
		if (offeredUris.has(extension.uri)) result.extensions.push(extension);
		else
			report(at('extmap', `${extension.id}`), 'warning', 'sdp.negotiation.extensionNotOffered', {
				uri: extension.uri
			});
	}
	if (offer.simulcast !== null && answer.simulcast === null) {
		report(answer.line, 'info', 'sdp.negotiation.simulcastDeclined', {
			mid: answer.mid ?? index
		});
	}
	return result;
}

function groupLine(doc: SdpDocument): number | null {
	return (
		doc.lines.find((l) => l.section < 0 && l.attribute === 'group' && /^\s*BUNDLE\b/.test(l.value))
			?.number ?? null
	);
}

/**
 * Pairs an offer with its answer and works out what they agreed on. Both must come from
 * inspectSdp; a description with problems still negotiates as far as its structure goes.
 */
export function negotiate(offer: SdpDocument, answer: SdpDocument): Negotiation {
	const problems: NegotiationProblem[] = [];
	const offeredGroup = offer.session.bundle;
	const answeredGroup = answer.session.bundle;
	const offeredSet = new Set(offeredGroup);
	const answeredSet = new Set(answeredGroup);
	const reportSession = reporter(problems, null);
	for (const mid of answeredGroup) {
		if (!offeredSet.has(mid)) {
			reportSession(groupLine(answer), 'error', 'sdp.negotiation.bundleNotOffered', { mid });
		}
	}
	const accepted = answeredGroup.filter((mid) => offeredSet.has(mid));
	const bundle = {
		offered: offeredGroup,
		answered: answeredGroup,
		accepted,
		removed: offeredGroup.filter((mid) => !answeredSet.has(mid)),
		tag: answeredGroup[0] ?? null
	};

	if (offer.media.length !== answer.media.length) {
		problems.push({
			side: null,
			section: null,
			line: null,
			severity: 'error',
			key: 'sdp.negotiation.sectionCount',
			params: { offered: offer.media.length, answered: answer.media.length }
		});
	}
	const acceptedSet = new Set(accepted);
	const sections: NegotiatedSection[] = [];
	const count = Math.max(offer.media.length, answer.media.length);
	for (let index = 0; index < count; index++) {
		sections.push(negotiateSection(offer, answer, index, acceptedSet, problems));
	}
	return { sections, bundle, problems };
}
