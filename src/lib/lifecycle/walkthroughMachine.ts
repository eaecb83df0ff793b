import { PEER_ROLES } from '$lib/vocabulary';
import type { ConnectionEvent } from './guards';
import { apiStep, CONNECT_TIMEOUT_MS, renegotiation, signalStep } from './stepStates';
import type { DeviceInfo, MediaSourceChoice } from './types';
import { initialContext, type WalkthroughContext } from './context';
import * as entry from './logEntries';
import { laneId, walkthroughSetup } from './walkthroughSetup';
import { faultApplyCall } from './faultRules';

// The pages import these from here; they live beside the machine.
export type { Failure } from './context';
export type { WalkthroughEvent } from './events';

/**
 * The lifecycle of one call: Fetching → Signaling → Connection → Communication, plus failed and
 * closed. Each API step is a state whose entry runs one real browser call through a named actor;
 * in step mode a step waits for `step.next`, in run mode it goes on by itself. ICE candidates
 * travel through the signaling channel into a candidate lane per receiving peer (a child actor,
 * `candidateLane.ts`) that delivers them on request, or by itself in run mode.
 *
 * No browser object is touched here: the actors are provided by `browserActors.ts` in the page
 * and by fakes in the unit tests (`.provide({ actors })`). What the actions change is in
 * `updates.ts`, the log entries in `logEntries.ts`, the step states in `stepStates.ts`.
 */

const connectionFailure = ({ event }: { event: ConnectionEvent }) => ({
	call: 'connection',
	name: 'ConnectionFailed',
	message: `Peer ${event.peer}: ${event.field} = failed`
});

/** An action's params are the event itself. */
const ev = <E>({ event }: { event: E }) => event;

/** A peer connection failed: the state change is recorded, then the call fails with it. */
const connectionFailed = [
	{ type: 'peerStateChanged', params: ev },
	{ type: 'failWith', params: connectionFailure }
] as const;

