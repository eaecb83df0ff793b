/**
 * The fault lab's catalogue: every fault a walkthrough call can be run with, named as in the URL
 * (`/walkthrough?fault=dtls-fingerprint`). Each one is real: the browser itself fails, and the
 * catalogue says where it is applied (the injection plan), what the browser really does (the
 * expected outcome, as observed in Chromium; /work/notes/fault-observations.md) and which
 * catalog keys explain it. Pure data: no browser, no Svelte.
 */
import type { PeerRole } from '$lib/vocabulary';

export const FAULT_IDS = [
	'permission-denied',
	'no-device',
	'overconstrained',
	'track-ended',
	'answer-lost',
	'wrong-order',
	'glare',
	'no-common-codec',
	'candidate-too-early',
	'no-candidates',
	'relay-without-turn',
	'turn-bad-credential',
	'turn-unreachable',
	'dtls-fingerprint',
	'peer-vanishes',
	'message-too-big',
	'send-before-open',
	'bandwidth-cap'
] as const;

export type FaultId = (typeof FAULT_IDS)[number];

/**
 * The four phases of a call (as `$lib/lifecycle/steps` names them; this layer sits below the
 * machine, so it names them itself, and a unit test holds the two lists equal).
 */
export type FaultPhase = 'fetching' | 'signaling' | 'connection' | 'communication';

export function isFaultId(value: unknown): value is FaultId {
	return typeof value === 'string' && (FAULT_IDS as readonly string[]).includes(value);
}

/**
 * An id that exists nowhere: `getUserMedia` asked for it exactly finds no device. Device ids are
 * opaque strings chosen by the browser (Media Capture and Streams §9.2), so no real one has this form.
 */
export const MISSING_DEVICE_ID = 'peerscope-no-such-device';

/** Wider than any camera's capability range: `width: { exact }` no device can satisfy. */
export const IMPOSSIBLE_WIDTH = 100_000;

/**
 * The bandwidth cap, in bits per second: far below what 640×360 at 30 fps needs (Chromium
 * targets about 1.7 Mb/s for it), so the encoder has to give up resolution and frame rate.
 */
export const BANDWIDTH_CAP_BPS = 30_000;

/**
 * A real TURN URL (RFC 7065) to a loopback port where nothing listens: 49151 is the last port of
 * the registered range, reserved by IANA, so no service answers there and the browser's requests
 * time out, which it reports as 701. (A port below 1024 would not do: with port 9 Chromium sent
 * only its STUN binding to the server and never a TURN allocation; fault-observations.md.)
 */
export const UNREACHABLE_TURN_URL = 'turn:127.0.0.1:49151?transport=udp';

/** How the fault is applied: at which step, and what is done instead of (or besides) the step. */
export type Injection =
	/** getUserMedia in a frame whose permissions policy refuses camera and microphone */
	| { step: 'getUserMedia'; action: 'denyPermission' }
	/** getUserMedia with these constraints instead of the chosen source's */
	| { step: 'getUserMedia'; action: 'constraints'; constraints: MediaStreamConstraints }
	/** once the call is up, Peer A stops its own video track (MediaStreamTrack.stop()) */
	| { step: 'communicate'; action: 'stopTrack'; peer: PeerRole; kind: 'video' }
	/** the signaling channel loses every message of this type */
	| { step: 'sendAnswer' | 'connect'; action: 'dropSignal'; message: 'answer' | 'candidate' }
	/** Peer A's setLocalDescription(offer) is left out, so A is still in "stable" for the answer */
	| { step: 'setLocalOffer'; action: 'skipCall' }
	/** both peers make an offer at once (see glare.ts for the steps) */
	| { step: 'setRemoteOffer'; action: 'glare' }
	/** the description is changed on its way through signaling (see munge.ts) */
	| {
			step: 'setRemoteOffer' | 'setRemoteAnswer';
			action: 'mungeSdp';
			munge: 'unsupportedVideoCodecs' | 'wrongFingerprint';
	  }
	/** the lane hands Peer A's first candidate to B before B has a remote description */
	| { step: 'setLocalOffer'; action: 'deliverCandidateEarly' }
	/** the peers are created with this ICE configuration instead of the page's */
	| {
			step: 'createPeerConnections';
			action: 'configuration';
			turn: 'none' | 'badCredential' | 'unreachable';
	  }
	/**
	 * the peers' candidates go through a UDP pipe of the app server (pipedChannel.ts); once the
	 * call is up the pipe is cut: the path between the peers is gone while both peers stay
	 */
	| { step: 'communicate'; action: 'cutPath' }
	/** once the call is up, Peer A sends one byte more than the channel's maxMessageSize */
	| { step: 'communicate'; action: 'sendOversize' }
	/** Peer A sends on the channel right after createDataChannel, while it is "connecting" */
	| { step: 'createDataChannel'; action: 'sendBeforeOpen' }
	/** once the call is up, Peer A's video sender gets maxBitrate (setParameters) */
	| { step: 'communicate'; action: 'capBitrate'; maxBitrate: number };

