import type { PeerField, PeerRole, TurnOffer } from '$lib/vocabulary';
import { createContext } from 'svelte';
import type { CandidateErrorDetail } from '$lib/ice/candidateError';
import { labConfiguration, runLabRounds, type LabConfigId, type LabRow } from '$lib/ice/lab';
import type { PairMatrix } from '$lib/ice/pairs';
import { IceCall, LAB_RUN_TIMEOUT_MS, runLabCall } from '$lib/webrtc/iceCall';
import { pollPairs } from '$lib/webrtc/icePairs';
import { fetchTurnOffer } from '$lib/webrtc/turnOffer';
import { IceConfigDraft, type Message } from '$lib/ui/iceConfig.svelte';

export interface LiveCandidate {
	id: number;
	peer: PeerRole;
	at: number;
	/** null: end-of-candidates */
	candidate: string | null;
}

export interface LiveError {
	id: number;
	peer: PeerRole;
	at: number;
	detail: CandidateErrorDetail;
	/** the browser repeats an error for each host candidate and retry: counted, shown once */
	count: number;
}

type PeerStates = Record<PeerField, string>;

/** One round is four calls; a few rounds make the medians steadier without a long wait. */
export const MAX_LAB_ROUNDS = 9;
/** Fetch new credentials when the ones held expire within this many seconds. */
const CREDENTIAL_MARGIN_S = 60;

const initialStates = (): Record<PeerRole, PeerStates> => ({
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

/** The ICE page: the configuration being edited, one live call, and the lab's rows. */
export class IcePage {
	turn = $state<TurnOffer | null>(null);
	turnError = $state('');
	readonly config = new IceConfigDraft();

	running = $state(false);
	candidates = $state<LiveCandidate[]>([]);
	states = $state(initialStates());
	/** when each peer's iceGatheringState became gathering (ms since the call was created) */
	gatheringStartedAt = $state<Record<PeerRole, number | null>>({ A: null, B: null });
	errors = $state<LiveError[]>([]);
	/** each peer's candidates and pairs from its own getStats */
	matrices = $state<Record<PeerRole, PairMatrix | null>>({ A: null, B: null });
	callError = $state<Message | null>(null);

	labRows = $state<Partial<Record<LabConfigId, LabRow>>>({});
	labRunning = $state<LabConfigId | null>(null);
	/** how many rounds the lab runs (rows show medians), and the one running */
	labRounds = $state(1);
	labRound = $state(0);

	#nextId = 1;
	#call: IceCall | null = null;
	#stopPolling: (() => void)[] = [];
	#lab: AbortController | null = null;

	/** Asks the app server for STUN/TURN URLs and fresh short-lived credentials. */
	async loadTurn(fetcher: typeof fetch = fetch): Promise<TurnOffer | null> {
		try {
			this.turn = await fetchTurnOffer(fetcher);
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

	/** Fills the form with this server's coturn and fresh credentials. */
	async useLocal(): Promise<void> {
		const turn = await this.loadTurn();
		if (turn) this.config.useOffer(turn);
	}

	start(): void {
		this.stop();
		this.candidates = [];
		this.errors = [];
		this.matrices = { A: null, B: null };
		this.callError = null;
		this.states = initialStates();
		this.gatheringStartedAt = { A: null, B: null };
		let call: IceCall;
		try {
			call = new IceCall(this.config.configuration(), (event) => {
				if (event.type === 'candidate') {
					this.candidates.push({
						id: this.#nextId++,
						peer: event.peer,
						at: event.at,
						candidate: event.candidate
					});
				} else if (event.type === 'state') {
					this.states[event.peer][event.field] = event.value;
					if (event.field === 'iceGatheringState' && event.value === 'gathering') {
						this.gatheringStartedAt[event.peer] ??= event.at;
					}
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
	get emptyPeers(): PeerRole[] {
		return (['A', 'B'] as const).filter(
			(peer) =>
				this.states[peer].iceGatheringState === 'complete' &&
				!this.candidates.some((c) => c.peer === peer && c.candidate !== null)
		);
	}

	/**
	 * Runs every lab configuration `labRounds` times (runLabRounds), until done or stopLab(): the
	 * page stops it when the user leaves, so no call goes on in the background.
	 */
	async runLab(): Promise<void> {
		if (this.labRunning) return;
		this.labRows = {};
		const controller = new AbortController();
		this.#lab = controller;
		try {
			await runLabRounds({
				rounds: Math.min(Math.max(1, Math.floor(this.labRounds)), MAX_LAB_ROUNDS),
				signal: controller.signal,
				onRun: (config, round) => {
					this.labRunning = config;
					this.labRound = round;
				},
				configurationFor: async (config) => {
					const turn = config === 'host' ? this.turn : await this.#freshTurn();
					if (turn) return labConfiguration(config, turn);
					return config === 'host' ? { iceServers: [] } : null;
				},
				runCall: (config, configuration, signal) =>
					runLabCall(config, configuration, LAB_RUN_TIMEOUT_MS, signal),
				onRow: (config, row) => (this.labRows[config] = row)
			});
		} finally {
			if (this.#lab === controller) {
				this.#lab = null;
				this.labRunning = null;
				this.labRound = 0;
			}
		}
	}

	/** Stops the lab: closes the call in flight and starts no other. */
	stopLab(): void {
		this.#lab?.abort();
	}

	/** Everything this page started: the live call, its pair polling and the lab. */
	dispose(): void {
		this.stop();
		this.stopLab();
	}
}

export const [getIcePage, setIcePage] = createContext<IcePage>();
