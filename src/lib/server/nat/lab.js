// @ts-check
/**
 * The NAT lab: one fixed scenario (two networks and a server set) run for real. It builds the
 * namespaces and NATs (topology.js), starts coturn on the internet side (coturn.js), watches
 * conntrack and captures the internet bridge (capture.js), launches one Chromium per home
 * (browser.js), relays their signaling itself, and records everything as a NatRun. At most one
 * lab runs per process, within a time limit, and every namespace and process it made is removed
 * on every way out: success, error, timeout, abort, Ctrl-C, SIGTERM, an uncaught exception.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isScenario } from '../../nat/types.js';
import { outcomeOfPair, predict } from '../../nat/predict.js';
import { isControl } from '../../nat/packets.js';
import { CHROMIUM_PATH } from '../../../../scripts/chromium.js';
import { hasCommand } from './exec.js';
import {
	removeNamespace,
	removeNamespaceSync,
	sweepStaleNamespaces,
	newLabPrefix,
	namespaceInode,
	killProcessesIn
} from './namespaces.js';
import {
	addNetemDelay,
	buildTopology,
	removeTopology,
	SERVER_ADDRESS,
	SERVER_PORT
} from './topology.js';
import { startLabCoturn } from './coturn.js';
import { captureInternet, watchConntrack } from './capture.js';
import { launchPeer } from './browser.js';

/** @typedef {import('../../nat/types.js').NetworkName} NetworkName */
/** @typedef {import('../../nat/types.js').ServerSet} ServerSet */
/** @typedef {import('../../nat/types.js').NatRun} NatRun */
/** @typedef {import('../../nat/types.js').NatEvent} NatEvent */
/** @typedef {import('../../nat/types.js').Mapping} Mapping */
/** @typedef {import('../../nat/types.js').Packet} Packet */

/** The whole run's time limit unless the caller sets one. */
export const DEFAULT_TIMEOUT_MS = 90_000;
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

export class LabError extends Error {
	/**
	 * @param {'unknown-scenario' | 'busy' | 'timeout' | 'unavailable' | 'aborted' | 'failed'} code
	 * @param {string} message
	 */
	constructor(code, message) {
		super(message);
		this.name = 'LabError';
		this.code = code;
	}
}

/**
 * @typedef {{ code: 'not-linux' | 'not-root' | 'no-ip' | 'no-nft' | 'no-conntrack' | 'no-tcpdump'
 *   | 'no-chromium' | 'no-turnserver', install?: string }} UnavailableReason
 */

/**
 * Whether this machine can run the lab, and if not, every reason (with the Debian package that
 * fixes it).
 * @returns {Promise<{ ok: true } | { ok: false, reasons: UnavailableReason[] }>}
 */
export async function labAvailability() {
	/** @type {UnavailableReason[]} */
	const reasons = [];
	if (process.platform !== 'linux') return { ok: false, reasons: [{ code: 'not-linux' }] };
	if (process.getuid?.() !== 0) reasons.push({ code: 'not-root' });
	const tools = /** @type {const} */ ([
		['ip', 'no-ip', 'iproute2'],
		['nft', 'no-nft', 'nftables'],
		['conntrack', 'no-conntrack', 'conntrack'],
		['tcpdump', 'no-tcpdump', 'tcpdump'],
		['turnserver', 'no-turnserver', 'coturn']
	]);
	for (const [command, code, install] of tools) {
		if (!(await hasCommand(command))) reasons.push({ code, install });
	}
	if (!existsSync(CHROMIUM_PATH)) reasons.push({ code: 'no-chromium', install: 'chromium' });
	return reasons.length === 0 ? { ok: true } : { ok: false, reasons };
}

/** @type {Promise<unknown> | null} */
let active = null;

/** @param {ServerSet} servers @param {{ username: string, credential: string } | null} turn */
function rtcConfiguration(servers, turn) {
	const stun = { urls: `stun:${SERVER_ADDRESS}:${SERVER_PORT}` };
	const turnUrl = (/** @type {string} */ transport) =>
		`turn:${SERVER_ADDRESS}:${SERVER_PORT}?transport=${transport}`;
	const relay = (/** @type {string[]} */ transports) => ({
		urls: transports.map(turnUrl),
		username: turn?.username,
		credential: turn?.credential
	});
	switch (servers) {
		case 'none':
			return { iceServers: [] };
		case 'stun':
			return { iceServers: [stun] };
		case 'stun+turn':
			return { iceServers: [stun, relay(['udp', 'tcp'])] };
		case 'turn-only':
			return { iceServers: [relay(['udp', 'tcp'])], iceTransportPolicy: 'relay' };
		case 'turn-tcp-only':
			return { iceServers: [relay(['tcp'])], iceTransportPolicy: 'relay' };
	}
}

