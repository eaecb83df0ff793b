import type { Phase, StepId } from './steps';

/**
 * The statechart's drawing model and its routes: states in columns (one or more per phase), edges
 * routed orthogonally through the gaps between columns and rows so that no edge crosses a state,
 * each with a point for its event name. Pure geometry: statechart.ts reads the machines.
 */

export type ChartNodeKind = 'step' | 'status' | 'lane';
export type ChartEdgeKind = 'flow' | 'failure' | 'renegotiation' | 'recovery' | 'lane';

export interface ChartNode {
	/** a step id, `iceFailed`, `failed`, `closed`, or `lane.<state>` */
	id: string;
	/** the state's key in the machine */
	key: string;
	kind: ChartNodeKind;
	phase: Phase | null;
	step: StepId | null;
	/** inner states, with their tags (ready, calling, waiting) */
	substates: { key: string; tags: string[] }[];
	/** transitions between the inner states, e.g. ready → calling on step.next */
	inner: { from: string; to: string; label: string }[];
	x: number;
	y: number;
	w: number;
	h: number;
}

export interface ChartEdge {
	id: string;
	/** a node id, or `running` for transitions every running state takes, or `walkthrough` (any state) */
	from: string;
	to: string;
	/** the event names (or guards, for eventless transitions) that take it */
	labels: string[];
	kind: ChartEdgeKind;
	/** SVG path data */
	path: string;
	/** where the first label goes; `vertical` along a long vertical segment */
	label: { x: number; y: number; vertical: boolean };
}

export interface ChartRegion {
	id: 'running' | Phase | 'lane';
	x: number;
	y: number;
	w: number;
	h: number;
	/** the region runs in parallel with the steps (the candidate lanes) */
	parallel: boolean;
	/** events that enter the region again from any state (walkthrough.reset) */
	entered: string[];
}

export interface Statechart {
	width: number;
	height: number;
	regions: ChartRegion[];
	nodes: ChartNode[];
	edges: ChartEdge[];
}
export const NODE_W = 150;
export const NODE_H = 44;
export const ROW_GAP = 26;
export const COL_GAP = 48;
export const PAD = 14;
export const HEADER = 30;
/** A phase with more steps than this continues in the next column. */
export const MAX_ROWS = 6;
export const BUS = 9;
/** room right of the lane's states for the names of its events */
export const LANE_LABELS = 70;
export type Unrouted = Omit<ChartEdge, 'path' | 'label'>;
export /** Orthogonal routes through the gaps between columns and rows, so no edge crosses a state. */
function route(edge: Unrouted, nodes: ChartNode[], running: ChartRegion): ChartEdge {
	const byId = (id: string) => nodes.find((n) => n.id === id);
	const from = byId(edge.from);
	const to = byId(edge.to)!;
	const cy = (n: ChartNode) => n.y + n.h / 2;
	const cx = (n: ChartNode) => n.x + n.w / 2;
	const gapRight = (n: ChartNode) => n.x + n.w + COL_GAP / 2;
	let points: [number, number][];
	if (!from) {
		// taken in any state of the region: from the region's bottom edge
		const x = edge.from === 'walkthrough' ? running.x + 40 : cx(to);
		const y = edge.from === 'walkthrough' ? running.y - PAD : running.y + running.h;
		points =
			edge.from === 'walkthrough'
				? [
						[x, y],
						[x, running.y]
					]
				: [
						[x, y],
						[x, to.y]
					];
		if (edge.from === 'running' && to.id === 'iceFailed')
			points = [
				[to.x - BUS * 2, running.y + running.h],
				[to.x - BUS * 2, cy(to)],
				[to.x, cy(to)]
			];
	} else if (edge.kind === 'failure' && to.id === 'failed') {
		// into the failure bus right of the column, down to failed
		const bus = from.x + from.w + BUS;
		points = [
			[from.x + from.w, cy(from)],
			[bus, cy(from)],
			[bus, to.y - BUS],
			[cx(to), to.y - BUS],
			[cx(to), to.y]
		];
	} else if (from.x === to.x) {
		const down = to.y > from.y;
		points = [
			[cx(from), down ? from.y + from.h : from.y],
			[cx(to), down ? to.y : to.y + to.h]
		];
		if (!down || edge.kind === 'renegotiation' || edge.kind === 'recovery') {
			const side = from.x - BUS * 1.5;
			points = [
				[from.x, cy(from)],
				[side, cy(from)],
				[side, cy(to)],
				[to.x, cy(to)]
			];
		}
	} else if (to.x > from.x) {
		const gap = gapRight(from);
		points = [
			[from.x + from.w, cy(from)],
			[gap, cy(from)],
			[gap, cy(to)],
			[to.x, cy(to)]
		];
	} else {
		// backwards (renegotiation, recovery): along the corridor above the target's row
		const gap = from.x - COL_GAP / 2 + BUS / 2;
		const corridor = to.y - ROW_GAP / 2;
		const entry = to.x + to.w + COL_GAP / 2 - BUS / 2;
		points = [
			[from.x, cy(from)],
			[gap, cy(from)],
			[gap, corridor],
			[entry, corridor],
			[entry, cy(to)],
			[to.x + to.w, cy(to)]
		];
	}
	const path = points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${x} ${y}`).join(' ');
	const [lx, ly, vertical] = labelPoint(points);
	return { ...edge, path, label: { x: lx, y: ly, vertical } };
}

/** The middle of the longest segment, where the event name goes. */
function labelPoint(points: [number, number][]): [number, number, boolean] {
	let best: [number, number, boolean] = [...points[0]!, false];
	let length = -1;
	for (let i = 1; i < points.length; i++) {
		const [ax, ay] = points[i - 1]!;
		const [bx, by] = points[i]!;
		const l = Math.abs(bx - ax) + Math.abs(by - ay);
		if (l > length) {
			length = l;
			best = [(ax + bx) / 2, (ay + by) / 2, ax === bx && l > NODE_H + ROW_GAP];
		}
	}
	return best;
}
