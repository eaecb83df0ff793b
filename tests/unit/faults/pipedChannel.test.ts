import http from 'node:http';
import type { AddressInfo } from 'node:net';
import WebSocket from 'ws';
import { afterEach, describe, expect, it } from 'vitest';
import { connectPipe, type SocketLike } from '$lib/faults/pipeClient';
import { pipedChannel, type PipedTransit } from '$lib/faults/pipedChannel';
import { PIPE_PATH } from '$lib/faults/pipeProtocol.js';
import { createLoopbackChannel } from '$lib/signaling/loopbackChannel';
import { localAddresses } from '$lib/server/pipe/interfaces.js';
import { createPipeServer, type PipeServerOptions } from '$lib/server/pipe/server.js';
import type { PeerRole, SignalEnvelope, SignalMessage } from '$lib/vocabulary';
import { openUdpPeer } from '../helpers/udp';

/**
 * The piped signaling path against the real pipe endpoint on loopback, with real UDP sockets in
 * place of the two peers: the candidates it delivers lead through the pipe, cutting takes the path
 * away, and every way of not having a pipe is said once, with the server's own code.
 */

const cleanups: (() => Promise<unknown> | unknown)[] = [];
afterEach(async () => {
	for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function endpoint(options: PipeServerOptions = {}) {
	const pipes = createPipeServer({ log: () => {}, ...options });
	const server = http.createServer((_req, res) => res.end('ok'));
	server.on('upgrade', (req, socket, head) => {
		if (!pipes.handleUpgrade(req, socket, head)) socket.destroy();
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	cleanups.push(async () => {
		await pipes.close();
		server.closeAllConnections();
		await new Promise((resolve) => server.close(resolve));
	});
	const { port } = server.address() as AddressInfo;
	return { pipes, url: `ws://127.0.0.1:${port}${PIPE_PATH}` };
}

const openWs = (url: string) => new WebSocket(url) as unknown as SocketLike;

function piped(url: string) {
	const transits: PipedTransit[] = [];
	const delivered: SignalEnvelope[] = [];
	const channel = pipedChannel(createLoopbackChannel(), connectPipe(url, openWs), (event) =>
		transits.push(event)
	);
	channel.subscribe((envelope) => delivered.push(envelope));
	cleanups.push(() => channel.close());
	let messageId = 1;
	const send = (from: PeerRole, message: SignalMessage) =>
		channel.send({ from, to: from === 'A' ? 'B' : 'A', messageId: messageId++, message });
	const candidate = (from: PeerRole, line: string | null) =>
		send(from, {
			type: 'candidate',
			candidate:
				line === null
					? null
					: { candidate: line, sdpMid: '0', sdpMLineIndex: 0, usernameFragment: 'u' }
		});
	return { channel, transits, delivered, send, candidate };
}

async function udpPeer() {
	const peer = await openUdpPeer();
	cleanups.push(peer.close);
	return peer;
}

const host = (port: number, address = '127.0.0.1') =>
	`candidate:1 1 udp 2122194687 ${address} ${port} typ host generation 0 ufrag u network-id 3`;
const lineOf = (envelope: SignalEnvelope | undefined) =>
	envelope?.message.type === 'candidate' ? envelope.message.candidate?.candidate : undefined;
const portOf = (line: string | undefined) => Number(line?.split(' ')[5]);

describe('the candidates of peer-vanishes, through the pipe', () => {
	it('leads each peer to the pipe, in order, and cutting it takes the path away', async () => {
		const { url } = await endpoint();
		const a = await udpPeer();
		const b = await udpPeer();
		const path = piped(url);
		path.send('A', { type: 'offer', description: { type: 'offer', sdp: 'v=0\r\n' } });
		path.candidate('A', host(a.port));
		path.candidate('A', 'candidate:2 1 tcp 1518214911 127.0.0.1 9 typ host tcptype active');
		path.candidate('A', host(a.port + 1, '192.0.2.2'));
		path.send('B', { type: 'answer', description: { type: 'answer', sdp: 'v=0\r\n' } });
		path.candidate('B', host(b.port));
		path.candidate('A', null);
		await expect.poll(() => path.delivered.length).toBe(5);
		// descriptions as sent, the rest in the order it was sent
		expect(path.delivered.map((e) => e.message.type)).toEqual([
			'offer',
			'candidate',
			'answer',
			'candidate',
			'candidate'
		]);
		const opened = path.transits.find((t) => t.type === 'path' && t.event.type === 'opened');
		expect(opened).toMatchObject({ event: { address: '127.0.0.1' } });
		const faces = (opened as { event: { faces: Record<PeerRole, number> } }).event.faces;
		// A's candidate reaches B as B's face of the pipe, and B's reaches A as A's face
		expect(portOf(lineOf(path.delivered[1]))).toBe(faces.B);
		expect(portOf(lineOf(path.delivered[3]))).toBe(faces.A);
		expect(lineOf(path.delivered[4])).toBeUndefined(); // end-of-candidates passes
		expect(
			path.transits.filter((t) => t.type === 'lost').map((t) => (t as { reason: string }).reason)
		).toEqual(['tcp', 'otherAddress']);
		expect(path.transits.some((t) => t.type === 'path' && t.event.type === 'unavailable')).toBe(
			false
		);

		// real datagrams: A talks to the candidate it was given, B hears it from the one it was given
		await a.send('check', faces.A);
		await expect.poll(() => b.received).toEqual([{ text: 'check', from: `127.0.0.1:${faces.B}` }]);
		await b.send('response', faces.B);
		await expect
			.poll(() => a.received)
			.toEqual([{ text: 'response', from: `127.0.0.1:${faces.A}` }]);

		const cut = await path.channel.cut();
		expect(cut.counts).toEqual({ state: 'cut', forwarded: { A: 1, B: 1 }, dropped: 0 });
		await a.send('lost', faces.A);
		await expect.poll(async () => (await path.channel.counts()).dropped).toBe(1);
		expect(b.received).toHaveLength(1);
		// after the cut candidates travel as gathered: the direct path
		path.candidate('A', host(a.port));
		await expect.poll(() => path.delivered.length).toBe(6);
		expect(lineOf(path.delivered[5])).toBe(host(a.port));
	});

	it("says once that a browser on another machine gets no pipe, with the server's code", async () => {
		const { url } = await endpoint({
			addresses: () => localAddresses().filter((l) => l.address !== '127.0.0.1')
		});
		const path = piped(url);
		path.candidate('A', host(40000));
		path.candidate('B', host(40001));
		await expect
			.poll(() => path.transits.filter((t) => t.type === 'path' && t.event.type === 'unavailable'))
			.toEqual([
				{
					type: 'path',
					event: {
						type: 'unavailable',
						code: 'not-local-client',
						message: expect.stringContaining('does not run on the machine')
					}
				}
			]);
		expect(path.delivered).toEqual([]);
	});

	it('says which peer had no candidate the pipe can take, and why', async () => {
		const { url } = await endpoint();
		const path = piped(url);
		path.candidate(
			'A',
			'candidate:3 1 udp 2122260223 8d3b2c1e-0f4a-4b6c-9d2e-1a2b3c4d5e6f.local 54321 typ host'
		);
		path.candidate(
			'A',
			'candidate:4 1 tcp 1518214911 8d3b2c1e-0f4a-4b6c-9d2e-1a2b3c4d5e6f.local 9 typ host tcptype active'
		);
		path.candidate('A', null);
		await expect
			.poll(() => path.transits.find((t) => t.type === 'path' && t.event.type === 'unavailable'))
			.toMatchObject({
				event: { code: 'no-usable-candidate', peer: 'A', reasons: ['mdns', 'tcp'] }
			});
	});

	it("refuses a candidate address that is not this machine, in the server's words", async () => {
		const { url } = await endpoint();
		const path = piped(url);
		path.candidate('A', host(40000, '198.51.100.7'));
		await expect
			.poll(() => path.transits.find((t) => t.type === 'path'))
			.toMatchObject({ event: { type: 'unavailable', code: 'not-local' } });
	});

	it('says when the pipe ends by itself before the cut: its lifetime, or the server going', async () => {
		const short = await endpoint({ pipeLifetimeMs: 100 });
		const expiring = piped(short.url);
		expiring.candidate('A', host(40000));
		await expect
			.poll(() =>
				expiring.transits.find((t) => t.type === 'path' && t.event.type === 'unavailable')
			)
			.toMatchObject({ event: { code: 'expired', message: expect.stringContaining('lifetime') } });

		const going = await endpoint();
		const lost = piped(going.url);
		lost.candidate('A', host(40000));
		await expect.poll(() => lost.delivered.length).toBe(1);
		await going.pipes.close();
		await expect
			.poll(() => lost.transits.find((t) => t.type === 'path' && t.event.type === 'unavailable'))
			.toMatchObject({ event: { code: 'closed' } });
	});

	it('says when no pipe endpoint answers, and closes its pipes with the channel', async () => {
		const dead = piped('ws://127.0.0.1:9/fault-pipe');
		dead.candidate('A', host(40000));
		await expect
			.poll(() => dead.transits.find((t) => t.type === 'path'))
			.toMatchObject({ event: { type: 'unavailable', code: 'unreachable' } });

		const { url, pipes } = await endpoint();
		const path = piped(url);
		path.candidate('A', host(40000));
		await expect.poll(() => path.delivered.length).toBe(1);
		expect(pipes.connections).toBe(1);
		path.channel.close();
		await expect.poll(() => pipes.connections).toBe(0);
	});
});