/** @param {string} line */
function candidateFields(line) {
	const parts = line.replace(/^candidate:/, '').split(/\s+/);
	const at = (/** @type {string} */ key) => {
		const i = parts.indexOf(key);
		return i >= 0 ? parts[i + 1] : undefined;
	};
	return {
		protocol: parts[2]?.toLowerCase(),
		address: parts[4],
		port: Number(parts[5]),
		type: at('typ'),
		relatedAddress: at('raddr'),
		relatedPort: at('rport') === undefined ? undefined : Number(at('rport')),
		tcpType: at('tcptype')
	};
}

/**
 * @typedef {object} PairStat
 * @property {string} id
 * @property {string} state
 * @property {boolean} nominated
 * @property {boolean} selected
 * @property {string | null} local
 * @property {string | null} remote
 * @property {string} localType
 * @property {string} remoteType
 * @property {string | null} localRelayProtocol
 * @property {number} totalRoundTripTime
 * @property {number} responsesReceived
 */

/**
 * Mean RTT of the pairs that got answers, direct (no relay) and relayed, in ms.
 * @param {PairStat[]} pairs
 */
function rttOf(pairs) {
	/** @param {(p: PairStat) => boolean} pick */
	const best = (pick) => {
		const rtts = pairs
			.filter((p) => pick(p) && p.responsesReceived > 0)
			.map((p) => (p.totalRoundTripTime / p.responsesReceived) * 1000);
		return rtts.length ? Math.round(Math.min(...rtts) * 100) / 100 : undefined;
	};
	/** @type {{ direct?: number, relayed?: number }} */
	const rttMs = {};
	const direct = best((p) => p.localType !== 'relay' && p.remoteType !== 'relay');
	const relayed = best((p) => p.localType === 'relay' || p.remoteType === 'relay');
	if (direct !== undefined) rttMs.direct = direct;
	if (relayed !== undefined) rttMs.relayed = relayed;
	return rttMs;
}

/**
 * Runs one scenario. See the module comment and nat-contract.md.
 * @param {{ a: unknown, b: unknown, servers: unknown }} scenario
 * @param {{ onEvent?: (event: NatEvent) => void, signal?: AbortSignal, timeoutMs?: number, connectTimeoutMs?: number, rawDir?: string }} [options]
 * @returns {Promise<NatRun>}
 */
export async function runScenario(scenario, options = {}) {
	const { a, b, servers } = scenario ?? {};
	if (!isScenario(a, b, servers)) {
		throw new LabError(
			'unknown-scenario',
			`not a lab scenario: ${JSON.stringify({ a, b, servers })} (networks: public, cone, symmetric, udp-blocked; servers: none, stun, stun+turn, turn-only, turn-tcp-only)`
		);
	}
	if (active) throw new LabError('busy', 'another NAT lab is running in this process');
	const run = runExclusive(
		/** @type {NetworkName} */ (a),
		/** @type {NetworkName} */ (b),
		/** @type {ServerSet} */ (servers),
		options
	);
	active = run;
	try {
		return await run;
	} finally {
		active = null;
	}
}

/**
 * @param {NetworkName} a
 * @param {NetworkName} b
 * @param {ServerSet} servers
 * @param {{ onEvent?: (event: NatEvent) => void, signal?: AbortSignal, timeoutMs?: number, connectTimeoutMs?: number, rawDir?: string }} options
 * @returns {Promise<NatRun>}
 */
