/**
 * ICE server URLs as RTCIceServer.urls takes them: the `stun:`/`stuns:` URI of RFC 7064 §3.1 and
 * the `turn:`/`turns:` URI of RFC 7065 §3.1. Checked as the user types, so that a mistake is
 * named and located before the browser throws a bare SyntaxError from `new RTCPeerConnection`.
 *
 *   stunURI = scheme ":" host [ ":" port ]                       scheme = "stun" / "stuns"
 *   turnURI = scheme ":" host [ ":" port ] [ "?transport=" transport ]   scheme = "turn" / "turns"
 *   host    = IP-literal / IPv4address / reg-name (RFC 3986 §3.2.2)
 */

export type IceScheme = 'stun' | 'stuns' | 'turn' | 'turns';

/** RFC 7064 §3.1 / RFC 7065 §3.1: 3478 without TLS, 5349 with it (RFC 8489 §9). */
export const DEFAULT_PORTS: Record<IceScheme, number> = {
	stun: 3478,
	stuns: 5349,
	turn: 3478,
	turns: 5349
};

export interface IceServerUrl {
	scheme: IceScheme;
	host: string;
	hostKind: 'ipv4' | 'ipv6' | 'name';
	/** the port written, or the scheme's default */
	port: number;
	portWritten: boolean;
	/** only for turn/turns; null when not written (the browser then tries UDP) */
	transport: 'udp' | 'tcp' | null;
}

export type IceUrlProblem =
	| 'empty'
	| 'noScheme'
	| 'unknownScheme'
	| 'slashes'
	| 'noHost'
	| 'badIpv6'
	| 'badIpv4'
	| 'badHost'
	| 'badPort'
	| 'portRange'
	| 'queryOnStun'
	| 'badQuery'
	| 'badTransport'
	| 'trailing';

export interface IceUrlError {
	problem: IceUrlProblem;
	/** 0-based index in the URL where the problem starts */
	index: number;
	/** the offending text ('' when something is missing) */
	text: string;
}

export type IceUrlResult = { ok: true; url: IceServerUrl } | { ok: false; error: IceUrlError };

