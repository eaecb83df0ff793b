// @ts-check
/** Process questions the server's supervisors share (the embedded coturn, the NAT lab's sweep). */
import process from 'node:process';

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
