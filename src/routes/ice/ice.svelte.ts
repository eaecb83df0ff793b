import { createContext } from 'svelte';
import type { MessageKey, MessageParams } from '$lib/i18n/catalog';
import type { CandidateErrorDetail } from '$lib/ice/candidateError';
import {
	LAB_CONFIGS,
	labConfiguration,
	summarizeRun,
	type LabConfigId,
	type LabRow,
	type TurnOffer
} from '$lib/ice/lab';
import type { PairMatrix } from '$lib/ice/pairs';
import { validateIceServer } from '$lib/ice/serverUrl';
import { IceCall, runLabCall } from '$lib/webrtc/iceCall';
import { pollPairs } from '$lib/webrtc/icePairs';
import type { PeerField, PeerId } from '$lib/webrtc/types';

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

export interface LiveCandidate {
	id: number;
	peer: PeerId;
	at: number;
	/** null: end-of-candidates */
	candidate: string | null;
}

export interface LiveError {
	id: number;
	peer: PeerId;
	at: number;
	detail: CandidateErrorDetail;
	/** the browser repeats an error for each host candidate and retry: counted, shown once */
	count: number;
}

type PeerStates = Record<PeerField, string>;

/** W3C webrtc-pc §4.2.1: the browser's own bound on iceCandidatePoolSize is 0..255; we keep it small. */
export const MAX_POOL_SIZE = 10;
/** Fetch new credentials when the ones held expire within this many seconds. */
const CREDENTIAL_MARGIN_S = 60;

const initialStates = (): Record<PeerId, PeerStates> => ({
	A: {
		signalingState: 'stable',
		iceGatheringState: 'new',
		iceConnectionState: 'new',
		connectionState: 'new'
	},
	B: {
		signalingState: 'stable',
		iceGatheringState: 'new',
		iceConnectionState: 'new',
		connectionState: 'new'
	}
});

function urlsOf(draft: ServerDraft): string[] {
	return draft.urls
		.split('\n')
		.map((u) => u.trim())
		.filter(Boolean);
}

/** The ICE page: the configuration being edited, one live call, and the lab's rows. */
export class IcePage {
	turn = $state<TurnOffer | null>(null);
	turnError = $state('');
	servers = $state<ServerDraft[]>([]);
	policy = $state<RTCIceTransportPolicy>('all');
	poolSize = $state(0);

	running = $state(false);
	candidates = $state<LiveCandidate[]>([]);
	states = $state(initialStates());
	errors = $state<LiveError[]>([]);
	/** each peer's candidates and pairs from its own getStats */
	matrices = $state<Record<PeerId, PairMatrix | null>>({ A: null, B: null });
	callError = $state<Message | null>(null);

	labRows = $state<Partial<Record<LabConfigId, LabRow>>>({});
	labRunning = $state<LabConfigId | null>(null);

	#nextId = 1;
	#call: IceCall | null = null;
	#stopPolling: (() => void)[] = [];

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

	/** Asks the app server for STUN/TURN URLs and fresh short-lived credentials. */
	async loadTurn(fetcher: typeof fetch = fetch): Promise<TurnOffer | null> {
		try {
			const response = await fetcher('/api/ice-servers', { cache: 'no-store' });
			if (!response.ok) throw new Error(`HTTP ${response.status}`);
			this.turn = (await response.json()) as TurnOffer;
			this.turnError = '';
		} catch (error) {
			this.turnError = String(error);
		}
		return this.turn;
	}

	async #freshTurn(): Promise<TurnOffer | null> {
		const turn = this.turn;
		if (turn?.available && turn.expiresAt - Date.now() / 1000 > CREDENTIAL_MARGIN_S) return turn;
		return this.loadTurn();
	}

	addServer(): void {
		this.servers.push({ id: this.#nextId++, urls: '', username: '', credential: '' });
	}

	removeServer(id: number): void {
		this.servers = this.servers.filter((s) => s.id !== id);
	}

	/** Fills the form with this server's coturn: its STUN URL, TURN over UDP and TCP, fresh credentials. */
	async useLocal(): Promise<void> {
		const turn = await this.loadTurn();
		if (!turn?.available) return;
		this.servers = [
			{
				id: this.#nextId++,
				urls: [...turn.stunUrls, ...turn.turnUrls].join('\n'),
				username: turn.username,
				credential: turn.credential
			}
		];
	}

	start(): void {
		this.stop();
		this.candidates = [];
		this.errors = [];
		this.matrices = { A: null, B: null };
		this.callError = null;
		this.states = initialStates();
		let call: IceCall;
		try {
			call = new IceCall($state.snapshot(this.configuration()) as RTCConfiguration, (event) => {
				if (event.type === 'candidate') {
					this.candidates.push({
						id: this.#nextId++,
						peer: event.peer,
						at: event.at,
						candidate: event.candidate
					});
				} else if (event.type === 'state') {
					this.states[event.peer][event.field] = event.value;
				} else {
					const same = this.errors.find(
						(e) =>
							e.peer === event.peer &&
							e.detail.url === event.detail.url &&
							e.detail.errorCode === event.detail.errorCode
					);
					if (same) same.count++;
					else {
						this.errors.push({
							id: this.#nextId++,
							peer: event.peer,
							at: event.at,
							detail: event.detail,
							count: 1
						});
					}
				}
			});
		} catch (error) {
			this.callError = { key: 'ice.live.refused', params: { error: String(error) } };
			return;
		}
		this.#call = call;
		this.running = true;
		call.start().catch((error: unknown) => {
			if (this.#call === call)
				this.callError = { key: 'ice.live.failedCall', params: { error: String(error) } };
		});
		this.#stopPolling = (['A', 'B'] as const).map((peer) =>
			pollPairs(call, peer, (matrix) => {
				this.matrices[peer] = matrix;
			})
		);
	}

	stop(): void {
		for (const stop of this.#stopPolling) stop();
		this.#stopPolling = [];
		this.#call?.close();
		this.#call = null;
		this.running = false;
	}

	/** Peers that finished gathering without any candidate: such a call can never connect. */
	get emptyPeers(): PeerId[] {
		return (['A', 'B'] as const).filter(
			(peer) =>
				this.states[peer].iceGatheringState === 'complete' &&
				!this.candidates.some((c) => c.peer === peer && c.candidate !== null)
		);
	}

	/** Runs every lab configuration in turn, one call at a time so they do not compete. */
	async runLab(): Promise<void> {
		if (this.labRunning) return;
		this.labRows = {};
		for (const config of LAB_CONFIGS) {
			this.labRunning = config;
			const turn = config === 'host' ? this.turn : await this.#freshTurn();
			const configuration = turn
				? labConfiguration(config, turn)
				: config === 'host'
					? { iceServers: [] }
					: null;
			if (!configuration) continue;
			this.labRows[config] = summarizeRun(await runLabCall(config, configuration));
		}
		this.labRunning = null;
	}
}

export const [getIcePage, setIcePage] = createContext<IcePage>();
