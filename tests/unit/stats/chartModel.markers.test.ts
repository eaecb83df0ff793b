import { describe, expect, it } from 'vitest';
import { markersFromLog } from '$lib/stats/chartModel';
import { createFakeCall, flush } from '../lifecycle/fakeCall';

/** The events a chart marks reach the log from the machine, in the form the marker model reads. */
describe('walkthrough machine: events the charts mark', () => {
	async function connectedLoopback() {
		const fake = createFakeCall();
		fake.actor.start();
		fake.actor.send({ type: 'mode.set', mode: 'run' });
		await flush();
		fake.actor.send({ type: 'lane.deliverAll' });
		await flush();
		fake.connect('A');
		fake.connect('B');
		await flush();
		expect(JSON.stringify(fake.actor.getSnapshot().value)).toContain('communicate');
		return fake;
	}

	it('logs a remote track’s mute, unmute and ended as the receiving peer’s events', async () => {
		const fake = await connectedLoopback();
		const track = { id: 'rv', kind: 'video', label: 'remote video' };
		fake.clock.now = 4000;
		fake.browser({ type: 'media.trackState', peer: 'B', cause: 'mute', track, muted: true });
		fake.clock.now = 6000;
		fake.browser({ type: 'media.trackState', peer: 'B', cause: 'unmute', track, muted: false });
		fake.clock.now = 7000;
		fake.browser({ type: 'media.trackState', peer: 'B', cause: 'ended', track, muted: true });
		await flush();
		const log = fake.actor.getSnapshot().context.log;
		const events = log.filter((e) => e.kind === 'event' && e.name.endsWith('ute'));
		expect(events.map((e) => [e.peer, e.name, e.t, e.payload])).toEqual([
			['B', 'mute', 4000, { ...track, muted: true }],
			['B', 'unmute', 6000, { ...track, muted: false }]
		]);
		expect(
			markersFromLog(log)
				.filter((m) => m.x >= 4)
				.map((m) => m.label)
		).toEqual(['B mute video', 'B unmute video', 'B ended video']);
		// still in the call: a muted track is not a failure
		expect(JSON.stringify(fake.actor.getSnapshot().value)).toContain('communicate');
	});

	it('logs an ICE restart as Peer A’s, which the charts mark with its own sentence', async () => {
		const fake = await connectedLoopback();
		fake.clock.now = 9000;
		fake.actor.send({ type: 'ice.restart' });
		await flush();
		const log = fake.actor.getSnapshot().context.log;
		expect(log.filter((e) => e.name === 'ice.restart').map((e) => [e.kind, e.peer, e.t])).toEqual([
			['machine', 'A', 9000]
		]);
		const restart = markersFromLog(log).filter((m) => m.text?.key === 'stats.marker.iceRestart');
		expect(restart).toEqual([
			{
				x: 9,
				label: 'A ICE restart',
				entryId: log.find((e) => e.name === 'ice.restart')!.id,
				text: { key: 'stats.marker.iceRestart', params: { peer: 'A' } }
			}
		]);
	});
});
