import type { PeerRole, PeerView } from '$lib/vocabulary';
import type { LogEntry } from '$lib/log/eventLog';
import { sdpOf } from '$lib/log/format';
import { STEPS, type StepId } from '$lib/lifecycle/steps';

/**
 * The checkpoint question bank: each question has four answers (texts in the catalog as
 * `class.q.<id>.text`, `.c0`…`.c3` and `.why`), the step after which the real call shows the
 * answer, the answer the specifications give, and, where the call itself can show it, a probe
 * that reads the answer from the call's event log. The teacher's page reveals the probe's
 * reading when there is one: what this browser really did, which is the point of asking.
 */
export const QUESTION_IDS = [
	'gum-resolves',
	'gum-denied',
	'add-track',
	'pc-signaling-initial',
	'pc-connection-initial',
	'datachannel-offer',
	'create-offer-state',
	'offer-state',
	'gathering-starts',
	'signaling-channel',
	'trickle',
	'remote-offer-state',
	'candidate-before-remote',
	'answer-state',
	'candidate-types',
	'loopback-candidates',
	'stun-does',
	'stun-home-router',
	'nat-why',
	'symmetric-nat',
	'turn-does',
	'relay-cost',
	'relay-preference',
	'dtls-fingerprint',
	'connected-state',
	'datachannel-transport'
] as const;
export type QuestionId = (typeof QUESTION_IDS)[number];
export const CHOICES_PER_QUESTION = 4;
export type ChoiceIndex = 0 | 1 | 2 | 3;

/** An answer index as a choice of the bank (the hub sends a number), or null if out of range. */
export function choiceOf(answer: number | null | undefined): ChoiceIndex | null {
	return answer === 0 || answer === 1 || answer === 2 || answer === 3 ? answer : null;
}

/** What the call showed: the matching answer (or null when none matches) and the value itself. */
export interface Reading {
	choice: ChoiceIndex | null;
	actual: string;
}

export interface Question {
	id: QuestionId;
	/** the step whose result shows the answer; the answer is revealed once it is done */
	reveal: StepId;
	/** the answer by the specifications */
	correct: ChoiceIndex;
	/** reads the answer from the call; null when the log does not show it (yet) */
	probe?: (log: readonly LogEntry[]) => Reading | null;
}

/** The peers' state values right after a step's call succeeded. */
function viewAfter(log: readonly LogEntry[], step: StepId, peer: PeerRole): PeerView | null {
	for (let i = log.length - 1; i >= 0; i--) {
		const entry = log[i]!;
		if (entry.kind === 'call' && entry.step === step && entry.status === 'success') {
			return entry.peers[peer];
		}
	}
	return null;
}

type StateMember = 'signalingState' | 'connectionState' | 'iceGatheringState';

/** A probe that reads one state value after a step and matches it against the answers. */
function stateProbe(
	step: StepId,
	peer: PeerRole,
	member: StateMember,
	choices: readonly (string | null)[]
) {
	return (log: readonly LogEntry[]): Reading | null => {
		const value = viewAfter(log, step, peer)?.[member];
		if (typeof value !== 'string') return null;
		const index = choices.indexOf(value);
		return { choice: index < 0 ? null : (index as ChoiceIndex), actual: `${member}: "${value}"` };
	};
}

/**
 * A question the peers' state values answer: revealed once the step that sets them is done, and
 * read from the state the peer reports right after it.
 */
function stateQuestion(
	id: QuestionId,
	correct: ChoiceIndex,
	[step, peer, member]: [StepId, PeerRole, StateMember],
	choices: readonly (string | null)[]
): Question {
	return { id, reveal: step, correct, probe: stateProbe(step, peer, member, choices) };
}

/** The candidate types (RFC 8445 §5.1.1) that Peer A sent through signaling. */
export function candidateTypesSent(log: readonly LogEntry[], peer: PeerRole = 'A'): Set<string> {
	const types = new Set<string>();
	for (const entry of log) {
		if (entry.kind !== 'signal' || entry.stage !== 'sent' || entry.from !== peer) continue;
		const message = entry.payload;
		if (message.type !== 'candidate' || !message.candidate) continue;
		const type = / typ (\w+)/.exec(message.candidate.candidate)?.[1];
		if (type) types.add(type);
	}
	return types;
}

