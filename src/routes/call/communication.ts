import type { FileChannelState } from './fileChannel.svelte';

/** A chat line as the Communication panel shows it: from this device or from the other one. */
export interface ChatLine {
	id: number;
	mine: boolean;
	text: string;
}

/** What the Communication panel needs from a call, whichever way it was signaled. */
export interface Communication {
	readonly chatOpen: boolean;
	readonly chat: readonly ChatLine[];
	sendChat(text: string): void;
	readonly files: FileChannelState | null;
}
