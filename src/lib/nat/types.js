// @ts-check
/**
 * The NAT lab's vocabulary, shared by the lab (src/lib/server/nat/), its CLI and the /nat page.
 * Imports nothing, so every layer can use it; the contract is /work/shared/brief/nat-contract.md.
 */

/**
 * The home networks the lab builds with netfilter (RFC 4787 names in brackets):
 * - `public`: no NAT, the peer has an internet address.
 * - `cone`: port-restricted cone [endpoint-independent mapping, address-and-port-dependent
 *   filtering]: Linux masquerade keeping the source port.
 * - `symmetric`: [address-and-port-dependent mapping]: masquerade with fully random ports, a new
 *   public port per destination.
 * - `udp-blocked`: a firewall that lets only TCP out (and NATs it like `cone`).
 * - `full-cone`: [endpoint-independent mapping, endpoint-independent filtering]: `cone`, plus a
 *   dynamic nftables map of the mappings the NAT learns, through which a new UDP flow from any
 *   address:port to a mapped public port gets in (routerRuleset in src/lib/server/nat/topology.js).
 * - `address-restricted`: address-restricted cone [endpoint-independent mapping,
 *   address-dependent filtering]: the same, but only from an address the inside has sent to from
 *   that public port, whatever the remote port.
 * @typedef {'public' | 'cone' | 'symmetric' | 'udp-blocked' | 'full-cone' | 'address-restricted'} NetworkName
 */

/**
 * The ICE servers both peers get:
 * - `none`: no servers (host candidates only);
 * - `stun`: the lab's STUN server;
 * - `stun+turn`: STUN and TURN over UDP and TCP;
 * - `turn-only`: TURN over UDP and TCP with iceTransportPolicy 'relay';
 * - `turn-tcp-only`: TURN over TCP only, with iceTransportPolicy 'relay'.
 * @typedef {'none' | 'stun' | 'stun+turn' | 'turn-only' | 'turn-tcp-only'} ServerSet
 */

/**
 * How the call connected: the selected pair's type as peer A saw it (`host`, `srflx`, `prflx`
 * when either side of a direct pair is host/srflx/prflx — the "least direct" type wins, see
 * outcomeOfPair in predict.js), `relay-udp` / `relay-tcp` when either side is a relay candidate
 * (by the transport between that peer and its TURN server), or `failed`.
 * @typedef {'host' | 'srflx' | 'prflx' | 'relay-udp' | 'relay-tcp' | 'failed'} Outcome
 */

/**
 * One NAT mapping read from conntrack in a router's namespace.
 * @typedef {object} Mapping
 * @property {'a' | 'b'} nat
 * @property {string} internal 'addr:port' on the home side
 * @property {string} external 'addr:port' the NAT gave it on the internet side
 * @property {string} remote 'addr:port' the flow goes to
 * @property {'udp' | 'tcp'} protocol
 * @property {number} t ms since the run started
 */

/**
 * One decoded packet captured on the internet side.
 * @typedef {object} Packet
 * @property {number} t ms since the run started
 * @property {string} from 'addr:port'
 * @property {string} to 'addr:port'
 * @property {'udp' | 'tcp'} protocol
 * @property {string} kind e.g. 'binding-request', 'allocate-error-401', 'channel-data', 'ice-check'
 * @property {Record<string, unknown>} summary the decoded fields
 */

/**
 * @typedef {'phase' | 'candidate' | 'gathering' | 'pair' | 'state' | 'mapping' | 'packet' | 'log'
 *   | 'error'} NatEventKind
 */

/**
 * @typedef {object} NatEvent
 * @property {number} t ms since the run started
 * @property {NatEventKind} kind
 * @property {'a' | 'b'} [peer]
 * @property {any} data
 */

/**
 * @typedef {object} TopologySide
 * @property {NetworkName} network
 * @property {string} lan 'cidr' of the home network (the internet for `public`)
 * @property {string} host the peer's own address
 * @property {string} [natPublic] the NAT's internet address (absent for `public`)
 */

/**
 * @typedef {object} Topology
 * @property {TopologySide} a
 * @property {TopologySide} b
 * @property {string} internet 'cidr'
 * @property {string} [stun] 'addr:port'
 * @property {{ udp: string, tcp: string }} [turn] 'addr:port' each
 */

/**
 * @typedef {object} NatRun
 * @property {1} version
 * @property {NetworkName} a
 * @property {NetworkName} b
 * @property {ServerSet} servers
 * @property {Outcome} outcome
 * @property {Outcome} predicted
 * @property {number | null} msToConnected
 * @property {{ a: string[], b: string[] }} candidates the candidate strings each peer gathered
 * @property {{ local: string, remote: string } | null} selectedPair as peer A saw it
 * @property {Mapping[]} mappings
 * @property {Packet[]} packets
 * @property {Topology} topology
 * @property {NatEvent[]} events
 * @property {{ direct?: number, relayed?: number }} rttMs
 * @property {number} [netemDelayMs]
 * @property {string} startedAt ISO
 * @property {string} browser e.g. 'Chromium 143.0.7499.169'
 * @property {boolean} recorded
 * @property {{ code: string, message: string }} [error]
 */

/** @type {readonly NetworkName[]} */
export const NETWORKS = Object.freeze([
	'public',
	'cone',
	'symmetric',
	'udp-blocked',
	'full-cone',
	'address-restricted'
]);

/** @type {readonly ServerSet[]} */
export const SERVER_SETS = Object.freeze([
	'none',
	'stun',
	'stun+turn',
	'turn-only',
	'turn-tcp-only'
]);

/** @type {readonly Outcome[]} */
export const OUTCOMES = Object.freeze([
	'host',
	'srflx',
	'prflx',
	'relay-udp',
	'relay-tcp',
	'failed'
]);

/**
 * True when (a, b, servers) is one of the fixed scenarios the lab can run; the page and the CLI
 * accept nothing else.
 * @param {unknown} a
 * @param {unknown} b
 * @param {unknown} servers
 * @returns {boolean}
 */
export function isScenario(a, b, servers) {
	return (
		NETWORKS.includes(/** @type {NetworkName} */ (a)) &&
		NETWORKS.includes(/** @type {NetworkName} */ (b)) &&
		SERVER_SETS.includes(/** @type {ServerSet} */ (servers))
	);
}
