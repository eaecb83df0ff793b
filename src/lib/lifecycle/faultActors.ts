import { fromPromise } from 'xstate';
import { faultById, type FaultId, type Injection } from '$lib/faults/catalogue';
import { maxMessageSizeOf } from '$lib/faults/munge';
import { inboundVideoOf } from '$lib/faults/pathReport';
import type { PipedChannel } from '$lib/faults/pipedChannel';
import type { NewLogEntry } from '$lib/log/eventLog';
import { errorInfo } from '$lib/log/eventLog';
import type { PeerSession } from '$lib/webrtc/peerSession';
import {
	capVideoBitrate,
	getUserMediaRefused,
	getUserMediaWith,
	sendBeforeOpen,
	sendOversize,
	stopLocalTrack
} from '$lib/webrtc/faults';
import type { LocalMedia } from '$lib/webrtc/media';
import type { PeerRole, SessionDescription } from '$lib/vocabulary';
import type { ApiStepId } from './steps';
import type { ApiOutput } from './stepResults';
import { CHAT_CHANNEL } from './browserActors';
import type { GlareStrategy } from '$lib/faults/perfectNegotiation';
import { resolveGlare } from './glareResolved';

/** What the machine gives the fault's step actor: the step it replaces and the fault. */
export interface FaultStepInput {
	fault: FaultId;
	step: ApiStepId;
	peer: PeerRole | null;
	description: SessionDescription | null;
}

/** A fault step's output: the step's own output, plus the calls the fault made around it. */
export interface FaultStepOutput extends ApiOutput {
	/** the call the step stands for was left out on purpose (wrong-order) */
	skipped?: boolean;
	/** calls the fault made besides the step's own, in order, for the log */
	calls?: NewLogEntry[];
}

export interface ApplyFaultInput {
	fault: FaultId;
}

export interface ApplyFaultOutput extends ApiOutput {
	/** the API the fault called, for the log (`stop`, `setParameters`, `cut`, `send`) */
	call: string;
	/** the peer that made the call; null for the network (the pipe's cut) */
	peer: PeerRole | null;
}

/** Whether the fault replaces this API step (the machine runs `faultStep` instead of the step's actor). */
export function faultReplacesStep(fault: FaultId | null, step: ApiStepId): boolean {
	if (!fault) return false;
	const injection = faultById(fault).injection;
	if (injection.step !== step) return false;
	return (
		injection.action === 'denyPermission' ||
		injection.action === 'constraints' ||
		injection.action === 'skipCall' ||
		injection.action === 'sendBeforeOpen' ||
		injection.action === 'glare'
	);
}

/** Whether the fault is applied once the call is up (the machine offers `fault.apply` then). */
export function faultAppliesInCall(fault: FaultId | null): boolean {
	return fault !== null && faultById(fault).injection.step === 'communicate';
}

class FaultNotReproduced extends Error {
	override name = 'FaultNotReproducedError';
}

/** A fetching fault whose getUserMedia unexpectedly succeeded: release the devices, say so. */
function notReproduced(media: LocalMedia, fault: FaultId): never {
	media.stop();
	throw new FaultNotReproduced(
		`getUserMedia succeeded, so the fault ${fault} did not happen in this browser`
	);
}

function entry(
	peer: PeerRole,
	name: string,
	status: 'success' | 'error',
	payload?: unknown,
	error?: unknown
): NewLogEntry {
	return {
		kind: 'call',
		peer,
		name,
		step: 'glare',
		status,
		...(payload === undefined ? {} : { payload }),
		...(error === undefined ? {} : { error: errorInfo(error) })
	};
}

/** What the fault lab gives its actors besides the session. */
export interface FaultActorOptions {
	/** the strategy glare runs with this time (none: the failing run) */
	strategy?: () => GlareStrategy | null;
	/** records a log entry as it happens (perfect negotiation's calls and decisions) */
	record?: (entry: NewLogEntry) => void;
	/** peer-vanishes: the current run's piped signaling channel (the path between the peers), or null */
	path?: () => PipedChannel | null;
}

/**
 * The fault lab's actors for one session: `faultStep` runs an API step the way the fault breaks
 * it, `applyFault` breaks a call that is up. Each makes real browser calls and rejects with the
 * browser's own error, which the machine records like any other failure.
 */
