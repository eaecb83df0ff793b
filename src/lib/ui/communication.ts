import type { ChatMessage, PeerId } from '$lib/webrtc/types';
import type { FileChannelState } from './fileChannel.svelte';

/** A chat line as the Communication panel shows it. */
export type ChatLine = Pick<ChatMessage, 'id' | 'from' | 'text'>;

/** What the Communication panel needs from a call, whichever way it was signaled. */
export interface Communication {
	/** the peer this device runs (null before it has one) */
	readonly peer: PeerId | null;
	readonly chatOpen: boolean;
	readonly chat: readonly ChatLine[];
	sendChat(text: string): void;
	readonly files: FileChannelState | null;
}
