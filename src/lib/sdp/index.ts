/**
 * The SDP inspector: pure functions from SDP text to explained, structured, negotiated and
 * compared data. No DOM, no Svelte; every sentence is a catalog key (`sdp.*`) with parameters.
 */
export { inspectSdp } from './parse';
export { MAX_SDP_LENGTH } from './input';
export { negotiate, DEFAULT_MAX_MESSAGE_SIZE } from './negotiate';
export type {
	Direction,
	DtlsRole,
	Negotiation,
	NegotiatedCodec,
	NegotiatedSection,
	NegotiationProblem,
	NegotiationSide
} from './negotiate';
export { diffSdp, MAX_LCS_CELLS } from './diff';
export type { DiffLine, DiffOp, SdpDiff, SectionDiff } from './diff';
export { maskSdp, maskSdps, maskValue } from './mask';
export type { MaskKind } from './mask';
export { parseCandidate, priorityParts } from './explain/candidate';
export type { ParsedCandidate } from './explain/candidate';
export { decodeProfileLevelId } from './h264';
export type { H264Profile } from './h264';
export { sameCodec, STATIC_PAYLOAD_TYPES } from './codecs';
export type * from './types';
