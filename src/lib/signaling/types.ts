/**
 * @deprecated The signal message types live in $lib/vocabulary, which every layer shares; this
 * re-export stays while src/lib/lifecycle and src/routes/call move their imports there.
 */
export type { SignalEnvelope, SignalMessage } from '$lib/vocabulary';
