import http from 'node:http';
import type { AddressInfo } from 'node:net';
import WebSocket from 'ws';
import { afterEach, describe, expect, it } from 'vitest';
import { PIPE_PATH, parsePipeReply, type PipeReply } from '$lib/faults/pipeProtocol.js';
import { localAddresses } from '$lib/server/pipe/interfaces.js';
import { createPipeServer, type PipeServerOptions } from '$lib/server/pipe/server.js';
import { expectPortsFree, openUdpPeer } from '../../helpers/udp';

/**
 * The pipe endpoint on a real http server on loopback, driven by a real `ws` client: what a
 * browser may ask, every request it must not be granted (each refused with its own code), the
 * limits, and that every pipe closes with its connection.
 */

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
	for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function startPipes(options: PipeServerOptions = {}) {
	const logs: Record<string, unknown>[] = [];
	const pipes = createPipeServer({ log: (line) => logs.push(line), ...options });
	const server = http.createServer((_req, res) => res.end('ok'));
	server.on('upgrade', (req, socket, head) => {
		if (!pipes.handleUpgrade(req, socket, head)) socket.destroy();
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	cleanups.push(async () => {
		await pipes.close();
		server.closeAllConnections();
		await new Promise((resolve) => server.close(resolve));
	});
	return { url: `ws://127.0.0.1:${port}${PIPE_PATH}`, pipes, logs };
}

/** A `ws` client that queues every reply (checked against the protocol) for the test to await. */
class Client {
	readonly ws: WebSocket;
	readonly replies: PipeReply[] = [];
	#waiters: (() => void)[] = [];
	readonly closed: Promise<number>;
	#ref = 1;

	constructor(url: string, headers: Record<string, string> = {}) {
		this.ws = new WebSocket(url, { headers });
		this.ws.on('message', (data) => {
			const parsed = parsePipeReply(String(data));
			if (!parsed.ok) throw new Error(`the server sent an invalid reply: ${parsed.reason}`);
			this.replies.push(parsed.message);
			this.#waiters.splice(0).forEach((wake) => wake());
		});
		this.closed = new Promise((resolve) => this.ws.once('close', (code) => resolve(code)));
		cleanups.push(async () => {
			this.ws.close();
			await this.closed;
		});
	}

	opened() {
		return new Promise<void>((resolve, reject) => {
			this.ws.once('open', () => resolve());
			this.ws.once('error', reject);
		});
	}

	/** The next reply (in arrival order). */
	async next(): Promise<PipeReply> {
		while (this.replies.length === 0)
			await new Promise<void>((resolve) => this.#waiters.push(resolve));
		return this.replies.shift()!;
	}

	/** Sends a request with a fresh ref and returns the reply to it. */
	async ask(request: Record<string, unknown>): Promise<PipeReply> {
		const ref = this.#ref++;
		this.ws.send(JSON.stringify({ ...request, ref }));
		const reply = await this.next();
		expect(reply.ref).toBe(ref);
		return reply;
	}

	async open(address = '127.0.0.1') {
		const reply = await this.ask({ type: 'open', address });
		if (reply.type !== 'opened') throw new Error(`not opened: ${JSON.stringify(reply)}`);
		return reply;
	}
}

async function connect(url: string) {
	const client = new Client(url);
	await client.opened();
	return client;
}

async function udpPeer() {
	const peer = await openUdpPeer();
	cleanups.push(peer.close);
	return peer;
}

describe('the pipe endpoint', () => {
	it('opens a pipe, routes both peers, forwards, cuts, and reports the counts', async () => {
		const { url } = await startPipes();
		const client = await connect(url);
		const opened = await client.open();
		expect(opened).toMatchObject({ type: 'opened', pipe: 1, address: '127.0.0.1' });
		const a = await udpPeer();
		const b = await udpPeer();
		expect(
			await client.ask({ type: 'route', pipe: 1, peer: 'A', address: '127.0.0.1', port: a.port })
		).toEqual(expect.objectContaining({ type: 'routed', peer: 'A' }));
		await client.ask({ type: 'route', pipe: 1, peer: 'B', address: '127.0.0.1', port: b.port });
		await a.send('hello B', opened.faces.A);
		await expect.poll(() => b.received.map((r) => r.text)).toEqual(['hello B']);
		expect(await client.ask({ type: 'cut', pipe: 1 })).toMatchObject({
			type: 'counts',
			state: 'cut',
			forwarded: { A: 1, B: 0 },
			dropped: 0
		});
		await a.send('after the cut', opened.faces.A);
		await expect
			.poll(
				async () => ((await client.ask({ type: 'stats', pipe: 1 })) as { dropped: number }).dropped
			)
			.toBe(1);
		expect(b.received.map((r) => r.text)).toEqual(['hello B']);
		expect(await client.ask({ type: 'close', pipe: 1 })).toEqual({
			type: 'closed',
			ref: expect.any(Number),
			pipe: 1,
			reason: 'asked'
		});
		expect(await client.ask({ type: 'stats', pipe: 1 })).toMatchObject({
			type: 'error',
			code: 'unknown-pipe'
		});
	});

	it('refuses every address that is not one of this server, with the rule it broke', async () => {
		const { url } = await startPipes();
		const client = await connect(url);
		for (const [address, code] of [
			['198.51.100.7', 'not-local'],
			['0.0.0.0', 'not-local'],
			['8d3b2c1e-0f4a-4b6c-9d2e-1a2b3c4d5e6f.local', 'not-an-address'],
			['example.com', 'not-an-address'],
			['fe80::1%lo', 'zoned-address']
		]) {
			const reply = await client.ask({ type: 'open', address });
			expect(reply, address).toMatchObject({ type: 'error', code });
			expect((reply as { message: string }).message.length).toBeGreaterThan(10);
		}
		await client.open();
		// a target that is not this machine: the pipe would forward to somebody else's host
		expect(
			await client.ask({ type: 'route', pipe: 1, peer: 'B', address: '203.0.113.9', port: 5000 })
		).toMatchObject({
			type: 'error',
			code: 'not-local',
			message: expect.stringContaining('203.0.113.9')
		});
		// a face of a pipe: forwarding into it would send the pipe's datagrams round in a loop
		const opened = (await client.ask({ type: 'open', address: '127.0.0.1' })) as {
			faces: { A: number; B: number };
		};
		for (const port of [opened.faces.A, opened.faces.B]) {
			expect(
				await client.ask({ type: 'route', pipe: 1, peer: 'A', address: '127.0.0.1', port })
			).toMatchObject({ type: 'error', code: 'loop' });
		}
		const v6 = localAddresses().some((l) => l.address === '::1');
		if (v6) {
			expect(
				await client.ask({ type: 'route', pipe: 1, peer: 'B', address: '::1', port: 5000 })
			).toMatchObject({ type: 'error', code: 'family-mismatch' });
		}
	});

	it('answers garbage with a specific error and keeps the connection', async () => {
		const { url } = await startPipes();
		const client = await connect(url);
		const cases: [string, string, number | null][] = [
			['not json', 'bad-json', null],
			['[1,2]', 'invalid-message', null],
			['{"ref":3}', 'invalid-message', 3],
			['{"type":"forward","ref":4}', 'unknown-type', 4],
			['{"type":"open","ref":5}', 'invalid-message', 5],
			['{"type":"open","ref":6,"address":"127.0.0.1","extra":1}', 'invalid-message', 6],
			[
				'{"type":"route","ref":7,"pipe":1,"peer":"C","address":"127.0.0.1","port":5000}',
				'invalid-message',
				7
			],
			[
				'{"type":"route","ref":8,"pipe":1,"peer":"A","address":"127.0.0.1","port":70000}',
				'invalid-message',
				8
			],
			['{"type":"cut","ref":9,"pipe":0}', 'invalid-message', 9],
			['{"type":"cut","ref":10,"pipe":42}', 'unknown-pipe', 10]
		];
		for (const [text, code, ref] of cases) {
			client.ws.send(text);
			expect(await client.next(), text).toMatchObject({ type: 'error', code, ref });
		}
		client.ws.send(Buffer.from([1, 2, 3]));
		expect(await client.next()).toMatchObject({ code: 'invalid-message', ref: null });
		// still usable
		expect((await client.open()).type).toBe('opened');
	});

	it('closes a connection whose frame is over the size limit', async () => {
		const { url } = await startPipes();
		const client = await connect(url);
		client.ws.send(JSON.stringify({ type: 'open', ref: 1, address: 'x'.repeat(2000) }));
		expect(await client.closed).toBe(1009);
	});

	it('holds a connection to its number of pipes', async () => {
		const { url } = await startPipes({ maxPipesPerConnection: 2 });
		const client = await connect(url);
		await client.open();
		await client.open();
		expect(await client.ask({ type: 'open', address: '127.0.0.1' })).toMatchObject({
			type: 'error',
			code: 'too-many-pipes'
		});
		await client.ask({ type: 'close', pipe: 1 });
		expect((await client.open()).pipe).toBe(3);
	});

	it('refuses a connection over the limit, and one from a browser on another machine', async () => {
		const busy = await startPipes({ maxConnections: 1 });
		await connect(busy.url);
		const second = new Client(busy.url);
		expect(await second.next()).toMatchObject({ type: 'error', code: 'server-busy' });
		expect(await second.closed).toBe(1013);

		// this server's interfaces, as if loopback were not one of them: the client is elsewhere
		const elsewhere = await startPipes({
			addresses: () => localAddresses().filter((l) => l.address !== '127.0.0.1')
		});
		const remote = new Client(elsewhere.url);
		expect(await remote.next()).toMatchObject({
			type: 'error',
			code: 'not-local-client',
			message: expect.stringContaining('does not run on the machine')
		});
		expect(await remote.closed).toBe(1008);
	});

	it('refuses a page from another site', async () => {
		const { url } = await startPipes();
		const client = new Client(url, { origin: 'http://evil.example' });
		await expect(client.opened()).rejects.toThrow(/403/);
	});

	it('limits the rate of messages', async () => {
		const { url } = await startPipes({ rateCapacity: 3, ratePerSecond: 0 });
		const client = await connect(url);
		for (let i = 0; i < 3; i++) client.ws.send('{"type":"stats","ref":1,"pipe":1}');
		client.ws.send('{"type":"stats","ref":1,"pipe":1}');
		const replies = [
			await client.next(),
			await client.next(),
			await client.next(),
			await client.next()
		];
		// the refusal is answered at once, the others after their (asynchronous) work
		expect(replies.map((r) => (r as { code: string }).code).sort()).toEqual([
			'rate-limited',
			'unknown-pipe',
			'unknown-pipe',
			'unknown-pipe'
		]);
	});

	it('closes a pipe when its lifetime ends, and every pipe when the connection goes', async () => {
		const { url, pipes, logs } = await startPipes({ pipeLifetimeMs: 50 });
		const client = await connect(url);
		const opened = await client.open();
		expect(await client.next()).toEqual({
			type: 'closed',
			ref: null,
			pipe: opened.pipe,
			reason: 'expired'
		});

		const { url: url2, logs: logs2 } = await startPipes();
		const leaving = await connect(url2);
		const pipe = await leaving.open();
		leaving.ws.close();
		await leaving.closed;
		await expect
			.poll(() => logs2.some((l) => l.event === 'closed' && l.pipe === pipe.pipe))
			.toBe(true);
		// its ports are free again
		await expectPortsFree([pipe.faces.A, pipe.faces.B]);
		expect(pipes.connections).toBe(1);
		expect(logs.some((l) => l.event === 'closed' && l.reason === 'expired')).toBe(true);
	});
});
