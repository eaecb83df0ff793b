/**
 * Real NAT lab runs (root only: namespaces, nftables, conntrack, tcpdump, coturn, Chromium): the
 * outcomes issue 12 names, each with the candidate types gathered and the NAT mapping table
 * seen. Serial (see vite.config.ts, project nat-lab): one lab at a time.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { runScenario } from '$lib/server/nat/lab.js';
import type { Mapping, NatRun } from '$lib/nat/types.js';
import { mustFailForCi, namespacesOf, unavailableReason } from './helpers.js';

const types = (candidates: string[]) =>
	new Set(candidates.map((c) => / typ (\w+)/.exec(c)?.[1]).filter(Boolean));

/** internal address:port → the public ports the NAT gave it, per protocol. */
function portsByInternal(mappings: Mapping[], nat: 'a' | 'b') {
	const ports = new Map<string, Set<string>>();
	for (const m of mappings.filter((m) => m.nat === nat && m.protocol === 'udp')) {
		if (!ports.has(m.internal)) ports.set(m.internal, new Set());
		ports.get(m.internal)!.add(m.external);
	}
	return ports;
}

it.runIf(mustFailForCi)('runs under CI (CI must never skip the NAT lab)', () => {
	throw new Error(`CI is set but the NAT lab cannot run here: ${unavailableReason}`);
});

describe.skipIf(unavailableReason !== null)('real NAT lab runs', () => {
	afterEach(async () => {
		expect(await namespacesOf()).toEqual([]);
	});

	it('cone ↔ cone with STUN connects directly over srflx, one public port per internal port', async () => {
		const run: NatRun = await runScenario({ a: 'cone', b: 'cone', servers: 'stun' });
		expect(run.outcome).toBe('srflx');
		expect(run.predicted).toBe('srflx');
		expect(run.msToConnected).toBeGreaterThan(0);
		expect(types(run.candidates.a)).toEqual(new Set(['host', 'srflx']));
		expect(types(run.candidates.b)).toEqual(new Set(['host', 'srflx']));
		const srflx = run.candidates.a.find((c) => c.includes(' typ srflx'))!;
		expect(srflx).toContain(` ${run.topology.a.natPublic} `);
		expect(srflx).toContain(`raddr ${run.topology.a.host}`);
		expect(run.selectedPair?.local).toContain(' typ srflx');
		// Endpoint-independent mapping: the port to the STUN server and to the peer is the same.
		const ports = portsByInternal(run.mappings, 'a');
		const remotes = run.mappings.filter((m) => m.nat === 'a' && m.protocol === 'udp');
		expect(new Set(remotes.map((m) => m.remote)).size).toBeGreaterThan(1);
		for (const external of ports.values()) expect(external.size).toBe(1);
		const binding = run.packets.find(
			(p) => p.kind === 'binding-success' && p.to.startsWith(run.topology.a.natPublic!)
		);
		expect(srflx).toContain(` ${String(binding?.summary.xorMappedAddress).replace(':', ' ')} `);
	});

	it('symmetric ↔ symmetric with STUN only fails: a new public port per destination', async () => {
		const run = await runScenario({ a: 'symmetric', b: 'symmetric', servers: 'stun' });
		expect(run.outcome).toBe('failed');
		expect(run.msToConnected).toBeNull();
		expect(run.selectedPair).toBeNull();
		expect(types(run.candidates.a)).toEqual(new Set(['host', 'srflx']));
		const ports = [...portsByInternal(run.mappings, 'a').values()];
		expect(Math.max(...ports.map((p) => p.size))).toBeGreaterThan(1);
		expect(run.packets.some((p) => p.kind === 'ice-check')).toBe(true);
	});

	it('symmetric ↔ symmetric with STUN + TURN connects over a UDP relay', async () => {
		const run = await runScenario({ a: 'symmetric', b: 'symmetric', servers: 'stun+turn' });
		expect(run.outcome).toBe('relay-udp');
		expect(types(run.candidates.a)).toEqual(new Set(['host', 'srflx', 'relay']));
		const pair = `${run.selectedPair?.local} ${run.selectedPair?.remote}`;
		expect(pair).toContain(' typ relay');
		const kinds = new Set(run.packets.map((p) => p.kind));
		for (const kind of ['allocate-error-401', 'allocate-success', 'create-permission-request']) {
			expect(kinds).toContain(kind);
		}
		const ports = [...portsByInternal(run.mappings, 'a').values()];
		expect(Math.max(...ports.map((p) => p.size))).toBeGreaterThan(1);
	});

	it('symmetric ↔ public with STUN connects over a peer-reflexive candidate', async () => {
		const run = await runScenario({ a: 'symmetric', b: 'public', servers: 'stun' });
		expect(run.outcome).toBe('prflx');
		expect(types(run.candidates.a)).toEqual(new Set(['host', 'srflx']));
		expect(types(run.candidates.b)).toEqual(new Set(['host']));
		expect(`${run.selectedPair?.local} ${run.selectedPair?.remote}`).toContain(' typ prflx');
		// The public peer has no NAT; A's NAT used another port towards B than towards STUN.
		expect(run.mappings.filter((m) => m.nat === 'b')).toEqual([]);
		const toPeer = run.mappings.find(
			(m) => m.nat === 'a' && m.remote.startsWith(`${run.topology.b.host}:`)
		);
		const toStun = run.mappings.find((m) => m.nat === 'a' && m.remote === run.topology.stun);
		expect(toPeer && toStun && toPeer.external !== toStun.external).toBe(true);
	});

	for (const loose of ['address-restricted', 'full-cone'] as const) {
		it(`symmetric ↔ ${loose} with STUN connects over prflx: the looser filter lets the new port in`, async () => {
			const run = await runScenario({ a: 'symmetric', b: loose, servers: 'stun' });
			expect(run.outcome).toBe('prflx');
			expect(run.predicted).toBe('prflx');
			expect(types(run.candidates.a)).toEqual(new Set(['host', 'srflx']));
			expect(types(run.candidates.b)).toEqual(new Set(['host', 'srflx']));
			// A (symmetric) is known to B only by the port its NAT opened towards B: peer-reflexive
			const local = run.selectedPair?.local ?? '';
			expect(local).toContain(' typ prflx');
			const toB = run.mappings.filter(
				(m) => m.nat === 'a' && m.remote.startsWith(`${run.topology.b.natPublic}:`)
			);
			const toStun = run.mappings.find((m) => m.nat === 'a' && m.remote === run.topology.stun);
			expect(toB.map((m) => m.external.split(':')[1])).toContain(/ (\d+) typ /.exec(local)?.[1]);
			expect(toB.every((m) => m.external !== toStun?.external)).toBe(true);
			// B's NAT maps endpoint-independently: one public port for the STUN server and for A
			for (const external of portsByInternal(run.mappings, 'b').values()) {
				expect(external.size).toBe(1);
			}
		});
	}

	it('UDP blocked with TURN over TCP connects over relay TCP', async () => {
		const run = await runScenario({ a: 'udp-blocked', b: 'cone', servers: 'turn-tcp-only' });
		expect(run.outcome).toBe('relay-tcp');
		expect(types(run.candidates.a)).toEqual(new Set(['relay']));
		expect(run.selectedPair?.local).toContain(' typ relay');
		const mine = run.mappings.filter((m) => m.nat === 'a');
		expect(mine.length).toBeGreaterThan(0);
		for (const m of mine)
			expect(m).toMatchObject({ protocol: 'tcp', remote: run.topology.turn?.tcp });
		expect(run.packets.some((p) => p.protocol === 'tcp' && p.kind === 'allocate-success')).toBe(
			true
		);
	});
});
