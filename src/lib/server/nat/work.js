// @ts-check
// One lab run's work: build the networks, start coturn and the captures, run the call, record a NatRun.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { outcomeOfPair, predict } from '../../nat/predict.js';
import { isControl } from '../../nat/packets.js';
import { sweepStaleNamespaces, newLabPrefix } from './namespaces.js';
import { addNetemDelay, buildTopology, SERVER_ADDRESS, SERVER_PORT } from './topology.js';
import { startLabCoturn } from './coturn.js';
import { captureInternet, watchConntrack } from './capture.js';
import { launchPeer } from './browser.js';
import { candidateFields, rtcConfiguration, rttOf } from './peers.js';

/** @typedef {import('../../nat/types.js').NetworkName} NetworkName */
/** @typedef {import('../../nat/types.js').ServerSet} ServerSet */
/** @typedef {import('../../nat/types.js').NatRun} NatRun */
/** @typedef {import('../../nat/types.js').NatEvent} NatEvent */
/** @typedef {import('../../nat/types.js').Mapping} Mapping */
/** @typedef {import('../../nat/types.js').Packet} Packet */
/** @typedef {import('./peers.js').PairStat} PairStat */

/**
 * How long ICE gets to connect before the run counts as failed. Chromium itself declares a pair
 * failed only after its checks time out (about 30 s); nothing that works here takes over 10 s.
 */
export const CONNECT_TIMEOUT_MS = 15_000;
/** After connecting, how long stats keep being read, so nomination settles and RTTs are measured. */
export const SETTLE_MS = 3_000;
const STATS_INTERVAL_MS = 500;
/** netem delay per internet link when the kernel has netem: a relayed path crosses two more. */
export const NETEM_DELAY_MS = 10;
/** Media and DTLS packets kept per flow and kind: enough to see them pass, not thousands. */
const SAMPLES_PER_FLOW = 3;
/**
 * ICE checks and their answers kept per flow and kind (direct, or inside a Send/Data indication
 * or ChannelData): Chromium repeats them every few hundred ms on every pair, and a failing run
 * would otherwise record hundreds. STUN/TURN messages to and from the server are all kept.
 */
const CHECKS_PER_FLOW = 8;
const MAX_PACKETS = 3_000;

/**
 * How the run's work hands what it makes to the cleanup.
 * @typedef {object} LabHooks
 * @property {(name: string) => void} addNamespace
 * @property {(stop: () => void) => void} addStopper
 * @property {(browser: { close: () => Promise<void> }) => void} addBrowser
 * @property {(dir: string) => void} setDir
 * @property {() => boolean} isCancelled
 * @property {(event: NatEvent) => void} [onEvent]
 */

/**
 * @param {NetworkName} a
 * @param {NetworkName} b
 * @param {ServerSet} servers
 * @param {{ connectTimeoutMs?: number, rawDir?: string }} options
 * @param {LabHooks} lab
 * @returns {Promise<NatRun>}
 */
