/**
 * The candidate-type lab: the same loopback call under several ICE configurations, and what each
 * run shows. Pure: configurations are built from the server's TURN offer, and a run's record (what
 * the browser saw, with times) is summarised into one comparable row.
 */
import { parseCandidate } from './candidate';
import { CANDIDATE_TYPES, type CandidateType } from './pairs';
import type { CandidateErrorDetail } from './candidateError';
import type { TurnOffer, PeerRole } from '$lib/vocabulary';

export type LabConfigId = 'host' | 'stun' | 'turnUdp' | 'turnTcp';
export const LAB_CONFIGS: readonly LabConfigId[] = ['host', 'stun', 'turnUdp', 'turnTcp'];

/** @deprecated `TurnOffer` lives in $lib/vocabulary; this re-export stays while its users move. */
export type { TurnOffer };

export function needsTurn(config: LabConfigId): boolean {
	return config !== 'host';
}

/** A turn URL with its transport set to the one asked for (replacing any written one). */
function withTransport(url: string, transport: 'udp' | 'tcp'): string {
	return `${url.split('?')[0]}?transport=${transport}`;
}

/**
 * The RTCConfiguration of one lab row, or null when it needs a TURN server and none is offered.
 * The STUN row points at the same coturn, which also answers STUN Binding requests.
 */
export function labConfiguration(config: LabConfigId, turn: TurnOffer): RTCConfiguration | null {
	if (config === 'host') return { iceServers: [] };
	if (!turn.available) return null;
	if (config === 'stun') {
		const stun = turn.stunUrls.length > 0 ? turn.stunUrls : turn.turnUrls.map(turnToStun);
		return { iceServers: [{ urls: stun }] };
	}
	const transport = config === 'turnUdp' ? 'udp' : 'tcp';
	const first = turn.turnUrls.find((u) => u.startsWith('turn:')) ?? turn.turnUrls[0];
	if (!first) return null;
	return {
		iceServers: [
			{
				urls: [withTransport(first, transport)],
				username: turn.username,
				credential: turn.credential
			}
		],
		iceTransportPolicy: 'relay'
	};
}

/**
 * Everything the server offers, for a real call between two devices: its STUN server for srflx
 * candidates and its TURN server (every transport it listed) for a relay when the devices cannot
 * reach each other directly. Policy `all`, so a direct path still wins when there is one.
 */
export function offerConfiguration(turn: TurnOffer | null): RTCConfiguration {
	if (!turn?.available) return { iceServers: [] };
	const iceServers: RTCIceServer[] = [];
	if (turn.stunUrls.length > 0) iceServers.push({ urls: [...turn.stunUrls] });
	if (turn.turnUrls.length > 0) {
		iceServers.push({
			urls: [...turn.turnUrls],
			username: turn.username,
			credential: turn.credential
		});
	}
	return { iceServers };
}

/**
 * Whether a page should ask for new credentials before its next call. A page stays open through
 * many calls (reset, the other device coming back) and coturn refuses a running call's Refresh
 * once the credentials expire, so past half their lifetime a new call asks again. Half, rather
 * than a fixed margin, so that a short TURN_TTL cannot make it ask in a loop.
 */
export function turnOfferStale(turn: TurnOffer | null, fetchedAt: number, now: number): boolean {
	if (!turn?.available) return false;
	const expiresAt = turn.expiresAt * 1000;
	return expiresAt - now < (expiresAt - fetchedAt) / 2;
}

function turnToStun(url: string): string {
	return url.replace(/^turns?:/, 'stun:').split('?')[0]!;
}

/** One candidate as a lab run saw it: which peer, when (ms after the run started), and what. */
export interface GatheredCandidate {
	peer: PeerRole;
	at: number;
	candidate: string;
}

/** What the browser runner records for one run; times are ms after the run started. */
export interface LabRunRecord {
	config: LabConfigId;
	candidates: GatheredCandidate[];
	/** when each peer's iceGatheringState became complete */
	gatheringComplete: { A: number | null; B: number | null };
	connectedAt: number | null;
	failure: 'timeout' | 'failed' | 'noCandidates' | 'error' | null;
	selected: {
		localType: string;
		remoteType: string;
		protocol: string;
		relayProtocol: string | null;
		/** seconds, as getStats reports it */
		roundTripTime: number | null;
	} | null;
	errors: CandidateErrorDetail[];
}

/** Why a column has no candidates in a row: said on the page instead of an empty cell. */
export type EmptyReason =
	'noStunServer' | 'noTurnServer' | 'srflxSameAsHost' | 'relayPolicy' | 'prflxFromChecks';

export interface LabRow {
	config: LabConfigId;
	/** how many runs this row sums up (times are their medians) */
	runs: number;
	/** max over both peers: gathering is done when the slower one is */
	gatheringMs: number | null;
	counts: Record<CandidateType, number>;
	/** for each type with no candidate, why */
	empty: Partial<Record<CandidateType, EmptyReason>>;
	connectedMs: number | null;
	/** time to connected of every run that connected, in run order (for the benchmark) */
	connectedSamples: number[];
	selected: LabRunRecord['selected'];
	failure: LabRunRecord['failure'];
	errors: CandidateErrorDetail[];
}

