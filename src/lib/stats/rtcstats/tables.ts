/**
 * The static tables of the rtcstats dump format (file format 3, rtcstats/rtcstats
 * `packages/rtcstats-server/docs/file-format.md`): importers MUST understand "method compression"
 * (a method name sent as a short code) and "stats property compression" (a getStats member name
 * sent as a number), and MAY meet compressed stats types. The codes are part of the wire format:
 * the format says they are never reassigned, so they are written out here as data.
 */

/** Method codes → method names (the numbers the current rtcstats.js writes in place of names). */
export const METHOD_CODES: Readonly<Record<string, string>> = {
	g: 'getStats',
	2: 'createOffer',
	3: 'createOfferOnSuccess',
	4: 'createAnswer',
	5: 'createAnswerOnSuccess',
	6: 'setLocalDescription',
	7: 'setLocalDescriptionOnSuccess',
	8: 'setRemoteDescription',
	9: 'setRemoteDescriptionOnSuccess',
	10: 'addIceCandidate',
	11: 'addIceCandidateOnSuccess',
	12: 'createOfferOnFailure',
	13: 'createAnswerOnFailure',
	14: 'setLocalDescriptionOnFailure',
	15: 'setRemoteDescriptionOnFailure',
	16: 'addIceCandidateOnFailure',
	20: 'onicecandidate',
	21: 'onicecandidateerror',
	22: 'ontrack',
	23: 'onsignalingstatechange',
	24: 'oniceconnectionstatechange',
	25: 'onconnectionstatechange',
	26: 'onicegatheringstatechange',
	27: 'onnegotiationneeded',
	28: 'ondatachannel',
	30: 'addTrack',
	31: 'addTrackOnSuccess',
	32: 'addTransceiver',
	33: 'addTransceiverOnSuccess',
	34: 'removeTrack',
	35: 'createDataChannel',
	36: 'close',
	37: 'restartIce',
	38: 'setConfiguration',
	39: 'create',
	40: 'constraints',
	41: 'setCodecPreferences',
	42: 'setHeaderExtensionsToNegotiate',
	50: 'setParameters',
	51: 'replaceTrack',
	60: 'navigator.mediaDevices.getUserMedia',
	61: 'navigator.mediaDevices.getUserMediaOnSuccess',
	62: 'navigator.mediaDevices.getUserMediaOnFailure',
	63: 'navigator.mediaDevices.getDisplayMedia',
	64: 'navigator.mediaDevices.getDisplayMediaOnSuccess',
	65: 'navigator.mediaDevices.getDisplayMediaOnFailure',
	66: 'navigator.mediaDevices.enumerateDevices',
	67: 'navigator.mediaDevices.ondevicechange',
	70: 'MediaStreamTrack.stop',
	71: 'MediaStreamTrack.applyConstraints',
	72: 'MediaStreamTrack.onended',
	73: 'MediaStreamTrack.onmute',
	74: 'MediaStreamTrack.onunmute'
};

/** Compressed stats `type` values (webrtc-stats RTCStatsType) → the type. */
export const STATS_TYPE_CODES: Readonly<Record<string, string>> = {
	1: 'inbound-rtp',
	2: 'outbound-rtp',
	3: 'remote-inbound-rtp',
	4: 'remote-outbound-rtp',
	5: 'transport',
	6: 'candidate-pair',
	7: 'local-candidate',
	8: 'remote-candidate',
	9: 'data-channel',
	10: 'peer-connection',
	11: 'certificate',
	12: 'media-source',
	13: 'media-playout',
	14: 'codec'
};

/**
 * Compressed member names, in the order of the table: index k of this list is the name sent as
 * the number k (0–3 unused: `timestamp` is sent as `t`, `type` and `id` as themselves). Gaps are
 * codes the table retired (`mediaType`, `isRemote`, `ip`, `writable`).
 */
