import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLoopbackChannel } from '$lib/signaling/loopbackChannel';
import type { SignalEnvelope } from '$lib/vocabulary';

const offer: SignalEnvelope = {
	from: 'A',
	to: 'B',
	messageId: 1,
	message: { type: 'offer', description: { type: 'offer', sdp: 'v=0\r\n' } }
};

describe('loopback signaling channel', () => {
	// The channel hands messages over on a later task: the test runs those tasks itself instead of
	// sleeping and hoping they ran.
	beforeEach(() => {
		vi.useFakeTimers();
	});
	afterEach(() => {
		vi.useRealTimers();
	});

	it('delivers a copy of each message later, in order, to every listener', () => {
		const channel = createLoopbackChannel();
		const received: SignalEnvelope[] = [];
		channel.subscribe((e) => received.push(e));
		channel.send(offer);
		channel.send({ ...offer, messageId: 2, message: { type: 'candidate', candidate: null } });
		expect(received).toEqual([]); // not synchronous: a message is in transit for a while
		vi.runAllTimers();
		expect(received.map((e) => e.messageId)).toEqual([1, 2]);
		expect(received[0]).toEqual(offer);
		expect(received[0]).not.toBe(offer);
	});

	it('stops delivering after unsubscribe or close', () => {
		const channel = createLoopbackChannel();
		const received: SignalEnvelope[] = [];
		const stop = channel.subscribe((e) => received.push(e));
		stop();
		channel.send(offer);
		const other: SignalEnvelope[] = [];
		channel.subscribe((e) => other.push(e));
		channel.send(offer);
		channel.close();
		channel.send(offer);
		vi.runAllTimers();
		expect(received).toEqual([]);
		expect(other).toEqual([]);
	});
});