export async function labWork(a, b, servers, options, lab) {
	const { connectTimeoutMs = CONNECT_TIMEOUT_MS, rawDir } = options;
	if (rawDir) mkdirSync(rawDir, { recursive: true });
	const startMs = Date.now();
	const startedAt = new Date(startMs).toISOString();
	/** @type {NatEvent[]} */
	const events = [];
	/** @type {Mapping[]} */
	const mappings = [];
	/** @type {Packet[]} */
	const packets = [];
	/**
	 * @param {NatEvent['kind']} kind
	 * @param {any} data
	 * @param {'a' | 'b'} [peer]
	 * @param {number} [t]
	 */
	const emit = (kind, data, peer, t = Date.now() - startMs) => {
		if (lab.isCancelled()) return;
		/** @type {NatEvent} */
		const event = peer ? { t, kind, peer, data } : { t, kind, data };
		events.push(event);
		try {
			lab.onEvent?.(event);
		} catch {
			// a listener's failure is not the lab's
		}
	};
	const predicted = predict(a, b, servers);
	emit('phase', { phase: 'start', a, b, servers, predicted });

	const swept = await sweepStaleNamespaces();
	if (swept.length) emit('log', { sweptStaleNamespaces: swept });
	const prefix = newLabPrefix();
	const dir = mkdtempSync(path.join(os.tmpdir(), 'natlab-'));
	lab.setDir(dir);

	const built = await buildTopology(prefix, a, b, lab.addNamespace, lab.isCancelled);
	const topology = built.topology;
	const netem = await addNetemDelay(built.internet, NETEM_DELAY_MS);
	if (!netem) {
		emit('log', {
			netem: 'unavailable: this kernel has no netem qdisc, links have no added delay'
		});
	}

	/** @type {{ username: string, credential: string } | null} */
	let turn = null;
	if (servers !== 'none') {
		const coturn = await startLabCoturn({ namespace: built.internet, dir });
		lab.addStopper(coturn.stop);
		if (rawDir) lab.addStopper(() => writeFileSync(path.join(rawDir, 'coturn.log'), coturn.log()));
		turn = coturn;
		if (servers === 'stun' || servers === 'stun+turn') {
			topology.stun = `${SERVER_ADDRESS}:${SERVER_PORT}`;
		}
		if (servers !== 'stun') {
			topology.turn = {
				udp: `${SERVER_ADDRESS}:${SERVER_PORT}`,
				tcp: `${SERVER_ADDRESS}:${SERVER_PORT}`
			};
		}
	}
	emit('phase', {
		phase: 'topology',
		topology,
		netemDelayMs: netem ? NETEM_DELAY_MS : null,
		namespaces: built.namespaces
	});

	/** @type {Map<string, number>} */
	const samples = new Map();
	let sampledOut = 0;
	const capture = await captureInternet({
		namespace: built.internet,
		startMs,
		rawFile: rawDir && path.join(rawDir, 'internet.pcap'),
		onPacket: (packet) => {
			if (packets.length >= MAX_PACKETS) return;
			const inner = /** @type {{ kind?: string } | undefined} */ (packet.summary.data)?.kind;
			const check = packet.kind.startsWith('ice-check') || inner?.startsWith('ice-check');
			const limit = !isControl(packet) ? SAMPLES_PER_FLOW : check ? CHECKS_PER_FLOW : Infinity;
			const key = `${packet.from} ${packet.to} ${packet.kind} ${inner ?? ''}`;
			const n = samples.get(key) ?? 0;
			samples.set(key, n + 1);
			if (n >= limit) {
				sampledOut += 1;
				return;
			}
			packets.push(packet);
			emit('packet', packet, undefined, packet.t);
		}
	});
	lab.addStopper(capture.stop);
	const watchers = [];
	for (const side of /** @type {const} */ (['a', 'b'])) {
		const router = built.routers[side];
		if (!router) continue;
		const watcher = watchConntrack({
			namespace: router,
			nat: side,
			startMs,
			rawFile: rawDir && path.join(rawDir, `conntrack-${side}.txt`),
			onMapping: (mapping) => {
				mappings.push(mapping);
				emit('mapping', mapping, side, mapping.t);
			}
		});
		lab.addStopper(watcher.stop);
		watchers.push(watcher);
	}

	/** @type {{ a: string[], b: string[] }} */
	const candidates = { a: [], b: [] };
	/** @type {Record<'a' | 'b', { page: import('playwright-core').Page | null, ready: boolean, queue: unknown[], connection: string }>} */
	const peers = {
		a: { page: null, ready: false, queue: [], connection: 'new' },
		b: { page: null, ready: false, queue: [], connection: 'new' }
	};
	/** @type {number | null} */
	let connectedAt = null;
	let failedAt = /** @type {number | null} */ (null);
	const other = (/** @type {'a' | 'b'} */ side) => (side === 'a' ? 'b' : 'a');
	/** @param {'a' | 'b'} side @param {unknown} candidate */
	const deliver = async (side, candidate) => {
		const target = peers[side];
		if (!target.ready || !target.page) return void target.queue.push(candidate);
		await target.page
			.evaluate((c) => /** @type {any} */ (globalThis).labAddCandidate(c), candidate)
			.catch((error) => emit('error', { addIceCandidate: String(error.message ?? error) }, side));
	};
	/** @param {'a' | 'b'} side */
	const onEmit = (side) => (/** @type {{ kind: string, data: any }} */ message) => {
		const { kind, data } = message;
		if (kind === 'candidate') {
			if (!data) return void emit('gathering', 'end-of-candidates', side);
			candidates[side].push(data.candidate);
			emit('candidate', { candidate: data.candidate, ...candidateFields(data.candidate) }, side);
			void deliver(other(side), data);
		} else if (kind === 'state') {
			emit('state', data, side);
			if (data.connection) peers[side].connection = data.connection;
			if (peers.a.connection === 'connected' && peers.b.connection === 'connected') {
				connectedAt ??= Date.now() - startMs;
			}
			if (data.connection === 'failed') failedAt ??= Date.now() - startMs;
		} else if (kind === 'gathering' || kind === 'log') {
			emit(kind, data, side);
		}
	};

	// Both launches settle before going on, so that a browser launched while the other failed
	// (or the lab was stopped) is handed to the cleanup rather than left running.
	const launches = await Promise.allSettled(
		/** @type {const} */ (['a', 'b']).map(async (side) => {
			const peer = await launchPeer({ namespace: built.homes[side], dir, onEmit: onEmit(side) });
			lab.addBrowser(peer.browser);
			return peer;
		})
	);
	const failedLaunch = launches.find((l) => l.status === 'rejected');
	if (failedLaunch) throw failedLaunch.reason;
	if (lab.isCancelled()) throw new Error('the lab was stopped');
	const [peerA, peerB] =
		/** @type {[Awaited<ReturnType<typeof launchPeer>>, Awaited<ReturnType<typeof launchPeer>>]} */ (
			launches.map(
				(l) =>
					/** @type {PromiseFulfilledResult<Awaited<ReturnType<typeof launchPeer>>>} */ (l).value
			)
		);
	peers.a.page = peerA.page;
	peers.b.page = peerB.page;
	const browser = `Chromium ${peerA.version}`;
	emit('phase', { phase: 'browsers', browser });

	const configuration = rtcConfiguration(servers, turn);
	/** @param {import('playwright-core').Page} page @param {string} fn @param {unknown} [arg] */
	const call = (page, fn, arg) =>
		page.evaluate(
			([f, x]) => /** @type {any} */ (globalThis)[/** @type {string} */ (f)](x),
			[fn, arg]
		);
	await Promise.all([
		call(peerA.page, 'labStart', configuration),
		call(peerB.page, 'labStart', configuration)
	]);
	const callStartMs = Date.now() - startMs;
	emit('phase', {
		phase: 'signaling',
		configuration: {
			...configuration,
			iceServers: configuration.iceServers.map((s) => ({ urls: s.urls }))
		}
	});
	const offer = await call(peerA.page, 'labOffer');
	emit('log', { signaling: 'offer', from: 'a' }, 'a');
	const answer = await call(peerB.page, 'labAnswer', offer);
	peers.b.ready = true;
	for (const c of peers.b.queue.splice(0)) await deliver('b', c);
	emit('log', { signaling: 'answer', from: 'b' }, 'b');
	await call(peerA.page, 'labAccept', answer);
	peers.a.ready = true;
	for (const c of peers.a.queue.splice(0)) await deliver('a', c);

	/** @type {Record<'a' | 'b', Map<string, string>>} */
	const lastPairState = { a: new Map(), b: new Map() };
	/** @type {Record<'a' | 'b', PairStat[]>} */
	const lastPairs = { a: [], b: [] };
	const readStats = async () => {
		for (const side of /** @type {const} */ (['a', 'b'])) {
			const page = peers[side].page;
			if (!page) continue;
			const stats = /** @type {{ pairs: PairStat[] }} */ (await call(page, 'labStats'));
			lastPairs[side] = stats.pairs;
			for (const pair of stats.pairs) {
				const state = `${pair.state} ${pair.nominated} ${pair.selected}`;
				if (lastPairState[side].get(pair.id) === state) continue;
				lastPairState[side].set(pair.id, state);
				emit('pair', pair, side);
			}
		}
	};
	const sleep = (/** @type {number} */ ms) => new Promise((r) => setTimeout(r, ms));
	const deadline = Date.now() + connectTimeoutMs;
	while (connectedAt === null && failedAt === null && Date.now() < deadline) {
		await sleep(STATS_INTERVAL_MS);
		await readStats();
	}
	if (connectedAt !== null) {
		emit('phase', { phase: 'connected', msToConnected: connectedAt - callStartMs });
		const settle = Date.now() + SETTLE_MS;
		while (Date.now() < settle) {
			await sleep(STATS_INTERVAL_MS);
			await readStats();
		}
	} else {
		emit('phase', {
			phase: 'failed',
			reason: failedAt !== null ? 'ice-failed' : `not connected within ${connectTimeoutMs} ms`
		});
	}
	await readStats();

	const selectedA = lastPairs.a.find((p) => p.selected) ?? null;
	const selectedB = lastPairs.b.find((p) => p.selected) ?? null;
	/** @type {import('../../nat/types.js').Outcome} */
	let outcome = 'failed';
	if (connectedAt !== null && selectedA) {
		const tcpLeg =
			selectedA.localRelayProtocol === 'tcp' || selectedB?.localRelayProtocol === 'tcp';
		outcome = outcomeOfPair(selectedA.localType, selectedA.remoteType, tcpLeg ? 'tcp' : 'udp');
	}
	await Promise.all([peerA.page, peerB.page].map((page) => call(page, 'labClose').catch(() => {})));
	for (const watcher of watchers) await watcher.finish();
	await capture.finish();
	if (sampledOut)
		emit('log', {
			packetsNotKept: sampledOut,
			keptPerFlow: { checks: CHECKS_PER_FLOW, media: SAMPLES_PER_FLOW }
		});
	emit('phase', { phase: 'done', outcome, predicted: predicted.outcome });

	/** @type {NatRun} */
	const natRun = {
		version: 1,
		a,
		b,
		servers,
		outcome,
		predicted: predicted.outcome,
		msToConnected: connectedAt === null ? null : connectedAt - callStartMs,
		candidates,
		selectedPair:
			connectedAt !== null && selectedA?.local && selectedA.remote
				? { local: selectedA.local, remote: selectedA.remote }
				: null,
		mappings: [...mappings].sort((x, y) => x.t - y.t),
		packets: [...packets].sort((x, y) => x.t - y.t),
		topology,
		events: [...events].sort((x, y) => x.t - y.t),
		rttMs: rttOf(lastPairs.a),
		startedAt,
		browser,
		recorded: false
	};
	if (netem) natRun.netemDelayMs = NETEM_DELAY_MS;
	return natRun;
}
