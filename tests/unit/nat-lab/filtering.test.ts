/**
 * The filtering behaviour (RFC 4787 §5) of the NATs the lab builds, packet by packet, as root:
 * a home host behind each NAT sends one UDP packet out to a public host, then three packets
 * arrive at its public address:port: from the address:port it sent to, from the same address
 * but another port, and from another address. Port-restricted cone lets in only the first,
 * address-restricted the first two, full cone all three (endpoint-independent filtering).
 */
import { describe, expect, it } from 'vitest';
import { buildTopology, SERVER_ADDRESS } from '$lib/server/nat/topology.js';
import { newLabPrefix, removeNamespace } from '$lib/server/nat/namespaces.js';
import { runIn, spawnIn } from '$lib/server/nat/exec.js';
import type { NetworkName } from '$lib/nat/types.js';
import { namespacesOf, unavailableReason } from './helpers.js';

const INSIDE_PORT = 40_000;
const PEER_PORT = 7000;

/** Node inside the home: sends once to the peer, then prints every datagram that arrives. */
const LISTENER = `
const socket = require('node:dgram').createSocket('udp4');
socket.on('message', (message, from) => console.log(from.address + ':' + from.port + ' ' + message));
socket.bind(${INSIDE_PORT}, () => {
	socket.send('out', ${PEER_PORT}, process.argv[1], () => console.log('sent'));
	setTimeout(() => socket.close(), 2500);
});`;

/** Node on the internet side: one datagram from a given port. */
const SENDER = `
const [to, port, from, text] = process.argv.slice(1);
const socket = require('node:dgram').createSocket('udp4');
socket.bind(Number(from), () => socket.send(text, Number(port), to, () => socket.close()));`;

async function arrivals(network: NetworkName): Promise<string[]> {
	const prefix = newLabPrefix();
	const created: string[] = [];
	try {
		const built = await buildTopology(prefix, network, 'public', (name: string) => {
			created.push(name);
		});
		const peer = built.topology.b.host;
		const natPublic = built.topology.a.natPublic!;
		const listener = spawnIn(built.homes.a, process.execPath, ['-e', LISTENER, peer]);
		let output = '';
		listener.stdout.on('data', (chunk) => (output += chunk));
		const closed = new Promise((resolve) => listener.on('close', resolve));
		const deadline = Date.now() + 2000;
		while (!output.includes('sent') && Date.now() < deadline) {
			await new Promise((r) => setTimeout(r, 50));
		}
		const send = (ns: string, from: number, text: string) =>
			runIn(ns, process.execPath, [
				'-e',
				SENDER,
				natPublic,
				String(INSIDE_PORT),
				String(from),
				text
			]);
		await send(built.homes.b, PEER_PORT, 'same-address-and-port');
		await send(built.homes.b, PEER_PORT + 1, 'same-address-other-port');
		await send(built.internet, PEER_PORT, 'other-address');
		await closed;
		return output
			.split('\n')
			.filter((line) => line && line !== 'sent')
			.map((line) => {
				const [from, text] = line.split(' ');
				// what came in, and that it still shows where it came from (only the destination changes)
				expect(from).toBe(
					text === 'other-address'
						? `${SERVER_ADDRESS}:${PEER_PORT}`
						: `${peer}:${text === 'same-address-and-port' ? PEER_PORT : PEER_PORT + 1}`
				);
				return text!;
			})
			.sort();
	} finally {
		for (const name of created) await removeNamespace(name);
	}
}

describe.skipIf(unavailableReason !== null)('NAT filtering, one packet at a time', () => {
	it('port-restricted cone: only from the address and port the inside sent to', async () => {
		expect(await arrivals('cone')).toEqual(['same-address-and-port']);
		expect(await namespacesOf()).toEqual([]);
	});

	it('address-restricted cone: from the address the inside sent to, any port', async () => {
		expect(await arrivals('address-restricted')).toEqual([
			'same-address-and-port',
			'same-address-other-port'
		]);
		expect(await namespacesOf()).toEqual([]);
	});

	it('full cone: from anyone, to the mapped port', async () => {
		expect(await arrivals('full-cone')).toEqual([
			'other-address',
			'same-address-and-port',
			'same-address-other-port'
		]);
		expect(await namespacesOf()).toEqual([]);
	});
});
