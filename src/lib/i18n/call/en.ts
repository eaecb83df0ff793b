/**
 * The two-device call's part of the English catalog (`/call`, `/call/[room]`, `/call/paste`),
 * keyed `call.*`. `ko.ts` beside it must have the same keys and placeholders.
 */
export const callEn = {
	'call.nav': 'Two devices',
	'call.title': 'Call another device',
	'call.intro':
		'Until now both peers lived in one page. Here each device runs one peer: this one and a phone, a second laptop, a classmate. The offer, the answer and the candidates travel through a signaling server, and ICE has to find a real network path between two machines.',
	'call.create': 'Create a room',
	'call.createHint':
		'You will be the caller (Peer A). Open the link or scan the code on the other device.',
	'call.joinTitle': 'Join a room',
	'call.joinLabel': 'Room code',
	'call.joinButton': 'Join',
	'call.joinInvalid':
		'That is not a room code: it has 16 letters and digits, like 7K2M-9QXA-B3DF-0ZPN.',
	'call.pasteTitle': 'No server at all',
	'call.pasteIntro':
		'WebRTC does not say how the offer and answer get across: any channel the two sides agree on will do. Try it by copy and paste, or by scanning QR codes.',
	'call.pasteLink': 'Signal by copy and paste',
	'call.sameNetwork':
		'This server offers no TURN relay (coturn is not installed or is turned off), so this call uses no STUN or TURN server: both devices must reach each other directly, on the same network (the same Wi-Fi).',
	'call.network':
		'Both devices open this server, so it must listen on your network (npm start does, and prints the addresses). The call then goes directly between the devices, or through the TURN relay on this server when coturn is installed and they cannot reach each other.',
	'call.ice.asking': 'Asking this server for STUN and TURN…',
	'call.ice.relay':
		"ICE gets this server's STUN and TURN ({urls}): the devices connect directly when they can, and through the TURN relay on this server when they cannot (a Wi-Fi that keeps its clients apart, for example).",

	'call.room.title': 'Room {room}',
	'call.room.link': 'Join link',
	'call.room.copy': 'Copy link',
	'call.room.copied': 'Copied',
	'call.room.qr': 'QR code of the join link',
	'call.room.lanHint':
		'This page is open on localhost, which the other device cannot reach, so the link and the QR code use this computer’s network address.',
	'call.room.lanChoose': 'Address in the link',
	'call.room.you': 'This device is {peer}.',
	'call.room.caller': 'Peer A, the caller: it makes the offer.',
	'call.room.callee': 'Peer B, the callee: it answers.',
	'call.room.waiting': 'Waiting for the other device to join this room…',
	'call.room.present': 'The other device is in the room.',
	'call.room.remotePane': 'The other device',
	'call.room.remoteText':
		'Peer {peer} runs on the other device. Its steps happen there; this page sees only what arrives through signaling and over the network.',
	'call.room.invalid': 'This is not a valid room code.',
	'call.protocol.tooBig':
		'A message was larger than the signaling server accepts, so it closed the connection.',
	'call.protocol.unreadable': 'The signaling server sent a message this page cannot read: {detail}',
	'call.room.back': 'Create or join another room',

	'call.signal.title': 'Signaling server',
	'call.signal.state.connecting': 'Connecting…',
	'call.signal.state.open': 'Connected, joining the room…',
	'call.signal.state.joined': 'Connected and in the room',
	'call.signal.state.reconnecting': 'Connection lost, reconnecting (attempt {attempt})…',
	'call.signal.state.closed': 'Closed',
	'call.signal.retry': 'Next attempt in {seconds} s. The page joins the same room again by itself.',
	'call.signal.explain':
		"A WebSocket to the server this page came from (path /signal). The signaling server only passes messages on: it puts two devices in a room and hands each message to the other one. Media goes directly between the peers when they can reach each other, or through the TURN relay on this same server when they cannot. Either way it is encrypted end to end with DTLS-SRTP, with keys the two browsers agree between themselves, so not even the relay can read it (RFC 8827). WebRTC needs only the offer, the answer and the candidates delivered; join, joined, peer-joined, bye (hang-up) and error are this application's own messages, since WebRTC leaves signaling to the application (RFC 9429 §1.1).",

	'call.relay.title': 'Through the server',
	'call.relay.explain':
		'Every message this device sent to the other one or received from it, with its time on this device. Each went through the signaling server; the lane beside it holds only what this device still has to apply.',
	'call.relay.out': 'sent',
	'call.relay.in': 'received',
	'call.relay.turnaroundCaller':
		'Offer sent → answer received: {ms} ms, a full round trip through the server and the other device (including the time its person took to step through).',
	'call.relay.turnaroundCallee': 'Offer received → answer sent: {ms} ms on this device.',
	'call.relay.none': 'Nothing has gone through the server yet.',
	'call.signal.rtt': 'Joining took {ms} ms: one round trip to the server.',
	'call.notice.bye':
		'The other device said goodbye: it sent a bye message through the signaling server before it left, so this side knows at once. Reset to wait for it (or someone else) to join again.',
	'call.notice.restarted':
		'The other device started over (it reset or reloaded), so this call was ended and a new one begins.',
	'call.notice.error': 'The signaling server answered with an error ({code}): {reason}',
	'call.error.bad-json': 'A message this page sent was not valid JSON, so the server dropped it.',
	'call.error.unknown-type':
		'A message this page sent has a type the server does not know, so the server dropped it.',
	'call.error.invalid-message':
		'A message this page sent does not follow the signaling protocol (a field is missing, too long or of the wrong kind), so the server dropped it.',
	'call.error.room-full':
		'This room already has two devices, and a call is between two. Create a new room, or ask one of the two to leave.',
	'call.error.not-in-room':
		'This page sent a message before it had joined the room, so the server had nobody to pass it to.',
	'call.error.no-peer':
		'Nobody else is in the room yet, so the message had nobody to go to and was dropped.',
	'call.error.already-joined': 'This connection is already in a room and cannot join a second one.',
	'call.error.rate-limited':
		'This page sent messages faster than the server allows, so one was dropped. If it keeps on, the server closes the connection.',
	'call.error.room-expired':
		'The room went unused for too long and the server closed it. Create a new room to call again.',
	'call.error.server-busy':
		'The server is full: it already holds as many rooms or connections as it takes. Try again in a while.',
	'call.error.too-many-rooms':
		'Too many rooms are open from your network address (or this connection has joined too many). Close other call pages, or wait until their rooms expire, and try again.',
	'call.error.too-many-connections':
		'Too many connections to the server are open from your network address. Close other Peerscope pages; this page tries again by itself.',
	'call.error.protocol':
		'The server sent something this page does not understand (a different version of Peerscope?), or a message was larger than the server accepts.',
	'call.notice.disconnected':
		'ICE disconnected: no packets have arrived from the other device for a few seconds. Each side keeps asking the other for consent with STUN Binding requests every few seconds (consent freshness, RFC 7675); those went unanswered. It may be a short gap (a busy network, a phone switching Wi-Fi) and recover by itself. If consent is not renewed within 30 seconds, ICE gives up and the state turns to failed. When a device leaves without saying bye (its page closed, its battery died), this is how the other side finds out.',
	'call.notice.failed':
		'ICE failed: the connectivity checks found no working path any more. The other device has most likely gone. Reset starts a new call when it is back.',
	'call.iceRestart': 'ICE restart',
	'call.notice.failedRestart':
		'If the other device is still in the room (its network changed, say from Wi-Fi to mobile data), an ICE restart can find a new path without starting the call over.',
	'call.iceRestartExplain':
		'ICE restart: the caller makes a new offer with new ICE credentials (ufrag and password), so both sides gather candidates and run connectivity checks again, while the call and its data channels stay up. It is how a call survives a network change, such as a phone moving from Wi-Fi to mobile data. The new offer and answer go through the signaling server like the first ones.',
	'call.iceRestartCallee':
		'Either peer may call restartIce() (webrtc-pc); this page leaves it to the caller, so that the two never send offers at the same moment (glare). This device answers the new offer by itself.',
	'call.reset': 'Reset',

	'call.comm.title': 'Communication',
	'call.comm.chat': 'Chat',
	'call.comm.message': 'Message',
	'call.comm.send': 'Send',
	'call.comm.notOpen': 'The chat channel opens once the peers are connected.',
	'call.comm.empty': 'No messages yet.',
	'call.comm.me': 'This device',
	'call.comm.them': 'Other device',
	'call.comm.files': 'Files',
	'call.comm.pick': 'Choose a file to send',
	'call.comm.drop': 'or drop a file here',
	'call.comm.fileNotOpen': 'The file channel opens once the peers are connected.',
	'call.comm.sending': 'Sending',
	'call.comm.receiving': 'Receiving',
	'call.comm.progress': '{done} of {total}',
	'call.comm.throughput': '{rate}/s',
	'call.comm.status.hashing': 'Computing SHA-256…',
	'call.comm.status.sending': 'Sending…',
	'call.comm.status.receiving': 'Receiving…',
	'call.comm.status.verifying': 'Checking SHA-256…',
	'call.comm.status.verified': 'SHA-256 matches',
	'call.comm.status.mismatch': 'SHA-256 does not match: the file is damaged',
	'call.comm.status.failed': 'Failed: {error}',
	'call.comm.sha': 'SHA-256',
	'call.comm.download': 'Save {name}',
	'call.comm.protocolError':
		'The other side sent something that is not part of the file protocol: {reason}',
	'call.comm.options': 'Channel options',
	'call.comm.optionsChat': 'chat: {options}',
	'call.comm.optionsFile': 'file: {options}',
	'call.comm.explainOrdered':
		'ordered: true means messages arrive in the order they were sent; a late one holds back the ones behind it.',
	'call.comm.explainReliable':
		'Neither maxRetransmits nor maxPacketLifeTime is set, so both channels are reliable: SCTP resends every lost message until it arrives. A chat and a file need every byte. A game sending positions 60 times a second would rather set maxRetransmits: 0 (or maxPacketLifeTime: 100): a lost update is not worth resending when the next one is already on its way.',
	'call.comm.explainBackpressure':
		'The file goes in chunks of {chunk}. The sender stops while more than {high} wait in the channel buffer (bufferedAmount) and goes on when bufferedamountlow fires at {low}: without this the whole file would be copied into the buffer at once. The receiver computes the SHA-256 of what arrived and compares it with the sender’s.',

	'call.paste.title': 'Signal by copy and paste',
	'call.paste.intro':
		'No server: you carry the offer and the answer yourself, by copying text (chat, email, a USB stick) or by scanning a QR code. Signaling is whatever channel the two sides agree on; WebRTC only needs the descriptions to arrive.',
	'call.paste.nonTrickle':
		'Pasting is slow, so this page does not trickle candidates one by one: it waits until ICE gathering is complete, so the description it shows already contains every candidate.',
	'call.paste.offerer': 'Make an offer (this device calls)',
	'call.paste.answerer': 'Paste an offer (this device answers)',
	'call.paste.gathering': 'Gathering candidates…',
	'call.paste.yourOffer': 'Your offer: copy it to the other device',
	'call.paste.yourAnswer': 'Your answer: copy it back to the device that made the offer',
	'call.paste.pasteOffer': 'Paste the offer from the other device',
	'call.paste.pasteAnswer': 'Paste the answer from the other device',
	'call.paste.apply': 'Use it',
	'call.paste.copy': 'Copy',
	'call.paste.qr': 'QR code of this description',
	'call.paste.qrTooBig':
		'This description is too long for one QR code ({length} characters); copy it as text.',
	'call.paste.invalid': 'That is not a description this page made: {reason}',
	'call.paste.wrongType': 'Expected an {expected}, but this is an {actual}.',
	'call.paste.state': 'Connection: {state}',
	'call.paste.connected': 'Connected without any server.',
	'call.paste.restart': 'Start over'
} as const;

export type CallMessageKey = keyof typeof callEn;
