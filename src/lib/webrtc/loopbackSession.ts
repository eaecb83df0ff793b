/**
 * The old name of `PeerSession`, kept only for `$lib/lifecycle/browserActors` until the machine's
 * rewrite imports `PeerSession` from `./peerSession` (then this file goes).
 */
export type { PeerSession as LoopbackSession } from './peerSession';
