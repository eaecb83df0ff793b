// @ts-check
/**
 * The lab's network namespaces: named `natlab-<pid>-<n>-<role>` so that two labs (two processes)
 * never collide and a lab whose process died is recognised and swept at the next start.
 */
import { readdirSync, statSync } from 'node:fs';
import { isAlive } from '../processes.js';
import { run, runSync } from './exec.js';

export const NAMESPACE_PREFIX = 'natlab-';

let counter = 0;

/** A fresh prefix for one lab of this process. */
export function newLabPrefix() {
	counter += 1;
	return `${NAMESPACE_PREFIX}${process.pid}-${counter}`;
}

/** @param {string} output of `ip netns list` */
function labNamesIn(output) {
	return output
		.split('\n')
		.map((line) => line.trim().split(/\s+/)[0] ?? '')
		.filter((name) => name.startsWith(NAMESPACE_PREFIX));
}

/** Every lab namespace on this machine (any process's). */
export async function listLabNamespaces() {
	const { stdout } = await run('ip', ['netns', 'list'], { allowFail: true });
	return labNamesIn(stdout);
}

/**
 * The pid that owns a lab namespace, from its name.
 * @param {string} name
 */
export function ownerOf(name) {
	const pid = Number(name.slice(NAMESPACE_PREFIX.length).split('-')[0]);
	return Number.isInteger(pid) && pid > 0 ? pid : null;
}

/**
 * Stops what still runs inside a namespace (the processes the lab started there: coturn,
 * tcpdump, conntrack, Chromium), then deletes it, which also removes its veths.
 * @param {string} name
 */
export async function removeNamespace(name) {
	const { stdout } = await run('ip', ['netns', 'pids', name], { allowFail: true });
	for (const pid of stdout.split(/\s+/).filter(Boolean).map(Number)) {
		try {
			process.kill(pid, 'SIGKILL');
		} catch {
			// already gone
		}
	}
	await run('ip', ['netns', 'del', name], { allowFail: true });
}

/**
 * The same, synchronously, for process 'exit'.
 * @param {string} name
 */
export function removeNamespaceSync(name) {
	for (const pid of runSync('ip', ['netns', 'pids', name]).split(/\s+/).filter(Boolean)) {
		try {
			process.kill(Number(pid), 'SIGKILL');
		} catch {
			// already gone
		}
	}
	runSync('ip', ['netns', 'del', name]);
}

/**
 * Removes the namespaces of labs whose process is gone (a crash, a SIGKILL). Returns their names.
 */
export async function sweepStaleNamespaces() {
	const stale = (await listLabNamespaces()).filter((name) => {
		const pid = ownerOf(name);
		return pid !== null && pid !== process.pid && !isAlive(pid);
	});
	for (const name of stale) await removeNamespace(name);
	return stale;
}

/**
 * The inode of a named namespace: it identifies the namespace even after its name is deleted.
 * @param {string} name
 */
export function namespaceInode(name) {
	try {
		return statSync(`/run/netns/${name}`).ino;
	} catch {
		return null;
	}
}

/**
 * Kills every process still inside one of these namespaces (by inode): the last sweep of a lab,
 * for a process its work started while the namespace was being deleted.
 * @param {Set<number>} inodes
 */
export function killProcessesIn(inodes) {
	const killed = [];
	for (const entry of readdirSync('/proc')) {
		if (!/^\d+$/.test(entry)) continue;
		try {
			if (!inodes.has(statSync(`/proc/${entry}/ns/net`).ino)) continue;
			process.kill(Number(entry), 'SIGKILL');
			killed.push(Number(entry));
		} catch {
			// gone meanwhile
		}
	}
	return killed;
}

/**
 * Kills every process still inside one of these namespaces and waits until none is left (at most
 * `limitMs`): SIGKILL is delivered at once, but a process stays in its namespace until it has
 * finished exiting, so a caller that returned right after the signal could still leave one
 * behind for a moment.
 * @param {Set<number>} inodes
 * @param {number} [limitMs]
 */
export async function killProcessesInAndWait(inodes, limitMs = 5_000) {
	const deadline = Date.now() + limitMs;
	while (killProcessesIn(inodes).length > 0 && Date.now() < deadline) {
		await new Promise((resolve) => setTimeout(resolve, 20));
	}
}

/**
 * The same wait, synchronously, for the last cleanup before the process exits (a signal or exit
 * handler cannot await): without it the process could end while a killed Chromium was still
 * leaving its namespace, seen once in CI's SIGINT test.
 * @param {Set<number>} inodes
 * @param {number} [limitMs]
 */
export function killProcessesInAndWaitSync(inodes, limitMs = 3_000) {
	const deadline = Date.now() + limitMs;
	const pause = new Int32Array(new SharedArrayBuffer(4));
	while (killProcessesIn(inodes).length > 0 && Date.now() < deadline) Atomics.wait(pause, 0, 0, 20);
}
