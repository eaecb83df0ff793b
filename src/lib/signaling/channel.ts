import type { SignalEnvelope } from '$lib/vocabulary';

/**
 * A signaling channel: any way the two peers agree on to pass offers, answers and candidates.
 * WebRTC does not define one. The walkthrough only needs `send` and a way to hear what arrives,
 * so an in-page channel, a WebSocket server or copy-paste can stand behind the same interface.
 */
export interface SignalingChannel {
	/** Hand a message to the channel; it arrives later through the listeners of the receiving side. */
	send(envelope: SignalEnvelope): void;
	/** Listen for messages that arrive; returns the function that stops listening. */
	subscribe(listener: (envelope: SignalEnvelope) => void): () => void;
	close(): void;
}
