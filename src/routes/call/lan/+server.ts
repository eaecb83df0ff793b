import { json } from '@sveltejs/kit';
import { isLoopback, lanUrls } from '$lib/server/lan';
import type { RequestHandler } from './$types';

/**
 * The network addresses of this server, for a page opened on localhost whose join link would
 * otherwise send the other device to itself. Only a client on this machine is told them.
 */
export const GET: RequestHandler = ({ getClientAddress }) =>
	json({ urls: isLoopback(getClientAddress()) ? lanUrls(process.env) : [] });
