// @ts-check
// The hub's view of one client connection, and the outbox that writes frames to it.

/** @typedef {import('../../classroom/protocol.js').ClassServerMessage} ClassServerMessage */
/** @typedef {import('../../classroom/protocol.js').ClassErrorCode} ClassErrorCode */
/** @typedef {import('../signaling/tokenBucket.js').TokenBucket} TokenBucket */
/** @typedef {import('ws').WebSocket} WebSocket */

/**
 * What the hub queues for a connection that does not read before it cuts it. A late joiner's
 * `joined` frame holds the whole log, so this is the log cap's size and a margin.
 */
const MAX_BUFFERED_BYTES = 24 * 1024 * 1024;

/**
 * @typedef {object} ClassConnection
 * @property {number} id
 * @property {WebSocket} ws
 * @property {string} address
 * @property {'teacher' | 'student' | null} role
 * @property {string | null} code
 * @property {TokenBucket} bucket
 * @property {number} strikes
 * @property {boolean} alive
 * @property {Promise<void>} queue frames are handled in order
 * @property {string[] | null} pending broadcasts held until this student's `joined` is sent
 */

/** @param {string | null} code logs name a class by its first half only */
export function classTag(code) {
	return code ? `${code.slice(0, 3)}…` : null;
}

/**
 * Writes to a connection, cutting one that does not read, and answers with errors.
 * @param {import('./options.js').ClassHubSettings['log']} log
 */
export function createOutbox(log) {
	/**
	 * @param {ClassConnection} conn
	 * @param {string} frame
	 */
	const write = (conn, frame) => {
		const { ws } = conn;
		if (ws.readyState !== ws.OPEN) return;
		if (ws.bufferedAmount > MAX_BUFFERED_BYTES) {
			log({ event: 'error', conn: conn.id, class: classTag(conn.code), code: 'slow-consumer' });
			ws.terminate();
			return;
		}
		ws.send(frame);
	};
	/**
	 * @param {ClassConnection} conn
	 * @param {ClassServerMessage} message
	 */
	const send = (conn, message) => write(conn, JSON.stringify(message));
	/**
	 * @param {ClassConnection} conn
	 * @param {ClassErrorCode} code
	 * @param {string} message
	 * @param {string} [inReplyTo]
	 */
	const fail = (conn, code, message, inReplyTo) => {
		log({ event: 'error', conn: conn.id, class: classTag(conn.code), role: conn.role, code });
		send(conn, { type: 'error', code, message, ...(inReplyTo ? { inReplyTo } : {}) });
	};
	return { write, send, fail };
}
