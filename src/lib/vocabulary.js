// @ts-check
/**
 * The words every layer of Peerscope shares: the two peers, the descriptions and candidates they
 * exchange, what a user sees of one peer connection, a getStats() result, and the relay the app
 * server offers. Pure logic (sdp/, ice/, stats/), the browser wrappers (webrtc/), signaling, the
 * lifecycle machine, the UI and the server (plain Node) all speak it.
 *
 * It imports nothing, so no layer has to import another one for a type, and no two layers end up
 * importing each other (tests/unit/architecture.test.ts holds the folder graph acyclic).
 * Plain JavaScript with JSDoc, like src/lib/signaling/protocol.js, so that Node loads it as it is.
 */

/**
 * One of the two peers of a call. `A` is the caller (it makes the offer), `B` the callee. In the
 * walkthrough both run in one page; in a two-device call each device is one of them.
 * @typedef {'A' | 'B'} PeerRole
 */

/** Both peers, caller first. */
export const PEER_ROLES = /** @type {const} */ (['A', 'B']);

/**
 * The peer on the other end.
 * @param {PeerRole} peer
 * @returns {PeerRole}
 */
export function otherPeer(peer) {
	return peer === 'A' ? 'B' : 'A';
}

/** @typedef {'offer' | 'answer' | 'pranswer' | 'rollback'} SdpType  RTCSdpType (W3C webrtc-pc §4.8.1) */

/**
 * A session description as it travels and as RTCPeerConnection reports it
 * (RTCSessionDescriptionInit, serialisable).
 * @typedef {object} SessionDescription
 * @property {SdpType} type
 * @property {string} sdp
 */

/**
 * An ICE candidate as it travels through signaling (RTCIceCandidateInit, serialisable).
 * @typedef {object} CandidateInit
 * @property {string} candidate
 * @property {string | null} sdpMid
 * @property {number | null} sdpMLineIndex
 * @property {string | null} usernameFragment
 */

/**
 * @typedef {object} TransceiverView
 * @property {string | null} mid
 * @property {string} kind
 * @property {string} direction
 * @property {string | null} currentDirection
 * @property {string | null} senderTrack
 * @property {string | null} receiverTrack
 */

/**
 * What a user sees of one RTCPeerConnection at a moment: the values the W3C spec exposes. Nothing
 * here is a live browser object, so pure code and the machine run in Node with fakes.
 * @typedef {object} PeerView
 * @property {string} signalingState
 * @property {string} iceGatheringState
 * @property {string} iceConnectionState
 * @property {string} connectionState
 * @property {SessionDescription | null} localDescription
 * @property {SessionDescription | null} remoteDescription
 * @property {SessionDescription | null} [receivedRemoteDescription] The remote description as it
 *   arrived over signaling and was given to setRemoteDescription. Browsers re-serialize what they
 *   applied, so `remoteDescription` is their rewrite of it (plus the trickled candidates). Absent
 *   where the signaled text is not known (dumps, old records).
 * @property {TransceiverView[]} transceivers
 */

/** @typedef {'signalingState' | 'iceGatheringState' | 'iceConnectionState' | 'connectionState'} PeerField */

/** A peer's four state values, in the order the UI lists them. */
export const PEER_FIELDS = /** @type {const} */ ([
	'signalingState',
	'iceGatheringState',
	'iceConnectionState',
	'connectionState'
]);

/** @typedef {Record<PeerRole, PeerView | null>} PeerViews */

/**
 * A new RTCPeerConnection's states (webrtc-pc §4.4.1: signaling "stable", the ICE gathering, ICE
 * connection and connection states "new").
 * @returns {Record<PeerField, string>}
 */
export function newPeerStates() {
	return {
		signalingState: 'stable',
		iceGatheringState: 'new',
		iceConnectionState: 'new',
		connectionState: 'new'
	};
}

/**
 * What a user sees of a new RTCPeerConnection: its first states, no descriptions, no transceivers.
 * @returns {PeerView}
 */
export function newPeerView() {
	return { ...newPeerStates(), localDescription: null, remoteDescription: null, transceivers: [] };
}

/**
 * A message the two peers exchange through a signaling channel.
 * @typedef {(
 *   | { type: 'offer' | 'answer', description: SessionDescription }
 *   | { type: 'candidate', candidate: CandidateInit | null }
 * )} SignalMessage
 */

/**
 * A signaling message with its routing: who sent it, who it is for, and its lane id.
 * @typedef {object} SignalEnvelope
 * @property {PeerRole} from
 * @property {PeerRole} to
 * @property {number} messageId
 * @property {SignalMessage} message
 */

/**
 * One getStats() report as plain data: the W3C RTCStats dictionary (webrtc-stats §5), `id`,
 * `type`, `timestamp` and the members of its type. Values are copied as they come, so a browser's
 * extra or missing members never break anything downstream; readers check what they use.
 * @typedef {{ id: string, type: string, timestamp: number, [member: string]: unknown }} StatsReport
 */

/**
 * One getStats() call on one peer connection: every report keyed by its id.
 * @typedef {object} StatsSnapshot
 * @property {number} takenAt performance.timeOrigin-based wall-clock milliseconds when the
 *   promise resolved
 * @property {Record<string, StatsReport>} reports
 */

/**
 * The reports of one type, in the order the browser listed them.
 * @param {StatsSnapshot} snapshot
 * @param {string} type
 * @returns {StatsReport[]}
 */
export function reportsOfType(snapshot, type) {
	return Object.values(snapshot.reports).filter((report) => report.type === type);
}

/**
 * What the app server offers for relay (src/routes/api/ice-servers/+server.ts): short-lived
 * TURN REST credentials and URLs, or why there is no relay.
 * @typedef {(
 *   | {
 *       available: true,
 *       source: 'embedded' | 'external',
 *       stunUrls: string[],
 *       turnUrls: string[],
 *       username: string,
 *       credential: string,
 *       expiresAt: number
 *     }
 *   | { available: false, reason: 'notInstalled' | 'disabled' | 'failed', detail: string }
 * )} TurnOffer  `expiresAt`: seconds since the epoch after which the credential is refused.
 */
