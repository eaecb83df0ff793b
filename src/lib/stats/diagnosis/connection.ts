import type { LogEntry } from '$lib/log/eventLog';
import type { PeerRole } from '$lib/vocabulary';
import {
	candidateErrorDetail,
	candidateErrorKind,
	UNREACHABLE_CODE
} from '$lib/ice/candidateError';
import type { StatsHistory } from '../history';
import { SLOW_CONNECT_MS } from './thresholds';
import { memberRuns, seconds } from './series';
import type { DiagnosisInput, Evidence, Finding } from './types';

const logEvidence = (entry: LogEntry): Evidence => ({
	kind: 'log',
	entryId: entry.id,
	t: entry.t,
	name: entry.name
});

/** The selected pair over time: which candidates, and when it changed (transport stats). */
function selectedPairs(peer: PeerRole, history: StatsHistory, originMs: number): Finding[] {
	const findings: Finding[] = [];
	for (const transport of history.ofType('transport')) {
		const runs = memberRuns(transport, 'selectedCandidatePairId', originMs).filter(
			(run) => typeof run.value === 'string' && run.value !== ''
		);
		if (runs.length === 0) continue;
		const describe = (pairId: string) => {
			const pair = history.report(pairId)?.latest;
			const local = history.report(String(pair?.localCandidateId ?? ''))?.latest;
			const remote = history.report(String(pair?.remoteCandidateId ?? ''))?.latest;
			return {
				local: String(local?.candidateType ?? '?'),
				remote: String(remote?.candidateType ?? '?'),
				protocol: String(local?.protocol ?? '?'),
				relayProtocol: String(local?.relayProtocol ?? '')
			};
		};
		const evidence: Evidence[] = runs.map((run) => ({
			kind: 'chart',
			peer,
			group: 'rtt',
			metric: 'pairRtt',
			reportId: transport.id,
			t: run.t,
			tEnd: run.t,
			value: String(run.value)
		}));
		const last = describe(String(runs.at(-1)!.value));
		const relayed = last.local === 'relay' || last.remote === 'relay';
		const tcp =
			last.protocol === 'tcp' || last.relayProtocol === 'tcp' || last.relayProtocol === 'tls';
		findings.push({
			id: 'selectedPair',
			severity: relayed || tcp ? 'warning' : 'info',
			peer,
			params: {
				local: last.local,
				remote: last.remote,
				protocol: last.relayProtocol
					? `${last.protocol} (TURN ${last.relayProtocol})`
					: last.protocol
			},
			evidence: evidence.slice(-1)
		});
		if (runs.length > 1) {
			findings.push({
				id: 'pairChanged',
				severity: 'warning',
				peer,
				params: {
					count: runs.length - 1,
					times: runs
						.slice(1)
						.map((run) => `${seconds(run.t)} s`)
						.join(', ')
				},
				evidence: evidence.slice(1)
			});
		}
		break;
	}
	return findings;
}

function stateOf(entry: LogEntry, peer: PeerRole, field: 'iceConnectionState' | 'connectionState') {
	return entry.peers[peer]?.[field];
}

