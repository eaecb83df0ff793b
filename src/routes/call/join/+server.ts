import { redirect } from '@sveltejs/kit';
import { normalizeRoomId } from '$lib/signaling/roomId.js';
import type { RequestHandler } from './$types';

/** The join form's target when it is submitted before hydration: on to the room, or back with the error. */
export const GET: RequestHandler = ({ url }) => {
	const code = url.searchParams.get('code') ?? '';
	const room = normalizeRoomId(code);
	if (room) redirect(303, `/call/${room}`);
	redirect(303, `/call?invalid=${encodeURIComponent(code.slice(0, 64))}`);
};
