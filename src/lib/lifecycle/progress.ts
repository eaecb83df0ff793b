import { PHASES, STEPS, type Phase, type StepId } from './steps';

/** Where the walkthrough is: the phase, the step and whether the step waits, runs or is done. */
export interface Progress {
	status: 'running' | 'failed' | 'closed';
	phase: Phase | null;
	step: StepId | null;
	/** ready: waits for Next; calling: its browser call is in flight; waiting: waits for the browser (ICE, DTLS) */
	stage: 'ready' | 'calling' | 'waiting' | null;
	/** index of the step in STEPS, so the UI can mark the steps before it as done */
	index: number;
}

type StateValue = string | { [key: string]: StateValue };

/** Whether the call goes on in the fault lab's named degraded state. */
export function isDegraded(value: StateValue): boolean {
	return JSON.stringify(value).includes('"degraded"');
}

/** Reads the walkthrough's position from a snapshot value of the lifecycle machine. */
export function progressOf(value: StateValue): Progress {
	if (typeof value === 'string') {
		const status = value === 'failed' || value === 'closed' ? value : 'running';
		return { status, phase: null, step: null, stage: null, index: -1 };
	}
	const flow = (value.running as Record<string, StateValue> | undefined)?.flow;
	// ICE failed between two devices: a failure, kept inside the call so that ICE can restart
	if (flow === 'iceFailed') {
		return { status: 'failed', phase: 'connection', step: null, stage: null, index: -1 };
	}
	if (!flow || typeof flow === 'string') {
		return { status: 'running', phase: null, step: null, stage: null, index: -1 };
	}
	const phase = Object.keys(flow)[0] as Phase;
	const steps = flow[phase]!;
	const step = (typeof steps === 'string' ? steps : Object.keys(steps)[0]) as StepId;
	const inner = typeof steps === 'string' ? undefined : steps[step];
	// communicate's own states (live, degraded) wait for the browser; a fault being applied calls
	const stage =
		inner === undefined || typeof inner !== 'string' || inner === 'live' || inner === 'degraded'
			? 'waiting'
			: inner === 'ready'
				? 'ready'
				: 'calling';
	return {
		status: 'running',
		phase: PHASES.includes(phase) ? phase : null,
		step,
		stage,
		index: STEPS.findIndex((s) => s.id === step)
	};
}
