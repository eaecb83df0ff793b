import { error } from '@sveltejs/kit';
import { normalizeRoomId } from '$lib/signaling/roomId.js';
import type { PageLoad } from './$types';

// The call drives a real RTCPeerConnection and a WebSocket, which exist only in the browser.
export const ssr = false;

export const load: PageLoad = ({ params }) => {
	const room = normalizeRoomId(params.room);
	if (!room) error(404, 'Not a room code');
	return { room };
};
