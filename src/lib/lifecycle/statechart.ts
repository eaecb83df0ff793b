import type { AnyStateMachine, AnyStateNode } from 'xstate';
import type { MessageKey } from '$lib/i18n/catalog';
import { candidateLaneMachine } from './candidateLane';
import type { WalkthroughMeta } from './stepStates';
import { stepById, type Phase, type StepId } from './steps';
import { walkthroughMachine } from './walkthroughMachine';
import {
	COL_GAP,
	HEADER,
	LANE_LABELS,
	MAX_ROWS,
	NODE_H,
	NODE_W,
	PAD,
	ROW_GAP,
	route,
	type ChartEdge,
	type ChartEdgeKind,
	type ChartNode,
	type ChartRegion,
	type Statechart,
	type Unrouted
} from './chartLayout';

export type { ChartEdge, ChartEdgeKind, ChartNode, ChartRegion, Statechart } from './chartLayout';

/**
 * The lifecycle statechart as the page draws it, read from the machines' own definitions (never
 * written by hand, so it cannot drift): every step state and the states outside the steps, the
 * transitions between them with their event names, the candidate lane (a child machine invoked
 * once per peer, running in parallel with the steps) and the failure edges. A step's inner states
 * (ready → calling) are drawn inside its box. Pure: tested in Node, rendered by StateDiagram.svelte.
 */

/** The catalog key that explains each drawn state that is not a step (a step has `step.<id>.what`). */
export const STATE_EXPLANATIONS: Partial<Record<string, MessageKey>> = {
	iceFailed: 'diagram.state.iceFailed',
	failed: 'diagram.state.failed',
	closed: 'diagram.state.closed',
	'lane.idle': 'diagram.state.lane.idle',
	'lane.applying': 'diagram.state.lane.applying',
	'lane.failed': 'diagram.state.lane.failed'
};

/** The label of one transition: its event, in xstate's own terms, and its guard. */
export function transitionLabel(eventType: string, guard: unknown): string {
	const event =
		eventType === ''
			? ''
			: eventType.startsWith('xstate.done.actor.')
				? 'onDone'
				: eventType.startsWith('xstate.error.actor.')
					? 'onError'
					: eventType.startsWith('xstate.after.')
						? `after ${eventType.split('.')[2]}`
						: eventType;
	const name =
		typeof guard === 'string'
			? guard
			: guard && typeof guard === 'object' && 'type' in guard
				? String(guard.type)
				: null;
	if (!name) return event || 'always';
	return event ? `${event} [${name}]` : `[${name}]`;
}

function transitionsOf(node: AnyStateNode) {
	return [...node.transitions.values()].flat().concat(node.always ?? []);
}

function descendants(node: AnyStateNode): AnyStateNode[] {
	return [node, ...Object.values(node.states).flatMap((c) => descendants(c as AnyStateNode))];
}

/** The drawn node a state belongs to: its step state, or itself if it is one of the others. */
function displayId(node: AnyStateNode, drawn: Set<string>): string | null {
	for (let n: AnyStateNode | undefined = node; n; n = n.parent) {
		const meta = n.meta as WalkthroughMeta | undefined;
		if (meta?.step) return meta.step;
		if (drawn.has(n.key) && n.parent) return n.key;
	}
	return null;
}

function edgeKind(from: string, to: string, order: Map<string, number>): ChartEdgeKind {
	if (to === 'failed' || to === 'iceFailed') return 'failure';
	if (from === 'failed') return 'recovery';
	if ((order.get(to) ?? 0) < (order.get(from) ?? 0)) return 'renegotiation';
	return 'flow';
}

