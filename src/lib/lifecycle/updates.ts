import { otherPeer, type PeerRole, type PeerView, type SignalMessage } from '$lib/vocabulary';
import { errorInfo, type NewLogEntry } from '$lib/log/eventLog';
import type { PeerEvent } from '$lib/webrtc/peerEvents';
import { elapsed, failureOf, logged, type WalkthroughContext } from './context';
import type { LaneReport, PeerStateChangedEvent, SignalReceivedEvent } from './events';
import * as entry from './logEntries';
import { applyStepOutput, stepInput, type ApiOutput, type LaneMessage } from './stepResults';
import type { ApiStepId } from './steps';

/**
 * What each action of the walkthrough machine changes in its context, as pure functions of the
 * context and the action's typed params (the machine wraps each in `assign`).
 */
type Update = Partial<WalkthroughContext>;
type Of<T extends PeerEvent['type']> = Extract<PeerEvent, { type: T }>;

export function record(context: WalkthroughContext, newEntry: NewLogEntry): Update {
	return { log: logged(context, newEntry) };
}

export function callStarted(context: WalkthroughContext, step: ApiStepId): Update {
	const input = stepInput(step, context);
	const payload = input.description ?? (step === 'getUserMedia' ? input.source : undefined);
	return record(context, entry.callStarted(step, input.peer, payload));
}

export function stepSucceeded(
	context: WalkthroughContext,
	step: ApiStepId,
	output: ApiOutput
): Update {
	const changes = applyStepOutput(context, step, output);
	const peers = { ...context.peers, ...output.peers };
	const at = { ...context, peers };
	let log = logged(at, entry.callSucceeded(step, stepInput(step, context).peer, output.result));
	if (changes.consumed)
		log = logged({ ...at, log }, entry.signalEntry(changes.consumed, 'applied'));
	return { ...changes.context, peers, log, lastStep: step };
}

export function failed(
	context: WalkthroughContext,
	call: string,
	peer: PeerRole | null,
	error: unknown
): Update {
	const info = errorInfo(error);
	return {
		failure: failureOf(context, call, info),
		log: logged(context, entry.callFailed(call, peer, info))
	};
}

/** A failure that is no call's rejection (a timeout, a connection gone): logged by the machine. */
export function failedWith(
	context: WalkthroughContext,
	call: string,
	error: { name: string; message: string }
): Update {
	return {
		failure: failureOf(context, call, error),
		log: logged(context, entry.machineEntry('failed', error))
	};
}

/** A signaling message leaves `from`: what this page keeps of it, and its log entry. */
export function signalSent(context: WalkthroughContext, from: PeerRole, message: SignalMessage) {
	const sent: LaneMessage = {
		id: context.nextMessageId,
		from,
		to: otherPeer(from),
		message,
		status: 'inTransit',
		sentAt: elapsed(context),
		receivedAt: null
	};
	// A message for a peer on another device leaves this page: it is logged, and only what this
	// page still has to apply is kept (descriptions here, candidates in the receiver's lane).
	const keep = context.local.includes(sent.to);
	return {
		sent,
		keep,
		update: {
			nextMessageId: sent.id + 1,
			descriptions:
				keep && message.type !== 'candidate'
					? [...context.descriptions, sent]
					: context.descriptions,
			log: logged(context, entry.signalEntry(sent, 'sent'))
		} satisfies Update
	};
}

/** A signaling message came out of the channel: now it waits for the receiver to apply it. */
export function signalReceived(context: WalkthroughContext, event: SignalReceivedEvent) {
	const known =
		event.message.type === 'candidate'
			? context.lanes[event.to].queue.find((m) => m.id === event.messageId)
			: context.descriptions.find((m) => m.id === event.messageId);
	// A message from a channel we did not send on (another device) joins as it is.
	const arrived: LaneMessage = {
		id: event.messageId,
		from: event.from,
		to: event.to,
		message: event.message,
		sentAt: known?.sentAt ?? elapsed(context),
		status: 'arrived',
		receivedAt: elapsed(context)
	};
	const log = logged(context, entry.signalEntry(arrived, 'received'));
	if (event.message.type === 'candidate') return { arrived, update: { log } satisfies Update };
	const descriptions = known
		? context.descriptions.map((m) => (m.id === arrived.id ? arrived : m))
		: [...context.descriptions, arrived];
	return { arrived, update: { log, descriptions } satisfies Update };
}

/** A browser event that changes a peer's view (state change, candidate, track): view and log. */
export function peerChanged(
	context: WalkthroughContext,
	peer: PeerRole,
	view: PeerView,
	newEntry: NewLogEntry
): Update {
	const peers = { ...context.peers, [peer]: view };
	return { peers, log: logged(context, newEntry, peers) };
}

export function stateChanged(context: WalkthroughContext, event: PeerStateChangedEvent): Update {
	return peerChanged(context, event.peer, event.view, entry.stateChanged(event));
}

export function remoteTrack(context: WalkthroughContext, event: Of<'media.remoteTrack'>): Update {
	return {
		...peerChanged(context, event.peer, event.view, entry.peerEventEntry(event)),
		remoteStreams: {
			...context.remoteStreams,
			[event.peer]: event.stream ?? context.remoteStreams[event.peer]
		},
		remoteTracks: {
			...context.remoteTracks,
			[event.peer]: [...context.remoteTracks[event.peer], event.track]
		}
	};
}

export function channelState(context: WalkthroughContext, event: Of<'data.channelState'>): Update {
	const dataChannels = { ...context.dataChannels, [event.peer]: event.channel };
	// createDataChannel's own result is already logged with the call; the rest are DOM events.
	if (event.cause === 'created') return { dataChannels };
	return { dataChannels, ...record(context, entry.peerEventEntry(event)) };
}

export function chatReceived(context: WalkthroughContext, event: Of<'data.message'>): Update {
	const message = { id: context.chat.length + 1, from: otherPeer(event.peer), text: event.text };
	return {
		chat: [...context.chat, { ...message, t: elapsed(context) }],
		...record(context, entry.peerEventEntry(event))
	};
}

export function chatSent(context: WalkthroughContext, from: PeerRole, text: string): Update {
	// In a loopback call the message shows when the other peer receives it; a peer on another
	// device shows it there, so here it shows as sent.
	const toRemote = !context.local.includes(otherPeer(from));
	const message = { id: context.chat.length + 1, from, text, t: elapsed(context) };
	return {
		chat: toRemote ? [...context.chat, message] : context.chat,
		...record(context, entry.chatSent(from, text))
	};
}

export function laneChanged(
	context: WalkthroughContext,
	report: Extract<LaneReport, { type: 'lane.changed' }>
): Update {
	const { queue, applying, open } = report;
	return { lanes: { ...context.lanes, [report.receiver]: { queue, applying, open } } };
}

export function candidateApplied(
	context: WalkthroughContext,
	message: LaneMessage,
	output: ApiOutput
): Update {
	const at = { ...context, peers: { ...context.peers, ...output.peers } };
	const log = logged(at, entry.candidateCall(message, 'success', output.result));
	return { peers: at.peers, log: logged({ ...at, log }, entry.signalEntry(message, 'applied')) };
}

export function closed(context: WalkthroughContext): Update {
	const close = (view: PeerView | null): PeerView | null =>
		view && {
			...view,
			signalingState: 'closed',
			iceConnectionState: 'closed',
			connectionState: 'closed'
		};
	const peers = { A: close(context.peers.A), B: close(context.peers.B) };
	return { peers, log: logged(context, entry.hangUpEntry(), peers) };
}