// prettier-ignore
const MEMBERS_BY_CODE = [
	null, null, null, null,
	'payloadType', 'transportId', 'mimeType', 'clockRate', 'channels', 'sdpFmtpLine',
	'ssrc', 'kind', 'codecId', null, 'packetsReceived', 'packetsLost', 'jitter',
	'trackIdentifier', 'mid', 'remoteId', 'framesDecoded', 'keyFramesDecoded', 'framesDropped',
	'frameWidth', 'frameHeight', 'framesPerSecond', 'qpSum', 'totalDecodeTime',
	'totalInterFrameDelay', 'totalSquaredInterFrameDelay', 'pauseCount', 'totalPausesDuration',
	'freezeCount', 'totalFreezesDuration', 'lastPacketReceivedTimestamp', 'headerBytesReceived',
	'packetsDiscarded', 'fecPacketsReceived', 'fecPacketsDiscarded', 'fecBytesReceived', 'fecSsrc',
	'bytesReceived', 'nackCount', 'firCount', 'pliCount', 'totalProcessingDelay',
	'estimatedPlayoutTimestamp', 'jitterBufferDelay', 'jitterBufferTargetDelay',
	'jitterBufferEmittedCount', 'jitterBufferMinimumDelay', 'totalSamplesReceived',
	'concealedSamples', 'silentConcealedSamples', 'concealmentEvents',
	'insertedSamplesForDeceleration', 'removedSamplesForAcceleration', 'audioLevel',
	'totalAudioEnergy', 'totalSamplesDuration', 'framesReceived', 'decoderImplementation',
	'playoutId', 'powerEfficientDecoder', 'framesAssembledFromMultiplePackets', 'totalAssemblyTime',
	'contentType', 'googTimingFrameInfo', 'retransmittedPacketsReceived',
	'retransmittedBytesReceived', 'rtxSsrc', 'totalCorruptionProbability',
	'totalSquaredCorruptionProbability', 'corruptionMeasurements', 'localId', 'roundTripTime',
	'totalRoundTripTime', 'fractionLost', 'roundTripTimeMeasurements', 'packetsSent', 'bytesSent',
	'mediaSourceId', 'rid', 'encodingIndex', 'headerBytesSent', 'retransmittedPacketsSent',
	'retransmittedBytesSent', 'targetBitrate', 'totalEncodedBytesTarget', 'framesSent',
	'hugeFramesSent', 'framesEncoded', 'keyFramesEncoded', 'totalEncodeTime',
	'totalPacketSendDelay', 'qualityLimitationReason', 'qualityLimitationDurations',
	'qualityLimitationResolutionChanges', 'encoderImplementation', 'powerEfficientEncoder',
	'active', 'scalabilityMode', 'remoteTimestamp', 'reportsSent', 'echoReturnLoss',
	'echoReturnLossEnhancement', 'width', 'height', 'frames', 'synthesizedSamplesDuration',
	'synthesizedSamplesEvents', 'totalPlayoutDelay', 'totalSamplesCount', 'dataChannelsOpened',
	'dataChannelsClosed', 'label', 'protocol', 'dataChannelIdentifier', 'state', 'messagesSent',
	'messagesReceived', 'iceRole', 'iceLocalUsernameFragment', 'dtlsState', 'iceState',
	'selectedCandidatePairId', 'localCertificateId', 'remoteCertificateId', 'tlsVersion',
	'dtlsCipher', 'dtlsRole', 'srtpCipher', 'selectedCandidatePairChanges',
	'rtcpTransportStatsId', 'address', 'port', 'candidateType', 'priority', 'url',
	'relayProtocol', 'foundation', 'relatedAddress', 'relatedPort', 'usernameFragment', 'tcpType',
	'networkType', null, null, 'localCandidateId', 'remoteCandidateId', 'nominated',
	'lastPacketSentTimestamp', 'currentRoundTripTime', 'availableOutgoingBitrate',
	'availableIncomingBitrate', 'requestsReceived', 'requestsSent', 'responsesReceived',
	'responsesSent', 'consentRequestsSent', 'packetsDiscardedOnSend', 'bytesDiscardedOnSend', null,
	'fingerprint', 'fingerprintAlgorithm', 'base64Certificate', 'issuerCertificateId'
] as const;

/** The key under which a compressed getStats delta carries its timestamp. */
export const COMPRESSED_TIMESTAMP = 't';

/** A member name as sent (a number or the name itself) → the member name. */
export function memberName(key: string): string {
	if (key === COMPRESSED_TIMESTAMP) return 'timestamp';
	const first = key.charCodeAt(0);
	// only all-digit keys are codes (a digit first, then checked whole)
	if (first < 48 || first > 57 || !/^\d+$/.test(key)) return key;
	return MEMBERS_BY_CODE[Number(key)] ?? key;
}

/** A method as sent (a name, a numeric code or `g`) → the method name; unknown codes stay. */
export function methodName(method: unknown): string | null {
	if (typeof method === 'number' || (typeof method === 'string' && /^(\d+|g)$/.test(method)))
		return Object.hasOwn(METHOD_CODES, String(method)) ? METHOD_CODES[String(method)]! : null;
	return typeof method === 'string' ? method : null;
}

export function statsTypeName(type: unknown): string {
	const key = String(type);
	return Object.hasOwn(STATS_TYPE_CODES, key) ? STATS_TYPE_CODES[key]! : key;
}
