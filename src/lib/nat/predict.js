// @ts-check
/**
 * What should happen when two peers behind these networks call with these ICE servers: a pure
 * model of RFC 4787 (NAT mapping §4.1 and filtering §5 behaviours) and RFC 8445 (candidate
 * gathering §5.1.1, pairing §6.1.2, peer-reflexive discovery §7.2.5.3.1 and §7.3.1.3), told
 * beside what really happened in the lab.
 *
 * The model follows one packet at a time: a check from A to one of B's candidates leaves through
 * A's NAT with A's mapping for that destination, and B's NAT lets it in if its filter allows that
 * source (RFC 4787 §5): any source (endpoint-independent), an address B has sent to
 * (address-dependent), or exactly an address:port B has sent to (address-and-port-dependent,
 * which is what netfilter's conntrack gives). A public peer has no NAT and no filter. The peer a
 * check reaches learns whatever address it comes from as a peer-reflexive candidate when it is
 * new, and answers it (a triggered check, RFC 8445 §7.3.1.4), which the sender's NAT lets back
 * in: the sender has just sent to the address the answer comes from.
 */

/** @typedef {import('./types.js').NetworkName} NetworkName */
/** @typedef {import('./types.js').ServerSet} ServerSet */
/** @typedef {import('./types.js').Outcome} Outcome */

/**
 * RFC 4787 behaviours of each network the lab builds.
 * mapping: 'none' (no NAT), 'endpoint-independent' (§4.1: one public port per internal
 * address:port, whatever the destination), 'address-and-port-dependent' (§4.1: a new one per
 * destination address and port). filtering (§5): 'open' (no filter), 'endpoint-independent'
 * (from anyone, to a mapped port), 'address-dependent' (only from an address the inside has sent
 * to, any port) or 'address-and-port-dependent' (only from the exact address:port the inside has
 * sent to). udp: false when a firewall lets only TCP out.
 * @type {Record<NetworkName, { mapping: 'none' | 'endpoint-independent' | 'address-and-port-dependent', filtering: 'open' | 'endpoint-independent' | 'address-dependent' | 'address-and-port-dependent', udp: boolean }>}
 */
export const BEHAVIOURS = {
	public: { mapping: 'none', filtering: 'open', udp: true },
	cone: {
		mapping: 'endpoint-independent',
		filtering: 'address-and-port-dependent',
		udp: true
	},
	symmetric: {
		mapping: 'address-and-port-dependent',
		filtering: 'address-and-port-dependent',
		udp: true
	},
	'udp-blocked': {
		mapping: 'endpoint-independent',
		filtering: 'address-and-port-dependent',
		udp: false
	},
	'full-cone': { mapping: 'endpoint-independent', filtering: 'endpoint-independent', udp: true },
	'address-restricted': {
		mapping: 'endpoint-independent',
		filtering: 'address-dependent',
		udp: true
	}
};

/**
 * What each server set gives a peer: a STUN server (srflx candidates), TURN allocations over UDP
 * and over TCP (relay candidates, RFC 8656 and RFC 6062 §4's TCP control connection), and
 * whether iceTransportPolicy is 'relay' (W3C webrtc-pc §4.2.1: only relay candidates are used).
 * @type {Record<ServerSet, { stun: boolean, turnUdp: boolean, turnTcp: boolean, relayOnly: boolean }>}
 */
export const SERVER_CAPABILITIES = {
	none: { stun: false, turnUdp: false, turnTcp: false, relayOnly: false },
	stun: { stun: true, turnUdp: false, turnTcp: false, relayOnly: false },
	'stun+turn': { stun: true, turnUdp: true, turnTcp: true, relayOnly: false },
	'turn-only': { stun: false, turnUdp: true, turnTcp: true, relayOnly: true },
	'turn-tcp-only': { stun: false, turnUdp: false, turnTcp: true, relayOnly: true }
};

