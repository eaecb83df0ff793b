import { FileTransfer } from '$lib/transfer/fileTransfer';
import type { TransferProgress } from '$lib/transfer/framing';
import { addProtocolError, type ProtocolErrorEntry } from '$lib/transfer/protocolErrors';

/**
 * The page's view of the file channel: the transfers both ways and a download link for each file
 * that arrived with a matching SHA-256. The channel itself is driven by `FileTransfer`.
 */
export class FileChannelState {
	transfers = $state<TransferProgress[]>([]);
	downloads = $state<Record<string, string>>({});
	readyState = $state<string>('connecting');
	/** identical errors counted on one entry, the latest few kept (addProtocolError) */
	protocolErrors = $state<ProtocolErrorEntry[]>([]);
	#nextErrorId = 1;
	readonly #transfer: FileTransfer;
	readonly #abort = new AbortController();

	constructor(readonly channel: RTCDataChannel) {
		this.readyState = channel.readyState;
		this.#transfer = new FileTransfer(channel, {
			onChange: (transfers) => (this.transfers = transfers),
			onReceived: ({ id, blob }) => {
				// the peer chose the id: a second file under it replaces the first, whose URL is freed
				const replaced = this.downloads[id];
				if (replaced) URL.revokeObjectURL(replaced);
				this.downloads = { ...this.downloads, [id]: URL.createObjectURL(blob) };
			},
			onProtocolError: (error) =>
				(this.protocolErrors = addProtocolError(this.protocolErrors, error, this.#nextErrorId++))
		});
		const signal = this.#abort.signal;
		for (const type of ['open', 'closing', 'close'] as const) {
			channel.addEventListener(type, () => (this.readyState = channel.readyState), { signal });
		}
		channel.addEventListener(
			'message',
			(event: MessageEvent) => void this.#transfer.receive(event.data as string | ArrayBuffer),
			{ signal }
		);
	}

	get options() {
		return {
			label: this.channel.label,
			ordered: this.channel.ordered,
			maxRetransmits: this.channel.maxRetransmits,
			maxPacketLifeTime: this.channel.maxPacketLifeTime,
			negotiated: this.channel.negotiated,
			id: this.channel.id
		};
	}

	send = (file: File): void => {
		void this.#transfer.send(file);
	};

	dispose(): void {
		this.#abort.abort();
		for (const url of Object.values(this.downloads)) URL.revokeObjectURL(url);
	}
}
