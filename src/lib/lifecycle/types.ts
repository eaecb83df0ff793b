/** The types the lifecycle machine works with, gathered from the layers below it. */
export * from '$lib/webrtc/types';
export type { SignalEnvelope, SignalMessage } from '$lib/signaling/types';

export type Mode = 'step' | 'run';
