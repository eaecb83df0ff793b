/**
 * The fault lab's part of the English catalog, keyed `fault.*`: for every fault of
 * src/lib/faults/catalogue.ts its title, what is broken (one sentence, shown before the run),
 * what the browser really does (as observed in Chromium), the likely cause and what a real app
 * should do. `ko.ts` beside it must have the same keys and placeholders.
 */
export const faultsEn = {
	'fault.label': 'Fault',
	'fault.none': 'No fault: a good call',
	'fault.choose': 'Break the call on purpose',
	'fault.intro':
		'Choose a fault before you step or run: the browser really fails, and the states, the timeline and the SDP show where.',
	'fault.link': 'Link to this fault',
	'fault.unknown':
		'The address asks for the fault "{name}", which Peerscope does not know, so the walkthrough runs without a fault. Known faults: {known}.',
	'fault.unknownSuggest': 'Did you mean {suggestion}?',
	'fault.several':
		'The address names {count} faults; the walkthrough breaks one thing at a time, so it runs without a fault.',
	'fault.empty':
		'The address has an empty fault ("?fault="); the walkthrough runs without a fault.',
	'fault.strategyUnknown':
		'The address asks for the strategy "{name}", which Peerscope does not know, so the fault runs without a strategy. Known strategies (for glare): {known}.',
	'fault.strategySeveral':
		'The address names {count} strategies; the fault runs with one at most, so it runs without a strategy.',
	'fault.strategyEmpty':
		'The address has an empty strategy ("?strategy="); the fault runs without a strategy.',
	'fault.strategyNotGlare':
		'The address asks for the strategy "{name}", which only the {fault} fault has, so it is not used.',
	'fault.broken': 'What is broken',
	'fault.outcome': 'What the browser does',
	'fault.cause': 'Likely cause',
	'fault.remedy': 'What a real app should do',
	'fault.references': 'Specifications',
	'fault.appliedAt': 'Applied at: {step}',
	'fault.active': 'Fault: {title}',
	'fault.failedTitle': 'The fault "{title}" made the call fail',
	'fault.degradedTitle': 'The fault "{title}" degraded the call',
	'fault.degradedText':
		'The call goes on, visibly broken: this is a degraded state, not a failure the browser reports as an error.',
	'fault.apply': 'Apply the fault now',
	'fault.applied': 'Fault applied',
	'fault.diffTitle': 'What the fault changed in the {which}',
	'fault.compare': 'Compare with a good call',
	'fault.compareTitle': 'The same steps without the fault',
	'fault.compareStep': 'Step',
	'fault.compareFaulted': 'With the fault',
	'fault.compareGood': 'Good call',
	'fault.compareRunning': 'Running the good call…',
	'fault.compareNotReached': 'not reached',
	'fault.compareLost': 'lost',
	'fault.compareDiffers': 'the calls part ways here',
	'fault.diagramTitle': 'The signaling states (WebRTC 1.0, RTCSignalingState)',
	'fault.diagramIntro':
		'Each state accepts only some descriptions; anything else is refused with InvalidStateError and the state stays as it is.',
	'fault.diagramFrom': 'From',
	'fault.diagramCall': 'Call',
	'fault.diagramTo': 'To',
	'fault.diagramCurrent': 'Peer {peer} is here',
	'fault.diagramRefused':
		'Refused: {call}({type}) in "{state}". No edge leaves "{state}" with it, so the browser rejects the call with InvalidStateError.',
	'fault.diagramImplicit':
		'setRemoteDescription(offer) in "have-local-offer" rolls the local offer back first (implicit rollback), then goes to "have-remote-offer".',
	'fault.inspect': 'Inspect both versions',
	'fault.original': 'as sent',
	'fault.delivered': 'as delivered',
	'fault.lost': 'lost by the signaling channel: {message}',
	'fault.changed': 'changed on the way: {message} ({lines} lines)',
	'fault.needsTurn':
		'This fault needs the TURN server of this app (coturn), and none is running: install coturn (the Debian package coturn) and start the app again.',
	'fault.outcomeObserved': 'Observed in this call',

	'fault.permission-denied.title': 'Permission denied',
	'fault.permission-denied.broken':
		'getUserMedia runs in a frame whose permissions policy refuses the camera and microphone, so the browser answers as if the user had clicked Block.',
	'fault.permission-denied.outcome':
		'getUserMedia rejects with NotAllowedError ("Permission denied"): there is no track, so there is nothing to send.',
	'fault.permission-denied.cause':
		"The user, a browser setting, an administrator's policy or the page's permissions policy refused the camera and microphone. The error does not say which of them it was.",
	'fault.permission-denied.remedy':
		'Tell the user how to allow the camera (the icon in the address bar) and offer to go on without it: audio only, a synthetic source, or receiving only. Do not ask again in a loop: a blocked prompt does not come back.',

	'fault.no-device.title': 'No such device',
	'fault.no-device.broken':
		'getUserMedia asks for a camera by an exact deviceId that no device has, like an id saved on another computer or a camera that was unplugged since.',
	'fault.no-device.outcome':
		'Chromium rejects with OverconstrainedError, constraint "deviceId", not NotFoundError: a required constraint that no device meets is an OverconstrainedError naming it; NotFoundError means there is no device of that kind at all.',
	'fault.no-device.cause':
		'The deviceId came from another machine or an earlier session, or the device was unplugged. Device ids are kept per origin and change when the user clears the site data.',
	'fault.no-device.remedy':
		'Ask for a remembered device with deviceId: { ideal } instead of { exact }; on this error call enumerateDevices() again and let the user choose; on NotFoundError (no camera at all) offer audio only.',

	'fault.overconstrained.title': 'Impossible constraints',
	'fault.overconstrained.broken':
		'getUserMedia requires a video width of exactly 100000 pixels, which no camera can deliver.',
	'fault.overconstrained.outcome':
		'getUserMedia rejects with OverconstrainedError, and its constraint property names the one that could not be met: "width".',
	'fault.overconstrained.cause':
		'A required value (exact, min or max) outside what every device can do. Only required values fail the call; ideal values are met as closely as the device allows.',
	'fault.overconstrained.remedy':
		"Ask with ideal values, read a track's getCapabilities() before requiring anything, and on OverconstrainedError try again without the constraint it names.",

	'fault.track-ended.title': 'The local track ends mid-call',
	'fault.track-ended.broken':
		'Once the call is up, Peer A stops its own video track with track.stop(), as an app does when the user turns the camera off.',
	'fault.track-ended.outcome':
		'The track\'s readyState becomes "ended" at once, yet no ended event fires: that event is for tracks that end for another reason than stop() (an unplugged camera, a revoked permission). No more video packets leave A, and Peer B\'s inbound video counters (packetsReceived, framesDecoded) stop: the picture freezes on its last frame while the connection stays "connected".',
	'fault.track-ended.cause':
		'The capture stopped: the app stopped the track, the user revoked the permission, the camera was unplugged or another program took it. Only the media stopped: the peer connection is fine.',
	'fault.track-ended.remedy':
		'Listen for ended on local tracks; get a new track and give it to sender.replaceTrack(), which needs no new offer; tell the other side when the camera is off on purpose, since its stats only show silence.',

	'fault.answer-lost.title': 'The answer never arrives',
	'fault.answer-lost.broken':
		"The signaling channel loses Peer B's answer: B sent it, and it never reaches A.",
	'fault.answer-lost.outcome':
		'Peer A stays in "have-local-offer": nothing in WebRTC waits for an answer with a timeout. The walkthrough\'s own signaling timeout ends the wait after 10 seconds with a TimeoutError.',
	'fault.answer-lost.cause':
		'The signaling server or the network lost the message, or the other side crashed after answering. WebRTC leaves signaling to the application (RFC 8829 §3), so only the application can notice.',
	'fault.answer-lost.remedy':
		'Put a timeout on every wait for an answer; when it expires, send the offer again or roll back with setLocalDescription({ type: "rollback" }) and tell the user that the other side does not answer. Acknowledge signaling messages.',

	'fault.wrong-order.title': 'Calls in the wrong order',
	'fault.wrong-order.broken':
		'Peer A sends its offer without calling setLocalDescription(offer) first, so A is still in "stable" when the answer comes back.',
	'fault.wrong-order.outcome':
		'setRemoteDescription(answer) rejects with InvalidStateError ("Called in wrong state: stable"): an answer is only valid in "have-local-offer" or "have-local-pranswer". Peer B answered anyway: the offer text was all it needed.',
	'fault.wrong-order.cause':
		'Only the side whose own offer is its local description can apply an answer. Skipping setLocalDescription, applying the same answer twice or applying one after a rollback all leave the caller in "stable".',
	'fault.wrong-order.remedy':
		'Keep the order createOffer → setLocalDescription → send; apply an answer only when signalingState is "have-local-offer", and drop a duplicate answer (a signaling retry) instead of applying it again.',

	'fault.glare.title': 'Glare: both peers offer at once',
	'fault.glare.broken':
		"Peer B makes an offer of its own just as Peer A's offer arrives: both peers have an offer out and wait for an answer.",
	'fault.glare.outcome':
		'Applying the other\'s offer in "have-local-offer" does not fail: the browser first rolls its own offer back (the implicit rollback of setRemoteDescription). So both peers answer each other\'s offer and the answers cross: Peer A, back in "stable", gets B\'s answer and setRemoteDescription rejects with InvalidStateError ("Called in wrong state: stable").',
	'fault.glare.cause':
		'Both sides started a negotiation at the same moment (both added a track, or both restarted ICE) with nothing to decide whose offer counts.',
	'fault.glare.remedy':
		'Use perfect negotiation (WebRTC 1.0 §10.7): one peer is polite, the other impolite. On a collision the impolite peer ignores the incoming offer; the polite peer lets setRemoteDescription roll its own offer back and answers. Once it is "stable" again, its negotiationneeded event fires if its own change still needs negotiating. Run it with the strategy "Perfect negotiation".',
	'fault.strategy.legend': 'How the peers handle the collision',
	'fault.strategy.none': 'No strategy: neither peer has a rule for who wins, and the answers cross',
	'fault.strategy.perfect-negotiation':
		'Perfect negotiation (WebRTC 1.0 §10.7): Peer B polite, Peer A impolite',
	'fault.strategy.link': 'Link to glare with this strategy',
	'fault.strategy.roles':
		"The example leaves it to the application which peer is polite. Here B, the callee, is polite, so that A's offer wins and the walkthrough's own answer steps follow it.",
	'fault.pn.tryIt': 'Run the same glare with perfect negotiation',
	'fault.pn.tryItHint':
		'The same two offers collide again; this time each peer follows the rule of perfect negotiation, and the call connects.',
	'fault.pn.failed':
		'This run used perfect negotiation, which should have resolved the collision; the error above is what the browser did instead.',
	'fault.pn.title': 'Glare resolved by perfect negotiation, step by step',
	'fault.pn.intro':
		'Each step is a real call or decision of this run, in order, with the variables of the WebRTC 1.0 example (§10.7) and the signaling states the browser reported. Choose a step, or go through them with Previous and Next.',
	'fault.pn.roles':
		'Peer {polite} is polite: on a collision it lets its own offer be rolled back. Peer {impolite} is impolite: it ignores an offer that collides with its own.',
	'fault.pn.rollbackKind':
		'The rollback here is the implicit one, as in the example ("SRD rolls back as needed"): setRemoteDescription(offer) in "have-local-offer" rolls the local offer back by itself. The explicit form, setLocalDescription({ type: "rollback" }) and then setRemoteDescription(offer), takes two calls, and another signaling message could be handled between them.',
	'fault.pn.stepOf': 'Step {n} of {total}',
	'fault.pn.steps': 'Steps',
	'fault.pn.previous': 'Previous',
	'fault.pn.next': 'Next',
	'fault.pn.peer': 'Peer',
	'fault.pn.after': 'signalingState after',
	'fault.pn.observed': 'signalingstatechange during the step',
	'fault.pn.none': 'none',
	'fault.pn.during': '{value} while the call runs',
	'fault.pn.entry': 'Timeline entry #{id}',
	'fault.pn.path': 'Path of Peer {peer} so far',
	'fault.pn.implicit': 'implicit rollback, inside setRemoteDescription(offer)',
	'fault.pn.error': 'The call failed: {error}',
	'fault.pn.resolved':
		'Both peers are "connected": the glare was resolved, and no call failed with InvalidStateError.',
	'fault.pn.waiting':
		'The walk grows as the run goes on: the answer and the connection come in the next steps of the walkthrough.',
	'fault.pn.step.offerA.title': 'A makes its offer',
	'fault.pn.step.offerA.what':
		'Peer A created its offer and set it with setLocalDescription (the walkthrough\'s own steps), then sent it: A is in "have-local-offer". In the example, the negotiationneeded handler does this, with makingOffer true while setLocalDescription runs.',
	'fault.pn.step.offerB.title': 'B makes its own offer at the same time',
	'fault.pn.step.offerB.what':
		'Peer B does what the example\'s negotiationneeded handler does: it sets makingOffer, calls setLocalDescription() without a description (the browser creates the offer and sets it in one call), then clears makingOffer. B is in "have-local-offer" too. B has not added its tracks yet, so its offer has no m= section and no candidate. This page hands it straight to A, not through the signaling channel.',
	'fault.pn.step.ignoreOffer.title': "A ignores B's offer",
	'fault.pn.step.ignoreOffer.what':
		'B\'s offer reaches A while A is in "have-local-offer": readyForOffer is false, so the offer collides (offerCollision). A is impolite, so ignoreOffer becomes true and the handler returns without a call: A stays in "have-local-offer" and waits for the answer to its own offer. The browser is never told about the ignored offer, which is why the example keeps ignoreOffer: it silences the addIceCandidate errors for the candidates of an ignored offer (B\'s had none).',
	'fault.pn.step.rollback.title': "B rolls its offer back and takes A's",
	'fault.pn.step.rollback.what':
		'A\'s offer reaches B while B is in "have-local-offer": a collision on this side too. B is polite, so ignoreOffer stays false and B calls setRemoteDescription(offer). An offer is not valid in "have-local-offer", so the browser first sets the local description { type: "rollback" } and then applies the offer: signalingstatechange fires twice, "stable" (the rollback), then "have-remote-offer".',
	'fault.pn.step.answer.title': 'B answers',
	'fault.pn.step.answer.what':
		'B answers A\'s offer with the walkthrough\'s own steps (createAnswer, then setLocalDescription(answer); the example calls setLocalDescription() without a description, which creates the answer itself) and sends it: B is "stable" again. Had B still a change that this answer does not carry, its negotiationneeded event would fire now that it is "stable", and B would offer that change in a new round.',
	'fault.pn.step.applyAnswer.title': 'A applies the answer',
	'fault.pn.step.applyAnswer.what':
		'The answer reaches A. An answer never collides, so ignoreOffer goes back to false. The example sets isSettingRemoteAnswerPending while setRemoteDescription(answer) runs: an offer arriving then is chained after the answer on the operations chain and finds A "stable", so it is not taken for a collision. A goes from "have-local-offer" to "stable".',
	'fault.pn.step.connected.title': 'Both peers connect',
	'fault.pn.step.connected.what':
		'ICE and DTLS finish: connectionState is "connected" on both peers. A\'s offer and B\'s answer went through; the colliding offer was ignored by the impolite peer and rolled back by the polite one, and no call failed with InvalidStateError.',

	'fault.no-common-codec.title': 'No common video codec',
	'fault.no-common-codec.broken':
		'The offer is changed on its way to Peer B: every video codec in it is renamed to one B does not support (X-PEERSCOPE-VP8, …), so the two peers share no video codec.',
	'fault.no-common-codec.outcome':
		"setRemoteDescription still succeeds. B's answer rejects the video m-section (m=video 0: port zero, RFC 3264 §6) and the video transceiver stops on both sides. Audio and the data channel connect; the video never plays.",
	'fault.no-common-codec.cause':
		'The two sides have no codec in common for this media: a device with only one hardware codec, a codec turned off by policy, a gateway that speaks one codec, or SDP edited on the way.',
	'fault.no-common-codec.remedy':
		'Check the answer for a rejected m-section and tell the user that video is not possible; keep the mandatory codecs (VP8 and H.264 Constrained Baseline, RFC 7742 §5) in every offer; choose codecs with setCodecPreferences() instead of editing SDP.',

	'fault.candidate-too-early.title': 'A candidate before the remote description',
	'fault.candidate-too-early.broken':
		"The lane hands Peer A's first ICE candidate to Peer B at once, before B has applied A's offer, instead of holding it.",
	'fault.candidate-too-early.outcome':
		'addIceCandidate rejects with InvalidStateError ("The remote description was null"): a candidate belongs to an m-section of the remote description, and B has none yet.',
	'fault.candidate-too-early.cause':
		'Trickle ICE sends candidates as soon as they are gathered (RFC 8838), so they can overtake the offer or arrive while setRemoteDescription is still running.',
	'fault.candidate-too-early.remedy':
		'Queue the candidates that arrive before setRemoteDescription has finished and add them after it, as the lane does when there is no fault.',

	'fault.no-candidates.title': 'No candidates delivered',
	'fault.no-candidates.broken':
		'The signaling channel loses every ICE candidate in both directions, and the offer and answer carry none (they are created before gathering starts).',
	'fault.no-candidates.outcome':
		'With no remote candidate there is no candidate pair to check: Chromium leaves iceConnectionState at "new", never "checking", and never fails on its own, even after end-of-candidates. The walkthrough\'s connection timeout (30 seconds in Run all) ends it with a TimeoutError.',
	'fault.no-candidates.cause':
		'Candidates lost by the signaling channel, sent before the other side was listening, or removed by a filter.',
	'fault.no-candidates.remedy':
		'Time out the connection attempt in the application and say why; count the candidates each side sent and received; when the signaling channel can lose messages, wait for gathering to finish and send one complete description instead of trickling.',

	'fault.relay-without-turn.title': 'Relay policy without a TURN server',
	'fault.relay-without-turn.broken':
		'The peers are created with iceTransportPolicy "relay" and no TURN server.',
	'fault.relay-without-turn.outcome':
		'"relay" allows only relay candidates, and only a TURN server gives those: gathering goes to "complete" at once without a single candidate, and ICE stays "new" until the walkthrough\'s connection timeout.',
	'fault.relay-without-turn.cause':
		'A privacy setting or a configuration that forces relaying while the TURN server is missing, misspelled or was removed from iceServers.',
	'fault.relay-without-turn.remedy':
		'Check the configuration before the call: the relay policy needs at least one turn: or turns: URL with credentials; warn when gathering completes without any candidate.',

	'fault.turn-bad-credential.title': 'TURN with a wrong credential',
	'fault.turn-bad-credential.broken':
		"The peers use this server's TURN, relay only, with a credential that is not the right one.",
	'fault.turn-bad-credential.outcome':
		'The TURN server answers the Allocate request with 401 (Unauthorized) and the browser fires icecandidateerror with errorCode 401; no relay candidate is gathered, so the call cannot connect.',
	'fault.turn-bad-credential.cause':
		"A wrong or expired credential: time-limited TURN credentials (a username with an expiry time and an HMAC of it made with the server's secret) stop working at that time.",
	'fault.turn-bad-credential.remedy':
		'Fetch fresh TURN credentials before each call, and again before an ICE restart on a long call; never keep them past their expiry; report a 401 as a configuration problem, not a network one.',

	'fault.turn-unreachable.title': 'An unreachable TURN server',
	'fault.turn-unreachable.broken':
		'The peers use relay only, with a TURN server at a loopback port where nothing answers (turn:127.0.0.1:49151).',
	'fault.turn-unreachable.outcome':
		'The browser sends its requests again and again until they time out (about 39.5 seconds: 7 transmissions from 500 ms, RFC 8489 §6.2.1), then fires icecandidateerror with errorCode 701; Chromium reports its STUN binding request to the same server too. With relay only, nothing else can connect.',
	'fault.turn-unreachable.cause':
		"A wrong host or port, a firewall that drops UDP, or a TURN server that is down. 701 is the browser's own code, not one from a server: no answer came at all.",
	'fault.turn-unreachable.remedy':
		'Offer TURN over more than one transport (UDP, TCP, TLS on port 443), test reachability before the call, and show 701 as "cannot reach the relay server" rather than as a credential problem.',

	'fault.dtls-fingerprint.title': 'A DTLS fingerprint that does not match',
	'fault.dtls-fingerprint.broken':
		"The answer is changed on its way to Peer A: the first byte of B's a=fingerprint is altered, so it no longer matches B's certificate.",
	'fault.dtls-fingerprint.outcome':
		'setRemoteDescription succeeds and ICE connects: iceConnectionState "connected". Then the DTLS handshake fails when A checks B\'s certificate against the fingerprint: dtlsState "failed", and connectionState "failed" on both peers. ICE says the path works; connectionState says the call does not.',
	'fault.dtls-fingerprint.cause':
		'The SDP was changed between the peers (a broken proxy, or someone in the middle), or the certificate changed without a new description. The fingerprint is what ties the DTLS certificate to the signaled SDP (RFC 8122 §5, RFC 8827 §6.5).',
	'fault.dtls-fingerprint.remedy':
		'Never edit a=fingerprint; carry SDP over an authenticated signaling channel (TLS); treat a DTLS failure as a security failure: do not retry silently, tell the user and log it.',

	'fault.peer-vanishes.title': 'The other peer vanishes (its path is cut)',
	'fault.peer-vanishes.broken':
		"The peers' packets go through a UDP pipe of this app's server; once the call is up the pipe is cut. Both peers stay, only the path between them is gone, as when a phone leaves the Wi-Fi.",
	'fault.peer-vanishes.outcome':
		'Nothing tells either peer: consent checks (RFC 7675) go unanswered. Chromium says "disconnected" 5 to 6 s after the cut and connectionState "failed" 15 to 16 s after it, while its iceConnectionState stays "disconnected". An ICE restart over a path that works makes both peers "connected" again and the media flows again.',
	'fault.peer-vanishes.cause':
		'The path went away: a network change (Wi-Fi to mobile), an expired NAT binding, a firewall or a VPN. A closed tab or a crashed browser on the other side looks the same from here: silence.',
	'fault.peer-vanishes.remedy':
		'Listen for connectionstatechange (and iceconnectionstatechange). On "disconnected" wait a few seconds: it may heal by itself. On "failed" restart ICE from one side (restartIce() and a new offer, or createOffer({ iceRestart: true })): new ICE credentials and new candidates find a path that works (RFC 8445 §9). If the other side does not answer the new offer over signaling, it is gone: end the call and tell the user.',

	'fault.message-too-big.title': 'A message over max-message-size',
	'fault.message-too-big.broken':
		"Once the data channel is open, Peer A sends one message one byte larger than the channel's limit (pc.sctp.maxMessageSize).",
	'fault.message-too-big.outcome':
		'send() throws TypeError ("Trying to send message larger than max-message-size") and sends nothing; the channel stays open. The limit is the a=max-message-size of B\'s description (262144 bytes in Chromium).',
	'fault.message-too-big.cause':
		"The application sends a whole file or a large object as one message. The other side's a=max-message-size says the largest message it can receive; without the attribute the limit is 64 KB (RFC 8841 §6).",
	'fault.message-too-big.remedy':
		'Read pc.sctp.maxMessageSize and split larger data into chunks, watching bufferedAmount and the bufferedamountlow event, as the file transfer of the two-device call does.',

	'fault.send-before-open.title': 'Sending before the channel is open',
	'fault.send-before-open.broken':
		'Peer A calls channel.send() right after createDataChannel, before there is any connection.',
	'fault.send-before-open.outcome':
		'send() throws InvalidStateError ("RTCDataChannel.readyState is not \'open\'"): a new channel stays "connecting" until the SCTP association is up and its open event fires.',
	'fault.send-before-open.cause':
		'Sending as soon as the channel is created, or after it has closed.',
	'fault.send-before-open.remedy':
		'Wait for the open event (or check readyState === "open") before sending, and queue messages until then.',

	'fault.bandwidth-cap.title': 'A bandwidth cap',
	'fault.bandwidth-cap.broken':
		"Once the call is up, Peer A's video sender is capped at 30 kb/s with setParameters (encodings[0].maxBitrate), far below what 640×360 video needs.",
	'fault.bandwidth-cap.outcome':
		'The encoder keeps to the cap at once: the frame rate drops first; a few seconds later qualityLimitationReason becomes "bandwidth" and the resolution drops too (640×360 to 480×270 in Chromium). The call stays connected: degraded, not failed.',
	'fault.bandwidth-cap.cause':
		"Here the application set the cap; in a real call the same limit comes from the congestion controller's estimate of the network (a slow uplink, a busy Wi-Fi).",
	'fault.bandwidth-cap.remedy':
		'Watch qualityLimitationReason and availableOutgoingBitrate; choose a degradationPreference that suits the content (keep the frame rate for motion, the resolution for text); lower the resolution or turn video off while the estimate stays low.'
} as const;

export type FaultsMessageKey = keyof typeof faultsEn;
