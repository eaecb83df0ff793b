import { describe, expect, it } from 'vitest';
import { createFakeCall, flush } from './fakeCall';

describe('log.record: calls made outside the steps', () => {
	it('appends the entry with the time and the peers state at that moment', async () => {
		const fake = createFakeCall();
		fake.actor.start();
		await flush();
		const before = fake.actor.getSnapshot().context.log.length;
		fake.actor.send({
			type: 'log.record',
			entry: {
				kind: 'call',
				peer: 'A',
				name: 'setParameters',
				step: 'stats',
				status: 'success',
				payload: { kind: 'video', maxBitrate: 100_000 }
			}
		});
		const log = fake.actor.getSnapshot().context.log;
		expect(log).toHaveLength(before + 1);
		expect(log.at(-1)).toMatchObject({
			kind: 'call',
			name: 'setParameters',
			peer: 'A',
			payload: { maxBitrate: 100_000 }
		});
		expect(log.at(-1)!.peers).toEqual(fake.actor.getSnapshot().context.peers);
	});
});
