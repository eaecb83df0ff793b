/**
 * Where the topology picture puts each box, and which box an address belongs to, so the packet
 * the replay is at can be drawn as an arrow between two of them.
 */
import type { NatTopology, NatPeer } from './run';

export type NodeId = 'hostA' | 'natA' | 'stun' | 'turn' | 'natB' | 'hostB';

export function hostOf(endpoint: string): string {
	const bracket = endpoint.match(/^\[([^\]]+)\]:\d+$/);
	if (bracket) return bracket[1]!;
	const i = endpoint.lastIndexOf(':');
	return i > 0 && endpoint.indexOf(':') === i ? endpoint.slice(0, i) : endpoint;
}

/** The box an `addr:port` belongs to in this topology, or null (an address the lab did not name). */
export function nodeOf(topology: NatTopology, endpoint: string): NodeId | null {
	const address = hostOf(endpoint);
	const side = (peer: NatPeer): NodeId | null => {
		const s = topology[peer];
		const upper = peer === 'a' ? 'A' : 'B';
		if (s.natPublic && s.natPublic === address) return `nat${upper}` as NodeId;
		if (s.host === address)
			return s.natPublic ? (`host${upper}` as NodeId) : (`nat${upper}` as NodeId);
		return null;
	};
	const turnHosts = [topology.turn?.udp, topology.turn?.tcp].filter(Boolean).map((e) => hostOf(e!));
	if (topology.stun && hostOf(topology.stun) === address) return 'stun';
	if (turnHosts.includes(address)) return 'turn';
	return side('a') ?? side('b');
}

/** Box centres in the picture's 900 × 300 viewBox; a public peer stands where its NAT would. */
export const NODE_POSITION: Record<NodeId, { x: number; y: number }> = {
	hostA: { x: 95, y: 160 },
	natA: { x: 265, y: 160 },
	stun: { x: 450, y: 70 },
	turn: { x: 450, y: 250 },
	natB: { x: 635, y: 160 },
	hostB: { x: 805, y: 160 }
};
