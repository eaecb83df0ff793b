/**
 * The NAT mapping table as the page shows it: one row per conntrack entry, grouped by the
 * internal endpoint, so that an endpoint-independent mapping (one external port for every
 * destination, RFC 4787 §4.1) and an address-and-port-dependent one (a new external port per
 * destination) are told apart by what was seen, not by the network's name.
 */
import type { NatMapping, NatPeer } from './run';

export type MappingBehaviour = 'endpoint-independent' | 'per-destination' | 'single';

export interface MappingGroup {
	nat: NatPeer;
	protocol: string;
	internal: string;
	rows: NatMapping[];
	externals: string[];
	remotes: string[];
	/**
	 * `single`: one destination so far, nothing to tell; `endpoint-independent`: several
	 * destinations share one external endpoint; `per-destination`: several destinations got
	 * different external endpoints.
	 */
	behaviour: MappingBehaviour;
}

/** The same entry (nat, protocol, internal, external, remote) once, the first time it was seen. */
export function uniqueMappings(mappings: readonly NatMapping[]): NatMapping[] {
	const seen = new Set<string>();
	const out: NatMapping[] = [];
	for (const m of mappings) {
		const key = `${m.nat}|${m.protocol}|${m.internal}|${m.external}|${m.remote}`;
		if (seen.has(key)) continue;
		seen.add(key);
		out.push(m);
	}
	return out;
}

export function groupMappings(mappings: readonly NatMapping[]): MappingGroup[] {
	const groups = new Map<string, MappingGroup>();
	for (const m of uniqueMappings(mappings)) {
		const key = `${m.nat}|${m.protocol}|${m.internal}`;
		let group = groups.get(key);
		if (!group) {
			group = {
				nat: m.nat,
				protocol: m.protocol,
				internal: m.internal,
				rows: [],
				externals: [],
				remotes: [],
				behaviour: 'single'
			};
			groups.set(key, group);
		}
		group.rows.push(m);
		if (!group.externals.includes(m.external)) group.externals.push(m.external);
		if (!group.remotes.includes(m.remote)) group.remotes.push(m.remote);
	}
	for (const group of groups.values()) {
		if (group.remotes.length < 2) group.behaviour = 'single';
		else if (group.externals.length === 1) group.behaviour = 'endpoint-independent';
		else group.behaviour = 'per-destination';
	}
	return [...groups.values()].sort((x, y) =>
		x.nat === y.nat ? (x.rows[0]?.t ?? 0) - (y.rows[0]?.t ?? 0) : x.nat < y.nat ? -1 : 1
	);
}
