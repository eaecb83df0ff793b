import type { TurnOffer } from '$lib/vocabulary';
import type { MessageKey, MessageParams } from '$lib/i18n/catalog';
import { validateIceServer } from '$lib/ice/serverUrl';

/** One ICE server as typed in the form. */
export interface ServerDraft {
	id: number;
	urls: string;
	username: string;
	credential: string;
}

export interface Message {
	key: MessageKey;
	params?: MessageParams;
}

/** We keep the pool small: every pooled set holds sockets and, with TURN, allocations. */
export const MAX_POOL_SIZE = 10;

function urlsOf(draft: ServerDraft): string[] {
	return draft.urls
		.split('\n')
		.map((u) => u.trim())
		.filter(Boolean);
}

/**
 * An RTCConfiguration being edited: ICE servers, iceTransportPolicy and iceCandidatePoolSize,
 * validated as typed. Shared by the ICE page and the walkthrough.
 */
export class IceConfigDraft {
	servers = $state<ServerDraft[]>([]);
	policy = $state<RTCIceTransportPolicy>('all');
	poolSize = $state(0);
	#nextId = 1;

	/** Every problem in the form, as catalog messages; empty when the configuration is valid. */
	problems = $derived.by((): Message[] => {
		const messages: Message[] = [];
		this.servers.forEach((draft, index) => {
			const n = index + 1;
			for (const problem of validateIceServer({
				urls: urlsOf(draft),
				username: draft.username,
				credential: draft.credential
			})) {
				if (problem.kind === 'noUrls') messages.push({ key: 'ice.server.noUrls', params: { n } });
				else if (problem.kind === 'turnNeedsCredentials') {
					messages.push({ key: 'ice.server.turnNeedsCredentials', params: { n } });
				} else {
					messages.push({
						key: `ice.url.${problem.error.problem}`,
						params: {
							n,
							url: problem.url,
							position: problem.error.index + 1,
							text: problem.error.text
						}
					});
				}
			}
		});
		if (!Number.isInteger(this.poolSize) || this.poolSize < 0 || this.poolSize > MAX_POOL_SIZE) {
			messages.push({ key: 'ice.config.poolRange' });
		}
		return messages;
	});

	urlCount = $derived(this.servers.reduce((sum, draft) => sum + urlsOf(draft).length, 0));

	/** The plain RTCConfiguration (no Svelte proxies: RTCPeerConnection copies what it is given). */
	configuration(): RTCConfiguration {
		return {
			iceServers: this.servers.map((draft) => {
				const server: RTCIceServer = { urls: urlsOf(draft) };
				if (draft.username) server.username = draft.username;
				if (draft.credential) server.credential = draft.credential;
				return server;
			}),
			iceTransportPolicy: this.policy,
			iceCandidatePoolSize: this.poolSize
		};
	}

	addServer(): void {
		this.servers.push({ id: this.#nextId++, urls: '', username: '', credential: '' });
	}

	removeServer(id: number): void {
		this.servers = this.servers.filter((s) => s.id !== id);
	}

	/** The app server's coturn in one entry: its STUN URL, TURN over UDP and TCP, fresh credentials. */
	useOffer(turn: TurnOffer): void {
		if (!turn.available) return;
		this.servers = [
			{
				id: this.#nextId++,
				urls: [...turn.stunUrls, ...turn.turnUrls].join('\n'),
				username: turn.username,
				credential: turn.credential
			}
		];
	}
}
