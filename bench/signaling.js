// @ts-check
/**
 * Signaling load: ROOMS concurrent rooms, each relaying an offer, an answer and CANDIDATES
 * candidates each way through Peerscope's signaling server (validation, rooms, rate limits,
 * logging off), against a bare `ws` relay (clients paired by connection order, every frame passed
 * to the partner, no parsing) with the same message sizes, measured in the same run.
 *
 * Each server runs in its own child process, so its memory is its own and the clients (this
 * process) do not share its event loop. Latency is from send to arrival of each relayed message
 * (both ends are in this process, one clock); all rooms send at once, so it includes queueing in
 * the clients and the server. Rounds alternate bare / Peerscope; prints p50 and p99 of all
 * messages of each, the server process's CPU time per message over the measured rounds (join
 * and connection set-up included), the server's heap and RSS with every connection and room
 * open, and the ratios. The
 * aim (p99 ratio ≤ 1.5) is reported, never enforced.
 *
 * Usage: `node bench/signaling.js`; SIGNAL_BENCH_ROOMS (500), SIGNAL_BENCH_ROUNDS (3).
 */
import { readFileSync } from 'node:fs';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import {
	BENCH_SERVER_OPTIONS,
	bareServer,
	connect,
	cpuOf,
	forkServer,
	memoryOf,
	nextMessage,
	quantile,
	serveToParent
} from './wsServers.js';

/** @typedef {import('ws').WebSocket} WebSocket */

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const ROOMS = Number(process.env.SIGNAL_BENCH_ROOMS ?? 500);
const ROUNDS = Number(process.env.SIGNAL_BENCH_ROUNDS ?? 3);
const CANDIDATES = 20;
const AIM_RATIO = 1.5;

const OFFER = readFileSync(`${ROOT}tests/fixtures/sdp/chromium-av-data-offer.sdp`, 'utf8');
const ANSWER = readFileSync(`${ROOT}tests/fixtures/sdp/chromium-av-data-answer.sdp`, 'utf8');
/** @param {number} n */
const candidate = (n) => ({
	candidate: `candidate:${1000 + n} 1 udp 2122260223 192.168.1.${n % 250} ${50000 + n} typ host generation 0 network-id 1`,
	sdpMid: '0',
	sdpMLineIndex: 0,
	usernameFragment: 'Fk2x'
});

// ---- child: one server ----------------------------------------------------------------------

async function serve(/** @type {string} */ kind) {
	if (kind === 'peerscope') {
		const { createSignalingServer } = await import('../src/lib/server/signaling/server.js');
		const signaling = createSignalingServer({
			...BENCH_SERVER_OPTIONS,
			maxRoomsPerAddress: Infinity
		});
		serveToParent(signaling.handleUpgrade);
		return;
	}
	// The baseline: pair connections in arrival order and pass every frame on untouched.
	/** @type {WebSocket | null} */
	let waiting = null;
	serveToParent(
		bareServer((ws) => {
			if (!waiting) {
				waiting = ws;
				return;
			}
			const a = waiting;
			waiting = null;
			a.on('message', (data, isBinary) => ws.send(data, { binary: isBinary }));
			ws.on('message', (data, isBinary) => a.send(data, { binary: isBinary }));
		})
	);
}

// ---- parent: the clients ----------------------------------------------------------------------

/**
 * One round: connect and pair every room, then run all calls at once and time each message.
 * `whileOpen` runs after the calls, before the connections close.
 * @param {string} kind
 * @param {number} port
 * @param {() => Promise<unknown>} [whileOpen]
 */
async function round(kind, port, whileOpen) {
	const url = `ws://127.0.0.1:${port}/signal`;
	/** @type {{ a: WebSocket; b: WebSocket }[]} */
	const rooms = [];
	for (let i = 0; i < ROOMS; i++) {
		const a = await connect(url);
		const b = await connect(url);
		if (kind === 'peerscope') {
			const room = `BENC-H000-${String(i)
				.padStart(4, '0')
				.replace(/[^0-9]/g, '0')}-0000`;
			a.send(JSON.stringify({ type: 'join', room }));
			await nextMessage(a);
			// Listen for peer-joined before it can arrive.
			const peerJoined = nextMessage(a);
			b.send(JSON.stringify({ type: 'join', room }));
			await nextMessage(b);
			await peerJoined;
		}
		rooms.push({ a, b });
	}

	/** @type {number[]} */
	const latencies = [];
	const started = performance.now();
	await Promise.all(
		rooms.map(({ a, b }) => {
			/** @type {Map<string, number>} */
			const sentAt = new Map();
			const expectAtA = 1 + CANDIDATES;
			const expectAtB = 1 + CANDIDATES;
			/**
			 * @param {WebSocket} ws
			 * @param {string} key
			 * @param {object} message
			 */
			const send = (ws, key, message) => {
				sentAt.set(key, performance.now());
				ws.send(JSON.stringify(message));
			};
			/**
			 * One side's part of the call: its description, then its candidates.
			 * @param {WebSocket} ws
			 * @param {'A' | 'B'} side
			 * @param {'offer' | 'answer'} type
			 * @param {number} firstCandidate
			 */
			const sendSide = (ws, side, type, firstCandidate) => {
				const sdp = type === 'offer' ? OFFER : ANSWER;
				send(ws, `${side}:${type}:1`, { type, messageId: 1, description: { type, sdp } });
				for (let i = 0; i < CANDIDATES; i++) {
					send(ws, `${side}:candidate:${2 + i}`, {
						type: 'candidate',
						messageId: 2 + i,
						candidate: candidate(firstCandidate + i)
					});
				}
			};
			/** @param {any} m @param {string} side */
			const keyOf = (m, side) => `${side}:${m.type}:${m.messageId}`;
			return new Promise((resolve) => {
				let atA = 0;
				let atB = 0;
				const done = () => atA === expectAtA && atB === expectAtB && resolve(undefined);
				b.on('message', (data) => {
					const m = JSON.parse(String(data));
					latencies.push(performance.now() - /** @type {number} */ (sentAt.get(keyOf(m, 'A'))));
					atB += 1;
					if (m.type === 'offer') sendSide(b, 'B', 'answer', 0);
					done();
				});
				a.on('message', (data) => {
					const m = JSON.parse(String(data));
					latencies.push(performance.now() - /** @type {number} */ (sentAt.get(keyOf(m, 'B'))));
					atA += 1;
					done();
				});
				sendSide(a, 'A', 'offer', 100);
			});
		})
	);
	const elapsed = performance.now() - started;
	await whileOpen?.();
	for (const { a, b } of rooms) {
		a.terminate();
		b.terminate();
	}
	return { latencies, elapsed };
}

