import { describe, expect, it } from 'vitest';
import { FAULT_IDS } from '$lib/faults/catalogue';
import { faultConfiguration, spoiledCredential } from '$lib/faults/configuration';
import { interceptedChannel, interceptorFor, type TransitEvent } from '$lib/faults/inTransit';
import { UNSUPPORTED_PREFIX } from '$lib/faults/munge';
import { createLoopbackChannel } from '$lib/signaling/loopbackChannel';
import { otherPeer, type SignalEnvelope } from '$lib/vocabulary';
import { fixture } from '../sdp/fixtures';

/** A captured Chromium description, as the peer that makes it signals it: A offers, B answers. */
function described(type: 'offer' | 'answer', messageId: number): SignalEnvelope {
	const from = type === 'offer' ? 'A' : 'B';
	const description = { type, sdp: fixture(`chromium-av-data-${type}.sdp`) };
	return { from, to: otherPeer(from), messageId, message: { type, description } };
}
const offer = described('offer', 1);
const answer = described('answer', 2);
const candidate: SignalEnvelope = {
	from: 'A',
	to: 'B',
	messageId: 3,
	message: {
		type: 'candidate',
		candidate: {
			candidate: 'candidate:1 1 udp 1 127.0.0.1 5000 typ host',
			sdpMid: '0',
			sdpMLineIndex: 0,
			usernameFragment: null
		}
	}
};

/** Sends the envelopes through a real in-page channel with the fault's interceptor. */
async function transit(fault: (typeof FAULT_IDS)[number], ...envelopes: SignalEnvelope[]) {
	const intercept = interceptorFor(fault);
	const events: TransitEvent[] = [];
	const inner = createLoopbackChannel();
	const channel = intercept ? interceptedChannel(inner, intercept, (e) => events.push(e)) : inner;
	const arrived: SignalEnvelope[] = [];
	channel.subscribe((e) => arrived.push(e));
	for (const envelope of envelopes) channel.send(envelope);
	await new Promise((resolve) => setTimeout(resolve, 5));
	channel.close();
	return { arrived, events };
}

describe('faults on the signaling path', () => {
	it('answer-lost loses the answer and nothing else, and says so', async () => {
		const { arrived, events } = await transit('answer-lost', offer, answer, candidate);
		expect(arrived.map((e) => e.message.type)).toEqual(['offer', 'candidate']);
		expect(events).toEqual([{ type: 'lost', envelope: answer }]);
	});

	it('no-candidates loses every candidate, in both directions', async () => {
		const fromB = { ...candidate, from: 'B' as const, to: 'A' as const, messageId: 4 };
		const { arrived, events } = await transit('no-candidates', offer, candidate, answer, fromB);
		expect(arrived.map((e) => e.message.type)).toEqual(['offer', 'answer']);
		expect(events.map((e) => e.type)).toEqual(['lost', 'lost']);
	});

	it('no-common-codec changes the offer in transit and keeps the original for the diff', async () => {
		const { arrived, events } = await transit('no-common-codec', offer, answer);
		const delivered = arrived[0]!.message;
		expect(delivered.type === 'offer' && delivered.description.sdp).toContain(
			`${UNSUPPORTED_PREFIX}VP8/90000`
		);
		expect(arrived[1]).toEqual(answer);
		expect(events).toHaveLength(1);
		const event = events[0]!;
		expect(event.type === 'changed' && event.original).toEqual(offer);
		expect(event.type === 'changed' && event.changedLines).toBeGreaterThan(0);
	});

	it('dtls-fingerprint changes only the answer', async () => {
		const { arrived } = await transit('dtls-fingerprint', offer, answer);
		expect(arrived[0]).toEqual(offer);
		expect(arrived[1]).not.toEqual(answer);
	});

	it('leaves the channel alone for every fault that is not on the signaling path', () => {
		const onPath = ['answer-lost', 'no-candidates', 'no-common-codec', 'dtls-fingerprint'];
		for (const id of FAULT_IDS) {
			expect(interceptorFor(id) !== null, id).toBe(onPath.includes(id));
		}
	});
});

describe('faults made by the ICE configuration', () => {
	const turn = {
		urls: ['stun:127.0.0.1:3478', 'turn:127.0.0.1:3478?transport=udp'],
		username: '1700000000:peerscope',
		credential: 'c2VjcmV0IGNyZWRlbnRpYWw='
	};

	it('relay-without-turn: relay only, no server', () => {
		expect(faultConfiguration('relay-without-turn', turn)).toEqual({
			ok: true,
			configuration: { iceServers: [], iceTransportPolicy: 'relay' }
		});
	});

	it("turn-bad-credential: this server's TURN URLs, its username, a credential that differs", () => {
		const result = faultConfiguration('turn-bad-credential', turn);
		expect(result?.ok).toBe(true);
		const server = result?.ok ? result.configuration.iceServers![0]! : null;
		expect(server?.urls).toEqual(['turn:127.0.0.1:3478?transport=udp']);
		expect(server?.username).toBe(turn.username);
		expect(server?.credential).not.toBe(turn.credential);
		expect(server?.credential).toHaveLength(turn.credential.length);
	});

	it('turn-bad-credential needs a TURN server, and says so instead of inventing one', () => {
		expect(faultConfiguration('turn-bad-credential', null)).toEqual({
			ok: false,
			reason: 'needsTurn'
		});
		expect(faultConfiguration('turn-bad-credential', { ...turn, urls: ['stun:x'] })).toEqual({
			ok: false,
			reason: 'needsTurn'
		});
	});

	it('spoils any credential, a palindrome too', () => {
		expect(spoiledCredential('abc')).toBe('cba');
		expect(spoiledCredential('abba')).not.toBe('abba');
	});

	it('keeps the page configuration for every other fault', () => {
		expect(faultConfiguration('glare', turn)).toBeNull();
	});
});