export function createFaultActors(session: PeerSession, options: FaultActorOptions = {}) {
	const views = (...ids: PeerRole[]) =>
		Object.fromEntries(
			ids.filter((id) => session.has(id)).map((id) => [id, session.peer(id).view()])
		) as ApiOutput['peers'];

	async function runStep(input: FaultStepInput): Promise<FaultStepOutput> {
		const injection: Injection = faultById(input.fault).injection;
		switch (injection.action) {
			case 'denyPermission':
				return notReproduced(await getUserMediaRefused(), input.fault);
			case 'constraints':
				return notReproduced(await getUserMediaWith(injection.constraints), input.fault);
			case 'skipCall':
				// setLocalDescription(offer) is left out: Peer A stays in "stable"
				return { skipped: true, peers: views('A') };
			case 'sendBeforeOpen': {
				const result = sendBeforeOpen(session.peer('A'), CHAT_CHANNEL.label, CHAT_CHANNEL.options);
				throw new FaultNotReproduced(
					`send() on a channel in "${result.readyState}" did not throw, so the fault did not happen`
				);
			}
			case 'glare':
				return glare(input);
			default:
				throw new TypeError(`the fault ${input.fault} does not replace the step ${input.step}`);
		}
	}

	/**
	 * Glare without a strategy, before Peer B applies A's offer: B makes an offer of its own and
	 * sends it, and A, which has no rule for a collision, applies it (its own offer is rolled back
	 * implicitly) and answers it. Then B applies A's offer as the step says (its own offer is rolled
	 * back the same way), and answers it in the steps that follow: the answers cross, and A, back in
	 * "stable", refuses B's. With perfect negotiation (a strategy) the collision resolves instead.
	 */
	async function glare(input: FaultStepInput): Promise<FaultStepOutput> {
		if (!input.description) {
			throw Object.assign(new Error('no offer to apply'), { name: 'InvalidStateError' });
		}
		const strategy = options.strategy?.() ?? null;
		if (strategy) {
			const recorded: NewLogEntry[] = [];
			const record = options.record ?? ((e: NewLogEntry) => recorded.push(e));
			try {
				await resolveGlare(session, input.description, strategy, record);
			} catch (error) {
				throw Object.assign(error as Error, { calls: recorded });
			}
			return { calls: recorded, peers: views('A', 'B') };
		}
		const a = session.peer('A');
		const b = session.peer('B');
		const calls: NewLogEntry[] = [];
		const call = async <T>(
			peer: PeerRole,
			name: string,
			run: () => Promise<T>,
			payload?: unknown
		) => {
			try {
				const result = await run();
				calls.push(entry(peer, name, 'success', result ?? payload));
				return result;
			} catch (error) {
				calls.push(entry(peer, name, 'error', payload, error));
				throw Object.assign(error as Error, { calls });
			}
		};
		const offerB = await call('B', 'createOffer', () => b.createOffer());
		await call('B', 'setLocalDescription', () => b.setLocalDescription(offerB), offerB);
		await call('A', 'setRemoteDescription', () => a.setRemoteDescription(offerB), offerB);
		const answerA = await call('A', 'createAnswer', () => a.createAnswer());
		await call('A', 'setLocalDescription', () => a.setLocalDescription(answerA), answerA);
		const offerA = input.description;
		await call('B', 'setRemoteDescription', () => b.setRemoteDescription(offerA), offerA);
		return { calls, peers: views('A', 'B') };
	}

	async function apply(input: ApplyFaultInput): Promise<ApplyFaultOutput> {
		const injection = faultById(input.fault).injection;
		switch (injection.action) {
			case 'stopTrack': {
				const stream = session.localStream(injection.peer);
				if (!stream)
					throw Object.assign(new Error('no local media'), { name: 'InvalidStateError' });
				const result = await stopLocalTrack(stream, injection.kind);
				return { call: 'stop', peer: injection.peer, result, peers: views('A', 'B') };
			}
			case 'capBitrate': {
				const result = await capVideoBitrate(session.peer('A'), injection.maxBitrate);
				return { call: 'setParameters', peer: 'A', result, peers: views('A') };
			}
			case 'cutPath': {
				const path = options.path?.() ?? null;
				if (!path) {
					throw Object.assign(new Error('this run has no pipe between the peers to cut'), {
						name: 'InvalidStateError'
					});
				}
				// what Peer A had received when its path went away, to compare with after the restart
				const inbound = inboundVideoOf(await session.peer('A').getStats());
				const { pipe, counts } = await path.cut();
				return {
					call: 'cut',
					peer: null,
					result: { pipe, counts, inbound },
					peers: views('A', 'B')
				};
			}
			case 'sendOversize': {
				const a = session.peer('A');
				const remote = a.view().remoteDescription?.sdp;
				const limit = remote ? maxMessageSizeOf(remote) : null;
				if (limit === null || limit === 0) {
					throw Object.assign(
						new Error(
							limit === 0
								? 'the remote description sets no message size limit (a=max-message-size:0)'
								: 'the remote description has no data channel section'
						),
						{ name: 'InvalidStateError' }
					);
				}
				const result = await sendOversize(a, limit);
				throw new FaultNotReproduced(
					`send() of ${result.size} bytes did not throw, so the fault did not happen`
				);
			}
			default:
				throw new TypeError(`the fault ${input.fault} is not applied during the call`);
		}
	}

	return {
		faultStep: fromPromise<FaultStepOutput, FaultStepInput>(({ input }) => runStep(input)),
		applyFault: fromPromise<ApplyFaultOutput, ApplyFaultInput>(({ input }) => apply(input))
	};
}
