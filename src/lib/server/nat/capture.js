// @ts-check
/**
 * The lab's two observers: conntrack events in each NAT's namespace (the mapping table as it
 * fills) and tcpdump on the internet bridge (every packet between the NATs, the public peers and
 * coturn), each decoded as it arrives by the pure parsers in src/lib/nat/.
 */
import { mappingKey, mappingsFrom } from '../../nat/conntrack.js';
import { createPcapReader, decodeFrame } from '../../nat/packets.js';
import { appendFileSync } from 'node:fs';
import { runIn, spawnIn } from './exec.js';

/** @typedef {import('../../nat/types.js').Mapping} Mapping */
/** @typedef {import('../../nat/types.js').Packet} Packet */

/**
 * Follows `conntrack -E` (new flows, with their NAT translation) in a router's namespace.
 * @param {{ namespace: string, nat: 'a' | 'b', startMs: number, onMapping: (m: Mapping) => void, rawFile?: string }} options
 *   rawFile: also append conntrack's raw output there (fixtures, debugging)
 */
export function watchConntrack({ namespace, nat, startMs, onMapping, rawFile }) {
	const child = spawnIn(namespace, 'conntrack', ['-E', '-e', 'NEW', '-o', 'extended']);
	/** @type {Set<string>} */
	const seen = new Set();
	const deliver = (/** @type {Mapping} */ m) => {
		const key = mappingKey(m);
		if (seen.has(key)) return;
		seen.add(key);
		onMapping(m);
	};
	let partial = '';
	child.stdout.on('data', (/** @type {Buffer} */ chunk) => {
		if (rawFile) appendFileSync(rawFile, chunk);
		const text = partial + chunk.toString('utf8');
		const end = text.lastIndexOf('\n');
		partial = text.slice(end + 1);
		for (const m of mappingsFrom(text.slice(0, end + 1), nat, Date.now() - startMs)) deliver(m);
	});
	return {
		/** A last `conntrack -L` catches flows whose event was missed (e.g. before the watcher ran). */
		async finish() {
			const { stdout } = await runIn(namespace, 'conntrack', ['-L', '-o', 'extended'], {
				allowFail: true
			});
			if (rawFile) appendFileSync(rawFile, `# conntrack -L -o extended\n${stdout}`);
			for (const m of mappingsFrom(stdout, nat, Date.now() - startMs)) deliver(m);
			child.kill('SIGKILL');
		},
		stop: () => void child.kill('SIGKILL')
	};
}

/**
 * Captures on the internet bridge. Resolves once tcpdump says it is listening.
 * @param {{ namespace: string, startMs: number, onPacket: (p: Packet) => void, rawFile?: string }} options
 *   rawFile: also write the pcap stream there
 */
export async function captureInternet({ namespace, startMs, onPacket, rawFile }) {
	const child = spawnIn(namespace, 'tcpdump', [
		'-i',
		'br0',
		'-U',
		'-n',
		'-s',
		'0',
		'-w',
		'-',
		'udp or tcp'
	]);
	const reader = createPcapReader();
	child.stdout.on('data', (/** @type {Buffer} */ chunk) => {
		if (rawFile) appendFileSync(rawFile, chunk);
		for (const frame of reader.push(chunk)) {
			for (const packet of decodeFrame(frame, startMs)) onPacket(packet);
		}
	});
	let stderr = '';
	await new Promise((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error(`tcpdump did not start: ${stderr}`)), 10_000);
		child.stderr.on('data', (/** @type {Buffer} */ chunk) => {
			stderr += chunk.toString('utf8');
			if (/listening on/.test(stderr)) {
				clearTimeout(timer);
				resolve(undefined);
			}
		});
		child.once('exit', (code) => {
			clearTimeout(timer);
			reject(new Error(`tcpdump exited (${code}): ${stderr}`));
		});
	});
	return {
		/** Lets tcpdump flush what it holds, then stops it. */
		async finish() {
			await new Promise((resolve) => {
				const timer = setTimeout(() => {
					child.kill('SIGKILL');
					resolve(undefined);
				}, 2_000);
				child.once('exit', () => {
					clearTimeout(timer);
					resolve(undefined);
				});
				child.kill('SIGINT');
			});
		},
		stop: () => void child.kill('SIGKILL')
	};
}
