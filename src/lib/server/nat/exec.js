// @ts-check
/**
 * Running the lab's system commands: ip, nft, tc, conntrack, tcpdump, turnserver, each with fixed
 * arguments the lab builds (never text from a visitor), without a shell.
 */
import { execFile, execFileSync, spawn } from 'node:child_process';

/**
 * Runs a command to completion. Rejects with its stderr when it fails (unless allowFail).
 * @param {string} command
 * @param {string[]} args
 * @param {{ input?: string, allowFail?: boolean, timeoutMs?: number }} [options]
 * @returns {Promise<{ code: number, stdout: string, stderr: string }>}
 */
export function run(command, args, { input, allowFail = false, timeoutMs = 15_000 } = {}) {
	return new Promise((resolve, reject) => {
		const child = execFile(
			command,
			args,
			{ timeout: timeoutMs, maxBuffer: 16 * 1024 * 1024 },
			(error, stdout, stderr) => {
				const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
				if (error && !allowFail) {
					reject(new Error(`${command} ${args.join(' ')}: ${stderr.trim() || error.message}`));
				} else resolve({ code, stdout, stderr });
			}
		);
		if (input !== undefined) child.stdin?.end(input);
	});
}

/**
 * The same, synchronously: only for the 'exit' handler, where no promise runs any more.
 * @param {string} command
 * @param {string[]} args
 */
export function runSync(command, args) {
	try {
		return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
	} catch {
		return '';
	}
}

/**
 * Starts a long-running command inside a network namespace (`ip netns exec`), its stdout and
 * stderr piped.
 * @param {string} namespace
 * @param {string} command
 * @param {string[]} args
 */
export function spawnIn(namespace, command, args) {
	return spawn('ip', ['netns', 'exec', namespace, command, ...args], {
		stdio: ['ignore', 'pipe', 'pipe']
	});
}

/**
 * Runs a command inside a namespace to completion.
 * @param {string} namespace
 * @param {string} command
 * @param {string[]} args
 * @param {{ input?: string, allowFail?: boolean }} [options]
 */
export function runIn(namespace, command, args, options) {
	return run('ip', ['netns', 'exec', namespace, command, ...args], options);
}

/**
 * Whether a command is on the PATH (or an absolute path that exists and runs).
 * @param {string} command
 */
export async function hasCommand(command) {
	const { code } = await run('sh', ['-c', 'command -v "$1"', 'sh', command], { allowFail: true });
	return code === 0;
}
