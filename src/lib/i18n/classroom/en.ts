/**
 * The classroom's part of the English catalog (`/class/[code]`, "Share with the class" and the
 * presenter view on the walkthrough, the checkpoint question bank), keyed `class.*` and
 * `present.*`. `ko.ts` beside it must have the same keys and placeholders.
 */
export const classroomEn = {
	'class.nav': 'Class',
	'class.title': 'Class {code}',
	'class.joinTitle': 'Join a class',
	'class.joinIntro':
		'Your teacher runs a real WebRTC call and shares its record with the class. Type the code from the board, or scan its QR code.',
	'class.joinLabel': 'Class code',
	'class.joinButton': 'Join',
	'class.joinInvalid': 'That is not a class code: it has 6 letters and digits, like 7K2-M9Q.',
	'class.connecting': 'Connecting to the class…',
	'class.reconnecting': 'The connection to the class was lost; trying again…',
	'class.ended': 'The class has ended.',
	'class.error.no-class': 'There is no class {code}. Check the code with your teacher.',
	'class.error.class-full': 'This class is full.',
	'class.error.other': 'The class hub said: {message}',
	'class.teacherAway':
		'The teacher’s page is not connected right now; what you have received stays here.',
	'class.masked':
		'Masked: addresses, ICE credentials and fingerprints in what the teacher shares are replaced by documentation values.',
	'class.unmasked':
		'Not masked: the teacher shares this call as it is, with real addresses and credentials.',
	'class.waiting': 'The teacher has not started the call yet.',
	'class.modeLabel': 'Follow the teacher or explore on your own',
	'class.follow': 'Follow',
	'class.explore': 'Explore',
	'class.behind': 'The teacher moved on to: {step}',
	'class.jump': 'Jump to the teacher',
	'class.stepOf': 'Step {n} of {total}',
	'class.viewing': 'You are looking at entry {id} of {total}.',
	'class.states': 'State values',
	'class.peer': 'Peer {peer}',
	'class.noPeer': 'not created yet',
	'class.lane': 'Signaling lane',
	'class.laneIntro':
		'Messages sent by one peer and not yet applied by the other, as the log shows them.',
	'class.laneSent': 'sent',
	'class.laneReceived': 'arrived',
	'class.inspect': 'Inspect',
	'class.inspectLabel': 'Inspect the SDP of entry {id}',
	'class.candidateTitle': 'Candidate',

	'class.cp.title': 'Checkpoint',
	'class.cp.answerLabel': 'Your answer',
	'class.cp.answered': 'Your answer is in. Wait for the call to show the real one.',
	'class.cp.closed': 'Answers are closed.',
	'class.cp.actual': 'The call showed: {actual}',
	'class.cp.answer': 'Answer: {choice}',
	'class.cp.none': 'The call showed none of these answers.',
	'class.cp.yours': 'your answer',
	'class.cp.unknown': 'This question is not in this page’s bank; reload the page.',
	'class.cp.count': '{n} answers',

	'class.share.title': 'Share with the class',
	'class.share.intro':
		'Students follow this call on their phones: they get its event log (data, not a video of the screen), can open any SDP or candidate at their own pace, and answer checkpoints. Nothing they do moves this page.',
	'class.share.mask': 'Mask addresses, ICE credentials and fingerprints (recommended)',
	'class.share.maskWarn':
		'Unmasked, every phone in the class receives this computer’s network addresses and the call’s ICE credentials.',
	'class.share.start': 'Share with the class',
	'class.share.stop': 'Stop sharing',
	'class.share.code': 'Class code',
	'class.share.link': 'Link',
	'class.share.copy': 'Copy link',
	'class.share.copied': 'Copied',
	'class.share.qr': 'QR code of the class link',
	'class.share.students': 'Students: {n}',
	'class.share.connecting': 'Opening the class…',
	'class.share.lost': 'The connection to the class hub was lost; trying again…',
	'class.share.error': 'The class hub refused: {message}',

	'class.bank.title': 'Checkpoints',
	'class.bank.intro':
		'Ask a question before the step that shows its answer; after that step, reveal what the real call did.',
	'class.bank.ask': 'Ask',
	'class.bank.askLabel': 'Ask: {question}',
	'class.bank.skip': 'Skip',
	'class.bank.skipLabel': 'Skip: {question}',
	'class.bank.up': 'Move up',
	'class.bank.down': 'Move down',
	'class.bank.moveLabel': '{direction}: {question}',
	'class.bank.revealAfter': 'The answer shows after “{step}”.',
	'class.bank.skipped': 'Skipped',
	'class.bank.restore': 'Ask again later',
	'class.bank.asked': 'Asked',
	'class.bank.close': 'Close answers',
	'class.bank.reveal': 'Reveal the answer',
	'class.bank.notYet': 'The call has not reached “{step}” yet.',
	'class.bank.clear': 'Take the question down',
	'class.bank.chart': 'Answers per choice',
	'class.bank.total': '{n} answers',

	'present.toggle': 'Presenter view',
	'present.exit': 'Leave presenter view',
	'present.panels': 'Panel shown',
	'present.panel.peers': 'Peers',
	'present.panel.lane': 'Signaling lane',
	'present.panel.timeline': 'Timeline',
	'present.panel.sdp': 'SDP',
	'present.panel.stats': 'Stats',
	'present.sdpEmpty': 'No description yet.',
	'present.sdpOf': 'Latest description: {peer}, {type}',
	'present.shortcuts': 'Keyboard shortcuts',
	'present.key.next': 'Next step',
	'present.key.run': 'Run all',
	'present.key.reset': 'Reset',
	'present.key.panels': 'Show peers, lane, timeline, SDP or stats',
	'present.key.present': 'Presenter view on or off',
	'present.key.help': 'This sheet',
	'present.close': 'Close',
	'present.key.show': 'Show: {panel}',
	'present.panel.servers': 'ICE servers',
	'present.panel.run': 'The run',
	'present.panel.matrix': 'Matrix',

	'class.q.gum-resolves.text': 'What does getUserMedia() resolve with?',
	'class.q.gum-resolves.c0': 'A MediaStream with the requested tracks',
	'class.q.gum-resolves.c1': 'An RTCPeerConnection',
	'class.q.gum-resolves.c2': 'An SDP offer',
	'class.q.gum-resolves.c3': 'An ICE candidate',
	'class.q.gum-resolves.why':
		'getUserMedia() returns a promise of a MediaStream holding one MediaStreamTrack per granted kind (Media Capture and Streams, getUserMedia()). Nothing about the connection exists yet.',

	'class.q.gum-denied.text':
		'If the user blocks the camera and microphone, what does getUserMedia() reject with?',
	'class.q.gum-denied.c0': 'NotAllowedError',
	'class.q.gum-denied.c1': 'NotFoundError',
	'class.q.gum-denied.c2': 'OverconstrainedError',
	'class.q.gum-denied.c3': 'It resolves with an empty stream',
	'class.q.gum-denied.why':
		'Denied permission rejects with a DOMException named NotAllowedError; NotFoundError means no device of the requested kind exists (Media Capture and Streams, getUserMedia()).',

	'class.q.add-track.text': 'What does pc.addTrack(track, stream) add to the connection?',
	'class.q.add-track.c0': 'One MediaStreamTrack, sent by an RTCRtpSender',
	'class.q.add-track.c1': 'The whole MediaStream, all its tracks at once',
	'class.q.add-track.c2': 'An ICE candidate',
	'class.q.add-track.c3': 'A TURN server',
	'class.q.add-track.why':
		'addTrack adds a single track and returns the RTCRtpSender that will send it; the stream only tells the other side which stream the track belongs to (WebRTC 1.0, §5.1).',

	'class.q.pc-signaling-initial.text': 'What is the signalingState of a new RTCPeerConnection?',
	'class.q.pc-signaling-initial.c0': '"stable"',
	'class.q.pc-signaling-initial.c1': '"new"',
	'class.q.pc-signaling-initial.c2': '"have-local-offer"',
	'class.q.pc-signaling-initial.c3': '"closed"',
	'class.q.pc-signaling-initial.why':
		'A connection starts in "stable": no offer/answer exchange is in progress (WebRTC 1.0, §4.3.1). "new" is a value of connectionState and iceGatheringState, not of signalingState.',

	'class.q.pc-connection-initial.text': 'What is the connectionState of a new RTCPeerConnection?',
	'class.q.pc-connection-initial.c0': '"new"',
	'class.q.pc-connection-initial.c1': '"connecting"',
	'class.q.pc-connection-initial.c2': '"connected"',
	'class.q.pc-connection-initial.c3': '"stable"',
	'class.q.pc-connection-initial.why':
		'connectionState is "new" until ICE or DTLS starts working on a transport (WebRTC 1.0, §4.3.3).',

	'class.q.datachannel-offer.text':
		'Peer A created its first data channel before the offer. What does the offer need for it?',
	'class.q.datachannel-offer.c0': 'An m=application section for SCTP over DTLS',
	'class.q.datachannel-offer.c1': 'A second video m-section',
	'class.q.datachannel-offer.c2': 'A TURN server',
	'class.q.datachannel-offer.c3': 'Nothing: data channels are not in the SDP',
	'class.q.datachannel-offer.why':
		'Data channels run over one SCTP association, negotiated as an m=application section with the UDP/DTLS/SCTP protocol and a=sctp-port (RFC 8841, RFC 8831 §5).',

	'class.q.create-offer-state.text': 'Does createOffer() change Peer A’s signalingState?',
	'class.q.create-offer-state.c0': 'No, it stays "stable"',
	'class.q.create-offer-state.c1': 'Yes, to "have-local-offer"',
	'class.q.create-offer-state.c2': 'Yes, to "closed"',
	'class.q.create-offer-state.c3': 'Yes, to "connected"',
	'class.q.create-offer-state.why':
		'createOffer only generates a description; the state changes when the description is applied with setLocalDescription (RFC 8829, createOffer and setLocalDescription).',

	'class.q.offer-state.text': 'After setLocalDescription(offer), what is Peer A’s signalingState?',
	'class.q.offer-state.c0': '"stable"',
	'class.q.offer-state.c1': '"have-local-offer"',
	'class.q.offer-state.c2': '"have-remote-offer"',
	'class.q.offer-state.c3': '"have-local-pranswer"',
	'class.q.offer-state.why':
		'Applying a local offer moves a connection from "stable" to "have-local-offer": it now waits for the answer (WebRTC 1.0, §4.3.1).',

	'class.q.gathering-starts.text':
		'With iceCandidatePoolSize 0, when does Peer A start gathering ICE candidates?',
	'class.q.gathering-starts.c0': 'At new RTCPeerConnection()',
	'class.q.gathering-starts.c1': 'At setLocalDescription(offer)',
	'class.q.gathering-starts.c2': 'At createOffer()',
	'class.q.gathering-starts.c3': 'When the answer arrives',
	'class.q.gathering-starts.why':
		'Gathering begins when a local description is applied (RFC 8829 §3.5.1); only a candidate pool makes a browser gather earlier.',

	'class.q.signaling-channel.text': 'What carries the offer from Peer A to Peer B?',
	'class.q.signaling-channel.c0': 'The STUN server',
	'class.q.signaling-channel.c1': 'The browser, by itself',
	'class.q.signaling-channel.c2':
		'Whatever channel the application chooses: WebRTC does not define it',
	'class.q.signaling-channel.c3': 'The TURN server',
	'class.q.signaling-channel.why':
		'JSEP leaves signaling to the application: a WebSocket server, copy and paste, a QR code (RFC 8829 §1.1). Here both peers are in one page, so the lane is an array.',

	'class.q.trickle.text': 'With trickle ICE, when do candidates reach the other peer?',
	'class.q.trickle.c0': 'All inside the offer, never later',
	'class.q.trickle.c1': 'One by one as they are gathered, after the offer',
	'class.q.trickle.c2': 'Only through the TURN server',
	'class.q.trickle.c3': 'Only once the peers are connected',
	'class.q.trickle.why':
		'Trickle ICE sends each candidate as soon as it is gathered, so checks can start before gathering ends (RFC 8838 §1).',

	'class.q.remote-offer-state.text':
		'After setRemoteDescription(offer), what is Peer B’s signalingState?',
	'class.q.remote-offer-state.c0': '"have-remote-offer"',
	'class.q.remote-offer-state.c1': '"have-local-offer"',
	'class.q.remote-offer-state.c2': '"stable"',
	'class.q.remote-offer-state.c3': '"closed"',
	'class.q.remote-offer-state.why':
		'A remote offer moves the callee to "have-remote-offer" until it applies its answer (WebRTC 1.0, §4.3.1).',

	'class.q.candidate-before-remote.text':
		'Can Peer B apply a candidate with addIceCandidate() before it has a remote description?',
	'class.q.candidate-before-remote.c0': 'No: the promise rejects with InvalidStateError',
	'class.q.candidate-before-remote.c1': 'Yes, at any time',
	'class.q.candidate-before-remote.c2': 'Only relay candidates',
	'class.q.candidate-before-remote.c3': 'Only after the connection is up',
	'class.q.candidate-before-remote.why':
		'addIceCandidate rejects with InvalidStateError while remoteDescription is null (WebRTC 1.0, addIceCandidate()): the candidate belongs to an m-section the peer does not know yet. That is why the lane holds them.',

	'class.q.answer-state.text': 'After Peer A applies the answer, what is its signalingState?',
	'class.q.answer-state.c0': '"stable"',
	'class.q.answer-state.c1': '"have-remote-pranswer"',
	'class.q.answer-state.c2': '"have-local-offer"',
	'class.q.answer-state.c3': '"closed"',
	'class.q.answer-state.why':
		'A final answer ends the exchange: both sides are back in "stable" (WebRTC 1.0, §4.3.1).',

	'class.q.candidate-types.text': 'Which of these is not an ICE candidate type?',
	'class.q.candidate-types.c0': 'host',
	'class.q.candidate-types.c1': 'srflx (server reflexive)',
	'class.q.candidate-types.c2': 'relay',
	'class.q.candidate-types.c3': 'dtls',
	'class.q.candidate-types.why':
		'ICE has four candidate types: host, server reflexive, peer reflexive and relayed (RFC 8445 §5.1.1). DTLS is the security handshake that runs after ICE.',

	'class.q.loopback-candidates.text':
		'In this call, which candidate types does Peer A gather with the configuration it has?',
	'class.q.loopback-candidates.c0': 'host only',
	'class.q.loopback-candidates.c1': 'host and srflx',
	'class.q.loopback-candidates.c2': 'host and relay',
	'class.q.loopback-candidates.c3': 'host, srflx and relay',
	'class.q.loopback-candidates.why':
		'Without ICE servers a browser can only gather host candidates; srflx needs a STUN server, relay a TURN server (RFC 8445 §5.1.1). The lane and the timeline show the ones it sent.',

	'class.q.stun-does.text': 'What does a STUN server tell a browser?',
	'class.q.stun-does.c0': 'Nothing: it relays the media',
	'class.q.stun-does.c1': 'The public address and port its packets came from',
	'class.q.stun-does.c2': 'The other peer’s offer',
	'class.q.stun-does.c3': 'The key that encrypts the media',
	'class.q.stun-does.why':
		'A STUN Binding response carries XOR-MAPPED-ADDRESS, the address and port the server saw: the outside of the NAT (RFC 8489 §14.2). That becomes a server reflexive candidate.',

	'class.q.stun-home-router.text':
		'Behind a home router, with a STUN server configured, which candidate type do you expect besides host?',
	'class.q.stun-home-router.c0': 'srflx (server reflexive)',
	'class.q.stun-home-router.c1': 'relay',
	'class.q.stun-home-router.c2': 'prflx (peer reflexive)',
	'class.q.stun-home-router.c3': 'None',
	'class.q.stun-home-router.why':
		'STUN reveals the router’s public mapping, which is a server reflexive candidate (RFC 8445 §5.1.1.2). Relay needs TURN; peer reflexive ones appear only during checks.',

	'class.q.nat-why.text':
		'Why can two devices behind different NATs not just send to each other’s host candidates?',
	'class.q.nat-why.c0':
		'Host addresses are private: only the NAT’s public mapping is reachable, and it drops unsolicited packets',
	'class.q.nat-why.c1': 'Browsers are not allowed to send UDP',
	'class.q.nat-why.c2': 'Host candidates are encrypted',
	'class.q.nat-why.c3': 'The SDP leaves them out',
	'class.q.nat-why.why':
		'A NAT translates private addresses to its public one and lets in only packets that match a mapping made from inside (RFC 4787 §4–5), which is why ICE tries several candidates and checks pairs.',

	'class.q.symmetric-nat.text':
		'Both peers sit behind symmetric NATs (a new mapping for each destination). What usually connects them?',
	'class.q.symmetric-nat.c0': 'Their host candidates',
	'class.q.symmetric-nat.c1': 'A STUN server alone',
	'class.q.symmetric-nat.c2': 'A TURN relay',
	'class.q.symmetric-nat.c3': 'A larger MTU',
	'class.q.symmetric-nat.why':
		'A symmetric NAT maps each destination to a new port, so the address STUN saw is not the one the other peer would reach (RFC 4787 §4.1). A relay on a public address still works (RFC 8656 §1).',

	'class.q.turn-does.text': 'What does a TURN server do that STUN does not?',
	'class.q.turn-does.c0': 'Relays the media through itself',
	'class.q.turn-does.c1': 'Only finds the public address',
	'class.q.turn-does.c2': 'Carries the offer and answer',
	'class.q.turn-does.c3': 'Chooses the codec',
	'class.q.turn-does.why':
		'TURN allocates a relayed transport address on the server and forwards packets between the peer and the client (RFC 8656 §2).',

	'class.q.relay-cost.text': 'Why is a relayed path the last resort?',
	'class.q.relay-cost.c0': 'TURN does not encrypt the media',
	'class.q.relay-cost.c1':
		'Every packet crosses the server: the server pays the bandwidth and the path gets longer',
	'class.q.relay-cost.c2': 'TURN cannot carry video',
	'class.q.relay-cost.c3': 'Browsers never choose relay candidates',
	'class.q.relay-cost.why':
		'Relayed media costs the operator bandwidth and usually adds delay; the media stays encrypted end to end with DTLS-SRTP (RFC 8656 §1, RFC 8827 §6.5).',

	'class.q.relay-preference.text':
		'RFC 8445 recommends a type preference for each candidate type. Which gets the lowest?',
	'class.q.relay-preference.c0': 'host',
	'class.q.relay-preference.c1': 'srflx',
	'class.q.relay-preference.c2': 'prflx',
	'class.q.relay-preference.c3': 'relay',
	'class.q.relay-preference.why':
		'The recommended values are 126 for host, 110 for peer reflexive, 100 for server reflexive and 0 for relayed (RFC 8445 §5.1.2.2): a relay is used only when nothing better connects.',

	'class.q.dtls-fingerprint.text':
		'How does each peer check the DTLS certificate the other presents?',
	'class.q.dtls-fingerprint.c0': 'Against the a=fingerprint in the other peer’s SDP',
	'class.q.dtls-fingerprint.c1': 'With a certificate authority',
	'class.q.dtls-fingerprint.c2': 'With the TURN password',
	'class.q.dtls-fingerprint.c3': 'It does not check it',
	'class.q.dtls-fingerprint.why':
		'The certificates are self-signed; each side compares the certificate’s hash to the fingerprint it received in signaling (RFC 8122 §5, RFC 8827 §6.5).',

	'class.q.connected-state.text': 'When the call is up, what is connectionState?',
	'class.q.connected-state.c0': '"connected"',
	'class.q.connected-state.c1': '"stable"',
	'class.q.connected-state.c2': '"complete"',
	'class.q.connected-state.c3': '"open"',
	'class.q.connected-state.why':
		'connectionState is "connected" once every ICE transport is connected or completed and every DTLS transport is connected (WebRTC 1.0, §4.3.3). "stable" is a signalingState, "complete" an iceGatheringState.',

	'class.q.datachannel-transport.text': 'What carries RTCDataChannel messages?',
	'class.q.datachannel-transport.c0': 'SCTP, over DTLS, over the ICE path',
	'class.q.datachannel-transport.c1': 'RTP, like the media',
	'class.q.datachannel-transport.c2': 'The signaling server’s WebSocket',
	'class.q.datachannel-transport.c3': 'A TCP connection to the TURN server',
	'class.q.datachannel-transport.why':
		'Data channels are SCTP streams in an SCTP association carried by DTLS on the connection’s ICE transport (RFC 8831 §5, RFC 8261).'
};

export type ClassroomMessageKey = keyof typeof classroomEn;
