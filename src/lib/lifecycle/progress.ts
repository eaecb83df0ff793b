import type { StateValue } from 'xstate';
import type { StageTag, WalkthroughMeta, WalkthroughTag } from './stepStates';
import { stepIndex, type Phase, type StepId } from './steps';
import { walkthroughMachine } from './walkthroughMachine';

/** Where the walkthrough is: the phase, the step and whether the step waits, runs or is done. */
export interface Progress {
	status: 'running' | 'failed' | 'closed';
	phase: Phase | null;
	step: StepId | null;
	/** ready: waits for Next; calling: its browser call is in flight; waiting: waits for the browser (ICE, DTLS) */
	stage: StageTag | null;
	/** index of the step in STEPS, so the UI can mark the steps before it as done */
	index: number;
}

/** What progress needs of a machine snapshot: its tags and its states' meta. */
export interface TaggedSnapshot {
	hasTag(tag: WalkthroughTag): boolean;
	getMeta(): Record<string, WalkthroughMeta | undefined>;
}

const STAGES: readonly StageTag[] = ['ready', 'calling', 'waiting'];

function isSnapshot(source: TaggedSnapshot | StateValue): source is TaggedSnapshot {
	return typeof source === 'object' && typeof source.hasTag === 'function';
}

/**
 * Reads the walkthrough's position from a snapshot of the lifecycle machine: the step and phase
 * from the `meta` of the active step state, the stage and the status from its tags. A state value
 * (as older callers pass) is first resolved against the machine, so it is read the same way.
 */
export function progressOf(source: TaggedSnapshot | StateValue): Progress {
	const snapshot: TaggedSnapshot = isSnapshot(source)
		? source
		: walkthroughMachine.resolveState({ value: source, context: undefined as never });
	const metas = Object.values(snapshot.getMeta()).filter((m): m is WalkthroughMeta => !!m);
	const step = metas.find((m) => m.step)?.step ?? null;
	const phase = metas.find((m) => m.phase)?.phase ?? null;
	const status = snapshot.hasTag('failed')
		? 'failed'
		: snapshot.hasTag('closed')
			? 'closed'
			: 'running';
	if (status !== 'running') return { status, phase, step: null, stage: null, index: -1 };
	return {
		status,
		phase,
		step,
		stage: STAGES.find((tag) => snapshot.hasTag(tag)) ?? null,
		index: step ? stepIndex(step) : -1
	};
}
