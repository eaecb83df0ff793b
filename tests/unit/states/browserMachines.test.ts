import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import {
	BROWSER_MACHINES,
	CONNECTION_MACHINE,
	ICE_CONNECTION_MACHINE,
	SIGNALING_MACHINE,
	lastTransition,
	transitionsBetween,
	transitionsFrom
} from '$lib/components/states/browserMachines';
import type { LogEntry } from '$lib/log/eventLog';
import type { PeerView } from '$lib/vocabulary';
import { CATALOG } from '$lib/i18n/catalog';
import { SIGNALING_STATES } from '$lib/faults/signalingStates';
import { freshView } from '../lifecycle/fakeCall';

/**
 * The values of a WebIDL enum as TypeScript's DOM library declares them (generated from the W3C
 * IDL), sorted.
 */
function idlEnum(name: string): string[] {
	const dom = readFileSync(
		createRequire(import.meta.url).resolve('typescript/lib/lib.dom.d.ts'),
		'utf8'
	);
	const union = new RegExp(`^type ${name} = (.+);$`, 'm').exec(dom)?.[1];
	if (!union) throw new Error(`no enum ${name} in lib.dom.d.ts`);
	return [...union.matchAll(/"([^"]+)"/g)].map((m) => m[1]!).sort();
}

const calls = (from: string, to: string) =>
	transitionsBetween(SIGNALING_MACHINE, from, to).map((t) => t.call);

describe("the browser's state machines (W3C webrtc-pc)", () => {
	it('lists exactly the enum values of each state', () => {
		expect([...SIGNALING_MACHINE.states].sort()).toEqual(idlEnum('RTCSignalingState'));
		expect([...ICE_CONNECTION_MACHINE.states].sort()).toEqual(idlEnum('RTCIceConnectionState'));
		expect([...CONNECTION_MACHINE.states].sort()).toEqual(idlEnum('RTCPeerConnectionState'));
	});

	it('draws the signaling states in the order of the signaling model, closed last', () => {
		expect(SIGNALING_MACHINE.states).toEqual([...SIGNALING_STATES, 'closed']);
	});

	it('takes an offer/answer round as webrtc-pc §4.3.1 draws it', () => {
		expect(calls('stable', 'have-local-offer')).toEqual(['setLocalDescription(offer)']);
		expect(calls('have-local-offer', 'stable')).toEqual([
			'setRemoteDescription(answer)',
			'setLocalDescription(rollback)'
		]);
		expect(calls('stable', 'have-remote-offer')).toEqual(['setRemoteDescription(offer)']);
		expect(calls('have-remote-offer', 'stable')).toEqual([
			'setLocalDescription(answer)',
			'setRemoteDescription(rollback)'
		]);
		expect(calls('have-remote-offer', 'have-local-pranswer')).toEqual([
			'setLocalDescription(pranswer)'
		]);
		expect(calls('have-local-pranswer', 'stable')).toEqual(['setLocalDescription(answer)']);
		expect(calls('have-remote-pranswer', 'stable')).toEqual(['setRemoteDescription(answer)']);
		// an answer never arrives in stable: there is no such transition
		expect(calls('stable', 'stable')).toEqual([]);
		expect(calls('stable', 'have-local-pranswer')).toEqual([]);
	});

	it('reaches closed from every state by close(), and nothing leaves closed', () => {
		for (const machine of BROWSER_MACHINES) {
			for (const state of machine.states.filter((s) => s !== 'closed')) {
				expect(transitionsBetween(machine, state, 'closed').map((t) => t.call)).toEqual([
					'close()'
				]);
			}
			expect(transitionsFrom(machine, 'closed')).toEqual([]);
		}
	});

	it('only names states of its own machine, every one reachable from the first', () => {
		for (const machine of BROWSER_MACHINES) {
			for (const t of machine.transitions) {
				if (t.from !== '*') expect(machine.states, machine.field).toContain(t.from);
				expect(machine.states, machine.field).toContain(t.to);
				expect(t.call ?? t.cause, `${t.from} → ${t.to}`).toBeTruthy();
				if (t.cause) expect(CATALOG.ko[t.cause]).toMatch(/[가-힣]/);
			}
			const seen = new Set([machine.states[0]!]);
			for (let grew = true; grew;) {
				grew = false;
				for (const state of [...seen]) {
					for (const t of transitionsFrom(machine, state)) {
						if (!seen.has(t.to)) {
							seen.add(t.to);
							grew = true;
						}
					}
				}
			}
			expect([...seen].sort(), machine.field).toEqual([...machine.states].sort());
		}
	});

	it('finds the last change of a peer in the log, and the call that took it', () => {
		const at = (id: number, view: Partial<PeerView>, entry: Partial<LogEntry>): LogEntry =>
			({
				id,
				t: id,
				peer: 'A',
				peers: { A: freshView(view), B: null },
				kind: 'event',
				name: 'x',
				...entry
			}) as LogEntry;
		const offer = { type: 'offer', sdp: 'v=0\r\n' };
		const answer = { type: 'answer', sdp: 'v=0\r\n' };
		const log: LogEntry[] = [
			at(1, {}, { kind: 'machine', name: 'created' } as Partial<LogEntry>),
			at(2, {}, {
				kind: 'call',
				name: 'setLocalDescription',
				status: 'start',
				payload: offer,
				step: 'setLocalOffer'
			} as Partial<LogEntry>),
			at(3, { signalingState: 'have-local-offer' }, {
				kind: 'call',
				name: 'setLocalDescription',
				status: 'success',
				step: 'setLocalOffer'
			} as Partial<LogEntry>)
		];
		expect(lastTransition(log, 'A', SIGNALING_MACHINE)).toMatchObject({
			from: 'stable',
			to: 'have-local-offer',
			entryId: 3,
			transition: { call: 'setLocalDescription(offer)' }
		});
		log.push(
			at(4, { signalingState: 'have-local-offer' }, {
				kind: 'call',
				name: 'setRemoteDescription',
				status: 'start',
				payload: answer,
				step: 'setRemoteAnswer'
			} as Partial<LogEntry>),
			at(5, {}, { kind: 'event', name: 'signalingstatechange' })
		);
		expect(lastTransition(log, 'A', SIGNALING_MACHINE)).toMatchObject({
			from: 'have-local-offer',
			to: 'stable',
			transition: { call: 'setRemoteDescription(answer)' }
		});
		expect(lastTransition(log, 'A', CONNECTION_MACHINE)).toBeNull();
		expect(lastTransition(log, 'B', SIGNALING_MACHINE)).toBeNull();
	});
});
