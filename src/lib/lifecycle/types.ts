/**
 * The browser wrappers' plain views the lifecycle machine works with, and its run mode. The words
 * every layer shares (peer roles, descriptions, signal messages) come from $lib/vocabulary.
 */
export * from '$lib/webrtc/types';

export type Mode = 'step' | 'run';
