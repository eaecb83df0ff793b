// @ts-check
/**
 * Reads NAT mappings out of conntrack's text output (`conntrack -L -o extended` listings and
 * `conntrack -E -o extended` event lines). Each connection has an original tuple (as the home
 * host sent it) and a reply tuple (what the answer must look like); after masquerade, the reply's
 * destination is the public address:port the NAT gave the flow. So a mapping is
 *   internal = original src:sport, remote = original dst:dport, external = reply dst:dport.
 */

/** @typedef {import('./types.js').Mapping} Mapping */

/**
 * @typedef {object} ConntrackEntry
 * @property {string | null} event 'NEW', 'UPDATE', 'DESTROY' for event lines, null for listings
 * @property {'udp' | 'tcp'} protocol
 * @property {string} internal
 * @property {string} remote
 * @property {string} external
 * @property {boolean} replied false while conntrack has seen no answer ([UNREPLIED])
 */

const TUPLE_KEYS = ['src', 'dst', 'sport', 'dport'];

/**
 * @param {string} line one line of conntrack output
 * @returns {ConntrackEntry | null} null for lines that are not a UDP/TCP IPv4 connection
 */
export function parseConntrackLine(line) {
	const event = /\[(NEW|UPDATE|DESTROY)\]/.exec(line)?.[1] ?? null;
	const protocol = /\b(udp|tcp)\s+\d+\s/.exec(line)?.[1];
	if (!protocol || !/\bipv4\b/.test(line)) return null;
	/** @type {Record<string, string>[]} */
	const tuples = [];
	for (const [, key = '', value = ''] of line.matchAll(/\b(src|dst|sport|dport)=(\S+)/g)) {
		let current = tuples[tuples.length - 1];
		// A key seen again starts the next tuple (the reply after the original).
		if (!current || key in current) tuples.push((current = {}));
		current[key] = value;
	}
	const [original, reply] = tuples;
	if (!original || !reply || !TUPLE_KEYS.every((k) => k in original && k in reply)) return null;
	return {
		event,
		protocol: /** @type {'udp' | 'tcp'} */ (protocol),
		internal: `${original.src}:${original.sport}`,
		remote: `${original.dst}:${original.dport}`,
		external: `${reply.dst}:${reply.dport}`,
		replied: !/\[UNREPLIED\]/.test(line)
	};
}

/**
 * The mappings in a chunk of conntrack output (events other than NEW, and flows the NAT did not
 * translate, are left out), for one NAT, stamped with a time.
 * @param {string} text
 * @param {'a' | 'b'} nat
 * @param {number} t ms since the run started
 * @returns {Mapping[]}
 */
export function mappingsFrom(text, nat, t) {
	/** @type {Mapping[]} */
	const mappings = [];
	for (const line of text.split('\n')) {
		const entry = parseConntrackLine(line);
		if (!entry || (entry.event !== null && entry.event !== 'NEW')) continue;
		if (entry.internal === entry.external) continue; // not through the NAT (e.g. the router's own)
		const { internal, external, remote, protocol } = entry;
		mappings.push({ nat, internal, external, remote, protocol, t });
	}
	return mappings;
}

/**
 * A key that is the same for the same mapping, to merge events with a final listing.
 * @param {Pick<Mapping, 'nat' | 'internal' | 'external' | 'remote' | 'protocol'>} m
 */
export function mappingKey(m) {
	return `${m.nat} ${m.protocol} ${m.internal} ${m.external} ${m.remote}`;
}