export const QUESTIONS: readonly Question[] = [
	{ id: 'gum-resolves', reveal: 'getUserMedia', correct: 0 },
	{ id: 'gum-denied', reveal: 'getUserMedia', correct: 0 },
	{ id: 'add-track', reveal: 'addTrack', correct: 0 },
	stateQuestion(
		'pc-signaling-initial',
		0,
		['createPeerConnections', 'A', 'signalingState'],
		['stable', 'new', 'have-local-offer', 'closed']
	),
	stateQuestion(
		'pc-connection-initial',
		0,
		['createPeerConnections', 'A', 'connectionState'],
		['new', 'connecting', 'connected', 'stable']
	),
	{
		id: 'datachannel-offer',
		reveal: 'createOffer',
		correct: 0,
		probe: (log) => {
			const offer = [...log]
				.reverse()
				.find((e) => e.kind === 'call' && e.step === 'createOffer' && e.status === 'success');
			const sdp = offer ? sdpOf(offer.payload) : null;
			if (!sdp) return null;
			const line = sdp.split(/\r?\n/).find((l) => l.startsWith('m=application'));
			return line ? { choice: 0, actual: line } : { choice: null, actual: 'no m=application' };
		}
	},
	stateQuestion(
		'create-offer-state',
		0,
		['createOffer', 'A', 'signalingState'],
		['stable', 'have-local-offer', 'closed', null]
	),
	stateQuestion(
		'offer-state',
		1,
		['setLocalOffer', 'A', 'signalingState'],
		['stable', 'have-local-offer', 'have-remote-offer', 'have-local-pranswer']
	),
	{
		id: 'gathering-starts',
		reveal: 'setLocalOffer',
		correct: 1,
		probe: (log) => {
			const before = viewAfter(log, 'createOffer', 'A')?.iceGatheringState;
			const after = viewAfter(log, 'setLocalOffer', 'A')?.iceGatheringState;
			if (!before || !after) return null;
			const actual = `iceGatheringState: "${before}" → "${after}"`;
			return { choice: before === 'new' && after !== 'new' ? 1 : null, actual };
		}
	},
	{ id: 'signaling-channel', reveal: 'sendOffer', correct: 2 },
	{ id: 'trickle', reveal: 'setRemoteOffer', correct: 1 },
	stateQuestion(
		'remote-offer-state',
		0,
		['setRemoteOffer', 'B', 'signalingState'],
		['have-remote-offer', 'have-local-offer', 'stable', 'closed']
	),
	{ id: 'candidate-before-remote', reveal: 'setRemoteOffer', correct: 0 },
	stateQuestion(
		'answer-state',
		0,
		['setRemoteAnswer', 'A', 'signalingState'],
		['stable', 'have-remote-pranswer', 'have-local-offer', 'closed']
	),
	{ id: 'candidate-types', reveal: 'connect', correct: 3 },
	{
		id: 'loopback-candidates',
		reveal: 'connect',
		correct: 0,
		probe: (log) => {
			const types = candidateTypesSent(log);
			if (types.size === 0) return null;
			const actual = [...types].sort().join(', ');
			const has = (type: string) => types.has(type);
			const choice: ChoiceIndex | null =
				!has('srflx') && !has('relay')
					? 0
					: has('srflx') && !has('relay')
						? 1
						: !has('srflx') && has('relay')
							? 2
							: 3;
			return { choice: has('host') || choice !== 0 ? choice : null, actual };
		}
	},
	{ id: 'stun-does', reveal: 'connect', correct: 1 },
	{ id: 'stun-home-router', reveal: 'connect', correct: 0 },
	{ id: 'nat-why', reveal: 'connect', correct: 0 },
	{ id: 'symmetric-nat', reveal: 'connect', correct: 2 },
	{ id: 'turn-does', reveal: 'connect', correct: 0 },
	{ id: 'relay-cost', reveal: 'connect', correct: 1 },
	{ id: 'relay-preference', reveal: 'connect', correct: 3 },
	{ id: 'dtls-fingerprint', reveal: 'connect', correct: 0 },
	{
		id: 'connected-state',
		reveal: 'connect',
		correct: 0,
		probe: (log) => {
			const last = log[log.length - 1];
			const state = last?.peers.A?.connectionState;
			if (state !== 'connected') return null;
			return { choice: 0, actual: `connectionState: "${state}"` };
		}
	},
	{ id: 'datachannel-transport', reveal: 'communicate', correct: 0 }
];

export function questionById(id: string): Question | null {
	return QUESTIONS.find((q) => q.id === id) ?? null;
}

/** The position of a step in the walkthrough. */
export function stepIndex(step: StepId): number {
	return STEPS.findIndex((s) => s.id === step);
}

/**
 * Whether the call has shown a question's answer: the walkthrough is past its step. (A step's
 * result is in the log once the walkthrough waits at the step after it.)
 */
export function revealable(question: Question, progressIndex: number, ended: boolean): boolean {
	return ended || progressIndex > stepIndex(question.reveal);
}

/**
 * What to reveal: the call's reading where it shows one, else the specifications' answer.
 * `actual` is the value as the call showed it, or null for a question the call cannot show.
 */
export function answerOf(
	question: Question,
	log: readonly LogEntry[]
): { answer: ChoiceIndex | null; actual: string | null } {
	const reading = question.probe?.(log) ?? null;
	if (!reading) return { answer: question.correct, actual: null };
	return { answer: reading.choice, actual: reading.actual };
}

/** The default order of the bank: by the step that reveals each question. */
export function defaultOrder(): QuestionId[] {
	return [...QUESTIONS]
		.sort((a, b) => stepIndex(a.reveal) - stepIndex(b.reveal))
		.map((question) => question.id);
}
