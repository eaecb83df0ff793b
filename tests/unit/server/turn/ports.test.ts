/** Port probing against real sockets on loopback. */
import dgram from 'node:dgram';
import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { choosePort, portFree, STANDARD_PORT } from '$lib/server/turn/ports.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
	for (const cleanup of cleanups.splice(0)) await cleanup();
});

/** Holds a TCP port on 127.0.0.1 until the test ends. */
async function holdTcp(): Promise<number> {
	const server = net.createServer();
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	cleanups.push(() => new Promise((resolve) => server.close(() => resolve())));
	return (server.address() as net.AddressInfo).port;
}

/** Holds a UDP port on 127.0.0.1 until the test ends. */
async function holdUdp(): Promise<number> {
	const socket = dgram.createSocket('udp4');
	await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
	cleanups.push(() => new Promise((resolve) => socket.close(() => resolve())));
	return socket.address().port;
}

describe('port probing', () => {
	it('calls a port taken by TCP or by UDP not free', async () => {
		expect(await portFree(await holdTcp(), ['127.0.0.1'])).toBe(false);
		expect(await portFree(await holdUdp(), ['127.0.0.1'])).toBe(false);
	});

	it('calls a port free once nothing holds it', async () => {
		const port = await holdTcp();
		await cleanups.pop()!();
		expect(await portFree(port, ['127.0.0.1'])).toBe(true);
	});

	it('takes the port asked for as it is, else the standard one when free, else another free one', async () => {
		expect(await choosePort(['127.0.0.1'], 40_000)).toBe(40_000);
		const port = await choosePort(['127.0.0.1'], undefined);
		if (port !== STANDARD_PORT) expect(await portFree(STANDARD_PORT, ['127.0.0.1'])).toBe(false);
		expect(await portFree(port, ['127.0.0.1'])).toBe(true);
	});
});
