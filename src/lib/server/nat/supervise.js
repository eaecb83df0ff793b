// @ts-check
// Supervises one lab run: time limit, abort, signal and exit handlers, and cleanup on every way out.
import { rmSync } from 'node:fs';
import os from 'node:os';
import {
	removeNamespace,
	removeNamespaceSync,
	namespaceInode,
	killProcessesInAndWaitSync,
	killProcessesInAndWait
} from './namespaces.js';
import { removeTopology } from './topology.js';
import { LabError, labAvailability } from './availability.js';
import { labWork } from './work.js';

/** @typedef {import('../../nat/types.js').NetworkName} NetworkName */
/** @typedef {import('../../nat/types.js').ServerSet} ServerSet */
/** @typedef {import('../../nat/types.js').NatRun} NatRun */
/** @typedef {import('../../nat/types.js').NatEvent} NatEvent */

/** The whole run's time limit unless the caller sets one. */
export const DEFAULT_TIMEOUT_MS = 90_000;

/**
 * @param {NetworkName} a
 * @param {NetworkName} b
 * @param {ServerSet} servers
 * @param {{ onEvent?: (event: NatEvent) => void, signal?: AbortSignal, timeoutMs?: number, connectTimeoutMs?: number, rawDir?: string }} options
 * @returns {Promise<NatRun>}
 */
export async function runExclusive(a, b, servers, options) {
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
		killProcessesInAndWaitSync(inodes);
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
		await killProcessesInAndWait(inodes);
		removeHandlers();
	}
}
