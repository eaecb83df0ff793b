/**
 * Which codecs an offer and its answer both kept (RFC 3264 §6.1): each answered codec is matched
 * to an offered one, by payload type where it is the same codec, else by what the codec is;
 * RTX is matched through the codec it protects. The result keeps the answerer's order.
 */
import { sameCodec } from './codecs';
import type { NegotiatedCodec, ReportAnswer } from './negotiate';
import type { Codec, MediaSection } from './types';

const isRtx = (codec: Codec) => codec.name.toLowerCase() === 'rtx';

/** Pairs each answered codec with the offered codec it accepts, or leaves it out. */
function matchCodecs(offer: MediaSection, answer: MediaSection): Map<Codec, Codec> {
	const used = new Set<Codec>();
	const offeredByPt = new Map(offer.codecs.map((c) => [c.payloadType, c]));
	const matches = new Map<Codec, Codec>();
	const offeredFor = (answeredPt: number | null) => {
		const answered = answer.codecs.find((c) => c.payloadType === answeredPt);
		return answered ? matches.get(answered) : undefined;
	};

	const match = (codec: Codec): Codec | undefined => {
		const samePt = offeredByPt.get(codec.payloadType);
		if (isRtx(codec)) {
			// the offer's RTX for the offered codec this one's apt= was matched to
			const protectedOffer = offeredFor(codec.rtxFor);
			const viaApt = protectedOffer?.rtx != null ? offeredByPt.get(protectedOffer.rtx) : undefined;
			if (viaApt && !used.has(viaApt)) return viaApt;
			return samePt && isRtx(samePt) && !used.has(samePt) ? samePt : undefined;
		}
		if (samePt && !used.has(samePt) && sameCodec(samePt, codec)) return samePt;
		return offer.codecs.find((c) => !used.has(c) && !isRtx(c) && sameCodec(c, codec));
	};

	// RTX pairs through the codec it protects, so protected codecs are matched first
	const ordered = [...answer.codecs.filter((c) => !isRtx(c)), ...answer.codecs.filter(isRtx)];
	for (const codec of ordered) {
		const offered = match(codec);
		if (!offered) continue;
		used.add(offered);
		matches.set(codec, offered);
	}
	return matches;
}

export function negotiateCodecs(
	offer: MediaSection,
	answer: MediaSection,
	report: ReportAnswer,
	rtpmapLine: (payloadType: number) => number | null
) {
	const matches = matchCodecs(offer, answer);
	const kept: NegotiatedCodec[] = [];
	const notOffered: Codec[] = [];
	for (const codec of answer.codecs) {
		const offered = matches.get(codec);
		if (!offered) {
			notOffered.push(codec);
			report(rtpmapLine(codec.payloadType), 'error', 'sdp.negotiation.codecNotOffered', {
				payloadType: codec.payloadType,
				codec: codec.name
			});
			continue;
		}
		if (offered.payloadType !== codec.payloadType) {
			report(rtpmapLine(codec.payloadType), 'info', 'sdp.negotiation.payloadTypeChanged', {
				codec: codec.name,
				offered: offered.payloadType,
				answered: codec.payloadType
			});
		}
		kept.push({
			payloadType: codec.payloadType,
			offeredPayloadType: offered.payloadType,
			name: codec.name,
			clockRate: codec.clockRate,
			channels: codec.channels,
			fmtp: codec.fmtp,
			rtcpFeedback: codec.rtcpFeedback,
			rtx: codec.rtx,
			rtxFor: codec.rtxFor
		});
	}
	const offeredKept = new Set(matches.values());
	const dropped = offer.codecs.filter((c) => !offeredKept.has(c));
	if (kept.length === 0 && offer.codecs.length > 0) {
		report(answer.line, 'error', 'sdp.negotiation.noCommonCodec', { kind: answer.kind });
	}
	return { offered: offer.codecs, answered: answer.codecs, kept, dropped, notOffered };
}