/** ICE restarts, disconnections and their durations, time to connected, TURN errors. */
export function connectionFindings(input: DiagnosisInput): Finding[] {
	const findings: Finding[] = [];
	const peers = [...new Set(input.log.map((e) => e.peer).filter((p): p is PeerRole => p !== null))];
	for (const peer of peers) {
		const entries = input.log.filter((e) => e.peer === peer);
		const restarts = entries.filter(
			(e) =>
				(e.kind === 'call' && e.name === 'restartIce' && e.status === 'start') ||
				(e.kind === 'call' &&
					e.name === 'createOffer' &&
					e.status === 'start' &&
					(e.payload as { iceRestart?: unknown } | undefined)?.iceRestart === true)
		);
		if (restarts.length > 0)
			findings.push({
				id: 'iceRestart',
				severity: 'info',
				peer,
				params: {
					count: restarts.length,
					times: restarts.map((e) => `${seconds(e.t)} s`).join(', ')
				},
				evidence: restarts.map(logEvidence)
			});

		// Disconnections: from "disconnected"/"failed" back to "connected"/"completed" (or the end).
		const changes = entries.filter(
			(e) => e.kind === 'event' && e.name === 'iceconnectionstatechange'
		);
		const outages: { from: LogEntry; to: LogEntry | null; state: string }[] = [];
		let open: { from: LogEntry; state: string } | null = null;
		for (const entry of changes) {
			const state = stateOf(entry, peer, 'iceConnectionState');
			if ((state === 'disconnected' || state === 'failed') && !open) open = { from: entry, state };
			else if (open && (state === 'connected' || state === 'completed')) {
				outages.push({ ...open, to: entry });
				open = null;
			} else if (open && state === 'failed') open.state = 'failed';
		}
		if (open) outages.push({ ...open, to: null });
		if (outages.length > 0) {
			const end = input.log.at(-1)?.t ?? 0;
			const durations = outages.map((o) => (o.to?.t ?? end) - o.from.t);
			findings.push({
				id: 'disconnected',
				severity: 'problem',
				peer,
				params: {
					count: outages.length,
					longest: seconds(Math.max(...durations)),
					recovered: outages.filter((o) => o.to).length
				},
				evidence: outages.flatMap((o) => [
					logEvidence(o.from),
					...(o.to ? [logEvidence(o.to)] : [])
				])
			});
		}

		// Time to connected: from the first description call to connectionState "connected".
		const start = entries.find(
			(e) => e.kind === 'call' && /^(setLocalDescription|setRemoteDescription)$/.test(e.name)
		);
		const connected = entries.find(
			(e) =>
				e.kind === 'event' &&
				e.name === 'connectionstatechange' &&
				stateOf(e, peer, 'connectionState') === 'connected'
		);
		if (start && connected) {
			const ms = Math.round(connected.t - start.t);
			findings.push({
				id: 'timeToConnected',
				severity: ms > SLOW_CONNECT_MS ? 'warning' : 'info',
				peer,
				params: { ms },
				evidence: [logEvidence(start), logEvidence(connected)],
				threshold: {
					value: SLOW_CONNECT_MS,
					unit: 'ms',
					source: 'Peerscope (RFC 8445 §14 paces checks at 50 ms)'
				}
			});
		} else if (start && entries.some((e) => stateOf(e, peer, 'connectionState') === 'failed')) {
			const failed = entries.find((e) => stateOf(e, peer, 'connectionState') === 'failed')!;
			findings.push({
				id: 'neverConnected',
				severity: 'problem',
				peer,
				params: {},
				evidence: [logEvidence(start), logEvidence(failed)]
			});
		}

		// TURN and STUN errors reported by icecandidateerror.
		const errors = entries.filter((e) => e.kind === 'event' && e.name === 'icecandidateerror');
		const byCode = new Map<number, LogEntry[]>();
		for (const entry of errors) {
			const detail = candidateErrorDetail((entry.payload ?? {}) as Record<string, unknown>);
			const list = byCode.get(detail.errorCode) ?? [];
			list.push(entry);
			byCode.set(detail.errorCode, list);
		}
		for (const [code, list] of byCode) {
			const detail = candidateErrorDetail((list[0]!.payload ?? {}) as Record<string, unknown>);
			findings.push({
				id: 'turnError',
				severity: code === UNREACHABLE_CODE ? 'warning' : 'problem',
				peer,
				params: {
					code,
					kind: candidateErrorKind(code),
					url: detail.url || '?',
					count: list.length
				},
				evidence: list.slice(0, 5).map(logEvidence)
			});
		}
	}
	for (const { peer, history } of input.peers)
		findings.push(...selectedPairs(peer, history, input.originMs));
	return findings;
}