/**
 * The reasons predict() gives, one sentence each in the /nat page's catalog.
 * @typedef {'both-public' | 'public-host' | 'srflx-hole-punch' | 'prflx-learned' | 'prflx-loose-filter'
 *   | 'ice-tcp-to-public' | 'relay-policy' | 'relay-symmetric' | 'relay-no-servers-path'
 *   | 'relay-udp-blocked' | 'no-direct-no-turn' | 'udp-blocked-no-turn-tcp'} ReasonKey
 */
/** @type {readonly ReasonKey[]} */
export const REASON_KEYS = Object.freeze([
	'both-public',
	'public-host',
	'srflx-hole-punch',
	'prflx-learned',
	'prflx-loose-filter',
	'relay-policy',
	'relay-symmetric',
	'relay-no-servers-path',
	'relay-udp-blocked',
	'no-direct-no-turn',
	'udp-blocked-no-turn-tcp'
]);

/**
 * A candidate as the model sees it. `relay` candidates carry the transport between the peer and
 * its TURN server; host candidates are UDP, or TCP (ICE-TCP, RFC 6544: Chromium gathers only
 * `tcptype active` ones, seen in the lab, which connect out and never accept).
 * @typedef {{ type: 'host' | 'srflx' | 'relay', transport: 'udp' | 'tcp' }} ModelCandidate
 */

/**
 * @typedef {object} PredictedPair
 * @property {string} local A's candidate, e.g. 'host/udp', 'srflx/udp', 'relay/tcp'
 * @property {string} remote B's candidate
 * @property {boolean} works
 * @property {Outcome | null} as the outcome this pair gives when it is selected (null if it fails)
 */

/**
 * The candidates one peer gathers (RFC 8445 §5.1.1): host candidates unless the policy is relay,
 * a server-reflexive one when it has STUN and UDP gets out and its NAT maps (a public peer's
 * srflx equals its host candidate and is dropped as redundant, §5.1.3), relay candidates per
 * TURN transport that gets out.
 * @param {NetworkName} network
 * @param {ServerSet} servers
 * @returns {ModelCandidate[]}
 */
export function gatheredCandidates(network, servers) {
	const nat = BEHAVIOURS[network];
	const caps = SERVER_CAPABILITIES[servers];
	/** @type {ModelCandidate[]} */
	const candidates = [];
	if (!caps.relayOnly) {
		candidates.push({ type: 'host', transport: 'udp' }, { type: 'host', transport: 'tcp' });
		// Chromium asks the STUN server of a stun+turn set, and also a TURN server answers
		// Binding requests, so any set with a UDP server yields srflx (RFC 8656 §3.2).
		if ((caps.stun || caps.turnUdp) && nat.udp && nat.mapping !== 'none') {
			candidates.push({ type: 'srflx', transport: 'udp' });
		}
	}
	if (caps.turnUdp && nat.udp) candidates.push({ type: 'relay', transport: 'udp' });
	if (caps.turnTcp) candidates.push({ type: 'relay', transport: 'tcp' });
	return candidates;
}

/**
 * How a direct UDP check from `from` to `to` fares, and what each side then calls the other.
 * @param {NetworkName} a
 * @param {NetworkName} b
 * @param {ServerSet} servers
 * @returns {{ works: boolean, localType: 'host' | 'srflx' | 'prflx', remoteType: 'host' | 'srflx' | 'prflx' }}
 */
