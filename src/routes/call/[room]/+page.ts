import { error } from '@sveltejs/kit';
import { normalizeRoomId } from '$lib/signaling/roomId.js';
import type { PageLoad } from './$types';

// The call drives a real RTCPeerConnection and a WebSocket, which exist only in the browser.
export const ssr = false;

export const load: PageLoad = ({ params }) => {
	const room = normalizeRoomId(params.room);
	// said in the reader's language by +error.svelte (call.room.invalid, en + ko)
	if (!room) error(404, { message: 'Not a room code', key: 'call.room.invalid' });
	return { room };
};
