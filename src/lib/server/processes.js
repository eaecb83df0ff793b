// @ts-check
/**
 * Process supervision the server's daemons share (the embedded coturn, the NAT lab's coturn, the
 * tests' redis-server): finding the binary, keeping the end of what a daemon writes to explain a
 * failed start, waiting until it answers, and stopping it, also when this process exits first.
 */
import { accessSync, constants } from 'node:fs';
import path from 'node:path';
import process from 'node:process';

/** What a daemon wrote last, kept to explain a failed start (and for the NAT lab's raw log). */
const KEEP_CHARS = 20_000;
/** The lines of that output an error message quotes. */
const QUOTED_LINES = 10;
/** How long a stopping daemon gets after SIGTERM before it is killed. */
const STOP_GRACE_MS = 2_000;

/**
 * Whether a process with this id exists: signal 0 checks without sending anything. EPERM means it
 * exists but belongs to another user.
 * @param {number} pid
 */
export function isAlive(pid) {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return /** @type {NodeJS.ErrnoException} */ (error).code === 'EPERM';
	}
}

/** @param {string} file */
function isExecutable(file) {
	try {
		accessSync(file, constants.X_OK);
		return true;
	} catch {
		return false;
	}
}

/**
 * A binary: a path as given, or a name looked up on PATH (and /usr/bin, /usr/sbin, where Debian
 * puts daemons, for a PATH without them). Null when there is none that runs.
 * @param {string} binary
 * @returns {string | null}
 */
export function findExecutable(binary) {
	if (binary.includes('/')) return isExecutable(binary) ? binary : null;
	const dirs = [...(process.env.PATH ?? '').split(path.delimiter), '/usr/bin', '/usr/sbin'];
	return dirs.map((dir) => path.join(dir, binary)).find(isExecutable) ?? null;
}

/**
 * @typedef {object} ReadyOptions
 * @property {number} timeoutMs how long it may take to answer
 * @property {number} [pauseMs] between two probes that said no (0 where the probe waits itself)
 * @property {string} notReady what it failed to do, for the message: `did not answer STUN`
 */

/**
 * @typedef {object} Daemon
 * @property {import('node:child_process').ChildProcess} child
 * @property {() => string} output the end of what it wrote on stdout and stderr
 * @property {() => Error | null} exited why it exited, or null while it runs
 * @property {(probe: () => Promise<boolean>, options: ReadyOptions) => Promise<void>} ready
 *   resolves once `probe` answers true; rejects, having stopped it, when it exits first or the
 *   time is up, quoting its last lines
 * @property {() => Promise<void>} stop SIGTERM, SIGKILL after the grace period; then the cleanup
 */

/**
 * Watches a daemon this process spawned (stdout and stderr piped).
 * @param {import('node:child_process').ChildProcess} child
 * @param {{ name: string, graceMs?: number, killOnExit?: boolean, cleanup?: () => void }} options
 *   name: how messages call it; graceMs: after SIGTERM (0: SIGKILL at once); killOnExit: SIGKILL
 *   it (and run `cleanup`) when this process exits before stopping it; cleanup: synchronous, run
 *   once it is stopped
 * @returns {Daemon}
 */
export function watchDaemon(
	child,
	{ name, graceMs = STOP_GRACE_MS, killOnExit = false, cleanup = () => {} }
) {
	let output = '';
	const keep = (/** @type {Buffer} */ chunk) => {
		output = (output + chunk.toString('utf8')).slice(-KEEP_CHARS);
	};
	child.stdout?.on('data', keep);
	child.stderr?.on('data', keep);

	/** @type {Error | null} */
	let exited = null;
	/** @type {Promise<void>} */
	const whenExited = new Promise((resolve) => {
		child.once('exit', (code, signal) => {
			exited = new Error(`${name} exited (${signal ?? `code ${code}`})`);
			resolve();
		});
		// spawn failed (ENOENT, EACCES): there is no process, and no exit event may follow
		child.once('error', (error) => {
			exited ??= new Error(`${name} did not start: ${error.message}`);
			resolve();
		});
	});

	// The process's own exit cannot wait for anything: kill synchronously so the daemon never
	// outlives it.
	const onProcessExit = () => {
		child.kill('SIGKILL');
		cleanup();
	};
	if (killOnExit) process.once('exit', onProcessExit);

	const stop = async () => {
		process.off('exit', onProcessExit);
		if (!exited) {
			child.kill(graceMs === 0 ? 'SIGKILL' : 'SIGTERM');
			const force = graceMs === 0 ? null : setTimeout(() => child.kill('SIGKILL'), graceMs);
			await whenExited;
			if (force) clearTimeout(force);
		}
		cleanup();
	};

	/** Why it exited, or '' while it runs (a function: `exited` changes behind every await). */
	const whyExited = () => (exited ? exited.message : '');
	const lastLines = () => output.trimEnd().split('\n').slice(-QUOTED_LINES).join('\n');

	/** @param {string} why */
	const fail = async (why) => {
		await stop();
		return new Error(`${why}\n${lastLines()}`.trimEnd());
	};

	/** @type {Daemon['ready']} */
	const ready = async (probe, { timeoutMs, pauseMs = 0, notReady }) => {
		const deadline = Date.now() + timeoutMs;
		for (;;) {
			if (whyExited()) throw await fail(whyExited());
			if (await probe()) return;
			if (whyExited()) throw await fail(whyExited());
			if (Date.now() > deadline) throw await fail(`${name} ${notReady} within ${timeoutMs} ms`);
			// a timer, even of 0 ms, lets the exit and output events in between two probes
			await new Promise((resolve) => setTimeout(resolve, pauseMs));
		}
	};

	return { child, output: () => output, exited: () => exited, ready, stop };
}
