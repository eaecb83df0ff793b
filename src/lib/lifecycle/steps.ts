import type { PeerId } from './types';

/** The four phases of a WebRTC call, in the order the walkthrough visits them. */
export const PHASES = ['fetching', 'signaling', 'connection', 'communication'] as const;
export type Phase = (typeof PHASES)[number];

/**
 * Every step of the walkthrough. Each one that is an API call runs exactly one browser call
 * (or, for `createPeerConnections`, the constructor once per peer) when the user clicks Next.
 * The machine builds its states from this list, and the UI reads the code and explanations of the
 * next step from it, so the two cannot drift apart.
 */
export const STEPS = [
	{
		id: 'getUserMedia',
		phase: 'fetching',
		peer: 'A',
		code: 'navigator.mediaDevices.getUserMedia({ audio, video })'
	},
	{
		id: 'createPeerConnections',
		phase: 'signaling',
		peer: null,
		code: 'pcA = new RTCPeerConnection(config); pcB = new RTCPeerConnection(config)'
	},
	{ id: 'addTrack', phase: 'signaling', peer: 'A', code: 'pcA.addTrack(track, stream)' },
	{
		id: 'createDataChannel',
		phase: 'signaling',
		peer: 'A',
		code: "pcA.createDataChannel('chat', { ordered: true })"
	},
	{ id: 'createOffer', phase: 'signaling', peer: 'A', code: 'offer = await pcA.createOffer()' },
	{
		id: 'setLocalOffer',
		phase: 'signaling',
		peer: 'A',
		code: 'await pcA.setLocalDescription(offer)'
	},
	{
		id: 'sendOffer',
		phase: 'signaling',
		peer: 'A',
		code: "signaling.send({ type: 'offer', sdp: offer.sdp })"
	},
	{
		id: 'setRemoteOffer',
		phase: 'signaling',
		peer: 'B',
		code: 'await pcB.setRemoteDescription(offer)'
	},
	{ id: 'createAnswer', phase: 'signaling', peer: 'B', code: 'answer = await pcB.createAnswer()' },
	{
		id: 'setLocalAnswer',
		phase: 'signaling',
		peer: 'B',
		code: 'await pcB.setLocalDescription(answer)'
	},
	{
		id: 'sendAnswer',
		phase: 'signaling',
		peer: 'B',
		code: "signaling.send({ type: 'answer', sdp: answer.sdp })"
	},
	{
		id: 'setRemoteAnswer',
		phase: 'signaling',
		peer: 'A',
		code: 'await pcA.setRemoteDescription(answer)'
	},
	{
		id: 'connect',
		phase: 'connection',
		peer: null,
		code: 'pc.onconnectionstatechange → "connected"'
	},
	{
		id: 'communicate',
		phase: 'communication',
		peer: null,
		code: "pcB.ontrack → video.srcObject; channel.send('…')"
	}
] as const satisfies readonly {
	id: string;
	phase: Phase;
	peer: PeerId | null;
	code: string;
}[];

export type StepDefinition = (typeof STEPS)[number];
export type StepId = StepDefinition['id'];

/** The steps that are one promise-returning browser call, run by an actor of the same name. */
export type ApiStepId = Exclude<StepId, 'sendOffer' | 'sendAnswer' | 'connect' | 'communicate'>;

/** The browser API an API step calls; the actor of the same name runs it. */
export const STEP_ACTOR = {
	getUserMedia: 'getUserMedia',
	createPeerConnections: 'createPeerConnections',
	addTrack: 'addTrack',
	createDataChannel: 'createDataChannel',
	createOffer: 'createOffer',
	setLocalOffer: 'setLocalDescription',
	setRemoteOffer: 'setRemoteDescription',
	createAnswer: 'createAnswer',
	setLocalAnswer: 'setLocalDescription',
	setRemoteAnswer: 'setRemoteDescription'
} as const satisfies Record<ApiStepId, string>;

export function isStepId(id: string | null | undefined): id is StepId {
	return STEPS.some((s) => s.id === id);
}

export function stepById(id: StepId): StepDefinition {
	const step = STEPS.find((s) => s.id === id);
	if (!step) throw new Error(`unknown step ${id}`);
	return step;
}

/** The step's position in the walkthrough, so the UI can mark the steps before it as done. */
export function stepIndex(id: StepId): number {
	return STEPS.findIndex((s) => s.id === id);
}

export function stepsOfPhase(phase: Phase): StepDefinition[] {
	return STEPS.filter((s) => s.phase === phase);
}