function directUdp(a, b, servers) {
	const A = BEHAVIOURS[a];
	const B = BEHAVIOURS[b];
	const hasSrflx = (/** @type {NetworkName} */ n) =>
		gatheredCandidates(n, servers).some((c) => c.type === 'srflx');
	/** How a peer appears to the other once checks flow (RFC 8445 §7.2.5.3.1, §7.3.1.3). */
	const seenAs = (/** @type {NetworkName} */ n) =>
		BEHAVIOURS[n].mapping === 'none'
			? 'host'
			: BEHAVIOURS[n].mapping === 'endpoint-independent' && hasSrflx(n)
				? 'srflx'
				: 'prflx';
	const localType = seenAs(a);
	const remoteType = seenAs(b);
	if (!A.udp || !B.udp) return { works: false, localType, remoteType };
	/**
	 * Does a check from `from` get into `to`? It must aim at an address of `to` that leads in: a
	 * public peer's host address, or a NATed peer's srflx address, which only its mapping toward
	 * the STUN server is sure to hold, so the NAT must map endpoint-independently. Then the filter
	 * decides (RFC 4787 §5): endpoint-independent lets anyone in; address-dependent lets in an
	 * address `to` has sent to (it sends checks to the other's srflx or public host address, whose
	 * address is the one the check comes from); address-and-port-dependent also needs the port to
	 * match, which holds only when `from` maps endpoint-independently (its check leaves from its
	 * srflx port, where `to` has sent).
	 */
	const getsIn = (/** @type {NetworkName} */ from, /** @type {NetworkName} */ to) => {
		const F = BEHAVIOURS[from];
		const T = BEHAVIOURS[to];
		if (T.filtering === 'open') return true;
		if (T.mapping !== 'endpoint-independent' || !hasSrflx(to)) return false;
		if (T.filtering === 'endpoint-independent') return true;
		const fromKnown = F.mapping === 'none' || hasSrflx(from);
		if (T.filtering === 'address-dependent') return fromKnown;
		return fromKnown && F.mapping !== 'address-and-port-dependent';
	};
	// One way in is enough: the answer to it (and the checks after it) go back the same way.
	return { works: getsIn(a, b) || getsIn(b, a), localType, remoteType };
}

/**
 * Which relay transport a working relayed path uses, or null. A relay candidate's data leaves the
 * TURN server as UDP (RFC 8656 §2), so the other side reaches it with UDP from its own base, or
 * through its own relay. A path is 'relay-tcp' as soon as one peer's leg to TURN is TCP.
 * @param {NetworkName} a
 * @param {NetworkName} b
 * @param {ServerSet} servers
 * @returns {'relay-udp' | 'relay-tcp' | null}
 */
function relayPath(a, b, servers) {
	const caps = SERVER_CAPABILITIES[servers];
	const relays = (/** @type {NetworkName} */ n) =>
		gatheredCandidates(n, servers)
			.filter((c) => c.type === 'relay')
			.map((c) => c.transport);
	const ra = relays(a);
	const rb = relays(b);
	/** Can this peer send UDP to the other's relay address from its own base? */
	const reaches = (/** @type {NetworkName} */ n) => !caps.relayOnly && BEHAVIOURS[n].udp;
	/** @type {('udp' | 'tcp')[][]} legs of each working relayed pair */
	const paths = [];
	for (const x of ra) {
		if (reaches(b)) paths.push([x]);
		for (const y of rb) paths.push([x, y]);
	}
	for (const y of rb) if (reaches(a)) paths.push([y]);
	if (paths.length === 0) return null;
	return paths.some((legs) => legs.every((leg) => leg === 'udp')) ? 'relay-udp' : 'relay-tcp';
}

/**
 * The outcome of the selected pair, from its two candidate types as peer A saw them: a relay on
 * either side makes it relayed; else the least direct of the two types names it.
 * @param {string} localType a candidate type: host, srflx, prflx or relay
 * @param {string} remoteType
 * @param {'udp' | 'tcp'} [relayTransport] the TURN leg's transport when relayed (tcp if any is)
 * @returns {Outcome}
 */
export function outcomeOfPair(localType, remoteType, relayTransport = 'udp') {
	if (localType === 'relay' || remoteType === 'relay') {
		return relayTransport === 'tcp' ? 'relay-tcp' : 'relay-udp';
	}
	if (localType === 'prflx' || remoteType === 'prflx') return 'prflx';
	if (localType === 'srflx' || remoteType === 'srflx') return 'srflx';
	return 'host';
}

