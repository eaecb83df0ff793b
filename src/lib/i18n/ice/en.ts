/**
 * The ICE lab's part of the English catalog, keyed `ice.*`. `ko.ts` beside it must have the same
 * keys and placeholders.
 */
export const iceEn = {
	'ice.nav': 'ICE lab',
	'ice.home.title': 'ICE lab: host, srflx, prflx and relay side by side',
	'ice.home.summary':
		'Watch candidates being gathered and paired, configure STUN and TURN, and compare the same call with and without a relay (a real coturn).',
	'ice.title': 'ICE lab',
	'ice.intro':
		'ICE (RFC 8445) finds a path between two peers: each gathers candidate addresses, they exchange them, and both test pairs of candidates until one works. Here a real loopback call runs in this page under the configuration you choose.',

	// relay offered by the app server
	'ice.turn.heading': 'TURN on this server',
	'ice.turn.embedded':
		'A coturn started by Peerscope answers STUN and TURN at {url}. Short-lived credentials come from the server (user name {username}); they expire at {time}.',
	'ice.turn.external':
		'The server points at an external TURN server, {url}. Short-lived credentials (user name {username}) expire at {time}.',
	'ice.turn.notInstalled':
		'Relay candidates are unavailable: coturn is not installed on the machine that runs Peerscope. Install it (sudo apt-get install coturn) and restart Peerscope, or set TURN_URLS and TURN_SECRET to use another TURN server. Everything else works without it.',
	'ice.turn.disabled':
		'Relay candidates are unavailable: the embedded TURN server is turned off ({detail}). Set TURN_URLS and TURN_SECRET, or start Peerscope without TURN_EMBEDDED=off.',
	'ice.turn.failed':
		'Relay candidates are unavailable: the TURN server could not be started or configured ({detail}).',
	'ice.turn.loading': 'Asking the server for TURN credentials…',
	'ice.turn.fetchFailed': 'Could not ask the server for TURN credentials: {error}',

	// configuration form
	'ice.config.heading': 'RTCConfiguration',
	'ice.config.help':
		'ICE servers are where candidates other than host come from: a STUN server tells a peer its public address (srflx), a TURN server lends it a relay address (relay).',
	'ice.config.server': 'ICE server {n}',
	'ice.config.urls': 'URLs, one per line (stun:, stuns:, turn:, turns:, ?transport=udp|tcp)',
	'ice.config.username': 'username',
	'ice.config.credential': 'credential',
	'ice.config.add': 'Add a server',
	'ice.config.remove': 'Remove server {n}',
	'ice.config.useLocal': "Use this server's STUN and TURN",
	'ice.config.clear': 'No servers (host candidates only)',
	'ice.config.policy': 'iceTransportPolicy',
	'ice.config.policyAll': 'all: every candidate type',
	'ice.config.policyRelay': 'relay: only relay candidates, so every packet goes through TURN',
	'ice.config.pool': 'iceCandidatePoolSize',
	'ice.config.poolHelp':
		'How many sets of candidates to gather before setLocalDescription (0 to 10). Pre-gathering saves time on the first offer, at the cost of sockets and TURN allocations that may never be used.',
	'ice.config.poolRange': 'iceCandidatePoolSize must be a whole number from 0 to 10.',
	'ice.config.ok': 'Valid: {count} URL(s).',
	'ice.config.invalid': 'Fix the configuration first: {count} problem(s).',

	// URL problems (RFC 7064, RFC 7065)
	'ice.url.empty': 'The URL is empty.',
	'ice.url.noScheme': 'No scheme: the URL must start with stun:, stuns:, turn: or turns:.',
	'ice.url.unknownScheme':
		'"{text}" is not an ICE server scheme; use stun:, stuns: (RFC 7064), turn: or turns: (RFC 7065).',
	'ice.url.slashes':
		'At character {position}: these URIs have no "//". Write stun:host:port, not stun://host:port.',
	'ice.url.noHost': 'At character {position}: the host is missing.',
	'ice.url.badIpv6':
		'At character {position}: "{text}" is not a valid IPv6 address in brackets, like [2001:db8::1].',
	'ice.url.badIpv4': 'At character {position}: "{text}" is not a valid IPv4 address.',
	'ice.url.badHost':
		'At character {position}: "{text}" is not a valid host name (letters, digits, hyphens and dots).',
	'ice.url.badPort': 'At character {position}: the port "{text}" is not a number.',
	'ice.url.portRange': 'At character {position}: the port {text} is out of range (1 to 65535).',
	'ice.url.queryOnStun':
		'At character {position}: stun: and stuns: URIs take no query; ?transport= is for turn: and turns: only.',
	'ice.url.badQuery':
		'At character {position}: "{text}" is not understood; the only parameter is ?transport=udp or ?transport=tcp.',
	'ice.url.badTransport':
		'At character {position}: transport "{text}" is not supported; browsers take udp or tcp.',
	'ice.url.trailing': 'At character {position}: unexpected "{text}" after the address.',
	'ice.server.noUrls': 'Server {n} has no URL.',
	'ice.server.turnNeedsCredentials':
		'Server {n} has a turn: URL, so it needs a username and a credential (the browser would throw InvalidAccessError).',
	'ice.server.urlProblem': 'Server {n}, {url}: {problem}',

	// the live call
	'ice.live.heading': 'A live call',
	'ice.live.help':
		'Peer A and Peer B, both in this page, open a data channel under the configuration above. Candidates are sent across as soon as they are gathered (trickle ICE).',
	'ice.live.start': 'Start the call',
	'ice.live.stop': 'Hang up',
	'ice.live.refused': 'The browser refused this configuration: {error}',
	'ice.live.failedCall': 'A call failed: {error}',
	'ice.live.states':
		'Peer {peer}: iceGatheringState {gathering}, iceConnectionState {ice}, connectionState {connection}',
	'ice.live.noCandidates':
		'Peer {peer} finished gathering without a single candidate, so no pair can be checked and the call cannot connect. See the candidate errors below.',

	'ice.candidates.heading': 'Candidates as they are gathered',
	'ice.candidates.none': 'No candidate yet: start the call.',
	'ice.candidates.peer': 'peer',
	'ice.candidates.time': 'since gathering started',
	'ice.candidates.type': 'type',
	'ice.candidates.protocol': 'protocol',
	'ice.candidates.address': 'address',
	'ice.candidates.port': 'port',
	'ice.candidates.related': 'related address',
	'ice.candidates.tcpType': 'tcptype',
	'ice.candidates.server': 'server',
	'ice.candidates.priority': 'priority',
	'ice.candidates.end': 'end-of-candidates: Peer {peer} has gathered everything',
	'ice.candidates.at': '+{ms} ms',
	'ice.candidates.explain': 'Explain',
	'ice.candidates.malformed': 'Column {column}: the {field} "{token}" does not follow the grammar',
	'ice.candidates.fromServer': 'from {url}',
	'ice.candidates.mdns':
		"{address} is an mDNS name (RFC 6762), not an address. Browsers hide a host candidate's real IP address behind a random name.local unless the page has camera or microphone permission, so a page cannot learn your local address just by creating a connection. The other peer resolves the name over multicast DNS on the same network; when it cannot, the pair may still work through a peer-reflexive candidate.",

	'ice.type.host': "host: an address of this machine's own network interface.",
	'ice.type.srflx':
		'srflx (server-reflexive): the address a STUN server saw the request come from, the public side of a NAT.',
	'ice.type.prflx':
		'prflx (peer-reflexive): an address learned from a connectivity check itself, not from signaling.',
	'ice.type.relay': 'relay: an address on a TURN server, which forwards every packet.',

	'ice.priority.heading': 'Priority of this candidate (RFC 8445 §5.1.2.1)',
	'ice.priority.formula': '{priority} = 2^24 × {type} + 2^8 × {local} + (256 − {component})',
	'ice.priority.type':
		'type preference {type}: RFC 8445 §5.1.2.2 recommends 126 for host, 110 for prflx, 100 for srflx and 0 for relay. Chrome uses these for UDP, gives TCP lower values of its own (90 for host TCP, 80 for prflx TCP), and gives relay 2, 1 or 0 by how it reaches the TURN server (UDP, TCP, TLS); Firefox uses other low values. Higher means tried first.',
	'ice.priority.local':
		'local preference {local}: orders candidates of the same type on this machine, by interface and address family (for example IPv6 over IPv4, RFC 8421); a machine with a single address writes 65535.',
	'ice.priority.component': 'component {component}: 1 is RTP (with rtcp-mux, all traffic).',
	'ice.priority.pairHeading': 'Pair priority (RFC 8445 §6.1.2.3)',
	'ice.priority.pair':
		"For the pair of this candidate with Peer {other}'s best {otherType} candidate ({otherPriority}): with Peer A controlling, G = {g}, D = {d} and 2^32 × min(G, D) + 2 × max(G, D) + (G > D ? 1 : 0) = {pair}. Both peers compute the same number, so they check pairs in the same order.",

	'ice.pairs.heading': 'Candidate pairs of Peer {peer} (from getStats)',
	'ice.pairs.choosePeer': 'Whose pairs',
	'ice.pairs.states': 'What the pair states mean: {states}',
	'ice.pairs.peer': 'Peer {peer}',
	'ice.pairs.help':
		"Rows are Peer {peer}'s local candidates, columns the remote candidates it knows. Each pair is checked with STUN Binding requests; the one ICE nominates carries the call. Updated twice a second.",
	'ice.pairs.none': 'No candidate pairs yet.',
	'ice.pairs.noPair': 'not paired',
	'ice.pairs.nominated': 'nominated',
	'ice.pairs.selected': 'selected',
	'ice.pairs.rtt': 'RTT {ms} ms',
	'ice.pairs.checks': 'requests {sent} / responses {received}',
	'ice.pairs.bytes': 'bytes {sent} sent / {received} received',
	'ice.pairs.local': 'local {type} {address}:{port}',
	'ice.pairs.remote': 'remote {type} {address}:{port}',
	'ice.pairs.selectedSummary':
		'Selected pair: local {local} ↔ remote {remote}, {protocol}. {relay}',
	'ice.pairs.relayVia': 'Peer {peer} reaches its TURN server over {protocol}.',
	'ice.pairs.prflx':
		"A peer-reflexive (prflx) candidate appeared: a connectivity check arrived from an address this peer had not been told about, so it learned the address from the check itself (RFC 8445 §7.3.1.3). On loopback this happens when a check arrives before the trickled candidate, or when the other side's host candidate is an mDNS name.",
	'ice.pairState.frozen': 'frozen: waiting for a pair with the same foundation to finish first',
	'ice.pairState.waiting': 'waiting: ready to be checked',
	'ice.pairState.in-progress': 'in-progress: a check was sent, no answer yet',
	'ice.pairState.succeeded': 'succeeded: a check and its answer went through',
	'ice.pairState.failed': 'failed: no answer after the retransmissions',

	'ice.errors.heading': 'Candidate errors (icecandidateerror)',
	'ice.errors.none': 'None so far.',
	'ice.errors.repeated':
		'({count} times: the browser reports it for each of its addresses and retries)',
	'ice.errors.line': 'Peer {peer}, {url}: {code} {text}',
	'ice.error.tryAlternate': '300 Try Alternate: the server redirects to another server.',
	'ice.error.badRequest': '400 Bad Request: the server could not parse the request.',
	'ice.error.unauthorized':
		'401 Unauthorized: the TURN server refused the credentials. The username or credential is wrong, or the short-lived credential has expired (its time is part of the username).',
	'ice.error.forbidden': '403 Forbidden: the server does not allow this request from you.',
	'ice.error.unknownAttribute':
		'420 Unknown Attribute: the server did not understand a required attribute.',
	'ice.error.allocationMismatch':
		'437 Allocation Mismatch: an allocation already exists for this address, or none does.',
	'ice.error.staleNonce': '438 Stale Nonce: the nonce expired; the browser retries with a new one.',
	'ice.error.addressFamily':
		'440 Address Family not Supported: the server cannot relay IPv4 or IPv6 as asked.',
	'ice.error.wrongCredentials':
		'441 Wrong Credentials: the credentials differ from the ones the allocation was made with.',
	'ice.error.unsupportedTransport':
		'442 Unsupported Transport Protocol: the server does not relay that transport.',
	'ice.error.peerAddressFamily':
		'443 Peer Address Family Mismatch: the peer address is of another family than the relay.',
	'ice.error.quotaReached': '486 Allocation Quota Reached: this user has too many allocations.',
	'ice.error.serverError': '500 Server Error: the server failed temporarily.',
	'ice.error.insufficientCapacity':
		'508 Insufficient Capacity: the server has no relay ports left.',
	'ice.error.unreachable':
		'701: the browser reached no server at this URL from any of its host candidates: the server is down, the port or host is wrong, or a firewall drops the packets. This code is defined by WebRTC, not by STUN.',
	'ice.error.otherRedirect': '{code}: a STUN redirect (3xx).',
	'ice.error.otherClient': '{code}: the server refused the request (a 4xx STUN error).',
	'ice.error.otherServer': '{code}: the server failed (a 5xx or 6xx STUN error).',
	'ice.error.unknown': '{code}: not a STUN error code.',

	// the walkthrough's configuration
	'ice.walk.title': 'ICE servers for this call',
	'ice.walk.none': 'none, host candidates only (enough on loopback)',
	'ice.walk.some': '{count} URL(s), iceTransportPolicy {policy}',
	'ice.walk.help':
		"Used when the peer connections are created. Add this server's STUN and TURN to see srflx or relay candidates travel through the signaling lane; more in the",

	// the lab
	'ice.lab.heading': 'Candidate-type lab',
	'ice.lab.help':
		'The same loopback call under each configuration, one after the other. Times are from new RTCPeerConnection; with several rounds each row shows the median, and the order rotates from round to round. Candidate counts are both peers together.',
	'ice.lab.run': 'Run the lab',
	'ice.lab.running': 'Running round {round} of {rounds}: {config}…',
	'ice.lab.rounds': 'rounds',
	'ice.lab.medianOf': 'median of {runs} runs',
	'ice.lab.configuration': 'configuration',
	'ice.lab.gathering': 'gathering',
	'ice.lab.connected': 'connected after',
	'ice.lab.selected': 'selected pair',
	'ice.lab.rtt': 'RTT',
	'ice.lab.notRun': 'not run yet',
	'ice.lab.ms': '{ms} ms',
	'ice.lab.pairTypes': '{local} ↔ {remote}',
	'ice.lab.viaRelay': '{local} ↔ {remote} (TURN over {protocol})',
	'ice.lab.config.host': 'no servers (host only)',
	'ice.lab.config.stun': 'STUN',
	'ice.lab.config.turnUdp': 'TURN over UDP, relay only',
	'ice.lab.config.turnTcp': 'TURN over TCP, relay only',
	'ice.lab.needsTurn': 'needs a TURN server, unavailable here (see above)',
	'ice.lab.failure.timeout': 'did not connect within {seconds} s',
	'ice.lab.failure.failed': 'ICE failed: no pair worked',
	'ice.lab.failure.noCandidates': 'no candidate was gathered',
	'ice.lab.failure.error': 'a call was refused',
	'ice.lab.empty.noStunServer': 'none: no STUN server configured',
	'ice.lab.empty.noTurnServer': 'none: no TURN server configured',
	'ice.lab.empty.srflxSameAsHost':
		'none: without a NAT the STUN server sees the host address itself, and a srflx candidate equal to its host is dropped as redundant (RFC 8445 §5.1.3)',
	'ice.lab.empty.relayPolicy': 'none: iceTransportPolicy relay keeps only relay candidates',
	'ice.lab.empty.prflxFromChecks':
		'none gathered: prflx candidates are never gathered, they are learned during checks (see the pair matrix)',
	'ice.lab.overhead':
		'Relaying over {relay} took {ratio}× as long to connect as host-only here: the allocation at the TURN server (two round trips with authentication) and a CreatePermission for each peer address (RFC 8656 §9) come before a relayed check can get through, and every packet then takes the detour through the server.',
	'ice.lab.errors': '{count} candidate error(s): {codes}',

	// explanations
	'ice.learn.heading': 'NAT, STUN and TURN',
	'ice.learn.nat':
		'NAT (Network Address Translation): most devices sit behind a router that shares one public address among many private ones (10.x, 192.168.x). The router rewrites addresses and ports of outgoing packets and only lets answers back in, so a peer cannot be reached at the private address its host candidate shows.',
	'ice.learn.stun':
		'STUN (RFC 8489): a peer asks a server "what address do you see me at?" The answer is the public side of its NAT, the srflx candidate. On this loopback call there is no NAT, so the answer equals the host address and the browser drops the duplicate: that is why the STUN row has no srflx column entries.',
	'ice.learn.symmetric':
		"Symmetric NAT (in RFC 4787's terms, address- and port-dependent mapping, §4.1): the NAT picks a new public port for every destination, so the port the STUN server saw is not the port the other peer will see, and that srflx candidate is of no use to it. A direct path can still appear: the symmetric side's checks reach the other peer from the new port, which learns it as a peer-reflexive candidate (RFC 8445 §7.3.1.3) and answers there. Whether that works depends on filtering, what the other side's NAT lets in (RFC 4787 §5): with a public peer, or a NAT that filters only by address, it connects directly. Only when both sides are symmetric, or one is symmetric and the other filters by address and port (port-restricted), does only a relay work.",
	'ice.learn.turn':
		'TURN (RFC 8656): when no direct pair works, a peer allocates a relay address on a TURN server and every packet goes through it. The relay always works when the server is reachable, which is why relay-only calls connect even through symmetric NATs and strict firewalls (TURN over TCP or TLS on port 443).',
	'ice.learn.cost':
		'Why relaying costs more: the allocation adds round trips before the first check, every packet takes a detour through the server (more latency), and the server pays for all the bandwidth of the call, which is why TURN needs credentials. This page hands out short-lived ones (the TURN REST API scheme) so that the secret never reaches the browser.',
	'ice.priority.tcp':
		'This is a TCP candidate. Its type preference {type} sits below the {udp} a UDP {candidateType} candidate gets, so every UDP pair of that type ranks higher; the TCP pairs are still checked, in parallel, at that lower priority. Chrome keeps the local preference a UDP candidate would have. RFC 6544 §4.2 instead puts the TCP direction into it, local preference = 2^13 × direction-pref + other-pref: read that way, this one is 2^13 × {direction} + {other}.'
} as const;

export type IceMessageKey = keyof typeof iceEn;
