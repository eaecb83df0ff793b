/**
 * The NAT lab's part of the English catalog, keyed `nat.*`. `ko.ts` beside it must have the same
 * keys and placeholders. Teaching text cites RFC 4787 (NAT behaviour), RFC 8445 (ICE), RFC 8839
 * (candidate attributes) and RFC 8656 (TURN) by section.
 */
export const natEn = {
	'nat.nav': 'NAT lab',
	'nat.home.title': 'NAT lab: real NATs, STUN and TURN, every packet shown',
	'nat.home.summary':
		'Two browsers behind real Linux NATs (full cone, address-restricted, port-restricted cone, symmetric, UDP blocked) call each other through a real coturn: see srflx, prflx and relay candidates appear, the NAT mapping table fill, and why a relay is sometimes the only way.',
	'nat.fromIce': 'On loopback there is no NAT; the NAT lab puts real ones between the peers:',
	'nat.fromIceLink': 'NAT lab: real NATs between the peers',
	'nat.toIce':
		'The same ICE on loopback, without NATs, with its priority maths and candidate errors:',
	'nat.title': 'NAT lab',
	'nat.intro':
		'Each peer is a real headless Chromium in its own network namespace, behind a NAT built with nftables, with a real coturn on the "internet" between them. Pick the two home networks and the ICE servers; the server runs the call and streams what happened: candidates, pair checks, the NAT mapping table read from conntrack and the STUN/TURN packets captured on the internet side.',
	'nat.peer': 'Peer {peer}',

	'nat.network.public': 'public (no NAT)',
	'nat.network.cone': 'port-restricted cone',
	'nat.network.symmetric': 'symmetric',
	'nat.network.udp-blocked': 'UDP blocked',
	'nat.network.full-cone': 'full cone',
	'nat.network.address-restricted': 'address-restricted cone',
	'nat.networkHelp.public':
		'public: the peer has an internet address of its own; nothing translates or filters its packets.',
	'nat.networkHelp.cone':
		'port-restricted cone: Linux masquerade keeping the source port. Endpoint-independent mapping (one public port per private address:port, whatever the destination, RFC 4787 §4.1) and address-and-port-dependent filtering (only replies from an address:port the peer has sent to get in, §5).',
	'nat.networkHelp.symmetric':
		'symmetric: masquerade with fully random ports. Address-and-port-dependent mapping: every new destination gets a new public port (RFC 4787 §4.1), so the port a STUN server sees is not the port the other peer sees.',
	'nat.networkHelp.udp-blocked':
		'UDP blocked: a firewall that lets only TCP out (and NATs it like the cone network). Only TURN over TCP, or ICE-TCP to a public peer, gets through.',
	'nat.networkHelp.full-cone':
		'full cone: the cone network (masquerade keeping the source port), plus a filter the NAT learns as it goes: each outgoing UDP packet writes its public port and private address:port into a dynamic nftables map, and a new UDP flow to a port in that map is let in from any address and port. Endpoint-independent mapping (RFC 4787 §4.1) and endpoint-independent filtering (§5).',
	'nat.networkHelp.address-restricted':
		'address-restricted cone: as full cone, but the NAT also learns where each public port has sent to, and lets a new UDP flow in only from an address the peer has sent to from that port, whatever the source port. Endpoint-independent mapping (RFC 4787 §4.1) and address-dependent filtering (§5).',
	'nat.servers.none': 'no ICE servers',
	'nat.servers.stun': 'STUN',
	'nat.servers.stun+turn': 'STUN + TURN (UDP and TCP)',
	'nat.servers.turn-only': 'TURN only (relay policy)',
	'nat.servers.turn-tcp-only': 'TURN over TCP only (relay policy)',
	'nat.serversHelp.none': 'No servers: each peer has only host candidates.',
	'nat.serversHelp.stun':
		"The lab's STUN server: each peer learns its NAT's public address and port (srflx).",
	'nat.serversHelp.stun+turn':
		'STUN and TURN over UDP and TCP: srflx and relay candidates, ICE picks the best pair that works.',
	'nat.serversHelp.turn-only':
		'TURN over UDP and TCP with iceTransportPolicy "relay": only relay candidates are used, every packet goes through the server.',
	'nat.serversHelp.turn-tcp-only':
		'TURN over TCP only, with iceTransportPolicy "relay": the way through a firewall that lets only TCP out.',

	'nat.outcome.host': 'direct, host',
	'nat.outcome.srflx': 'direct, srflx',
	'nat.outcome.prflx': 'direct, prflx',
	'nat.outcome.relay-udp': 'relay over UDP',
	'nat.outcome.relay-tcp': 'relay over TCP',
	'nat.outcome.failed': 'failed',
	'nat.source.live': 'live',
	'nat.source.recorded': 'recorded',
	'nat.candidateType.host': 'host',
	'nat.candidateType.srflx': 'srflx (server-reflexive)',
	'nat.candidateType.prflx': 'prflx (peer-reflexive)',
	'nat.candidateType.relay': 'relay',
	'nat.candidateType.unknown': 'not a candidate line',

	// choosing and running
	'nat.choose.heading': 'Run a call',
	'nat.choose.a': "Peer A's network",
	'nat.choose.b': "Peer B's network",
	'nat.choose.servers': 'ICE servers',
	'nat.choose.run': 'Run live',
	'nat.choose.matrix': 'Run the whole matrix',
	'nat.choose.stop': 'Stop',
	'nat.choose.matrixProgress': 'Matrix: {done} of {total} scenarios run.',
	'nat.choose.cannotRun':
		'Live runs are off on this server (see above); the recorded runs below were made by the same lab.',

	'nat.unavailable.heading': 'The lab cannot run on this server',
	'nat.unavailable.not-linux':
		'The server is not Linux: the lab needs Linux network namespaces and netfilter.',
	'nat.unavailable.not-root':
		'The server does not run as root: creating network namespaces and NAT rules needs root (or CAP_NET_ADMIN). Start Peerscope as root to run the lab.',
	'nat.unavailable.no-ip': 'The ip command (iproute2) is missing.',
	'nat.unavailable.no-nft': 'The nft command (nftables) is missing.',
	'nat.unavailable.no-conntrack':
		'The conntrack command is missing (the mapping table is read with it).',
	'nat.unavailable.no-tcpdump':
		'tcpdump is missing (the internet-side packets are captured with it).',
	'nat.unavailable.no-chromium': 'Chromium is missing (each peer is a headless Chromium).',
	'nat.unavailable.no-turnserver': 'coturn (turnserver) is missing.',
	'nat.unavailable.lab-failed':
		"The lab's server module could not be loaded, so nothing can run here: {detail}",
	'nat.unavailable.other': 'The lab reports: {code}.',
	'nat.unavailable.install': 'Install it: sudo apt-get install {package}',
	'nat.unavailable.recorded':
		'You can still open the recorded runs below: real runs of the same lab, each labelled with its date and browser.',

	'nat.problem.unknown-scenario':
		'The server refused the scenario: it is not one of the fixed ones.',
	'nat.problem.busy':
		'Another lab run is in progress on this server. One lab runs at a time; try again when it has finished.',
	'nat.problem.timeout':
		'The run hit its time limit and was stopped; everything it started was removed.',
	'nat.problem.unavailable': 'The lab cannot run on this server.',
	'nat.problem.aborted': 'The run was stopped.',
	'nat.problem.failed': 'The run failed.',
	'nat.problem.network': 'The connection to the server was lost during the run.',
	'nat.problem.bad-stream':
		'The server sent something that is not a lab run; nothing of it is shown.',
	'nat.problem.bad-recording': 'This recorded run could not be read; nothing of it is shown.',
	'nat.problem.other': 'The lab answered with an error ({code}).',

	'nat.recorded.heading': 'Recorded runs',
	'nat.recorded.help':
		'Made with npm run lab:nat -- --record by the same lab and shipped with the app. A recorded run is a past run, never a live one: its date and browser say when and with what it ran.',
	'nat.recorded.none': 'No recorded runs ship with this build.',
	'nat.recorded.problem': 'The list of recorded runs could not be read: {detail}',
	'nat.recorded.open': 'Open: {a} ↔ {b}, {servers}',
	'nat.recorded.label': 'recorded {date} with {browser}',

	// one run
	'nat.record.download': 'Download the record',
	'nat.record.downloadHelp':
		'The run as a Peerscope session record (JSON): /stats opens it like any session (timeline, candidates, candidate-pair stats); here it replays with the topology, the mapping table and the packets.',
	'nat.record.open': 'Open a lab record:',
	'nat.record.openHelp':
		'a file saved with "Download the record"; it is replayed as a recording, never as a live run.',

	'nat.run.title': '{a} ↔ {b}, {servers}',
	'nat.run.recordedBadge': 'Recorded run.',
	'nat.run.recordedOn': 'It ran on {date} with {browser}; this is a replay, not a live call.',
	'nat.run.liveBadge': 'Live run.',
	'nat.run.going': 'Running on the server now; events appear as they happen.',
	'nat.run.liveOn': 'It ran on this server on {date} with {browser}.',
	'nat.run.failedWith': 'The run ended with an error ({code}): {message}',
	'nat.run.selected': 'Selected pair (as Peer A saw it): {local} ↔ {remote}, {outcome}.',
	'nat.run.noPair': 'No pair was selected: ICE did not connect.',

	'nat.replay.controls': 'Replay',
	'nat.replay.previous': 'Previous event',
	'nat.replay.next': 'Next event',
	'nat.replay.all': 'Show all',
	'nat.replay.reset': 'Back to the start',
	'nat.replay.position': 'Event {step} of {total}',
	'nat.replay.shortcuts':
		'Keyboard: → next event · ← previous · R show all · Esc back to the start',
	'nat.replay.start': 'At the start: nothing has happened yet. Press → to apply the first event.',

	'nat.event.connection': 'Peer {peer}: peer connection {state}.',
	'nat.phase.start':
		'The lab starts: it sweeps lab namespaces a crash may have left, then builds this scenario.',
	'nat.phase.topology':
		'The networks are up: each home in its own namespace behind its NAT, coturn on the internet side, conntrack and the capture watching.',
	'nat.phase.browsers': 'Both browsers are running ({browser}), one in each home network.',
	'nat.phase.signaling':
		"Both peer connections exist with the chosen ICE servers. Offer, answer and candidates travel through the lab's own signaling, never through the networks under test.",
	'nat.phase.connected': 'Both peers are connected, {ms} ms after the call started.',
	'nat.phase.failed': 'ICE did not connect: {reason}.',
	'nat.phase.done': 'The run is over: {outcome} (the model predicted {predicted}).',
	'nat.event.phase': 'Phase: {phase}',
	'nat.event.candidate': 'Peer {peer} gathered a {type} candidate, {protocol} {address}.',
	'nat.event.candidateEnd': 'Peer {peer} finished gathering candidates.',
	'nat.event.gathering': 'Peer {peer}: ICE gathering {state}.',
	'nat.event.pair': 'Peer {peer}: pair {local} → {remote} is {state}.',
	'nat.event.state': 'Peer {peer}: ICE connection {state}.',
	'nat.event.mapping': 'NAT {nat} mapped {protocol} {internal} to {external} for {remote}.',
	'nat.event.packet': '{kind}: {from} → {to} ({protocol}), seen on the internet side.',
	'nat.event.log': 'Peer {peer}: {message}',
	'nat.event.error': 'Error ({code}): {message}',
	'nat.event.other': 'Event: {kind}',

	'nat.topology.title': 'Topology of this run',
	'nat.topology.desc':
		"Peer A's network: {a}, seen on the internet as {aPublic}. Peer B's network: {b}, seen as {bPublic}. STUN and TURN sit on the internet between them.",
	'nat.topology.internet': 'internet',
	'nat.topology.home': "Peer {peer}'s home network",
	'nat.topology.nat': 'NAT {peer}',
	'nat.topology.noNat': 'no NAT',
	'nat.topology.tcpOnly': 'firewall: TCP only',
	'nat.topology.stun': 'STUN',
	'nat.topology.turn': 'TURN',
	'nat.topology.stunTurn': 'STUN + TURN',
	'nat.topology.caption':
		'Step through the run: the packet the replay is at is drawn between the boxes it went between.',
	'nat.topology.packet': 'Now: {kind} from {from} to {to}.',

	'nat.candidates.heading': 'Candidates each peer gathered',
	'nat.candidates.help':
		'A srflx candidate is the NAT’s public address and port as the STUN server saw it; its related address (raddr) is the private host address behind the NAT. A relay candidate is an address on the TURN server; its related address is the public address the TURN server saw.',
	'nat.candidates.gathering': 'ICE gathering: {state}',
	'nat.candidates.learned':
		'Learned during the checks, never gathered: from the pairs, as the peers saw them.',

	'nat.candidates.none': 'none',
	'nat.candidates.related': 'related address (the base, behind the NAT): {related}',
	'nat.candidates.relatedRelay': 'related address (as the TURN server saw the peer): {related}',
	'nat.candidates.line': 'candidate line',

	'nat.pairs.heading': 'Candidate pairs over time (Peer A)',
	'nat.pairs.help':
		'Each row is a pair Peer A checked; the bar shows its states over the run (grey frozen, yellow waiting, blue in progress, green succeeded, red failed).',
	'nat.pairs.none': 'No pair has been checked yet.',
	'nat.pairs.local': 'local (A)',
	'nat.pairs.remote': 'remote (B)',
	'nat.pairs.state': 'state',
	'nat.pairs.timeline': 'over time (0 to {ms} ms)',
	'nat.pairs.nominated': 'nominated',
	'nat.pairs.selected': 'selected',

	'nat.mappings.heading': 'NAT mapping table (conntrack)',
	'nat.mappings.help':
		'What each NAT recorded: the private address:port inside, the public address:port it gave that flow, and where the flow goes. A symmetric NAT opens a new public port for each destination; a cone NAT reuses one.',
	'nat.mappings.none': 'No mapping yet.',
	'nat.mappings.noNat': 'Both peers are public: there is no NAT and no mapping table.',
	'nat.mappings.nat': 'NAT',
	'nat.mappings.natName': 'NAT {peer}',
	'nat.mappings.internal': 'internal',
	'nat.mappings.external': 'external (public)',
	'nat.mappings.remote': 'remote',
	'nat.mappings.t': 'seen at',
	'nat.mappings.perDestination':
		'NAT {peer} gave this one private endpoint {count} different public ports for {remotes} destinations: address-and-port-dependent mapping (RFC 4787 §4.1).',
	'nat.mappings.independent':
		'NAT {peer} kept one public endpoint, {external}, for {remotes} destinations: endpoint-independent mapping (RFC 4787 §4.1).',

	'nat.packets.heading': 'STUN and TURN on the internet side',
	'nat.packets.help':
		'Captured between the NATs and the servers and decoded with the project’s STUN codec: Binding requests and responses (XOR-MAPPED-ADDRESS), Allocate answered 401 then success, CreatePermission, ChannelBind, Send and Data indications, ChannelData, and the ICE checks that cross the NATs.',
	'nat.packets.none': 'No packet captured yet.',
	'nat.packets.more': 'The last {shown} of {count} packets.',
	'nat.packets.t': 'time',
	'nat.packets.kind': 'message',
	'nat.packets.path': 'from → to',
	'nat.packets.fields': 'decoded fields',

	'nat.prediction.heading': 'Prediction beside what happened',
	'nat.prediction.predicted': 'The model predicts',
	'nat.prediction.happened': 'What happened',
	'nat.prediction.pending': 'not known yet: the run is at an earlier event or still going',
	'nat.prediction.connectedIn': 'connected after {ms} ms',
	'nat.prediction.match': 'The run did what the model predicted.',
	'nat.prediction.mismatch': 'The run differs from the prediction.',
	'nat.prediction.pairs': "The model's pairs (A's candidate × B's candidate)",
	'nat.prediction.pairWorks': 'gives',
	'nat.prediction.pairFails': 'does not work',

	'nat.reason.both-public':
		'Both peers have internet addresses: their host candidates reach each other directly.',
	'nat.reason.public-host':
		"One peer is public and the other sits behind an endpoint-independent NAT: the NATed peer's checks to the public peer open its own filter, and its srflx candidate is the address the public peer sees, so a direct srflx pair works.",
	'nat.reason.srflx-hole-punch':
		"Both NATs map endpoint-independently and each peer got its srflx candidate from STUN: each side's checks to the other's srflx address open its own filter for the answers (hole punching), so a direct srflx pair works.",
	'nat.reason.prflx-learned':
		'The NATed peer’s checks come from a public address and port that no candidate announced (a symmetric NAT’s new port per destination, or no STUN server to learn it from); the public peer learns it from the check as a peer-reflexive candidate (RFC 8445 §7.3.1.3) and answers it, so the pair is prflx.',
	'nat.reason.prflx-loose-filter':
		'The symmetric NAT sends its checks from a new port for each destination, which no candidate announced; the other NAT lets them in anyway, because it filters endpoint-independently or by address only (RFC 4787 §5) and its peer has sent to that address. That peer learns the new port as a peer-reflexive candidate (RFC 8445 §7.3.1.3) and answers it, so the pair is prflx. Behind a port-restricted cone the same checks are dropped.',
	'nat.reason.ice-tcp-to-public':
		"UDP does not get through, but the public peer's passive ICE-TCP candidate accepts the other peer's connection (RFC 6544); the connecting side's NATed address is new to both, so it is learned as peer-reflexive.",
	'nat.reason.relay-policy':
		'iceTransportPolicy is "relay": only relay candidates are paired, so the call goes through TURN whatever the NATs would allow.',
	'nat.reason.relay-symmetric':
		"A symmetric NAT sends the checks from a port that neither STUN nor signaling showed, and the other NAT lets in only what comes from an address and port it has sent to: no direct pair works, and TURN's relay address is the way through.",
	'nat.reason.relay-no-servers-path':
		"No direct pair gets through both NATs' filters, so the call goes through the TURN relay.",
	'nat.reason.relay-udp-blocked':
		'A firewall lets only TCP out, so that peer reaches the TURN server over TCP and the relay carries the call; from the relay to the other side it is UDP (RFC 8656 §2.1).',
	'nat.reason.no-direct-no-turn':
		'No direct pair can work for these two networks, and without a TURN server there is no relay: ICE fails.',
	'nat.reason.udp-blocked-no-turn-tcp':
		'A firewall lets only TCP out, and nothing accepts TCP here (no TURN over TCP, no public peer for ICE-TCP): ICE fails.',

	'nat.mismatch.directNamedOtherwise':
		'The call went direct, as predicted, but its pair has another type. The same path is named srflx or prflx by what arrived first: the srflx candidate through signaling, or a check from that address, which is then learned as peer-reflexive (RFC 8445 §7.3.1.3).',
	'nat.mismatch.relayInsteadOfDirect':
		'The model says a direct pair works, but a relayed pair was selected: the direct checks did not succeed before a relayed pair was nominated, or a NAT mapped or filtered differently from the model. The packets and the mapping table show which checks got through.',
	'nat.mismatch.directInsteadOfRelay':
		'A direct pair worked where the model expected only the relay: a NAT kept a mapping or let a packet in that the model says it would not. The mapping table shows the ports it really used.',
	'nat.mismatch.otherRelayTransport':
		'Relayed, as predicted, but over the other transport to the TURN server: the pair nominated used another of the peer’s allocations.',
	'nat.mismatch.connectedThoughPredictedFailed':
		'The model says nothing can connect, yet the call did: a path was open that the model keeps closed. The packets show which one.',
	'nat.mismatch.failedThoughPredictedConnected':
		'The model says a pair works, but the call failed or hit its time limit: the errors and the packets show the step that did not happen.',

	'nat.cost.heading': 'The cost of relaying',
	'nat.cost.direct': 'RTT direct',
	'nat.cost.relayed': 'RTT relayed',
	'nat.cost.notMeasured': 'not measured in this run',
	'nat.cost.ratio': 'Relayed, a round trip took {ratio}× as long as direct.',
	'nat.cost.netem':
		'tc netem added {ms} ms of delay on each internet link, so the detour through the server shows.',
	'nat.cost.noNetem':
		'tc netem was not available, so no delay was added to the internet links: on these virtual links the detour costs little time, and the difference is small.',
	'nat.cost.why':
		'A relayed packet crosses the internet twice (peer to TURN, TURN to peer) instead of once, and the TURN server carries all of the call’s traffic.',

	'nat.matrix.heading': 'The matrix: NAT A × NAT B × ICE servers',
	'nat.matrix.help':
		'Each cell is the newest run of that scenario this page knows (a live run of this visit, else a recorded one), with its time to connected and one sentence on why. Press a cell to open its run. An empty cell was not run; nothing is filled in from the model.',
	'nat.matrix.corner': 'A ↓ · B →',
	'nat.matrix.ms': '{ms} ms',
	'nat.matrix.notRun': 'not run',

	// teaching
	'nat.learn.heading': 'What the lab shows',
	'nat.learn.behaviour.heading': 'NAT behaviour (RFC 4787)',
	'nat.learn.behaviour.mapping':
		'Mapping (RFC 4787 §4.1): when a packet from a private address and port leaves, the NAT gives the flow a public address and port. With endpoint-independent mapping it reuses that public endpoint for every destination; with address-dependent mapping only for the same destination address; with address-and-port-dependent mapping only for the same destination address and port, so each new destination gets a new public port. RFC 4787 requires endpoint-independent mapping (REQ-1); older texts call the last kind a symmetric NAT.',
	'nat.learn.behaviour.filtering':
		'Filtering (RFC 4787 §5): which packets from outside reach the private endpoint through its mapping. Endpoint-independent filtering lets in packets from anyone; address-dependent filtering only from an address the inside has sent to; address-and-port-dependent filtering only from an address and port it has sent to. RFC 4787 recommends endpoint-independent filtering where transparency to applications matters most, and address-dependent filtering where a stricter filter matters more (REQ-8).',
	'nat.learn.behaviour.masquerade':
		'Linux masquerade rewrites the source of outgoing packets to the router’s internet address and records each flow in conntrack. It keeps the source port when it can, so one private endpoint keeps one public port for every destination: endpoint-independent mapping, the lab’s cone network. With fully random ports it picks a new port for every new flow: address-and-port-dependent mapping, the lab’s symmetric network. Either way a reply gets in only when it matches a tracked flow exactly, so the filtering is address-and-port-dependent.',
	'nat.learn.behaviour.loose':
		'conntrack lets a packet in only when it belongs to a tracked flow, whose address-and-port pair it must match, so masquerade alone filters by address and port. The lab’s full-cone and address-restricted networks add a filter the NAT learns: after masquerade, each outgoing UDP packet writes its mapping (public port → private address:port, read from its conntrack entry) into a dynamic nftables map, and for address-restricted also the address it went to into a dynamic set, both refreshed by outgoing packets and forgotten after 2 minutes without any (RFC 4787 REQ-5: not sooner than 2 minutes; REQ-6: refreshed by outbound traffic). A new UDP flow from outside to a mapped port is then translated to the private endpoint: from anyone (endpoint-independent filtering), or only from an address in the set, any port (address-dependent filtering, §5). TCP keeps conntrack’s filter.',
	'nat.learn.candidates.heading': 'Candidate types (RFC 8445)',
	'nat.learn.candidates.host':
		'host (RFC 8445 §5.1.1.1): an address on the peer’s own interface, here the private address in its home network. Across a NAT the other peer cannot reach it.',
	'nat.learn.candidates.srflx':
		'srflx, server-reflexive (§5.1.1.2): the peer sends a STUN Binding request from its host address, and the server answers with the source it saw, in XOR-MAPPED-ADDRESS: the NAT’s public address and port for that flow. Its related address is its base, the private host address (RFC 8839 §5.1). Behind a symmetric NAT that public port belongs to the flow to the STUN server only.',
	'nat.learn.candidates.prflx':
		'prflx, peer-reflexive: learned during the checks, never gathered. A check that arrives from an address that is not among the remote candidates adds a remote peer-reflexive candidate (§7.3.1.3); a Binding response whose mapped address is not among the local candidates adds a local one (§7.2.5.3.1). This is how a symmetric NAT’s new port still gets used when the other peer is public.',
	'nat.learn.candidates.relay':
		'relay (§5.1.1.2): an address the peer allocates on a TURN server; its related address is the mapped address in the Allocate response (RFC 8839 §5.1). What reaches that address is relayed to the peer.',
	'nat.learn.turn.heading': 'TURN (RFC 8656)',
	'nat.learn.turn.allocate':
		'Allocate (RFC 8656 §7): the first Allocate request carries no credentials and is answered with a 401 (Unauthorized) error carrying REALM and NONCE; the client repeats it with USERNAME, REALM, NONCE and MESSAGE-INTEGRITY (the long-term credential mechanism, RFC 8489 §9.2), and the success response carries XOR-RELAYED-ADDRESS (the relay address), XOR-MAPPED-ADDRESS and LIFETIME.',
	'nat.learn.turn.permission':
		'CreatePermission (§9): the TURN server relays packets from a peer only after the client has installed a permission for that peer’s IP address (the port is not part of it); a permission lasts 300 seconds unless refreshed. It works like an address-dependent filter on the relay.',
	'nat.learn.turn.data':
		'Send and Data indications (§11) carry one packet each way with XOR-PEER-ADDRESS and DATA; ChannelBind (§12) binds a channel number (0x4000 to 0x4FFF) to a peer address, after which ChannelData messages carry the same data behind a 4-byte header instead. With TURN over TCP only the leg between the client and the server is TCP; from the relay to the peer it is UDP.',
	'nat.learn.turn.cost':
		'The cost of relaying: the allocation adds round trips before the first check, every packet takes the detour through the server, and the server carries all of the call’s bandwidth. That is why the recommended type preferences rank host first, then prflx, then srflx, and relay last (RFC 8445 §5.1.2.2): a relayed pair is used when nothing direct works, or when the policy says relay.'
} as const;

export type NatMessageKey = keyof typeof natEn;
