// @ts-check
/**
 * Relaying within a room: offer, answer, candidate and bye go to the other peer of the sender's
 * room and nobody else, rebuilt from the validated message with the sender's role as `from`.
 */
import { otherPeer } from '../../vocabulary.js';
import { leave } from './membership.js';

/** @typedef {import('ws').WebSocket} WebSocket */
/** @typedef {import('./connections.js').Connection} Connection */
/** @typedef {import('../../signaling/protocol.js').ClientMessage} ClientMessage */
/** @typedef {Exclude<ClientMessage, { type: 'join' }>} RelayedMessage */

/**
 * @param {import('./membership.js').Server} server
 * @param {WebSocket} ws
 * @param {Connection} conn
 * @param {RelayedMessage} message
 */
export function relay(server, ws, conn, message) {
	const { settings, connections } = server;
	if (!conn.room || !conn.peer) {
		connections.fail(ws, conn, 'not-in-room', 'join a room first', message.type);
		return;
	}
	const to = otherPeer(conn.peer);
	// The relayed frame is rebuilt from the validated message, so nothing unchecked passes on.
	const relayed = JSON.stringify({ ...message, from: conn.peer });
	const delivered = settings.registry.deliver(conn.room, to, relayed, settings.now());
	if (message.type === 'bye') {
		leave(server, conn, 'bye');
		return;
	}
	if (!delivered) {
		connections.fail(
			ws,
			conn,
			'no-peer',
			'nobody else is in the room; the message was dropped',
			message.type
		);
	}
}
