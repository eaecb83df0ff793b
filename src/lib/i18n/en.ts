/**
 * The English catalog: every user-facing sentence of Peerscope. `ko.ts` must have the same keys
 * (TypeScript and a unit test both check). `{name}` marks a value filled in at run time.
 */
export const en = {
	'app.name': 'Peerscope',
	'app.tagline': 'A real WebRTC call, one step at a time, explained.',
	'nav.home': 'Home',
	'nav.walkthrough': 'Walkthrough',
	'nav.skip': 'Skip to content',
	'lang.label': 'Language',
	'inspector.title': 'SDP inspector',
	'inspector.intro':
		'Paste, drop or open any SDP: from this walkthrough, another browser, a SIP device, a media server or a log file. Every line is kept and explained; nothing leaves this page.',
	'inspector.input': 'SDP text',
	'inspector.inputB': 'Second SDP (the answer, or another version to compare)',
	'inspector.open': 'Open a file',
	'inspector.drop': 'or drop a file here',
	'inspector.clear': 'Clear',
	'inspector.example': 'Load an example',
	'inspector.fileTooLarge':
		'The file {name} is {size} bytes; the inspector reads at most {limit} bytes.',
	'inspector.fileUnreadable': 'The file {name} could not be read: {error}',
	'inspector.tabLines': 'Annotated lines',
	'inspector.tabStructure': 'Structure',
	'inspector.tabNegotiation': 'Negotiation',
	'inspector.tabDiff': 'Diff',
	'inspector.views': 'Views',
	'inspector.mask': 'Mask addresses, ICE credentials and fingerprints',
	'inspector.copySdp': 'Copy SDP',
	'inspector.copyJson': 'Copy parsed JSON',
	'inspector.copied': 'Copied.',
	'inspector.copyFailed': 'Copying failed: {error}',
	'inspector.lineCount': '{lines} lines, line endings {ending}',
	'inspector.problems': 'Problems',
	'inspector.noProblems': 'No problems found.',
	'inspector.line': 'Line {n}',
	'inspector.wholeInput': 'whole input',
	'inspector.selectLine': 'Select a line to see what it means.',
	'inspector.reference': 'Defined in',
	'inspector.fields': 'Fields',
	'inspector.field': 'Field',
	'inspector.value': 'Value',
	'inspector.meaning': 'Meaning',
	'inspector.session': 'Session',
	'inspector.media': 'Media sections',
	'inspector.codecs': 'Codecs',
	'inspector.extensions': 'Header extensions',
	'inspector.ssrcs': 'SSRCs',
	'inspector.candidates': 'Candidates',
	'inspector.rejected': 'rejected (port 0)',
	'inspector.col.codec': 'codec',
	'inspector.col.clock': 'clock rate',
	'inspector.col.channels': 'channels',
	'inspector.bundled': 'bundled',
	'inspector.notBundled': 'not bundled',
	'inspector.empty': 'Paste an SDP above to inspect it.',
	'inspector.needTwo': 'Paste a second SDP to negotiate or compare.',
	'inspector.openInspector': 'Inspect',
	'inspector.openLabel': 'Inspect the {which} of Peer {peer}',
	'inspector.close': 'Close',
	'inspector.offer': 'Offer',
	'inspector.answer': 'Answer',
	'inspector.before': 'Before',
	'inspector.after': 'After',
	'inspector.kept': 'kept',
	'inspector.direction': 'direction',
	'inspector.dtls': 'DTLS roles',
	'inspector.result': 'Result',
	'inspector.remoteSource': 'Remote description',
	'inspector.remoteReceived': 'As received over signaling',
	'inspector.remoteReported': 'As this browser reports it (pc.remoteDescription)',
	'inspector.remoteSame': 'Both copies have the same lines.',
	'inspector.remoteDiffers': "The browser's copy differs from what was signaled in {lines} lines.",
	'inspector.remoteWhy':
		"A browser does not keep the text it was given: pc.remoteDescription is its own re-serialization of the description it applied, plus the candidates that trickled in later. Chromium writes its own o= line for a Firefox offer; Firefox rewrites Chromium's AV1 a=fmtp line (level-idx=5;profile=0;tier=0 becomes profile=5;tier=0). The negotiation is judged on what was actually exchanged: the copy received over signaling.",
	'inspector.remoteShowDiff': 'Show what the browser changed',
	'nav.sdp': 'SDP inspector',

	'landing.title': 'See what WebRTC does, step by step',
	'landing.intro':
		'Peerscope runs a real WebRTC call between two peers in this page and stops after every API call to show what happened and why. Nothing is simulated: the offer, the answer, the ICE candidates and the video are the ones your browser makes.',
	'landing.start': 'Start the walkthrough',
	'landing.whatTitle': 'What is WebRTC?',
	'landing.what':
		'Web Real-Time Communications lets browsers exchange audio, video, text and files directly, with no extra software. It is built for peer-to-peer communication and has three main APIs:',
	'landing.api.mediaStream':
		'MediaStream: a container of audio and video tracks. getUserMedia() asks for the camera and microphone and resolves with one.',
	'landing.api.peerConnection':
		'RTCPeerConnection: the connection itself, with encryption, bandwidth management and audio/video transport.',
	'landing.api.dataChannel':
		'RTCDataChannel: any other data, text or binary (strings, ArrayBuffers, Blobs), over the same connection.',
	'landing.phasesTitle': 'The four phases of a call',
	'landing.noCamera':
		'No camera in the room? Choose the synthetic source: an animated picture and a tone, made in the page, that travel through a real call.',
	'landing.keyboard': 'Keyboard: → next step, R run all, Esc reset.',

	'phase.fetching.title': 'Fetching',
	'phase.fetching.summary':
		'Collect the audio and video this peer will send: getUserMedia asks for the camera and microphone.',
	'phase.signaling.title': 'Signaling',
	'phase.signaling.summary':
		'The peers exchange session descriptions (SDP, Session Description Protocol: an offer and an answer) through a channel of their choosing, so each learns what the other can send and receive. This exchange is called signaling.',
	'phase.connection.title': 'Connection',
	'phase.connection.summary':
		'ICE (Interactive Connectivity Establishment) tries pairs of network addresses (candidates) until one works, then DTLS sets up the encryption keys. The channel is now open.',
	'phase.communication.title': 'Communication',
	'phase.communication.summary':
		'Media and data flow over the open connection: the remote video plays and data channel messages arrive.',
	// not a phase of its own: the state of the flow a two-device call waits in after ICE failed
	'phase.iceFailed.title': 'ICE failed',

	'step.getUserMedia.title': 'Get the local media',
	'step.getUserMedia.what':
		'Asks the browser for a camera and microphone stream. The browser may ask the user for permission; the promise resolves with a MediaStream or rejects with a named error such as NotAllowedError.',
	'step.getUserMedia.done':
		'The local stream is ready. Its tracks will be added to Peer A, and the picture shows in Peer A’s pane.',
	'step.createPeerConnections.title': 'Create the two peer connections',
	'step.createPeerConnections.what':
		'Creates an RTCPeerConnection for each peer. A loopback call needs no STUN (Session Traversal Utilities for NAT) or TURN (Traversal Using Relays around NAT) server, so the configuration has no ICE servers.',
	'step.createPeerConnections.done':
		'Both connections exist, in signalingState "stable" with nothing negotiated yet.',
	'step.addTrack.title': 'Add the tracks to Peer A',
	'step.addTrack.what':
		'Attaches each local track to Peer A. addTrack reuses a transceiver of the same kind that has never been used to send, if there is one, and otherwise creates one (an RTP sender and receiver pair, webrtc-pc §5.1); the offer describes each transceiver as an m= section.',
	'step.addTrack.done':
		'Peer A has a transceiver per track. Nothing is sent yet: the peers have not agreed on anything.',
	'step.createDataChannel.title': 'Create a data channel',
	'step.createDataChannel.what':
		'Opens a data channel named "chat" on Peer A. The first data channel adds an application m= section (SCTP over DTLS) to the next offer; later channels share its SCTP association and need no new negotiation. The channel opens once the connection is up.',
	'step.createDataChannel.done': 'The channel exists in readyState "connecting".',
	'step.createOffer.title': 'Create the offer',
	'step.createOffer.what':
		'Peer A writes an offer: an SDP text listing its media sections, codecs, ICE credentials (ufrag and pwd) and DTLS fingerprint.',
	'step.createOffer.done':
		'The offer exists but nothing has changed yet: it takes effect only when set as the local description.',
	'step.setLocalOffer.title': 'Apply the offer locally',
	'step.setLocalOffer.what':
		'Peer A adopts its offer. Its signalingState becomes "have-local-offer", and ICE gathering starts: candidates begin to appear.',
	'step.setLocalOffer.done':
		'Peer A is gathering ICE candidates. Each one is sent to Peer B as soon as it is found (trickle ICE) and waits in the signaling lane.',
	'step.sendOffer.title': 'Send the offer',
	'step.sendOffer.what':
		'The offer travels through the signaling channel. WebRTC does not define that channel; here it runs inside the page, while two devices could use a WebSocket server or even copy and paste.',
	'step.sendOffer.done': 'The offer has arrived at Peer B and waits in the lane.',
	'step.setRemoteOffer.title': 'Peer B applies the offer',
	'step.setRemoteOffer.what':
		'Peer B learns what Peer A proposes. Its signalingState becomes "have-remote-offer", and it can now accept Peer A’s ICE candidates.',
	'step.setRemoteOffer.done':
		'Peer B knows Peer A’s media, codecs and ICE credentials. The track event fires: Peer B will receive audio and video.',
	'step.createAnswer.title': 'Create the answer',
	'step.createAnswer.what':
		'Peer B answers: for each m= section of the offer it picks the codecs both sides support and its own direction, ICE credentials and DTLS role.',
	'step.createAnswer.done':
		'The answer exists; it takes effect when set as Peer B’s local description.',
	'step.setLocalAnswer.title': 'Peer B applies its answer',
	'step.setLocalAnswer.what':
		'Peer B adopts the answer and returns to "stable". It starts gathering its own candidates and checking pairs with the candidates it already has.',
	'step.setLocalAnswer.done':
		"Peer B is gathering candidates, which go to Peer A through the lane. In Peer B's transceivers, currentDirection is now set: direction is what the application asked for, currentDirection what this offer/answer exchange settled, null until one has (webrtc-pc §5.4). Peer A's follow when it applies the answer.",
	'step.sendAnswer.title': 'Send the answer',
	'step.sendAnswer.what': 'The answer travels back to Peer A through the signaling channel.',
	'step.sendAnswer.done': 'The answer has arrived at Peer A.',
	'step.setRemoteAnswer.title': 'Peer A applies the answer',
	'step.setRemoteAnswer.what':
		'Peer A learns Peer B’s choices. Both peers are "stable": the offer/answer exchange is complete.',
	'step.setRemoteAnswer.done':
		'Negotiation is done. What remains is the network: ICE must find a working candidate pair.',
	'step.connect.title': 'Connect: ICE checks and DTLS',
	'step.connect.what':
		'Each peer pairs its candidates with the other’s and sends STUN connectivity checks. When a pair works, DTLS exchanges keys over it. In step mode, deliver the candidates waiting in the lane.',
	'step.connect.done': 'Both peers report connectionState "connected".',
	'step.communicate.title': 'Communicate',
	'step.communicate.what':
		'Media flows: Peer B plays Peer A’s video. The data channel is open: type a message on one side and it appears on the other.',
	'step.communicate.done': 'The call is established.',

	'walk.title': 'Walkthrough',
	'walk.controls': 'Walkthrough controls',
	'walk.next': 'Next step',
	'walk.runAll': 'Run all',
	'walk.stepMode': 'Step mode',
	'walk.reset': 'Reset',
	'walk.hangUp': 'Hang up',
	'walk.modeStep': 'Step mode: one call per click.',
	'walk.modeRun': 'Run mode: the remaining steps run by themselves.',
	'walk.nextCall': 'Next call',
	'walk.inFlight': 'Running now',
	'walk.waiting': 'Waiting for the browser',
	'walk.lastStep': 'What just happened',
	'walk.changed': 'What changed',
	'walk.nothingChanged': 'No state value changed.',
	'walk.shortcuts': 'Keyboard: → next step · R run all · Esc reset',
	'walk.phases': 'Phases',
	'walk.established': 'The call is established.',
	'walk.deliverHint':
		"ICE needs the candidates of at least one side: deliver those waiting in the signaling lane with “Deliver” or “Deliver all”. One direction is enough, since the other peer then learns its partner's address from the incoming checks, as a peer-reflexive candidate (RFC 8445 §7.3.1.3).",

	'peer.A': 'Peer A (caller)',
	'peer.B': 'Peer B (callee)',
	'peer.localVideo': 'Local video of Peer A',
	'peer.remoteVideo': 'Remote video received by Peer B',
	'peer.noVideo': 'No video yet',
	'peer.notCreated': 'Not created yet: new RTCPeerConnection() comes in the Signaling phase.',
	'peer.states': 'State values',
	'peer.localDescription': 'Local description',
	'peer.remoteDescription': 'Remote description',
	'peer.transceivers': 'Transceivers',
	'peer.none': 'none',
	'peer.dataChannel': 'Data channel',

	'source.title': 'Media source',
	'source.devices': 'Camera and microphone',
	'source.synthetic': 'Synthetic source (animated picture and tone)',
	'source.camera': 'Camera',
	'source.microphone': 'Microphone',
	'source.default': 'Default device',
	'source.refresh': 'Refresh device list',
	'source.unnamed': 'Device {n}',
	'source.labelsHidden': 'Device names appear once permission has been granted.',

	'lane.title': 'Signaling lane',
	'lane.explain':
		'Messages between the peers. In step mode ICE candidates wait here until you deliver them; a peer can only take candidates after its setRemoteDescription.',
	'lane.empty': 'Nothing in transit.',
	'lane.deliver': 'Deliver',
	'lane.deliverLabel': 'Deliver message {id} to Peer {peer}',
	'lane.deliverAll': 'Deliver all',
	'lane.waitRemote': 'waits: Peer {peer} has no remote description yet',
	'lane.endOfCandidates': 'end of candidates',
	'lane.inTransit': 'in transit',
	'lane.arrived': 'arrived',
	'lane.applying': 'being applied',
	'lane.sdpLines': 'SDP, {n} lines',

	'chat.title': 'Data channel chat',
	'chat.label': 'Message from Peer {peer}',
	'chat.send': 'Send',
	'chat.empty': 'No messages yet.',
	'chat.notOpen': 'The data channel opens in the Communication phase.',
	'chat.from': 'Peer {peer}',

	'timeline.title': 'Timeline',
	'timeline.explain': 'Every call, event and signaling message, with the time since the start.',
	'timeline.empty': 'Nothing recorded yet.',
	'timeline.payload': 'Payload',
	'timeline.statesAt': 'State values at this moment',
	'timeline.select': 'Select an entry to see its payload.',
	'timeline.noPayload': 'no payload',

	'timeline.peer': 'Peer {peer}',
	'log.call.start': '{name}() start',
	'log.call.success': '{name}() success',
	'log.call.error': '{name}() error: {error}',
	'log.call.errorBare': '{name}() error',
	'log.event': 'on{name}',
	'log.signal.sent': '{message} sent {from} → {to}',
	'log.signal.received': '{message} received {from} → {to}',
	'log.signal.applied': '{message} applied {from} → {to}',
	'log.message.offer': 'offer',
	'log.message.answer': 'answer',
	'log.message.candidate': 'candidate',
	'log.candidateEnd': 'end',
	'log.sdpNote': '(SDP, {length} characters, below)',
	'sequence.arrow': '{message} {detail}: {from} → {to}, {time}',

	'sequence.title': 'Sequence diagram',
	'sequence.explain':
		'Drawn from the timeline: each arrow is a message sent to or delivered from the signaling channel. Select an arrow to see its payload.',
	'sequence.signaling': 'Signaling',
	'sequence.empty': 'No signaling messages yet.',

	'states.title': "The browser's own state machines",
	'states.explain':
		'The values this RTCPeerConnection reports, drawn as the state machines W3C webrtc-pc defines: the current state is marked, with the transition the last change took and what can happen next.',
	'states.current': 'current',
	'states.last': 'Last transition: {from} → {to}, by {via}.',
	'states.lastNone': 'No transition yet: still in the first state.',
	'states.unlisted': 'a change this table does not list',
	'states.next': 'From here:',
	'states.nextNone': 'nothing: closed is final.',
	'states.cause.checking': 'remote candidates arrived and the connectivity checks began',
	'states.cause.pairWorks': 'a candidate pair answered its checks',
	'states.cause.allPairsFailed': 'every pair failed and no more candidates are coming',
	'states.cause.completed': 'the checks are done and gathering has ended',
	'states.cause.consentLost':
		'nothing arrived for a few seconds: the consent checks (RFC 7675) went unanswered',
	'states.cause.recovered': 'packets arrive again on the selected pair',
	'states.cause.gaveUp': 'consent ran out (30 seconds, RFC 7675) or no pair works any more',
	'states.cause.connecting': 'ICE is checking or DTLS is shaking hands',
	'states.cause.dtlsConnected': 'ICE found a pair and the DTLS handshake over it finished',
	'states.cause.connectingFailed': 'ICE or the DTLS handshake failed',
	'states.note.signalingState':
		'signalingState follows only the offer/answer exchange (webrtc-pc §4.3.1). Back in "stable" with both descriptions set says nothing about the network: whether media can flow shows in the two machines below.',
	'states.note.iceConnectionState':
		'iceConnectionState is ICE alone: whether a candidate pair answers its connectivity checks (webrtc-pc §4.3.3). One peer is "controlling", the other "controlled": with two full ICE agents the one that started, the offerer (Peer A here), controls (RFC 8445 §6.1.1). Its checks carry ICE-CONTROLLING, and it chooses the pair by nominating it with a check that carries USE-CANDIDATE (§8.1.1); the controlled peer uses the pair it is given. Once connected, each side keeps asking for consent with a STUN Binding request every 5 seconds or so (consent freshness, RFC 7675 §5.1): a few seconds without an answer show as "disconnected", and after 30 seconds consent expires and sending stops ("failed").',
	'states.note.connectionState':
		'connectionState puts DTLS on top of ICE (webrtc-pc §4.3.3): it is "connected" only once ICE has a working pair and the DTLS handshake over that pair has finished, so iceConnectionState gets there first. The DTLS roles come from a=setup: the offer says actpass and browsers answer active, so the answerer (Peer B here) is the DTLS client and starts the handshake (RFC 5763 §5). Each side accepts the other\'s certificate only if its hash equals the a=fingerprint that came through signaling (RFC 8122 §5), and both then derive the SRTP keys from the handshake (RFC 5764 §4.2): no media key ever appears in the SDP.',

	'misconception.title': 'Common misconception',
	'misconception.sdpIsMedia.claim': '“SDP is a streaming media format.”',
	'misconception.sdpIsMedia.truth':
		'SDP is text that describes a session: its media sections, codecs, ICE credentials and DTLS fingerprint. Open this offer: it carries no audio or video at all. The media travels later, as SRTP packets over the path ICE finds (RFC 8866 §1, RFC 3711).',
	'misconception.gatheringBeforeOffer.claim': '“ICE candidates are exchanged before createOffer.”',
	'misconception.gatheringBeforeOffer.truth':
		'Gathering starts when the offer is applied with setLocalDescription: Peer A had no candidates before this step, and the offer was created without any. Each candidate now goes to the other peer as soon as it is found (trickle ICE). Only iceCandidatePoolSize can gather earlier (webrtc-pc, setLocalDescription; RFC 9429 §3.5.4).',
	'misconception.onIceCandidateMethod.claim':
		'“onIceCandidate() is a method you call to get your candidates.”',
	'misconception.onIceCandidateMethod.truth':
		"icecandidate is an event the browser fires: the page sets pc.onicecandidate (or addEventListener('icecandidate', …)) and sends each event.candidate to the other peer. A last event whose candidate is null says gathering has finished. The method is on the receiving side: addIceCandidate() (webrtc-pc, RTCPeerConnectionIceEvent).",
	'misconception.connectedAfterRemoteDescription.claim':
		'“The connection succeeds once both sides have called setRemoteDescription.”',
	'misconception.connectedAfterRemoteDescription.truth':
		'Both peers are back in "stable" and the negotiation is over, yet nothing is connected: connectionState is still "new" or "connecting". ICE must still find a working candidate pair and DTLS must finish its handshake over it; only connectionState "connected" says the connection is up (webrtc-pc, RTCPeerConnectionState).',
	'misconception.stunReachability.claim': '“STUN tells you whether you are reachable.”',
	'misconception.stunReachability.truth':
		'A STUN Binding response tells a peer one thing: the address and port the server saw its request come from, its server-reflexive address (XOR-MAPPED-ADDRESS, RFC 8489 §14.2). It says nothing about whether the other peer can reach that address. Only the connectivity checks the two peers send each other, the ones this step runs, tell that (RFC 8445 §7).',
	'misconception.mediaStreamIsDeviceAccess.claim':
		'“MediaStream is the API that accesses the camera and microphone.”',
	'misconception.mediaStreamIsDeviceAccess.truth':
		'getUserMedia() is what asks for the devices, and the user for permission. The MediaStream it resolved with is only a container of tracks, one per device here, which Peer A’s pane now shows. A stream can also come from a canvas, as the synthetic source does, or from the other peer in ontrack (W3C mediacapture-streams, MediaStream and getUserMedia; webrtc-pc, RTCTrackEvent).',
	'misconception.dataChannelTextOnly.claim': '“RTCDataChannel carries JSON or text.”',
	'misconception.dataChannelTextOnly.truth':
		'send() takes a string, a Blob, an ArrayBuffer or an ArrayBufferView: strings arrive as text, everything else as binary (webrtc-pc, RTCDataChannel send()). JSON is only text the application chose to write. Files go this way too, in binary chunks, as on the call page. Each channel can also be unordered or give up on lost messages (ordered, maxRetransmits), over SCTP on DTLS (RFC 8831).',

	'diagram.title': 'Lifecycle state machine',
	'diagram.explain':
		'The machine that drives this page, drawn from its own definition: its states, the transitions between them with the events that take them, and the failure edges. Select a state to read what it does.',
	'diagram.failed': 'failed',
	'diagram.closed': 'closed',
	'diagram.current': 'current',
	'diagram.iceFailed': 'ICE failed',
	'diagram.running': 'running',
	'diagram.lane': 'Candidate lanes ∥',
	'diagram.laneExplain': 'Candidate lane: a child machine per peer, in parallel with the steps',
	'diagram.enteredBy': 'Any state goes back to the start of running on: {events}',
	'diagram.lastTransition': 'Last transition: {from} → {to}, on {events}',
	'diagram.passed': '({n} more taken since the last update, drawn in dark.)',
	'diagram.noTransition': 'No transition taken yet.',
	'diagram.transitions': 'Transitions out of this state',
	'diagram.inner': 'Inner states',
	'diagram.anyState': 'from any running state',
	'diagram.select': '{state}: show what this state does',
	'diagram.legend': 'Legend',
	'diagram.legend.flow': 'next step',
	'diagram.legend.failure': 'failure',
	'diagram.legend.renegotiation': 'negotiating again (ICE restart, new offer)',
	'diagram.legend.recovery': 'recovery',
	'diagram.state.iceFailed':
		'ICE failed in a call between two devices. The call counts as failed, but the peer connection stays open: the caller can restart ICE (a new offer with new ICE credentials), and a callee takes the new offer from here.',
	'diagram.state.failed':
		'A call was rejected, a message did not arrive in time, or the connection failed. The machine stays here, naming the call and the error, until you reset it (or, after a getUserMedia failure, choose the synthetic source).',
	'diagram.state.closed':
		'Hang up: every peer connection this page runs is closed with pc.close().',
	'diagram.state.lane.idle':
		'Holds the candidates on their way to one peer. It is closed until that peer has a remote description; then it delivers one, a chosen one or all on request, or each at once in run mode.',
	'diagram.state.lane.applying':
		'Calls addIceCandidate on the receiving peer with one candidate, then goes back to waiting.',
	'diagram.state.lane.failed':
		'addIceCandidate was rejected: the lane tells the walkthrough machine (call.failed), which moves to failed.',

	'failure.title': 'The call failed',
	'failure.call': 'Call',
	'failure.error': 'Error',
	'failure.cause': 'Likely cause',
	'failure.useSynthetic': 'Use the synthetic source instead',
	'closed.title': 'Call closed',
	'closed.text':
		'pc.close() ended both peer connections and the tracks were stopped. Reset to start again.',

	'cause.media.notAllowed':
		'Permission to use the camera or microphone was denied, by the user, a browser setting or a site policy (NotAllowedError). Allow it in the address bar, or use the synthetic source.',
	'cause.media.notFound':
		'No camera or microphone matches the request (NotFoundError): none is connected, or the chosen one was unplugged. Use the synthetic source.',
	'cause.media.notReadable':
		'The device exists but could not be started (NotReadableError): another application may be using it, or the operating system blocks it.',
	'cause.media.overconstrained':
		'No device can satisfy the constraints (OverconstrainedError), for example a deviceId that no longer exists.',
	'cause.media.typeError': 'The request asked for neither audio nor video (TypeError).',
	'cause.invalidState':
		'The call came in the wrong state (InvalidStateError): for example setRemoteDescription(answer) without a local offer, or a call on a closed connection.',
	'cause.invalidAccess':
		'The description does not fit the current negotiation (InvalidAccessError), for example an answer whose m= sections differ from the offer.',
	'cause.operation':
		'The browser could not apply the description (OperationError): the SDP may be malformed or ask for something this browser cannot do.',
	'cause.candidate.operation':
		'The candidate could not be added (OperationError): it may be malformed, or belong to a different session (its ufrag does not match).',
	'cause.typeError': 'An argument had the wrong type or was missing (TypeError).',
	'cause.connection.failed':
		'ICE found no working candidate pair, or DTLS failed after it: candidates were not delivered, a firewall blocks UDP, or a TURN server is needed.',
	'cause.connection.timeout':
		'The peers did not connect in time. Were all candidates delivered? On a restricted network a TURN server is needed.',
	'cause.signaling.timeout':
		'A message sent through the signaling channel did not arrive: the channel is broken or the other side is gone.',
	'cause.unknown': 'No known cause for this error; its name and message are shown above.'
} as const;

export type MessageKey = keyof typeof en;