/** @param {number} bytes */
const mib = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

async function main() {
	/** @type {Record<string, { child: import('node:child_process').ChildProcess; port: number }>} */
	const servers = {};
	for (const kind of ['bare', 'peerscope'])
		servers[kind] = await forkServer(fileURLToPath(import.meta.url), kind);
	/** @type {Record<string, number[]>} */
	const all = { bare: [], peerscope: [] };
	/** @type {Record<string, number[]>} */
	const elapsed = { bare: [], peerscope: [] };
	// Warm-up round of each (discarded), then alternating rounds.
	for (const kind of ['bare', 'peerscope']) await round(kind, servers[kind].port);
	/** @type {Record<string, NodeJS.MemoryUsage>} */
	const memory = {};
	/** @type {Record<string, number>} */
	const cpu = {};
	for (const kind of ['bare', 'peerscope']) cpu[kind] = -(await cpuOf(servers[kind].child));
	for (let r = 0; r < ROUNDS; r++) {
		const order = r % 2 === 0 ? ['bare', 'peerscope'] : ['peerscope', 'bare'];
		for (const kind of order) {
			// Memory is taken in the last round with all 1,000 connections and 500 rooms still open.
			const measure =
				r === ROUNDS - 1
					? async () => (memory[kind] = /** @type {any} */ (await memoryOf(servers[kind].child)))
					: undefined;
			const result = await round(kind, servers[kind].port, measure);
			all[kind].push(...result.latencies);
			elapsed[kind].push(result.elapsed);
		}
	}

	for (const kind of ['bare', 'peerscope']) cpu[kind] += await cpuOf(servers[kind].child);

	const expected = ROOMS * 2 * (1 + CANDIDATES) * ROUNDS;
	console.log(
		`Signaling: ${ROOMS} concurrent rooms, each an offer, an answer and ${CANDIDATES} candidates each way (${expected / ROUNDS} messages a round), ${ROUNDS} rounds`
	);
	/** @type {Record<string, { p50: number; p99: number }>} */
	const figures = {};
	for (const kind of ['bare', 'peerscope']) {
		const sorted = [...all[kind]].sort((x, y) => x - y);
		if (sorted.length !== expected)
			throw new Error(`${kind}: ${sorted.length} of ${expected} messages arrived`);
		figures[kind] = { p50: quantile(sorted, 0.5), p99: quantile(sorted, 0.99) };
		const m = /** @type {NodeJS.MemoryUsage} */ (memory[kind]);
		const label = kind === 'bare' ? 'bare ws relay  ' : 'Peerscope server';
		console.log(
			`  ${label}  p50 ${figures[kind].p50.toFixed(2)} ms  p99 ${figures[kind].p99.toFixed(2)} ms  round ${Math.min(...elapsed[kind]).toFixed(0)} ms (best)  cpu ${(cpu[kind] / expected).toFixed(1)} µs/message  heap ${mib(m.heapUsed)}  rss ${mib(m.rss)} (all open)`
		);
	}
	const ratio99 = figures.peerscope.p99 / figures.bare.p99;
	const ratio50 = figures.peerscope.p50 / figures.bare.p50;
	const ratioCpu = (cpu.peerscope ?? NaN) / (cpu.bare ?? NaN);
	console.log(
		`  ratio p50 ${ratio50.toFixed(2)}x  p99 ${ratio99.toFixed(2)}x  cpu ${ratioCpu.toFixed(2)}x (aim ≤ ${AIM_RATIO}x at p99: ${ratio99 <= AIM_RATIO ? 'met' : 'not met'})`
	);
	for (const { child } of Object.values(servers)) child.kill();
}

const serveIndex = process.argv.indexOf('--serve');
if (serveIndex !== -1) await serve(process.argv[serveIndex + 1] ?? 'bare');
else await main();
