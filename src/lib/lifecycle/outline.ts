import { walkthroughMachine } from './walkthroughMachine';
import { PHASES, type Phase, type StepId } from './steps';

export interface OutlinePhase {
	phase: Phase;
	steps: StepId[];
}

/**
 * The shape of the lifecycle machine read from its own definition (not written by hand), for the
 * state diagram: the phases in order with their step states, then the states outside the flow.
 */
export function lifecycleOutline(): { phases: OutlinePhase[]; outside: string[] } {
	const root = walkthroughMachine.root;
	const flow = root.states.running!.states.flow!;
	// iceFailed sits in the flow too, but it is no phase (and has no phase title)
	const phases = Object.values(flow.states)
		.filter((node) => (PHASES as readonly string[]).includes(node.key))
		.map((node) => ({
			phase: node.key as Phase,
			steps: Object.keys(node.states) as StepId[]
		}));
	const outside = Object.keys(root.states).filter((key) => key !== 'running');
	return { phases, outside };
}
