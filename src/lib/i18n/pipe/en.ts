/**
 * The English catalog of the path between the peers (the peer-vanishes fault): the app server's
 * UDP pipe, the candidates it carries or holds back, the cut, the browser's timings after it, the
 * ICE restart and what comes back. Keyed `pipe.*`; `ko.ts` beside it must have the same keys and
 * placeholders.
 */
export const pipeEn = {
	'pipe.title': 'The path between the peers',
	'pipe.intro':
		"Both peers run in this page. To take their path away while both stay, Peerscope sends their packets through a UDP pipe on this app's server: only candidates that can go through it are delivered, each rewritten to the pipe's address and port. Peerscope makes this rewrite on purpose, as a man in the middle would, so that the only path ICE can find runs through the pipe.",
	'pipe.opening': 'Waiting for the first candidate: the pipe opens on its address.',
	'pipe.open':
		'Open on {address}: Peer A talks to port {a} (as if it were B), Peer B to port {b} (as if it were A).',
	'pipe.isCut': 'Cut: the pipe forwards nothing any more, in either direction.',
	'pipe.unavailableTitle': 'No pipe between the peers: this fault cannot run here',
	'pipe.routed': 'through the pipe: Peer {peer}',
	'pipe.rewrittenTitle': 'Candidates rewritten to the pipe',
	'pipe.rewrittenIntro':
		'Each candidate keeps every field but its address and port (RFC 8839 §5.1), which become the face of the pipe that the other peer talks to. Each peer then sees every packet come from the candidate it was given, as ICE requires (RFC 8445 §7.2.5.2.1).',
	'pipe.from': 'From',
	'pipe.asGathered': 'as gathered',
	'pipe.asDelivered': 'as delivered',
	'pipe.heldTitle': 'Candidates held back ({count})',
	'pipe.reason': 'Why',
	'pipe.drop.tcp': 'TCP: the pipe carries UDP only',
	'pipe.drop.notHost': 'server reflexive or relayed: its path goes around the pipe',
	'pipe.drop.mdns': 'an mDNS name (.local): the browser hid the address',
	'pipe.drop.malformed': 'no IP address the pipe can use',
	'pipe.drop.otherAddress': "another address than the pipe's (another interface or IP version)",
	'pipe.drop.alreadyRouted': 'this peer already has a candidate through the pipe',
	'pipe.problem.not-an-address':
		'The browser gave an mDNS name (….local) instead of an address, so the server cannot tell which machine it is. Chromium shows real addresses once the page may use the camera or microphone: choose a camera as the source, allow it, and try again.',
	'pipe.problem.zoned-address':
		'The only usable address is a link-local IPv6 address with a zone; the pipe takes loopback and global addresses.',
	'pipe.problem.not-local':
		"The browser's address is not an address of the machine that runs Peerscope. The pipe only joins peers that run on that machine (open this page on the computer that runs npm start); the server refuses to forward to any other host.",
	'pipe.problem.not-local-client':
		'This browser does not run on the machine that runs Peerscope, so the server refuses to make a pipe for it. Open this page on the computer that runs npm start.',
	'pipe.problem.family-mismatch':
		"A peer's address is of another IP version than the pipe's address.",
	'pipe.problem.too-many-pipes':
		'This page already holds as many pipes as one page may; reset the walkthrough to close them.',
	'pipe.problem.server-busy':
		'The server already holds as many pipe connections as it takes (other pages with this fault). Close one and try again.',
	'pipe.problem.bind-failed':
		'The operating system refused the UDP sockets of the pipe (no free port, or the address went away).',
	'pipe.problem.unreachable':
		'No pipe endpoint answered on this server. It runs with npm start and npm run dev; a static copy of the app has none.',
	'pipe.problem.closed': 'The connection to the pipe endpoint closed before the pipe was ready.',
	'pipe.problem.expired':
		'The pipe lived out its lifetime on the server and was closed before the fault cut it: the call lost its path by itself. Reset to run the fault again.',
	'pipe.problem.no-usable-candidate':
		"None of Peer {peer}'s candidates can go through the pipe (listed below with the reason for each).",
	'pipe.problem.other':
		'The pipe endpoint refused the request; the browser sent something it does not take.',
	'pipe.recoveryTitle': 'Lost and found again',
	'pipe.moment': 'What happened',
	'pipe.at': 'At',
	'pipe.sinceCut': 'After the cut',
	'pipe.moment.cut': 'the pipe is cut (no peer is told)',
	'pipe.moment.disconnected': 'Peer A: connectionState "disconnected"',
	'pipe.moment.failed': 'Peer A: connectionState "failed"',
	'pipe.moment.restart': 'Peer A restarts ICE',
	'pipe.moment.reconnected':
		'Peer A: connectionState "connected" again ({seconds} s after the restart)',
	'pipe.seconds': '{seconds} s',
	'pipe.counts': 'Before the cut the pipe forwarded {a} packets from Peer A and {b} from Peer B.',
	'pipe.dropped':
		'Between the cut and "failed" it dropped {dropped}: media and consent checks (RFC 7675) sent into a path that is gone.',
	'pipe.chromium':
		'Chromium sets connectionState to "failed" while iceConnectionState and RTCIceTransport.state still say "disconnected"; webrtc-pc defines connectionState "failed" from an ICE state "failed" or a DTLS transport "failed". So listen to connectionstatechange, not only to iceconnectionstatechange.',
	'pipe.credentialsTitle': "Peer A's ICE credentials",
	'pipe.credentialsIntro':
		'An ICE restart changes both the username fragment and the password (RFC 8445 §9), and consent lost on a pair can only come back with new credentials (RFC 7675 §5.1).',
	'pipe.credentialsBefore': 'first offer',
	'pipe.credentialsAfter': 'ICE restart offer',
	'pipe.mediaTitle': "What Peer A received of Peer B's video (inbound-rtp)",
	'pipe.mediaAt': 'When',
	'pipe.media.cut': 'at the cut',
	'pipe.media.failed': 'when "failed"',
	'pipe.media.now': 'now',
	'pipe.recovered':
		'Recovered: the restart found the direct path and the media flows again (+{bytes} bytes, +{frames} frames since "failed").',
	'pipe.restart': 'Restart ICE',
	'pipe.restartExplain':
		'What the app\'s connectionstatechange handler should do on "failed": restart ICE. The walkthrough calls createOffer({ iceRestart: true }), which does what restartIce() followed by createOffer() does: a new offer with a new ufrag and password. Its candidates now travel as gathered, over the direct path that works.',
	'pipe.direct': 'After the cut, candidates travel as gathered: the direct path.'
};

export type PipeMessageKey = keyof typeof pipeEn;