/** Reads the chart from the machines and lays it out in columns, one or more per phase. */
export function statechartOf(
	machine: AnyStateMachine = walkthroughMachine,
	lane: AnyStateMachine = candidateLaneMachine
): Statechart {
	const root = machine.root;
	const running = root.states.running!;
	const flow = running.states.flow!;
	const nodes: ChartNode[] = [];
	const regions: ChartRegion[] = [];
	const colX = (col: number) => PAD * 2 + col * (NODE_W + COL_GAP);
	const rowY = (row: number) => PAD + HEADER * 2 + row * (NODE_H + ROW_GAP);
	const inner = (node: AnyStateNode) => ({
		substates: Object.values(node.states).map((s) => ({
			key: (s as AnyStateNode).key,
			tags: [...(s as AnyStateNode).tags]
		})),
		inner: descendants(node).flatMap((s) =>
			transitionsOf(s).flatMap((t) =>
				(t.target ?? [])
					.filter((target: AnyStateNode) => target.parent === node && s !== node)
					.map((target: AnyStateNode) => ({
						from: s.key,
						to: target.key,
						label: transitionLabel(t.eventType, t.guard)
					}))
			)
		)
	});

	let col = 0;
	let maxRow = 0;
	for (const phaseNode of Object.values(flow.states) as AnyStateNode[]) {
		const steps = (Object.values(phaseNode.states) as AnyStateNode[]).filter(
			(s) => (s.meta as WalkthroughMeta | undefined)?.step
		);
		if (steps.length === 0) continue;
		const first = col;
		steps.forEach((s, i) => {
			const step = (s.meta as WalkthroughMeta).step!;
			if (i > 0 && i % MAX_ROWS === 0) col += 1;
			const row = i % MAX_ROWS;
			maxRow = Math.max(maxRow, row);
			nodes.push({
				id: step,
				key: s.key,
				kind: 'step',
				phase: stepById(step).phase,
				step,
				...inner(s),
				x: colX(col),
				y: rowY(row),
				w: NODE_W,
				h: NODE_H
			});
		});
		regions.push({
			id: phaseNode.key as Phase,
			x: colX(first) - PAD / 2,
			y: PAD + HEADER,
			w: (col - first + 1) * (NODE_W + COL_GAP) - COL_GAP + PAD,
			h: 0,
			parallel: false,
			entered: []
		});
		col += 1;
	}
	// States of the flow outside the steps (ICE failed between two devices), under their phase.
	for (const s of Object.values(flow.states) as AnyStateNode[]) {
		const meta = s.meta as WalkthroughMeta | undefined;
		if (Object.keys(s.states).length > 0 || !meta?.phase) continue;
		const host = nodes.filter((n) => n.phase === meta.phase).at(-1)!;
		nodes.push({
			...{ id: s.key, key: s.key, kind: 'status', phase: meta.phase, step: null },
			...{ substates: [], inner: [], x: host.x, y: host.y + 2 * (NODE_H + ROW_GAP) },
			...{ w: NODE_W, h: NODE_H }
		});
		maxRow = Math.max(maxRow, 2);
	}
	// The candidate lane: a child machine per peer, beside the steps.
	const laneStates = Object.values(lane.root.states) as AnyStateNode[];
	laneStates.forEach((s, row) => {
		nodes.push({
			...{ id: `lane.${s.key}`, key: s.key, kind: 'lane', phase: null, step: null },
			...{ substates: [], inner: [], x: colX(col), y: rowY(row * 1.5) },
			...{ w: NODE_W, h: NODE_H }
		});
	});
	regions.push({
		id: 'lane',
		x: colX(col) - PAD / 2,
		y: PAD + HEADER,
		w: NODE_W + PAD + LANE_LABELS,
		h: 0,
		parallel: true,
		entered: []
	});
	const bottom = rowY(Math.max(maxRow, (laneStates.length - 1) * 1.5) + 1) - ROW_GAP + PAD;
	for (const r of regions) r.h = bottom - r.y;
	const runningRegion: ChartRegion = {
		id: 'running',
		x: PAD,
		y: PAD,
		w: colX(col) + NODE_W + PAD - PAD / 2 + LANE_LABELS,
		h: bottom - PAD + PAD,
		parallel: false,
		entered: transitionsOf(root)
			.filter((t) => (t.target ?? []).includes(running))
			.map((t) => transitionLabel(t.eventType, t.guard))
	};
	regions.unshift(runningRegion);
	// The states beside `running`: failed under the steps, closed under Communication.
	const outsideY = runningRegion.y + runningRegion.h + ROW_GAP * 2;
	const outside = Object.values(root.states).filter((s) => s !== running) as AnyStateNode[];
	const communicate = nodes.find((n) => n.phase === 'communication');
	outside.forEach((s, i) => {
		const x = s.key === 'closed' && communicate ? communicate.x : colX(Math.min(1 + i, col - 1));
		nodes.push({
			...{ id: s.key, key: s.key, kind: 'status', phase: null, step: null },
			...{ substates: [], inner: [], x, y: outsideY, w: NODE_W, h: NODE_H }
		});
	});

	const edges = [
		...machineEdges(root, nodes, 'walkthrough'),
		...machineEdges(lane.root, nodes, 'lane')
	];
	return {
		width: runningRegion.x + runningRegion.w + PAD,
		height: outsideY + NODE_H + PAD,
		regions,
		nodes,
		edges: edges.map((e) => route(e, nodes, runningRegion))
	};
}

