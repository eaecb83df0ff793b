import type { SdpMessageKey } from './en';

/** SDP 인스펙터의 한국어 카탈로그. 용어(SDP, ICE, codec, fmtp 등)는 현업에서 쓰는 대로 둔다. */
export const sdpKo = {
	'sdp.notExplained': '아직 설명이 없습니다. 이 줄은 그대로 보존됩니다.'
} as const satisfies Record<SdpMessageKey, string>;
