import { json } from '@sveltejs/kit';
import { isLoopback } from '$lib/server/addresses.js';
import { publishedLanUrls } from '$lib/server/lan.js';
import type { RequestHandler } from './$types';

/**
 * The network addresses of this server, for a page opened on localhost whose join link would
 * otherwise send the other device to itself. Only a client on this machine is told them.
 */
export const GET: RequestHandler = ({ getClientAddress }) =>
	json({ urls: isLoopback(getClientAddress()) ? publishedLanUrls(process.env) : [] });