export function emptyReason(config: LabConfigId, type: CandidateType): EmptyReason {
	const relayOnly = config === 'turnUdp' || config === 'turnTcp';
	if (type === 'prflx') return 'prflxFromChecks';
	if (relayOnly) return 'relayPolicy';
	if (type === 'relay') return 'noTurnServer';
	// type is host (never empty without relay-only unless the machine has no interface) or srflx
	return config === 'stun' ? 'srflxSameAsHost' : 'noStunServer';
}

export function summarizeRun(record: LabRunRecord): LabRow {
	const counts = Object.fromEntries(CANDIDATE_TYPES.map((t) => [t, 0])) as Record<
		CandidateType,
		number
	>;
	for (const { candidate } of record.candidates) {
		const type = parseCandidate(candidate)?.type;
		if (type && type in counts) counts[type as CandidateType]++;
	}
	const empty: LabRow['empty'] = {};
	for (const type of CANDIDATE_TYPES) {
		if (counts[type] === 0) empty[type] = emptyReason(record.config, type);
	}
	const { A, B } = record.gatheringComplete;
	return {
		config: record.config,
		runs: 1,
		gatheringMs: A !== null && B !== null ? Math.max(A, B) : null,
		counts,
		empty,
		connectedMs: record.connectedAt,
		connectedSamples: record.connectedAt === null ? [] : [record.connectedAt],
		selected: record.selected,
		failure: record.failure,
		errors: record.errors
	};
}

export function median(values: readonly number[]): number | null {
	if (values.length === 0) return null;
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** How much longer a relayed call took to connect than a host-only one, from two rows. */
export function relayOverhead(host: LabRow | undefined, relay: LabRow | undefined): number | null {
	if (!host?.connectedMs || relay?.connectedMs == null) return null;
	return relay.connectedMs / host.connectedMs;
}

/**
 * Several runs of one configuration as one row: the median gathering time, time to connected and
 * RTT over the runs that connected; counts, selected pair and empty reasons from the last one
 * that did (they do not change between runs on one machine). A failure shows only if every run failed.
 */
export function combineRuns(rows: readonly LabRow[]): LabRow | null {
	const last = rows[rows.length - 1];
	if (!last) return null;
	const connected = rows.filter((row) => row.connectedMs !== null);
	const base = connected[connected.length - 1] ?? last;
	const numbers = (values: (number | null | undefined)[]) =>
		values.filter((v): v is number => typeof v === 'number');
	const rtt = median(numbers(connected.map((row) => row.selected?.roundTripTime)));
	return {
		...base,
		runs: rows.length,
		gatheringMs: median(numbers(rows.map((row) => row.gatheringMs))),
		connectedMs: median(numbers(connected.map((row) => row.connectedMs))),
		connectedSamples: rows.flatMap((row) => row.connectedSamples),
		selected: base.selected ? { ...base.selected, roundTripTime: rtt } : null,
		failure: connected.length > 0 ? null : last.failure,
		errors: rows.flatMap((row) => row.errors)
	};
}

export interface LabRoundsOptions {
	/** how many times each configuration runs */
	rounds: number;
	/** the configuration for one run (fresh TURN credentials), or null to skip it */
	configurationFor: (config: LabConfigId) => Promise<RTCConfiguration | null>;
	/** one call, closed and rejected with the signal's reason when the signal aborts */
	runCall: (
		config: LabConfigId,
		configuration: RTCConfiguration,
		signal: AbortSignal
	) => Promise<LabRunRecord>;
	/** a run is about to start */
	onRun?: (config: LabConfigId, round: number) => void;
	/** the combined row of a configuration after each of its runs */
	onRow: (config: LabConfigId, row: LabRow) => void;
	/** aborted when the user leaves the page: the call in flight closes, no other starts */
	signal: AbortSignal;
}

/**
 * Runs every lab configuration in turn, one call at a time so they do not compete, `rounds`
 * times; each round visits the configurations in a rotated order so none always goes first.
 * Resolves true when every run was made, false when the signal stopped it.
 */
export async function runLabRounds(options: LabRoundsOptions): Promise<boolean> {
	const { signal } = options;
	const runs: Partial<Record<LabConfigId, LabRow[]>> = {};
	for (let round = 0; round < options.rounds; round++) {
		const order = LAB_CONFIGS.map((_, i) => LAB_CONFIGS[(i + round) % LAB_CONFIGS.length]!);
		for (const config of order) {
			if (signal.aborted) return false;
			options.onRun?.(config, round + 1);
			const configuration = await options.configurationFor(config);
			if (signal.aborted) return false;
			if (!configuration) continue;
			let record: LabRunRecord;
			try {
				record = await options.runCall(config, configuration, signal);
			} catch (error) {
				if (signal.aborted) return false;
				throw error;
			}
			const rows = (runs[config] ??= []);
			rows.push(summarizeRun(record));
			const row = combineRuns(rows);
			if (row) options.onRow(config, row);
		}
	}
	return true;
}
