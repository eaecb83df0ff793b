import type { SignalingChannel } from './channel';
import type { SignalEnvelope } from '$lib/vocabulary';

/**
 * The in-page channel for a loopback call: both peers live in this page, so a message "travels"
 * by being copied (as a real channel would serialise it) and handed over on a later task.
 */
export function createLoopbackChannel(): SignalingChannel {
	const listeners = new Set<(envelope: SignalEnvelope) => void>();
	const pending = new Set<ReturnType<typeof setTimeout>>();
	let closed = false;
	return {
		send(envelope) {
			if (closed) return;
			const copy = JSON.parse(JSON.stringify(envelope)) as SignalEnvelope;
			const timer = setTimeout(() => {
				pending.delete(timer);
				for (const listener of listeners) listener(copy);
			}, 0);
			pending.add(timer);
		},
		subscribe(listener) {
			listeners.add(listener);
			return () => listeners.delete(listener);
		},
		close() {
			closed = true;
			for (const timer of pending) clearTimeout(timer);
			pending.clear();
			listeners.clear();
		}
	};
}