/** What the browser really does, as a test can check it. */
export type Outcome =
	/** a call rejects or throws with this DOMException (or TypeError) name */
	| { kind: 'error'; call: string; name: string; constraint?: string; message?: RegExp }
	/** a peer's state reaches this value */
	| { kind: 'state'; peer: PeerRole; field: PeerStateField; value: string }
	/** the browser reports an icecandidateerror with this code */
	| { kind: 'candidateError'; code: number }
	/** the m-section of this kind is rejected in the answer (port 0) */
	| { kind: 'rejected'; media: 'video' }
	/** Peer B's video never plays */
	| { kind: 'noVideo' }
	/** the outbound-rtp stats report of Peer A's video says this limitation */
	| { kind: 'qualityLimitation'; reason: 'bandwidth' }
	/** the stats of Peer B's inbound video stop counting */
	| { kind: 'mediaStops' }
	/** no candidate at all is gathered */
	| { kind: 'noCandidates' }
	/** an ICE restart over a path that works makes the call connected again, and media flows */
	| { kind: 'recovers'; by: 'iceRestart' };

export type PeerStateField =
	'signalingState' | 'iceConnectionState' | 'connectionState' | 'iceGatheringState';

/**
 * How the walkthrough ends with the fault: `failed` (the machine's failed state, with the call and
 * the browser's error) or `degraded` (the call goes on, visibly broken: no video, a capped bitrate).
 */
export type Ending = 'failed' | 'degraded';

export interface FaultDefinition {
	id: FaultId;
	phase: FaultPhase;
	injection: Injection;
	ending: Ending;
	/** what the browser really does, in the order it happens */
	outcomes: readonly Outcome[];
	/** the specifications the explanation rests on, by section */
	references: readonly string[];
}

const WRONG_STATE = /wrong state/i;

