import { fromCallback, fromPromise } from 'xstate';
import type { SignalingChannel } from '$lib/signaling/channel';
import { constraintsFor, listDevices } from '$lib/webrtc/media';
import type { LoopbackSession } from '$lib/webrtc/loopbackSession';
import { redactConfiguration } from '$lib/webrtc/redact';
import type { DeviceInfo, PeerId } from '$lib/webrtc/types';
import { candidateLaneMachine } from './candidateLane';
import type { ApiOutput } from './stepResults';
import type {
	CandidateInput,
	PeerCommand,
	SignalSendEvent,
	StepInput,
	WalkthroughEvent
} from './events';

/** The data channel the walkthrough opens: reliable and ordered, like a chat needs (RFC 8831 §6.1). */
export const CHAT_CHANNEL = {
	label: 'chat',
	options: { ordered: true } satisfies RTCDataChannelInit
};

function needPeer(input: StepInput): PeerId {
	if (!input.peer) throw new TypeError(`step ${input.step} names no peer`);
	return input.peer;
}

function needDescription(input: StepInput) {
	if (!input.description) {
		throw Object.assign(new Error(`no description to pass to ${input.step}`), {
			name: 'InvalidStateError'
		});
	}
	return input.description;
}

/**
 * The real actors: each runs one browser call on the session's peers and resolves with plain
 * data. `openChannel` makes a fresh signaling channel for every run, so a message still in flight
 * from a run that was reset can never reach the next one.
 */
export function createBrowserActors(session: LoopbackSession, openChannel: () => SignalingChannel) {
	const api = (run: (input: StepInput) => Promise<ApiOutput> | ApiOutput) =>
		fromPromise<ApiOutput, StepInput>(async ({ input }) => run(input));
	const views = (...ids: PeerId[]) =>
		Object.fromEntries(
			ids.filter((id) => session.has(id)).map((id) => [id, session.peer(id).view()])
		) as ApiOutput['peers'];

	return {
		listDevices: fromPromise<DeviceInfo[]>(() => listDevices()),
		getUserMedia: api(async (input) => {
			const media = await session.acquireMedia(input.source);
			return {
				localStream: media.stream,
				localTracks: media.tracks,
				result: {
					constraints:
						input.source.kind === 'synthetic' ? 'synthetic' : constraintsFor(input.source),
					tracks: media.tracks
				}
			};
		}),
		createPeerConnections: api(() => {
			session.createPeers();
			return {
				peers: views('A', 'B'),
				result: { configuration: redactConfiguration(session.configuration) }
			};
		}),
		addTrack: api((input) => {
			const stream = session.localStream;
			if (!stream) throw Object.assign(new Error('no local media'), { name: 'InvalidStateError' });
			const tracks = session.peer(needPeer(input)).addTracks(stream);
			return { peers: views(needPeer(input)), result: tracks };
		}),
		createDataChannel: api((input) => {
			const channel = session
				.peer(needPeer(input))
				.createDataChannel(CHAT_CHANNEL.label, CHAT_CHANNEL.options);
			return { peers: views(needPeer(input)), result: channel };
		}),
		createOffer: api(async (input) => {
			const description = await session
				.peer(needPeer(input))
				.createOffer(input.iceRestart ? { iceRestart: true } : undefined);
			return { description, result: description, peers: views(needPeer(input)) };
		}),
		createAnswer: api(async (input) => {
			const description = await session.peer(needPeer(input)).createAnswer();
			return { description, result: description, peers: views(needPeer(input)) };
		}),
		setLocalDescription: api(async (input) => {
			await session.peer(needPeer(input)).setLocalDescription(needDescription(input));
			return { peers: views(needPeer(input)) };
		}),
		setRemoteDescription: api(async (input) => {
			await session.peer(needPeer(input)).setRemoteDescription(needDescription(input));
			return { peers: views(needPeer(input)) };
		}),
		candidateLane: candidateLaneMachine.provide({
			actors: {
				addIceCandidate: fromPromise<ApiOutput, CandidateInput>(async ({ input }) => {
					await session.peer(input.peer).addIceCandidate(input.candidate);
					return { peers: views(input.peer) };
				})
			}
		}),
		peerEvents: fromCallback<PeerCommand>(({ sendBack, receive }) => {
			const stop = session.subscribe((event) => sendBack(event satisfies WalkthroughEvent));
			receive((command) => session.peer(command.from).sendChat(command.text));
			return () => {
				stop();
				session.close();
			};
		}),
		signaling: fromCallback<SignalSendEvent>(({ sendBack, receive }) => {
			const channel = openChannel();
			const stop = channel.subscribe((envelope) =>
				sendBack({ type: 'signal.received', ...envelope } satisfies WalkthroughEvent)
			);
			receive(({ from, to, messageId, message }) => channel.send({ from, to, messageId, message }));
			return () => {
				stop();
				channel.close();
			};
		})
	};
}