async function runExclusive(a, b, servers, options) {
	const { onEvent, signal, timeoutMs = DEFAULT_TIMEOUT_MS } = options;
	const availability = await labAvailability();
	if (!availability.ok) {
		throw new LabError(
			'unavailable',
			`the NAT lab cannot run here: ${availability.reasons.map((r) => r.code + (r.install ? ` (install ${r.install})` : '')).join(', ')}`
		);
	}
	if (signal?.aborted) throw new LabError('aborted', 'the NAT lab was stopped before it started');

	/** @type {string[]} */
	const namespaces = [];
	/** @type {Set<number>} the namespaces' inodes, which outlive their names */
	const inodes = new Set();
	/** @type {(() => void)[]} */
	const stoppers = [];
	/** @type {{ close: () => Promise<void> }[]} */
	const browsers = [];
	let dir = '';
	let cleaned = false;
	// Set as soon as cleanup starts: whatever the run still makes afterwards (its work goes on
	// until a command fails) is removed as it appears.
	let cancelled = false;

	const cleanupSync = () => {
		cancelled = true;
		if (cleaned) return;
		cleaned = true;
		for (const stop of stoppers) stop();
		for (const name of namespaces) removeNamespaceSync(name);
		killProcessesIn(inodes);
		if (dir) rmSync(dir, { recursive: true, force: true });
	};
	const cleanup = async () => {
		cancelled = true;
		if (cleaned) return;
		await Promise.all(
			browsers.map((browser) =>
				Promise.race([browser.close().catch(() => {}), new Promise((r) => setTimeout(r, 3_000))])
			)
		);
		for (const stop of stoppers) stop();
		await removeTopology(namespaces);
		if (dir) rmSync(dir, { recursive: true, force: true });
		cleaned = true;
	};
	/** @param {NodeJS.Signals} sig */
	const onSignal = (sig) => {
		cleanupSync();
		removeHandlers();
		// Nobody else listens: end as the process would have without us. (Re-raising the signal
		// from inside its handler was seen to be ignored, the CLI then going on to its next run.)
		if (process.listenerCount(sig) === 0) process.exit(128 + os.constants.signals[sig]);
	};
	const onExit = () => cleanupSync();
	const onUncaught = () => cleanupSync();
	const removeHandlers = () => {
		process.removeListener('SIGINT', onSignal);
		process.removeListener('SIGTERM', onSignal);
		process.removeListener('exit', onExit);
		process.removeListener('uncaughtExceptionMonitor', onUncaught);
	};
	process.on('SIGINT', onSignal);
	process.on('SIGTERM', onSignal);
	process.on('exit', onExit);
	process.on('uncaughtExceptionMonitor', onUncaught);

	/** @type {(error: LabError) => void} */
	let stop = () => {};
	const stopped = /** @type {Promise<never>} */ (
		new Promise((_, reject) => {
			stop = reject;
		})
	);
	const timer = setTimeout(
		() =>
			stop(new LabError('timeout', `the NAT lab run exceeded its time limit of ${timeoutMs} ms`)),
		timeoutMs
	);
	const onAbort = () => stop(new LabError('aborted', 'the NAT lab run was stopped'));
	signal?.addEventListener('abort', onAbort, { once: true });

	const work = labWork(a, b, servers, options, {
		addNamespace: (name) => {
			namespaces.push(name);
			const inode = namespaceInode(name);
			if (inode !== null) inodes.add(inode);
			if (cancelled) void removeNamespace(name);
		},
		addStopper: (stopper) => (cancelled ? stopper() : void stoppers.push(stopper)),
		addBrowser: (browser) =>
			cancelled ? void browser.close().catch(() => {}) : void browsers.push(browser),
		setDir: (d) => {
			dir = d;
			if (cancelled) rmSync(d, { recursive: true, force: true });
		},
		isCancelled: () => cancelled,
		onEvent
	});
	work.catch(() => {});
	try {
		return await Promise.race([work, stopped]);
	} catch (error) {
		if (error instanceof LabError) throw error;
		throw new LabError('failed', `the NAT lab run failed: ${/** @type {Error} */ (error).message}`);
	} finally {
		clearTimeout(timer);
		signal?.removeEventListener('abort', onAbort);
		await cleanup();
		// A cancelled run's work stops at its next system call; wait for it, then sweep again in
		// case it made a namespace between the two.
		await Promise.race([work.catch(() => {}), new Promise((r) => setTimeout(r, 15_000))]);
		for (const name of namespaces) await removeNamespace(name);
		killProcessesIn(inodes);
		removeHandlers();
	}
}

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
async function labWork(a, b, servers, options, lab) {
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