/** Every transition whose target is another drawn node, merged per (from, to). */
function machineEdges(root: AnyStateNode, nodes: ChartNode[], scope: 'walkthrough' | 'lane') {
	const prefix = scope === 'lane' ? 'lane.' : '';
	const drawn = new Set(nodes.filter((n) => n.kind !== 'step').map((n) => n.key));
	const order = new Map(nodes.map((n, i) => [n.id, i]));
	const edges = new Map<string, Unrouted>();
	for (const state of descendants(root)) {
		const own = scope === 'lane' ? (state === root ? null : state.key) : displayId(state, drawn);
		const from = own ? `${own === state.key && scope === 'lane' ? prefix : ''}${own}` : state.key;
		for (const t of transitionsOf(state)) {
			for (const target of (t.target ?? []) as AnyStateNode[]) {
				const toKey = scope === 'lane' ? target.key : displayId(target, drawn);
				if (!toKey) continue;
				const to = `${prefix}${toKey}`;
				if (to === from) continue;
				const id = `${from}->${to}`;
				const label = transitionLabel(t.eventType, t.guard);
				const edge = edges.get(id);
				if (edge) {
					if (!edge.labels.includes(label)) edge.labels.push(label);
				} else {
					const kind = scope === 'lane' ? 'lane' : edgeKind(from, to, order);
					edges.set(id, { id, from, to, labels: [label], kind });
				}
			}
		}
	}
	// an event before the guards of eventless transitions: `onDone` names the edge better than `[remotePeer]`
	const guardOnly = (label: string) => (label.startsWith('[') ? 1 : 0);
	for (const edge of edges.values()) edge.labels.sort((a, b) => guardOnly(a) - guardOnly(b));
	return [...edges.values()];
}

/** The drawn node of the walkthrough's current state, from its progress. */
export function currentNodeId(progress: {
	status: 'running' | 'failed' | 'closed';
	phase: Phase | null;
	step: StepId | null;
}): string | null {
	if (progress.status === 'closed') return 'closed';
	if (progress.status === 'failed') return progress.phase === 'connection' ? 'iceFailed' : 'failed';
	return progress.step;
}

/** The edge from one drawn node to another, if the chart has one (the transition just taken). */
export function edgeBetween(chart: Statechart, from: string | null, to: string | null) {
	if (!from || !to || from === to) return null;
	return (
		chart.edges.find((e) => e.from === from && e.to === to) ??
		// a failure taken from any running state
		(to === 'failed' || to === 'iceFailed'
			? (chart.edges.find((e) => e.from === 'running' && e.to === to) ?? null)
			: null)
	);
}

/**
 * The transitions from one drawn node to another along the chart's edges (the shortest way, flow
 * edges first): the page may skip states between two renders (Run all renders a few times a
 * second), and then every transition on the way was taken.
 */
export function pathBetween(
	chart: Statechart,
	from: string | null,
	to: string | null
): ChartEdge[] {
	if (!from || !to || from === to) return [];
	const direct = edgeBetween(chart, from, to);
	if (direct) return [direct];
	const rank = (e: ChartEdge) => (e.kind === 'flow' ? 0 : 1);
	const edges = [...chart.edges].sort((a, b) => rank(a) - rank(b));
	const via = new Map<string, ChartEdge>();
	const queue = [from];
	while (queue.length > 0) {
		const at = queue.shift()!;
		if (at === to) break;
		for (const e of edges) {
			if (e.from !== at || e.to === from || via.has(e.to)) continue;
			via.set(e.to, e);
			queue.push(e.to);
		}
	}
	const path: ChartEdge[] = [];
	for (let at = to; via.has(at) && at !== from; at = via.get(at)!.from) path.unshift(via.get(at)!);
	return path[0]?.from === from ? path : [];
}

/** The transitions out of a drawn node, for its explanation. */
export function transitionsFrom(chart: Statechart, id: string): ChartEdge[] {
	const node = chart.nodes.find((n) => n.id === id);
	const inRunning = node && node.kind !== 'lane' && !['failed', 'closed'].includes(node.id);
	return chart.edges.filter((e) => e.from === id || (inRunning && e.from === 'running'));
}
