// @ts-check
/**
 * What the browser journeys share, whichever driver runs them (Playwright in tests/e2e,
 * puppeteer-core's Firefox in tests/firefox). Plain JavaScript so that node --test imports it as
 * it is.
 */

/**
 * The Signaling phase's steps in the order a user steps through them, from creating the peer
 * connections to applying the answer. Written out here, not read from src/lib/lifecycle, so that a
 * change of order in the app fails the journeys.
 */
export const SIGNALING_STEPS = /** @type {const} */ ([
	'createPeerConnections',
	'addTrack',
	'createDataChannel',
	'createOffer',
	'setLocalOffer',
	'sendOffer',
	'setRemoteOffer',
	'addTrackB',
	'createAnswer',
	'setLocalAnswer',
	'sendAnswer',
	'setRemoteAnswer'
]);
