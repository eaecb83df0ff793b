/**
 * The browser's side of the pipe protocol (pipeProtocol.js): one WebSocket to the app server's
 * pipe endpoint, each request a promise answered by the reply with its `ref`. A refusal of the
 * whole connection (a browser on another machine, a busy server) or a closed connection rejects
 * every request with the server's own code and words. Closing the connection closes its pipes on
 * the server.
 */
import type { PeerRole } from '$lib/vocabulary';
import {
	PIPE_PATH,
	parsePipeReply,
	type PipeCounts,
	type PipeErrorCode,
	type PipeReply,
	type PipeServerMessages
} from './pipeProtocol.js';
import type { PipeEndpoint } from './pipeRoute';

/** What can go wrong with a pipe request: the server's codes, and the connection's own. */
export type PipeProblemCode = PipeErrorCode | 'unreachable' | 'closed' | 'expired';

export class PipeRequestError extends Error {
	override name = 'PipeError';
	constructor(
		readonly code: PipeProblemCode,
		message: string
	) {
		super(message);
	}
}

export type PipeOpened = PipeServerMessages['opened'];

export interface PipeConnection {
	open(address: string): Promise<PipeOpened>;
	route(pipe: number, peer: PeerRole, endpoint: PipeEndpoint): Promise<void>;
	/** stops the pipe's forwarding for good; the counts as they were at the cut */
	cut(pipe: number): Promise<PipeCounts>;
	stats(pipe: number): Promise<PipeCounts>;
	/** closes the connection, and with it every pipe it opened */
	close(): void;
	/**
	 * Hears when the pipes end without this page asking: a pipe's lifetime ran out (`expired`),
	 * or the connection was refused or lost (every pipe of it is closed on the server).
	 */
	onEnd(listener: (problem: PipeRequestError) => void): void;
}

/** The pipe endpoint on the page's own origin (ws: for http:, wss: for https:). */
export function pipeUrl(location: { protocol: string; host: string }): string {
	return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${PIPE_PATH}`;
}

/** The counts of a `counts` reply, without its envelope. */
function countsOf({ state, forwarded, dropped }: PipeServerMessages['counts']): PipeCounts {
	return { state, forwarded, dropped };
}

type Pending = { resolve: (reply: PipeReply) => void; reject: (error: PipeRequestError) => void };

/** The smallest part of the WebSocket API this needs (the browser's, or `ws` in Node tests). */
export interface SocketLike {
	readonly readyState: number;
	send(data: string): void;
	close(): void;
	addEventListener(type: 'open' | 'close' | 'error', listener: () => void): void;
	addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
}

const OPEN = 1;

export function connectPipe(
	url: string,
	open: (url: string) => SocketLike = (u) => new WebSocket(u)
): PipeConnection {
	const socket = open(url);
	const pending = new Map<number, Pending>();
	let nextRef = 1;
	/** why every request fails from now on, once the connection is refused or gone */
	let broken: PipeRequestError | null = null;
	let opened = false;
	let closedHere = false;
	const endListeners = new Set<(problem: PipeRequestError) => void>();
	const ended = (problem: PipeRequestError) => {
		if (!closedHere) for (const listener of endListeners) listener(problem);
	};
	const ready = new Promise<void>((resolve, reject) => {
		socket.addEventListener('open', () => {
			opened = true;
			resolve();
		});
		socket.addEventListener('close', () => {
			const error = breakWith(closedError());
			reject(error);
			ended(error);
		});
		// a failed connection reports "error", then "close": the close says what it means
		socket.addEventListener('error', () => {});
	});
	ready.catch(() => {}); // seen by each request

	function closedError(): PipeRequestError {
		return opened
			? new PipeRequestError('closed', 'the connection to the pipe endpoint closed')
			: new PipeRequestError('unreachable', `no pipe endpoint answered at ${url}`);
	}

	function breakWith(error: PipeRequestError): PipeRequestError {
		broken ??= error;
		for (const request of pending.values()) request.reject(broken);
		pending.clear();
		return broken;
	}

	socket.addEventListener('message', (event) => {
		const parsed = parsePipeReply(String(event.data));
		if (!parsed.ok) {
			breakWith(new PipeRequestError('invalid-message', `the server sent: ${parsed.reason}`));
			return;
		}
		const reply = parsed.message;
		if (reply.ref === null) {
			// a refusal of the whole connection, or a pipe whose lifetime ran out
			if (reply.type === 'error') breakWith(new PipeRequestError(reply.code, reply.message));
			else if (reply.type === 'closed' && reply.reason === 'expired') {
				ended(
					new PipeRequestError(
						'expired',
						`the server closed pipe ${reply.pipe}: its lifetime ran out`
					)
				);
			}
			return;
		}
		const request = pending.get(reply.ref);
		if (!request) return;
		pending.delete(reply.ref);
		if (reply.type === 'error') request.reject(new PipeRequestError(reply.code, reply.message));
		else request.resolve(reply);
	});

	async function ask<T extends PipeReply['type']>(
		expected: T,
		request: Record<string, unknown>
	): Promise<Extract<PipeReply, { type: T }>> {
		if (broken) throw broken;
		await ready.catch((error: PipeRequestError) => {
			throw broken ?? error;
		});
		if (broken) throw broken;
		const ref = nextRef++;
		const reply = await new Promise<PipeReply>((resolve, reject) => {
			pending.set(ref, { resolve, reject });
			if (socket.readyState === OPEN) socket.send(JSON.stringify({ ...request, ref }));
		});
		if (reply.type !== expected) {
			throw new PipeRequestError('invalid-message', `expected ${expected}, got ${reply.type}`);
		}
		return reply as Extract<PipeReply, { type: T }>;
	}

	return {
		open: (address) => ask('opened', { type: 'open', address }),
		route: async (pipe, peer, endpoint) => {
			await ask('routed', { type: 'route', pipe, peer, ...endpoint });
		},
		cut: async (pipe) => countsOf(await ask('counts', { type: 'cut', pipe })),
		stats: async (pipe) => countsOf(await ask('counts', { type: 'stats', pipe })),
		close: () => {
			closedHere = true;
			breakWith(new PipeRequestError('closed', 'the pipe connection was closed by this page'));
			socket.close();
		},
		onEnd: (listener) => {
			endListeners.add(listener);
		}
	};
}