/**
 * @param {NetworkName} a
 * @param {NetworkName} b
 * @param {ServerSet} servers
 * @returns {{ outcome: Outcome, reasonKey: ReasonKey, pairs: PredictedPair[], candidates: { a: string[], b: string[] } }}
 */
export function predict(a, b, servers) {
	if (!(a in BEHAVIOURS) || !(b in BEHAVIOURS) || !(servers in SERVER_CAPABILITIES)) {
		throw new RangeError(`not a NAT lab scenario: ${a}, ${b}, ${servers}`);
	}
	const caps = SERVER_CAPABILITIES[servers];
	const ca = gatheredCandidates(a, servers);
	const cb = gatheredCandidates(b, servers);
	const udp = directUdp(a, b, servers);
	const relay = relayPath(a, b, servers);
	const label = (/** @type {ModelCandidate} */ c) => `${c.type}/${c.transport}`;

	/** @type {PredictedPair[]} */
	const pairs = [];
	for (const x of ca) {
		for (const y of cb) {
			/** @type {Outcome | null} */
			let as = null;
			if (x.type !== 'relay' && y.type !== 'relay') {
				// RFC 8445 §6.1.2.2: only candidates of the same transport pair up.
				if (x.transport === 'udp' && y.transport === 'udp' && udp.works) {
					as = outcomeOfPair(udp.localType, udp.remoteType);
				}
				// ICE-TCP (RFC 6544 §6.2) pairs an active candidate only with a passive one, and
				// Chromium gathers only active TCP host candidates: two Chromiums never form a
				// TCP pair, so host/tcp × host/tcp never works, even with a public peer.
			} else if (x.type === 'relay' && y.type === 'relay') {
				as = outcomeOfPair(
					'relay',
					'relay',
					x.transport === 'tcp' || y.transport === 'tcp' ? 'tcp' : 'udp'
				);
			} else {
				const relayed = x.type === 'relay' ? x : y;
				const other = x.type === 'relay' ? b : a;
				const otherCandidate = x.type === 'relay' ? y : x;
				if (otherCandidate.transport === 'udp' && BEHAVIOURS[other].udp) {
					as = outcomeOfPair('relay', 'host', relayed.transport);
				}
			}
			pairs.push({ local: label(x), remote: label(y), works: as !== null, as });
		}
	}

	const bothPublic = a === 'public' && b === 'public';
	const onePublic = a === 'public' || b === 'public';
	const udpBlocked = !BEHAVIOURS[a].udp || !BEHAVIOURS[b].udp;
	if (!caps.relayOnly && udp.works) {
		const outcome = outcomeOfPair(udp.localType, udp.remoteType);
		/** @type {ReasonKey} */
		const reasonKey = bothPublic
			? 'both-public'
			: outcome === 'srflx' && onePublic
				? 'public-host'
				: outcome === 'srflx'
					? 'srflx-hole-punch'
					: onePublic
						? 'prflx-learned'
						: 'prflx-loose-filter';
		return { outcome, reasonKey, pairs, candidates: { a: ca.map(label), b: cb.map(label) } };
	}
	/** @type {ReasonKey} */
	let reasonKey;
	if (relay) {
		reasonKey = caps.relayOnly
			? 'relay-policy'
			: udpBlocked
				? 'relay-udp-blocked'
				: a === 'symmetric' || b === 'symmetric'
					? 'relay-symmetric'
					: 'relay-no-servers-path';
	} else {
		reasonKey = udpBlocked && !caps.turnTcp ? 'udp-blocked-no-turn-tcp' : 'no-direct-no-turn';
	}
	return {
		outcome: relay ?? 'failed',
		reasonKey,
		pairs,
		candidates: { a: ca.map(label), b: cb.map(label) }
	};
}
