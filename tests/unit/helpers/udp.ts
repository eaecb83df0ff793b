import dgram from 'node:dgram';

/** A plain UDP socket on 127.0.0.1 that stands in for a peer: it sends, and keeps what arrives. */
export interface UdpPeer {
	socket: dgram.Socket;
	port: number;
	/** every datagram that arrived, in order, with the address and port it came from */
	received: { text: string; from: string }[];
	send(text: string, port: number): Promise<void>;
	/** resolves once `count` datagrams have arrived */
	until(count: number): Promise<void>;
	close(): Promise<void>;
}

/** Binds a new UDP peer to a free port of 127.0.0.1; the caller closes it. */
export async function openUdpPeer(): Promise<UdpPeer> {
	const socket = dgram.createSocket('udp4');
	await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
	const received: UdpPeer['received'] = [];
	const waiters: (() => void)[] = [];
	socket.on('message', (data, from) => {
		received.push({ text: String(data), from: `${from.address}:${from.port}` });
		waiters.splice(0).forEach((wake) => wake());
	});
	return {
		socket,
		port: socket.address().port,
		received,
		send: (text, port) =>
			new Promise<void>((resolve) => socket.send(text, port, '127.0.0.1', () => resolve())),
		until: (count) =>
			new Promise<void>((resolve) => {
				const check = () => (received.length >= count ? resolve() : waiters.push(check));
				check();
			}),
		close: () => new Promise<void>((resolve) => socket.close(() => resolve()))
	};
}

/**
 * Nothing holds these UDP ports of 127.0.0.1 any more: each can be bound again (binding a port in
 * use rejects with EADDRINUSE), then is let go.
 */
export async function expectPortsFree(ports: number[]): Promise<void> {
	for (const port of ports) {
		const socket = dgram.createSocket('udp4');
		await new Promise<void>((resolve, reject) => {
			socket.once('error', reject);
			socket.bind(port, '127.0.0.1', () => resolve());
		});
		await new Promise<void>((resolve) => socket.close(() => resolve()));
	}
}
