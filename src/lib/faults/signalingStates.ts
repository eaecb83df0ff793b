/**
 * The signaling state machine of WebRTC 1.0 (RTCSignalingState, after JSEP, RFC 8829 §3.2): which
 * description type each state accepts from setLocalDescription and setRemoteDescription, and
 * where it leads. The fault lab draws it to show why a call in the wrong order is refused with
 * InvalidStateError: the attempted transition is not an edge of this graph.
 */
export const SIGNALING_STATES = [
	'stable',
	'have-local-offer',
	'have-remote-offer',
	'have-local-pranswer',
	'have-remote-pranswer'
] as const;

export type SignalingState = (typeof SIGNALING_STATES)[number];
export type DescriptionSide = 'local' | 'remote';
export type DescriptionType = 'offer' | 'answer' | 'pranswer' | 'rollback';

export interface SignalingEdge {
	from: SignalingState;
	side: DescriptionSide;
	type: DescriptionType;
	to: SignalingState;
}

/** Every allowed transition (rollback included: it returns to stable from a pending offer). */
export const SIGNALING_EDGES: readonly SignalingEdge[] = [
	{ from: 'stable', side: 'local', type: 'offer', to: 'have-local-offer' },
	{ from: 'stable', side: 'remote', type: 'offer', to: 'have-remote-offer' },
	{ from: 'have-local-offer', side: 'local', type: 'offer', to: 'have-local-offer' },
	{ from: 'have-local-offer', side: 'remote', type: 'answer', to: 'stable' },
	{ from: 'have-local-offer', side: 'remote', type: 'pranswer', to: 'have-remote-pranswer' },
	{ from: 'have-local-offer', side: 'local', type: 'rollback', to: 'stable' },
	{ from: 'have-remote-pranswer', side: 'remote', type: 'pranswer', to: 'have-remote-pranswer' },
	{ from: 'have-remote-pranswer', side: 'remote', type: 'answer', to: 'stable' },
	{ from: 'have-remote-offer', side: 'remote', type: 'offer', to: 'have-remote-offer' },
	{ from: 'have-remote-offer', side: 'local', type: 'answer', to: 'stable' },
	{ from: 'have-remote-offer', side: 'local', type: 'pranswer', to: 'have-local-pranswer' },
	{ from: 'have-remote-offer', side: 'remote', type: 'rollback', to: 'stable' },
	{ from: 'have-local-pranswer', side: 'local', type: 'pranswer', to: 'have-local-pranswer' },
	{ from: 'have-local-pranswer', side: 'local', type: 'answer', to: 'stable' }
];

export type SignalingStep =
	| { ok: true; to: SignalingState; implicitRollback: boolean }
	| { ok: false; from: SignalingState; side: DescriptionSide; type: DescriptionType };

/**
 * Where applying a description of `type` on `side` leads from `from`, or why it cannot. A remote
 * offer in "have-local-offer" is accepted: setRemoteDescription first rolls the local offer back
 * (WebRTC 1.0, the implicit rollback of setRemoteDescription), as Chromium does.
 */
export function applyDescription(
	from: SignalingState,
	side: DescriptionSide,
	type: DescriptionType
): SignalingStep {
	const edge = SIGNALING_EDGES.find((e) => e.from === from && e.side === side && e.type === type);
	if (edge) return { ok: true, to: edge.to, implicitRollback: false };
	if (from === 'have-local-offer' && side === 'remote' && type === 'offer') {
		return { ok: true, to: 'have-remote-offer', implicitRollback: true };
	}
	return { ok: false, from, side, type };
}

/** The description types each state accepts, for the diagram's legend. */
export function acceptedIn(state: SignalingState): SignalingEdge[] {
	return SIGNALING_EDGES.filter((e) => e.from === state);
}

export function isSignalingState(value: unknown): value is SignalingState {
	return typeof value === 'string' && (SIGNALING_STATES as readonly string[]).includes(value);
}

/** One change of a peer's signaling state, as a signalingstatechange event reported it. */
export interface SignalingTransition {
	from: SignalingState;
	to: SignalingState;
	/** the edge of the graph the change took */
	side: DescriptionSide;
	type: DescriptionType;
	/** the rollback setRemoteDescription(offer) runs by itself before it applies the offer */
	implicit: boolean;
}

/**
 * The edges behind the states a peer went through during one call (`observed`: the state after
 * each signalingstatechange event, in order), starting from `from`. A call to
 * setRemoteDescription(offer) in "have-local-offer" fires two events: "stable" for the implicit
 * rollback (WebRTC 1.0, setRemoteDescription(): it first sets the local description
 * `{type: "rollback"}`), then "have-remote-offer" for the offer; both are edges of the graph. A
 * change no edge explains is left out rather than drawn as one.
 */
export function transitionsOf(
	from: SignalingState,
	observed: readonly string[],
	call: { side: DescriptionSide; type: DescriptionType }
): SignalingTransition[] {
	const transitions: SignalingTransition[] = [];
	let at = from;
	for (const state of observed) {
		if (!isSignalingState(state)) continue;
		const implicit =
			call.side === 'remote' &&
			call.type === 'offer' &&
			at === 'have-local-offer' &&
			state === 'stable';
		const edge = implicit
			? SIGNALING_EDGES.find((e) => e.from === at && e.type === 'rollback')
			: (SIGNALING_EDGES.find(
					(e) => e.from === at && e.to === state && e.side === call.side && e.type === call.type
				) ?? SIGNALING_EDGES.find((e) => e.from === at && e.to === state));
		if (edge) transitions.push({ from: at, to: state, side: edge.side, type: edge.type, implicit });
		at = state;
	}
	return transitions;
}