const SCHEMES: readonly IceScheme[] = ['stun', 'stuns', 'turn', 'turns'];
const MAX_PORT = 65535;
const IPV4 = /^(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
/** Looks like an IPv4 address (four dotted numbers) even if one part is out of range. */
const DOTTED_NUMBERS = /^\d+(?:\.\d+){3}$/;
/** RFC 3986 reg-name with DNS labels: letters, digits, hyphens, dots (percent-escapes are not used by browsers). */
const REG_NAME =
	/^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.?$/;

/** An IPv6 literal without brackets (RFC 4291 §2.2): up to eight hex groups, one `::`, an optional IPv4 tail. */
export function isIpv6(text: string): boolean {
	const zoneless = text.split('%')[0]!;
	if (!/^[0-9A-Fa-f:.]+$/.test(zoneless) || !zoneless.includes(':')) return false;
	const doubles = zoneless.split('::').length - 1;
	if (doubles > 1) return false;
	let groups = zoneless.split(':');
	const last = groups[groups.length - 1]!;
	let count = 0;
	if (last.includes('.')) {
		if (!IPV4.test(last)) return false;
		groups = groups.slice(0, -1);
		count += 2;
	}
	const nonEmpty = groups.filter((g) => g !== '');
	if (nonEmpty.some((g) => !/^[0-9A-Fa-f]{1,4}$/.test(g))) return false;
	count += nonEmpty.length;
	// a single ':' at either end is not allowed, only as part of '::'
	if (zoneless.startsWith(':') && !zoneless.startsWith('::')) return false;
	if (zoneless.endsWith(':') && !zoneless.endsWith('::')) return false;
	return doubles === 1 ? count < 8 : count === 8;
}

export function parseIceServerUrl(input: string): IceUrlResult {
	const fail = (problem: IceUrlProblem, index: number, text = ''): IceUrlResult => ({
		ok: false,
		error: { problem, index, text }
	});
	if (input.trim() === '') return fail('empty', 0);
	const colon = input.indexOf(':');
	if (colon <= 0) return fail('noScheme', 0, input);
	const written = input.slice(0, colon);
	const scheme = written.toLowerCase() as IceScheme;
	if (!SCHEMES.includes(scheme)) return fail('unknownScheme', 0, written);

	let rest = input.slice(colon + 1);
	let at = colon + 1;
	// `stun://host` is the most common mistake: these URIs have no authority part.
	if (rest.startsWith('//')) return fail('slashes', at, '//');

	const query = rest.indexOf('?');
	const queryText = query >= 0 ? rest.slice(query + 1) : null;
	const queryAt = at + query + 1;
	if (query >= 0) rest = rest.slice(0, query);

	let host: string;
	let hostKind: IceServerUrl['hostKind'];
	let portText: string | null = null;
	let portAt = 0;
	if (rest.startsWith('[')) {
		const close = rest.indexOf(']');
		if (close < 0) return fail('badIpv6', at, rest);
		host = rest.slice(1, close);
		if (!isIpv6(host)) return fail('badIpv6', at, rest.slice(0, close + 1));
		hostKind = 'ipv6';
		const after = rest.slice(close + 1);
		if (after.startsWith(':')) {
			portText = after.slice(1);
			portAt = at + close + 2;
		} else if (after !== '') {
			return fail('trailing', at + close + 1, after);
		}
	} else {
		const portColon = rest.indexOf(':');
		host = portColon >= 0 ? rest.slice(0, portColon) : rest;
		if (portColon >= 0) {
			portText = rest.slice(portColon + 1);
			portAt = at + portColon + 1;
			// two colons and no brackets: an IPv6 address written bare
			if (portText.includes(':')) return fail('badIpv6', at, rest);
		}
		if (host === '') return fail('noHost', at);
		if (DOTTED_NUMBERS.test(host)) {
			if (!IPV4.test(host)) return fail('badIpv4', at, host);
			hostKind = 'ipv4';
		} else if (REG_NAME.test(host)) {
			hostKind = 'name';
		} else {
			const bad = [...host].findIndex((ch) => !/[A-Za-z0-9.-]/.test(ch));
			return fail('badHost', at + Math.max(bad, 0), host);
		}
	}
	at = portAt;

	let port = DEFAULT_PORTS[scheme];
	if (portText !== null) {
		if (!/^\d+$/.test(portText)) return fail('badPort', at, portText);
		port = Number(portText);
		if (port < 1 || port > MAX_PORT) return fail('portRange', at, portText);
	}

	let transport: IceServerUrl['transport'] = null;
	if (queryText !== null) {
		if (scheme === 'stun' || scheme === 'stuns') return fail('queryOnStun', queryAt - 1, '?');
		const match = /^transport=(.*)$/i.exec(queryText);
		if (!match) return fail('badQuery', queryAt, queryText);
		const value = match[1]!.toLowerCase();
		if (value !== 'udp' && value !== 'tcp') {
			return fail('badTransport', queryAt + 'transport='.length, match[1]!);
		}
		transport = value;
	}
	return {
		ok: true,
		url: { scheme, host, hostKind, port, portWritten: portText !== null, transport }
	};
}

export function isTurn(url: IceServerUrl): boolean {
	return url.scheme === 'turn' || url.scheme === 'turns';
}

/** One RTCIceServer as the user typed it. */
export interface IceServerEntry {
	urls: string[];
	username: string;
	credential: string;
}

export type IceServerProblem =
	| { kind: 'url'; url: string; error: IceUrlError }
	| { kind: 'noUrls' }
	| { kind: 'turnNeedsCredentials' };

/**
 * What `new RTCPeerConnection` would reject in one server entry (W3C webrtc-pc §4.4.1.3): every
 * URL must parse, and a TURN URL needs a username and a credential (else InvalidAccessError).
 */
export function validateIceServer(entry: IceServerEntry): IceServerProblem[] {
	const problems: IceServerProblem[] = [];
	if (entry.urls.length === 0) problems.push({ kind: 'noUrls' });
	let needsCredentials = false;
	for (const url of entry.urls) {
		const result = parseIceServerUrl(url);
		if (!result.ok) problems.push({ kind: 'url', url, error: result.error });
		else if (isTurn(result.url)) needsCredentials = true;
	}
	if (needsCredentials && (entry.username === '' || entry.credential === '')) {
		problems.push({ kind: 'turnNeedsCredentials' });
	}
	return problems;
}