export const FAULTS: readonly FaultDefinition[] = [
	{
		id: 'permission-denied',
		phase: 'fetching',
		injection: { step: 'getUserMedia', action: 'denyPermission' },
		ending: 'failed',
		outcomes: [{ kind: 'error', call: 'getUserMedia', name: 'NotAllowedError' }],
		references: [
			'Media Capture and Streams: getUserMedia()',
			'Permissions Policy: the allow attribute'
		]
	},
	{
		id: 'no-device',
		phase: 'fetching',
		injection: {
			step: 'getUserMedia',
			action: 'constraints',
			constraints: { video: { deviceId: { exact: MISSING_DEVICE_ID } } }
		},
		ending: 'failed',
		outcomes: [
			{ kind: 'error', call: 'getUserMedia', name: 'OverconstrainedError', constraint: 'deviceId' }
		],
		references: [
			'Media Capture and Streams: getUserMedia()',
			'Media Capture and Streams: OverconstrainedError'
		]
	},
	{
		id: 'overconstrained',
		phase: 'fetching',
		injection: {
			step: 'getUserMedia',
			action: 'constraints',
			constraints: { video: { width: { exact: IMPOSSIBLE_WIDTH } } }
		},
		ending: 'failed',
		outcomes: [
			{ kind: 'error', call: 'getUserMedia', name: 'OverconstrainedError', constraint: 'width' }
		],
		references: [
			'Media Capture and Streams: constrainable properties',
			'Media Capture and Streams: OverconstrainedError'
		]
	},
	{
		id: 'track-ended',
		phase: 'fetching',
		injection: { step: 'communicate', action: 'stopTrack', peer: 'A', kind: 'video' },
		ending: 'degraded',
		outcomes: [{ kind: 'mediaStops' }],
		references: ['Media Capture and Streams: MediaStreamTrack stop() and ended']
	},
	{
		id: 'answer-lost',
		phase: 'signaling',
		injection: { step: 'sendAnswer', action: 'dropSignal', message: 'answer' },
		ending: 'failed',
		outcomes: [
			{ kind: 'error', call: 'signaling', name: 'TimeoutError' },
			{ kind: 'state', peer: 'A', field: 'signalingState', value: 'have-local-offer' }
		],
		references: ['WebRTC 1.0: RTCSignalingState', 'RFC 8829 (JSEP) §3.5.1']
	},
	{
		id: 'wrong-order',
		phase: 'signaling',
		injection: { step: 'setLocalOffer', action: 'skipCall' },
		ending: 'failed',
		outcomes: [
			{
				kind: 'error',
				call: 'setRemoteAnswer',
				name: 'InvalidStateError',
				message: WRONG_STATE
			},
			{ kind: 'state', peer: 'A', field: 'signalingState', value: 'stable' }
		],
		references: ['WebRTC 1.0: RTCSignalingState', 'WebRTC 1.0: setRemoteDescription()']
	},
	{
		id: 'glare',
		phase: 'signaling',
		injection: { step: 'setRemoteOffer', action: 'glare' },
		ending: 'failed',
		outcomes: [
			{ kind: 'error', call: 'setRemoteAnswer', name: 'InvalidStateError', message: WRONG_STATE }
		],
		references: [
			'WebRTC 1.0: setRemoteDescription() (implicit rollback)',
			'WebRTC 1.0 §10.7 (perfect negotiation example)',
			'RFC 8829 (JSEP) §5.7 (rollback)'
		]
	},
	{
		id: 'no-common-codec',
		phase: 'signaling',
		injection: { step: 'setRemoteOffer', action: 'mungeSdp', munge: 'unsupportedVideoCodecs' },
		ending: 'degraded',
		outcomes: [{ kind: 'rejected', media: 'video' }, { kind: 'noVideo' }],
		references: ['RFC 3264 §6 (port 0)', 'RFC 8829 (JSEP) §5.3.1']
	},
	{
		id: 'candidate-too-early',
		phase: 'signaling',
		injection: { step: 'setLocalOffer', action: 'deliverCandidateEarly' },
		ending: 'failed',
		outcomes: [{ kind: 'error', call: 'addIceCandidate', name: 'InvalidStateError' }],
		references: ['WebRTC 1.0: addIceCandidate()']
	},
	{
		id: 'no-candidates',
		phase: 'connection',
		injection: { step: 'connect', action: 'dropSignal', message: 'candidate' },
		ending: 'failed',
		outcomes: [{ kind: 'error', call: 'connectTimeout', name: 'TimeoutError' }],
		references: ['RFC 8445 §6.1.2 (checklists)', 'RFC 8838 (trickle ICE)']
	},
	{
		id: 'relay-without-turn',
		phase: 'connection',
		injection: { step: 'createPeerConnections', action: 'configuration', turn: 'none' },
		ending: 'failed',
		outcomes: [
			{ kind: 'noCandidates' },
			{ kind: 'error', call: 'connectTimeout', name: 'TimeoutError' }
		],
		references: ['WebRTC 1.0: RTCIceTransportPolicy']
	},
	{
		id: 'turn-bad-credential',
		phase: 'connection',
		injection: { step: 'createPeerConnections', action: 'configuration', turn: 'badCredential' },
		ending: 'failed',
		outcomes: [{ kind: 'candidateError', code: 401 }],
		references: ['RFC 8656 §7.2', 'RFC 8489 §9.2 (long-term credentials)']
	},
	{
		id: 'turn-unreachable',
		phase: 'connection',
		injection: { step: 'createPeerConnections', action: 'configuration', turn: 'unreachable' },
		ending: 'failed',
		outcomes: [{ kind: 'candidateError', code: 701 }],
		references: ['WebRTC 1.0: RTCPeerConnectionIceErrorEvent', 'RFC 8489 §6.2.1']
	},
	{
		id: 'dtls-fingerprint',
		phase: 'connection',
		injection: { step: 'setRemoteAnswer', action: 'mungeSdp', munge: 'wrongFingerprint' },
		ending: 'failed',
		outcomes: [
			{ kind: 'state', peer: 'A', field: 'iceConnectionState', value: 'connected' },
			{ kind: 'state', peer: 'A', field: 'connectionState', value: 'failed' }
		],
		references: ['RFC 8122 §5', 'RFC 8827 §6.5', 'WebRTC 1.0: RTCPeerConnectionState']
	},
	{
		id: 'peer-vanishes',
		phase: 'connection',
		injection: { step: 'communicate', action: 'cutPath' },
		ending: 'failed',
		outcomes: [
			{ kind: 'state', peer: 'A', field: 'connectionState', value: 'disconnected' },
			{ kind: 'state', peer: 'A', field: 'connectionState', value: 'failed' },
			{ kind: 'recovers', by: 'iceRestart' }
		],
		references: [
			'RFC 7675 §5.1 (consent freshness)',
			'RFC 8445 §9 (ICE restarts)',
			'WebRTC 1.0: RTCPeerConnectionState',
			'WebRTC 1.0: restartIce()'
		]
	},
	{
		id: 'message-too-big',
		phase: 'communication',
		injection: { step: 'communicate', action: 'sendOversize' },
		ending: 'failed',
		outcomes: [{ kind: 'error', call: 'send', name: 'TypeError' }],
		references: ['WebRTC 1.0: RTCDataChannel send()', 'RFC 8841 §6 (max-message-size)']
	},
	{
		id: 'send-before-open',
		phase: 'communication',
		injection: { step: 'createDataChannel', action: 'sendBeforeOpen' },
		ending: 'failed',
		outcomes: [{ kind: 'error', call: 'createDataChannel', name: 'InvalidStateError' }],
		references: ['WebRTC 1.0: RTCDataChannel send()']
	},
	{
		id: 'bandwidth-cap',
		phase: 'communication',
		injection: { step: 'communicate', action: 'capBitrate', maxBitrate: BANDWIDTH_CAP_BPS },
		ending: 'degraded',
		outcomes: [{ kind: 'qualityLimitation', reason: 'bandwidth' }],
		references: [
			'WebRTC 1.0: RTCRtpSender setParameters()',
			'webrtc-stats: qualityLimitationReason'
		]
	}
];

export function faultById(id: FaultId): FaultDefinition {
	const fault = FAULTS.find((f) => f.id === id);
	if (!fault) throw new Error(`unknown fault ${id}`);
	return fault;
}

/** The walkthrough step at which a fault is applied. */
export function faultStep(id: FaultId): Injection['step'] {
	return faultById(id).injection.step;
}

/** The catalog keys that explain one fault (src/lib/i18n/faults/en.ts). */
export const FAULT_TEXTS = ['title', 'broken', 'outcome', 'cause', 'remedy'] as const;
export type FaultText = (typeof FAULT_TEXTS)[number];
export type FaultMessageKeyOf<Id extends FaultId = FaultId> = `fault.${Id}.${FaultText}`;

export function faultKey<T extends FaultText>(id: FaultId, text: T): `fault.${FaultId}.${T}` {
	return `fault.${id}.${text}`;
}