export const walkthroughMachine = walkthroughSetup.createMachine({
	id: 'walkthrough',
	context: ({ input }) => initialContext(input),
	initial: 'running',
	on: {
		'walkthrough.reset': {
			target: '.running',
			reenter: true,
			actions: ['resetContext', { type: 'record', params: entry.machineEntry('reset') }]
		},
		/** the fault lab's picker: the walkthrough starts over with the fault chosen */
		'fault.select': {
			target: '.running',
			reenter: true,
			actions: { type: 'selectFault', params: ({ event }) => ({ fault: event.fault }) }
		}
	},
	states: {
		running: {
			invoke: [
				{ id: 'peerEvents', src: 'peerEvents' },
				{ id: 'signaling', src: 'signaling' },
				...PEER_ROLES.map((receiver) => ({
					id: laneId(receiver),
					src: 'candidateLane' as const,
					input: ({ context }: { context: WalkthroughContext }) => ({
						receiver,
						mode: context.mode
					})
				}))
			],
			on: {
				'mode.set': { actions: { type: 'setMode', params: ev } },
				'log.record': { actions: { type: 'record', params: ({ event }) => event.entry } },
				/** every failure a step or the lane reports, or a fault injected from outside */
				'call.failed': {
					target: '#walkthrough.failed',
					actions: { type: 'failStep', params: ev }
				},
				'peer.stateChanged': [
					{
						guard: { type: 'restartableFailure', params: ev },
						target: '#iceFailed',
						actions: connectionFailed
					},
					{
						guard: { type: 'failedAgain', params: ev },
						actions: { type: 'peerStateChanged', params: ev }
					},
					{
						guard: { type: 'connectionFailed', params: ev },
						target: '#walkthrough.failed',
						actions: connectionFailed
					},
					{ actions: { type: 'peerStateChanged', params: ev } }
				],
				'ice.candidateGathered': {
					// Trickle ICE: every candidate goes to the other peer through signaling as soon as it is gathered.
					actions: [
						{ type: 'candidateGathered', params: ev },
						{
							type: 'sendSignal',
							params: ({ event }) => ({
								from: event.peer,
								message: { type: 'candidate', candidate: event.candidate }
							})
						}
					]
				},
				'ice.candidateError': [
					{
						// the fault lab's TURN faults end where the browser reports the server's error
						guard: { type: 'expectedCandidateError', params: ev },
						target: '#walkthrough.failed',
						actions: [
							{ type: 'logPeerEvent', params: ev },
							{ type: 'failOnCandidateError', params: ev }
						]
					},
					{ actions: { type: 'logPeerEvent', params: ev } }
				],
				'fault.transit': { actions: { type: 'faultTransit', params: ev } },
				'media.remoteTrack': { actions: { type: 'remoteTrack', params: ev } },
				'media.trackState': { actions: { type: 'logPeerEvent', params: ev } },
				'data.channelState': {
					actions: { type: 'dataChannelState', params: ev }
				},
				'data.message': { actions: { type: 'chatReceived', params: ev } },
				'signal.received': { actions: { type: 'signalArrived', params: ev } },
				'lane.deliver': {
					guard: { type: 'deliverable', params: ev },
					actions: { type: 'deliver', params: ev }
				},
				'lane.deliverAll': { actions: 'deliverAll' },
				'lane.changed': { actions: { type: 'laneChanged', params: ev } },
				'lane.applying': { actions: { type: 'candidateApplying', params: ev } },
				'lane.applied': { actions: { type: 'candidateApplied', params: ev } }
			},
			// `flow` was one region of a parallel state beside the candidate lane; the lanes are
			// child actors now, and the state keeps its name so the state value reads the same.
			initial: 'flow',
			states: {
				flow: {
					initial: 'fetching',
					states: {
						fetching: {
							initial: 'getUserMedia',
							states: {
								getUserMedia: apiStep('getUserMedia', 'createPeerConnections', {
									invoke: {
										src: 'listDevices',
										onDone: {
											actions: {
												type: 'setDevices',
												params: ({ event }: { event: { output: DeviceInfo[] } }) => ({
													devices: event.output
												})
											}
										}
									},
									on: {
										'media.selectSource': {
											actions: {
												type: 'selectSource',
												params: ({ event }: { event: { source: MediaSourceChoice } }) => event
											}
										},
										'media.refreshDevices': { target: 'ready', reenter: true }
									}
								})
							}
						},
						signaling: {
							initial: 'createPeerConnections',
							states: {
								createPeerConnections: apiStep('createPeerConnections', 'addTrack'),
								addTrack: apiStep('addTrack', 'createDataChannel'),
								createDataChannel: apiStep('createDataChannel', 'createOffer'),
								createOffer: apiStep('createOffer', 'setLocalOffer'),
								setLocalOffer: apiStep('setLocalOffer', 'sendOffer'),
								sendOffer: signalStep('A', 'offer', 'setRemoteOffer'),
								setRemoteOffer: apiStep('setRemoteOffer', 'addTrackB'),
								// B's own tracks: once, since later offers reuse the transceivers they ride on
								addTrackB: apiStep('addTrackB', 'createAnswer', {}, { onlyOnce: true }),
								createAnswer: apiStep('createAnswer', 'setLocalAnswer'),
								setLocalAnswer: apiStep('setLocalAnswer', 'sendAnswer'),
								sendAnswer: signalStep('B', 'answer', 'setRemoteAnswer'),
								setRemoteAnswer: apiStep('setRemoteAnswer', 'connect')
							}
						},
						connection: {
							initial: 'connect',
							states: {
								connect: {
									id: 'connect',
									meta: { step: 'connect', phase: 'connection' },
									tags: ['waiting'],
									always: { guard: 'bothConnected', target: '#communicate' },
									on: renegotiation(),
									after: {
										connectTimeout: {
											guard: 'runMode',
											target: '#walkthrough.failed',
											actions: {
												type: 'failWith',
												params: {
													call: 'connectTimeout',
													name: 'TimeoutError',
													message: `not connected after ${CONNECT_TIMEOUT_MS / 1000} s`
												}
											}
										}
									}
								}
							}
						},
						communication: {
							initial: 'communicate',
							states: {
								communicate: {
									id: 'communicate',
									meta: { step: 'communicate', phase: 'communication' },
									initial: 'live',
									on: {
										...renegotiation(),
										'chat.send': { actions: { type: 'sendChat', params: ev } },
										'call.hangUp': { target: '#walkthrough.closed', actions: 'markClosed' }
									},
									states: {
										live: {
											tags: ['waiting'],
											always: {
												guard: 'faultDegradesArrival',
												target: 'degraded',
												actions: 'logDegraded'
											},
											on: { 'fault.apply': { guard: 'faultApplies', target: 'applyingFault' } }
										},
										/** the fault lab breaks the call that is up (stop a track, cap the bitrate, …) */
										applyingFault: {
											tags: ['calling'],
											invoke: {
												src: 'applyFault',
												input: ({ context }) => ({ fault: context.fault! }),
												onDone: [
													{
														guard: 'faultEndsDegraded',
														target: 'degraded',
														actions: [
															{
																type: 'faultApplied',
																params: ({ event }) => ({ output: event.output })
															},
															'logDegraded'
														]
													},
													{
														target: 'live',
														actions: {
															type: 'faultApplied',
															params: ({ event }) => ({ output: event.output })
														}
													}
												],
												onError: {
													target: '#walkthrough.failed',
													actions: {
														type: 'failStep',
														params: ({ context, event }) => ({
															call: faultApplyCall(context.fault),
															peer: 'A' as const,
															error: event.error
														})
													}
												}
											}
										},
										/**
										 * A named degraded state: the call goes on, visibly broken by the fault (no
										 * video, a capped bitrate, a stopped track), with no error from the browser.
										 */
										degraded: { id: 'degraded', tags: ['waiting', 'degraded'] }
									}
								}
							}
						},
						/**
						 * ICE failed in a two-device call: shown as a failure, while the connection stays
						 * open for the caller's ICE restart (or the caller's new offer on the callee).
						 */
						iceFailed: {
							id: 'iceFailed',
							meta: { phase: 'connection' },
							tags: ['failed'],
							exit: 'clearFailure',
							on: renegotiation()
						}
					}
				}
			}
		},
		failed: {
			tags: ['failed'],
			on: {
				'media.useSynthetic': {
					guard: 'canUseSynthetic',
					target: '#getUserMedia.calling',
					actions: 'useSynthetic'
				}
			}
		},
		closed: { tags: ['closed'] }
	}
});
