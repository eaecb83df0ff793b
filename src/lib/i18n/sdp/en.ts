/**
 * The SDP inspector's part of the English catalog: line and field explanations and problem
 * messages, keyed `sdp.*`. `ko.ts` beside it must have the same keys.
 */
export const sdpEn = {
	'sdp.notExplained': 'Not explained yet: this line is kept as it is.'
} as const;

export type SdpMessageKey = keyof typeof sdpEn;
