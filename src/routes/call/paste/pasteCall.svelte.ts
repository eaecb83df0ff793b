import { otherPeer, type PeerRole, type PeerView } from '$lib/vocabulary';
import { CHAT_CHANNEL } from '$lib/lifecycle/browserActors';
import { decodeDescription, encodeDescription, type Decoded } from '$lib/signaling/pasteCodec';
import { FILE_CHANNEL } from '$lib/transfer/framing';
import { Peer } from '$lib/webrtc/peer';
import type { PeerEvent } from '$lib/webrtc/peerEvents';
import { HOST_ONLY_CONFIGURATION } from '$lib/webrtc/peerSession';
import type { ChatLine, Communication } from '$lib/ui/communication';
import { FileChannelState } from '$lib/ui/fileChannel.svelte';

/**
 * Gathering normally completes in well under a second without STUN/TURN servers; if it does not
 * (a slow interface), the description is shown with the candidates found so far.
 */
const GATHERING_TIMEOUT_MS = 10_000;

export type PasteRole = 'offerer' | 'answerer';
export type PasteStage =
	'choose' | 'gathering' | 'showOffer' | 'showAnswer' | 'pasteOffer' | 'connecting' | 'failed';

/**
 * Copy-paste signaling, non-trickle: each side waits until ICE gathering is complete, so the one
 * description it shows carries every candidate, and the people carry it across.
 */
export class PasteCall implements Communication {
	role = $state<PasteRole | null>(null);
	stage = $state<PasteStage>('choose');
	localText = $state('');
	view = $state<PeerView | null>(null);
	pasteError = $state<Decoded | null>(null);
	callError = $state<string | null>(null);
	chatOpen = $state(false);
	chat = $state<ChatLine[]>([]);
	files = $state<FileChannelState | null>(null);
	#peer: Peer | null = null;
	#gathered: (() => void) | null = null;

	#onEvent = (event: PeerEvent): void => {
		if ('view' in event) this.view = event.view;
		if (
			event.type === 'peer.stateChanged' &&
			event.field === 'iceGatheringState' &&
			event.value === 'complete'
		) {
			this.#gathered?.();
		}
		if (event.type === 'data.channelState') this.chatOpen = event.channel.readyState === 'open';
		if (event.type === 'data.message') {
			const from = this.peer ? otherPeer(this.peer) : 'B';
			this.chat = [...this.chat, { id: this.chat.length + 1, from, text: event.text }];
		}
	};

	/** The offerer runs Peer A, the answerer Peer B. */
	get peer(): PeerRole | null {
		return this.role === null ? null : this.role === 'offerer' ? 'A' : 'B';
	}

	#createPeer(id: PeerRole): Peer {
		const peer = new Peer(id, HOST_ONLY_CONFIGURATION, this.#onEvent);
		this.#peer = peer;
		this.files = new FileChannelState(peer.openChannel(FILE_CHANNEL.label, FILE_CHANNEL.options));
		this.view = peer.view();
		return peer;
	}

	/** Resolves when gathering is complete (non-trickle), or after GATHERING_TIMEOUT_MS. */
	async #gather(peer: Peer): Promise<string> {
		if (peer.view().iceGatheringState !== 'complete') {
			await new Promise<void>((resolve) => {
				const timer = setTimeout(resolve, GATHERING_TIMEOUT_MS);
				this.#gathered = () => {
					clearTimeout(timer);
					resolve();
				};
			});
			this.#gathered = null;
		}
		const description = peer.view().localDescription;
		if (!description) throw new Error('no local description');
		return encodeDescription(description);
	}

	async #guard(run: () => Promise<void>): Promise<void> {
		try {
			await run();
		} catch (error) {
			this.callError = `${(error as Error).name}: ${(error as Error).message}`;
			this.stage = 'failed';
		}
	}

	makeOffer = (): Promise<void> =>
		this.#guard(async () => {
			this.role = 'offerer';
			this.stage = 'gathering';
			const peer = this.#createPeer('A');
			peer.createDataChannel(CHAT_CHANNEL.label, CHAT_CHANNEL.options);
			await peer.setLocalDescription(await peer.createOffer());
			this.localText = await this.#gather(peer);
			this.stage = 'showOffer';
		});

	answer = (): void => {
		this.role = 'answerer';
		this.stage = 'pasteOffer';
	};

	/** The answerer pastes the offer; the offerer pastes the answer. */
	applyPasted = (text: string): Promise<void> =>
		this.#guard(async () => {
			const expected = this.role === 'offerer' ? 'answer' : 'offer';
			const decoded = decodeDescription(text, expected);
			this.pasteError = decoded.ok ? null : decoded;
			if (!decoded.ok) return;
			if (expected === 'answer') {
				await this.#peer!.setRemoteDescription(decoded.description);
				this.stage = 'connecting';
				return;
			}
			this.stage = 'gathering';
			const peer = this.#createPeer('B');
			await peer.setRemoteDescription(decoded.description);
			await peer.setLocalDescription(await peer.createAnswer());
			this.localText = await this.#gather(peer);
			this.stage = 'showAnswer';
		});

	sendChat = (text: string): void => {
		if (!this.#peer || !this.peer) return;
		this.#peer.sendChat(text);
		this.chat = [...this.chat, { id: this.chat.length + 1, from: this.peer, text }];
	};

	close = (): void => {
		this.#peer?.close();
		this.#peer = null;
		this.files?.dispose();
		this.files = null;
	};

	restart = (): void => {
		this.close();
		this.role = null;
		this.stage = 'choose';
		this.localText = '';
		this.view = null;
		this.pasteError = null;
		this.callError = null;
		this.chatOpen = false;
		this.chat = [];
	};
}
