import { describe, expect, it } from 'vitest';
import { createFakeCall, flush } from './fakeCall';

/**
 * The machine's side of peer-vanishes, with fake browser actors: once the path between the peers
 * is cut, a connection failure keeps both peers open (iceFailed) so that an ICE restart can
 * recover the call; the restart's candidates wait in the lanes for the description carrying their
 * ufrag. A loopback call that fails by itself still fails for good.
 */

type Fake = ReturnType<typeof createFakeCall>;

async function upAndRunning(fake: Fake) {
	fake.actor.start();
	fake.actor.send({ type: 'mode.set', mode: 'run' });
	await flush();
	fake.connect('A');
	fake.connect('B');
	await flush();
	expect(JSON.stringify(fake.actor.getSnapshot().value)).toContain('communicate');
}

const state = (fake: Fake) => JSON.stringify(fake.actor.getSnapshot().value);

describe('peer-vanishes: the path is cut, the call recovers with an ICE restart', () => {
	it('cuts in the call, fails into iceFailed with both peers kept, and restarts ICE', async () => {
		const fake = createFakeCall({ fault: 'peer-vanishes' });
		await upAndRunning(fake);
		fake.actor.send({ type: 'fault.apply' });
		await flush();
		expect(fake.calls).toContain('applyFault');
		const cut = fake.actor
			.getSnapshot()
			.context.log.find((e) => e.kind === 'call' && e.name === 'cut');
		expect(cut).toMatchObject({ peer: null, step: 'fault', status: 'success' });

		fake.connect('A', 'disconnected');
		await flush();
		expect(state(fake)).toContain('communicate');
		fake.connect('A', 'failed');
		await flush();
		expect(state(fake)).toContain('iceFailed');
		expect(fake.actor.getSnapshot().hasTag('failed')).toBe(true);
		expect(fake.actor.getSnapshot().context.failure).toMatchObject({
			call: 'connection',
			error: { name: 'ConnectionFailed', message: 'Peer A: connectionState = failed' }
		});
		// B fails too: the same failure, seen again; the peers stay open for the restart
		fake.connect('B', 'failed');
		await flush();
		expect(state(fake)).toContain('iceFailed');
		expect(fake.peerEventsStopped).toBe(0);
		expect(fake.actor.getSnapshot().can({ type: 'ice.restart' })).toBe(true);

		fake.actor.send({ type: 'ice.restart' });
		await flush();
		expect(fake.inputs.filter((i) => i.step === 'createOffer').map((i) => i.iceRestart)).toEqual([
			undefined,
			true
		]);
		expect(fake.actor.getSnapshot().context.failure).toBeNull();
		fake.connect('A');
		fake.connect('B');
		await flush();
		expect(state(fake)).toContain('communicate');
		expect(fake.peerEventsStopped).toBe(0);
	});

	it("holds the restart's candidates until the receiver has the new description", async () => {
		const fake = createFakeCall({ fault: 'peer-vanishes' });
		await upAndRunning(fake);
		fake.connect('A', 'failed');
		await flush();
		fake.actor.send({ type: 'ice.restart' });
		const lanes = () => fake.actor.getSnapshot().context.lanes;
		expect(lanes().A.open).toBe(false);
		expect(lanes().B.open).toBe(false);
		// A gathers for its new ufrag at once, before B has applied the restart's offer
		const before = fake.calls.length;
		fake.gather('A', 'candidate:1 1 udp 2122194687 127.0.0.1 50000 typ host');
		await flush();
		const after = fake.calls.slice(before);
		// run mode delivers it by itself, but only once B's setRemoteDescription(offer) is done
		expect(after.indexOf('addIceCandidate')).toBeGreaterThan(after.indexOf('setRemoteOffer'));
		expect(after.indexOf('setRemoteOffer')).toBeGreaterThanOrEqual(0);
		expect(lanes().B.open).toBe(true);
		expect(lanes().A.open).toBe(true);
	});

	it('a loopback call without the fault still fails for good and closes the peers', async () => {
		const fake = createFakeCall();
		await upAndRunning(fake);
		fake.connect('A', 'failed');
		await flush();
		expect(fake.actor.getSnapshot().value).toBe('failed');
		expect(fake.peerEventsStopped).toBe(1);
		expect(fake.actor.getSnapshot().can({ type: 'ice.restart' })).toBe(false);
	});
});
