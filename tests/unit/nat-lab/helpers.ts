/**
 * What the NAT lab tests share: whether the lab can run here (and the rule that CI never skips
 * it), and the check that a run left nothing behind.
 */
import { readdirSync, statSync } from 'node:fs';
import { labAvailability } from '$lib/server/nat/lab.js';
import { listLabNamespaces, ownerOf } from '$lib/server/nat/namespaces.js';

const availability = await labAvailability();
export const unavailableReason = availability.ok
	? null
	: availability.reasons
			.map((r) => r.code + (r.install ? ` (install ${r.install})` : ''))
			.join(', ');
if (unavailableReason) {
	console.warn(`NAT lab tests skipped: the lab cannot run here: ${unavailableReason}`);
}
/** Under CI the lab tests must run: a machine that cannot is a failure, not a skip. */
export const mustFailForCi = Boolean(unavailableReason && process.env.CI);

/** Network namespace inodes of the named namespaces (while they exist). */
export function namespaceInodes(names: string[]) {
	const inodes = new Set<number>();
	for (const name of names) {
		try {
			inodes.add(statSync(`/run/netns/${name}`).ino);
		} catch {
			// already gone
		}
	}
	return inodes;
}

/** Processes still inside any of these network namespaces. */
export function processesIn(inodes: Set<number>) {
	const left: number[] = [];
	for (const entry of readdirSync('/proc')) {
		if (!/^\d+$/.test(entry)) continue;
		try {
			if (inodes.has(statSync(`/proc/${entry}/ns/net`).ino)) left.push(Number(entry));
		} catch {
			// exited meanwhile, or not ours to read
		}
	}
	return left;
}

/** Lab namespaces a process (by default this one) still owns. */
export async function namespacesOf(pid = process.pid) {
	return (await listLabNamespaces()).filter((name) => ownerOf(name) === pid);
}
