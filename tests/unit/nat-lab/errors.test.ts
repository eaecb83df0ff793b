/**
 * The NAT lab refusing bad input and cleaning up on every way out: an unknown scenario, a second
 * lab while one runs, a run over its time limit, an abort, and a process that gets SIGTERM,
 * SIGINT or crashes mid-run. After each, no lab namespace and no process in one remains.
 */
import { spawn } from 'node:child_process';
import os from 'node:os';
import { describe, expect, it } from 'vitest';
import { LabError, runScenario } from '$lib/server/nat/lab.js';
import type { NatEvent } from '$lib/nat/types.js';
import {
	mustFailForCi,
	namespaceInodes,
	namespacesOf,
	processesIn,
	unavailableReason
} from './helpers.js';

async function rejection(promise: Promise<unknown>) {
	try {
		await promise;
	} catch (error) {
		return error as LabError;
	}
	throw new Error('expected the lab to refuse');
}

/** Remembers the lab's namespaces as soon as they exist. */
function namespaceWatcher() {
	let inodes = new Set<number>();
	return {
		onEvent(event: NatEvent) {
			if (event.kind === 'phase' && event.data.phase === 'topology') {
				inodes = namespaceInodes(event.data.namespaces);
			}
		},
		get inodes() {
			return inodes;
		}
	};
}

describe('bad scenarios (no lab needed)', () => {
	it('refuses an unknown scenario by name, before touching anything', async () => {
		const error = await rejection(
			runScenario({ a: 'cone', b: 'full-cone-9000', servers: 'stun' } as never)
		);
		expect(error).toBeInstanceOf(LabError);
		expect(error.code).toBe('unknown-scenario');
		expect(error.message).toContain('full-cone-9000');
		expect((await rejection(runScenario({ a: 'cone', b: 'cone', servers: '$(id)' }))).code).toBe(
			'unknown-scenario'
		);
	});
});

it.runIf(mustFailForCi)('runs under CI (CI must never skip the NAT lab)', () => {
	throw new Error(`CI is set but the NAT lab cannot run here: ${unavailableReason}`);
});

describe.skipIf(unavailableReason !== null)('the lab under misuse', () => {
	it('refuses a second lab while one runs, and an abort stops the first leaving nothing', async () => {
		const controller = new AbortController();
		const watcher = namespaceWatcher();
		const first = runScenario(
			{ a: 'cone', b: 'cone', servers: 'stun' },
			{
				signal: controller.signal,
				onEvent(event) {
					watcher.onEvent(event);
					if (event.kind === 'phase' && event.data.phase === 'topology') controller.abort();
				}
			}
		);
		const second = await rejection(runScenario({ a: 'public', b: 'public', servers: 'none' }));
		expect(second.code).toBe('busy');
		const aborted = await rejection(first);
		expect(aborted.code).toBe('aborted');
		expect(watcher.inodes.size).toBeGreaterThan(0);
		expect(processesIn(watcher.inodes)).toEqual([]);
		expect(await namespacesOf()).toEqual([]);
	});

	it('stops a run that exceeds its time limit with a timeout error, leaving nothing', async () => {
		const watcher = namespaceWatcher();
		const error = await rejection(
			runScenario(
				{ a: 'symmetric', b: 'cone', servers: 'stun+turn' },
				{ timeoutMs: 3_000, onEvent: watcher.onEvent }
			)
		);
		expect(error.code).toBe('timeout');
		expect(error.message).toMatch(/time limit of 3000 ms/);
		expect(processesIn(watcher.inodes)).toEqual([]);
		expect(await namespacesOf()).toEqual([]);
	});

	for (const [mode, signal] of [
		['SIGTERM', 'SIGTERM'],
		['SIGINT', 'SIGINT'],
		['crash', null]
	] as const) {
		it(`cleans up when the lab's process ${signal ? `gets ${signal}` : 'crashes'} mid-run`, async () => {
			const child = spawn(process.execPath, ['tests/unit/nat-lab/child.js', mode], {
				stdio: ['ignore', 'pipe', 'pipe']
			});
			let inodes = new Set<number>();
			let stderr = '';
			child.stderr.on('data', (chunk) => (stderr += chunk));
			const exited = new Promise<number | null>((resolve) =>
				child.once('exit', (code) => resolve(code))
			);
			await new Promise<void>((resolve, reject) => {
				child.stdout.on('data', (chunk: Buffer) => {
					const line = JSON.parse(chunk.toString().split('\n')[0] ?? '{}');
					if (!line.namespaces)
						return reject(new Error(`child: ${JSON.stringify(line)} ${stderr}`));
					inodes = namespaceInodes(line.namespaces);
					if (signal) child.kill(signal);
					resolve();
				});
				child.once('exit', () => reject(new Error(`child exited early: ${stderr}`)));
			});
			const code = await exited;
			if (!signal) {
				expect(code).not.toBe(0);
				expect(stderr).toContain('a crash in the middle of a lab run');
			} else {
				// The conventional status of a process ended by that signal: 128 + its number.
				expect(code).toBe(128 + os.constants.signals[signal]);
			}
			expect(inodes.size).toBeGreaterThan(0);
			expect(processesIn(inodes)).toEqual([]);
			expect(await namespacesOf(child.pid)).toEqual([]);
		});
	}
});
