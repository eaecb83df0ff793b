import { redirect } from '@sveltejs/kit';
import { newRoomId } from '$lib/signaling/roomId.js';
import type { RequestHandler } from './$types';

/**
 * "Create a room" is a plain link here, so it works before the page has hydrated (or without
 * JavaScript): a fresh id, and on to the room. Nothing is stored; the room exists once someone
 * joins it.
 */
export const GET: RequestHandler = () => {
	redirect(303, `/call/${newRoomId()}`);
};
