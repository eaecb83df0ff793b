/**
 * The daemon supervision the embedded coturn, the NAT lab's coturn and the tests' redis-server
 * share, run against real child processes (Node scripts standing in for a daemon).
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findExecutable, isAlive, watchDaemon } from '$lib/server/processes.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'peerscope-processes-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A Node script as a daemon, its output piped as the launchers pipe it. */
function daemonScript(source: string) {
	return spawn(process.execPath, ['-e', source], { stdio: ['ignore', 'pipe', 'pipe'] });
}

const RUNS_UNTIL_KILLED = 'setInterval(() => {}, 1000);';

/** Gone, or a zombie nobody has reaped yet (a container's init may not reap): it runs no more. */
function stopped(pid: number): boolean {
	if (!isAlive(pid)) return true;
	try {
		// /proc/<pid>/stat: "pid (comm) state ..."
		return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.startsWith('Z') ?? false;
	} catch {
		return true;
	}
}

describe('findExecutable', () => {
	it('takes a path as given when it runs, and looks a name up on PATH', () => {
		expect(findExecutable(process.execPath)).toBe(process.execPath);
		const script = path.join(dir, 'peerscope-fake-daemon');
		writeFileSync(script, '#!/bin/sh\nexit 0\n');
		expect(findExecutable(script)).toBeNull(); // not executable yet
		chmodSync(script, 0o755);
		expect(findExecutable(script)).toBe(script);
		const saved = process.env.PATH;
		process.env.PATH = `/nonexistent${path.delimiter}${dir}`;
		try {
			expect(findExecutable('peerscope-fake-daemon')).toBe(script);
			expect(findExecutable('peerscope-no-such-daemon')).toBeNull();
		} finally {
			process.env.PATH = saved;
		}
	});
});

describe('watchDaemon', () => {
	it('waits until the probe answers, then stops the daemon with SIGTERM and cleans up', async () => {
		let cleaned = 0;
		const daemon = watchDaemon(daemonScript(`console.log('up'); ${RUNS_UNTIL_KILLED}`), {
			name: 'fake',
			cleanup: () => cleaned++
		});
		let probes = 0;
		await daemon.ready(async () => (probes++, daemon.output() === 'up\n'), {
			timeoutMs: 10_000,
			notReady: 'x'
		});
		expect(probes).toBeGreaterThan(0);
		expect(daemon.exited()).toBeNull();
		await daemon.stop();
		expect(daemon.exited()?.message).toBe('fake exited (SIGTERM)');
		expect(daemon.output()).toBe('up\n');
		expect(cleaned).toBe(1);
		expect(stopped(daemon.child.pid!)).toBe(true);
	});

	it('fails as soon as the daemon exits, quoting what it wrote last', async () => {
		let cleaned = 0;
		const lines = Array.from({ length: 15 }, (_, i) => `line ${i + 1}`).join('\\n');
		const daemon = watchDaemon(daemonScript(`console.error('${lines}'); process.exitCode = 3;`), {
			name: 'fake',
			cleanup: () => cleaned++
		});
		const failure = daemon.ready(async () => false, { timeoutMs: 60_000, notReady: 'x' });
		const quoted = Array.from({ length: 10 }, (_, i) => `line ${i + 6}`).join('\n');
		await expect(failure).rejects.toThrow(`fake exited (code 3)\n${quoted}`);
		expect(cleaned).toBe(1);
	});

	it('gives up when the time is up, and stops what it started', async () => {
		const daemon = watchDaemon(daemonScript(RUNS_UNTIL_KILLED), { name: 'fake' });
		await expect(
			daemon.ready(async () => false, { timeoutMs: 100, pauseMs: 10, notReady: 'did not answer' })
		).rejects.toThrow(/^fake did not answer within 100 ms$/);
		expect(daemon.exited()?.message).toBe('fake exited (SIGTERM)');
	});

	it('kills a daemon that ignores SIGTERM once the grace period is over', async () => {
		const child = daemonScript(
			`process.on('SIGTERM', () => {}); console.log('ready'); ${RUNS_UNTIL_KILLED}`
		);
		const daemon = watchDaemon(child, { name: 'stubborn', graceMs: 200 });
		// ready once it has set its handler (it says so)
		await daemon.ready(async () => daemon.output() === 'ready\n', {
			timeoutMs: 10_000,
			pauseMs: 10,
			notReady: 'x'
		});
		await daemon.stop();
		expect(daemon.exited()?.message).toBe('stubborn exited (SIGKILL)');
	});

	it('says when the binary could not be started at all', async () => {
		const child = spawn(path.join(dir, 'no-such-binary'), [], {
			stdio: ['ignore', 'pipe', 'pipe']
		});
		const daemon = watchDaemon(child, { name: 'missing' });
		await expect(
			daemon.ready(async () => false, { timeoutMs: 10_000, notReady: 'x' })
		).rejects.toThrow(/^missing did not start: spawn .*no-such-binary ENOENT/);
	});

	it('with killOnExit, the daemon and its cleanup go when this process exits without stopping it', async () => {
		const marker = path.join(dir, 'cleanup-ran');
		const module = new URL('../../../src/lib/server/processes.js', import.meta.url).href;
		const parent = spawnSync(
			process.execPath,
			[
				'--input-type=module',
				'-e',
				`import { spawn } from 'node:child_process';
				import { writeFileSync } from 'node:fs';
				const { watchDaemon } = await import(${JSON.stringify(module)});
				const child = spawn(process.execPath, ['-e', ${JSON.stringify(RUNS_UNTIL_KILLED)}], { stdio: ['ignore', 'pipe', 'pipe'] });
				watchDaemon(child, { name: 'orphan', killOnExit: true, cleanup: () => writeFileSync(${JSON.stringify(marker)}, 'x') });
				console.log(child.pid);
				process.exit(0);`
			],
			{ encoding: 'utf8', timeout: 20_000 }
		);
		expect(parent.status).toBe(0);
		const pid = Number(parent.stdout.trim());
		expect(pid).toBeGreaterThan(0);
		expect(existsSync(marker)).toBe(true);
		await expect.poll(() => stopped(pid)).toBe(true);
	});
});
