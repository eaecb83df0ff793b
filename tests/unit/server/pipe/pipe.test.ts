import { afterEach, describe, expect, it } from 'vitest';
import { openPipe, type Pipe } from '$lib/server/pipe/pipe.js';
import { expectPortsFree, openUdpPeer } from '../../helpers/udp';

/**
 * The pipe with real UDP sockets on 127.0.0.1: two "peers" (plain sockets) talk through it, each
 * seeing the other at the face it was given, until the pipe is cut.
 */

const opened: { close(): unknown }[] = [];
afterEach(async () => {
	await Promise.all(opened.splice(0).map((thing) => thing.close()));
});

async function peerSocket() {
	const peer = await openUdpPeer();
	opened.push(peer);
	return peer;
}

async function pipeOnLoopback(): Promise<Pipe> {
	const pipe = await openPipe('127.0.0.1', 4);
	opened.push(pipe);
	return pipe;
}

/** A pipe on loopback and two peers, each routed to its face. */
async function routedPipe() {
	const pipe = await pipeOnLoopback();
	const a = await peerSocket();
	const b = await peerSocket();
	pipe.route('A', { address: '127.0.0.1', port: a.port });
	pipe.route('B', { address: '127.0.0.1', port: b.port });
	return { pipe, a, b };
}

describe('a UDP pipe between two peers', () => {
	it('binds two faces on the address it was given', async () => {
		const pipe = await pipeOnLoopback();
		expect(pipe.address).toBe('127.0.0.1');
		expect(pipe.faces.A).toBeGreaterThan(0);
		expect(pipe.faces.B).toBeGreaterThan(0);
		expect(pipe.faces.A).not.toBe(pipe.faces.B);
	});

	it("forwards each peer's datagrams to the other, from the other's face", async () => {
		const { pipe, a, b } = await routedPipe();
		// A talks to its face (B's candidate as A knows it); B hears it from B's face
		await a.send('check from A', pipe.faces.A);
		await b.until(1);
		expect(b.received[0]).toEqual({ text: 'check from A', from: `127.0.0.1:${pipe.faces.B}` });
		await b.send('answer from B', pipe.faces.B);
		await a.until(1);
		expect(a.received[0]).toEqual({ text: 'answer from B', from: `127.0.0.1:${pipe.faces.A}` });
		expect(pipe.counts()).toEqual({ state: 'open', forwarded: { A: 1, B: 1 }, dropped: 0 });
	});

	it('drops what comes from an address it was not told, and everything before both are routed', async () => {
		const pipe = await pipeOnLoopback();
		const a = await peerSocket();
		const b = await peerSocket();
		const stranger = await peerSocket();
		pipe.route('A', { address: '127.0.0.1', port: a.port });
		await a.send('too early', pipe.faces.A); // B not routed yet
		await expect.poll(() => pipe.counts().dropped).toBe(1);
		pipe.route('B', { address: '127.0.0.1', port: b.port });
		await stranger.send('not a peer', pipe.faces.A);
		await stranger.send('not a peer either', pipe.faces.B);
		// a datagram that does pass, so the drops above have surely been counted before it
		await a.send('in order', pipe.faces.A);
		await b.until(1);
		expect(b.received.map((r) => r.text)).toEqual(['in order']);
		expect(pipe.counts()).toEqual({ state: 'open', forwarded: { A: 1, B: 0 }, dropped: 3 });
		expect(stranger.received).toEqual([]);
	});

	it('forwards nothing once cut, in either direction, and counts what it drops', async () => {
		const { pipe, a, b } = await routedPipe();
		await a.send('before', pipe.faces.A);
		await b.until(1);
		expect(pipe.cut()).toEqual({ state: 'cut', forwarded: { A: 1, B: 0 }, dropped: 0 });
		await a.send('after', pipe.faces.A);
		await b.send('after', pipe.faces.B);
		// the pipe's own count says both arrived and were dropped
		await expect.poll(() => pipe.counts().dropped).toBe(2);
		expect(b.received).toHaveLength(1);
		expect(a.received).toHaveLength(0);
		expect(pipe.counts().state).toBe('cut');
	});

	it('drops what comes from a face of a pipe, so that two pipes routed at each other never loop', async () => {
		const a = await peerSocket();
		const b = await peerSocket();
		// `a` stands for another pipe's face here
		const pipe = await openPipe('127.0.0.1', 4, { isPipeFace: (e) => e.port === a.port });
		opened.push(pipe);
		pipe.route('A', { address: '127.0.0.1', port: a.port });
		pipe.route('B', { address: '127.0.0.1', port: b.port });
		await a.send('round and round', pipe.faces.A);
		await expect.poll(() => pipe.counts().dropped).toBe(1);
		expect(pipe.counts().forwarded).toEqual({ A: 0, B: 0 });
	});

	it('closes both faces: their ports are free again', async () => {
		const pipe = await openPipe('127.0.0.1', 4);
		await pipe.close();
		expect(pipe.closed).toBe(true);
		await pipe.close(); // twice is fine
		await expectPortsFree([pipe.faces.A, pipe.faces.B]);
	});

	it('fails to open on an address this machine does not have, leaving no socket behind', async () => {
		await expect(openPipe('192.0.2.254', 4)).rejects.toMatchObject({ code: 'EADDRNOTAVAIL' });
	});
});
