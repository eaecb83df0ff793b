/**
 * Hides what identifies a person or a session before a screenshot or a copy is shared: IP
 * addresses and host names, ICE credentials, DTLS fingerprints and SDES keys. Every line keeps
 * its place, its tokens and its line ending, and masked values keep their grammar (documentation
 * addresses, ice-chars, hex pairs, base64), so the masked SDP still inspects the same way. The
 * same value always becomes the same mask, so a candidate's raddr still matches its host
 * candidate and an ICE restart still shows a new ufrag.
 */
import { addressKind } from '$lib/grammar';
import { isPlaceholderAddress } from './address';
import { ICE_PWD_MIN, ICE_UFRAG_MIN } from './explain/ice';

export type MaskKind = 'address' | 'ufrag' | 'pwd' | 'fingerprint' | 'key';

/** Documentation ranges: TEST-NET-1, -2 and -3 (RFC 5737 §3) and 2001:db8::/32 (RFC 3849). */
const IPV4_TEST_NETS = ['192.0.2.', '198.51.100.', '203.0.113.'];
const HOSTS_PER_NET = 254;
const IPV6_DOCUMENTATION = '2001:db8::';

function pad(prefix: string, length: number, min: number): string {
	return prefix.padEnd(Math.max(length, min, prefix.length), 'x');
}

class Masker {
	private readonly seen = new Map<string, string>();
	private readonly counters = { ipv4: 0, ipv6: 0, mdns: 0, fqdn: 0, ufrag: 0, pwd: 0 };

	private once(kind: string, value: string, make: () => string): string {
		const id = `${kind} ${value}`;
		let masked = this.seen.get(id);
		if (masked === undefined) {
			masked = make();
			this.seen.set(id, masked);
		}
		return masked;
	}

	address(value: string): string {
		if (value === '' || isPlaceholderAddress(value)) return value;
		const kind = addressKind(value);
		return this.once('address', value, () => {
			const n = ++this.counters[kind];
			switch (kind) {
				case 'ipv4': {
					const net = IPV4_TEST_NETS[Math.floor((n - 1) / HOSTS_PER_NET) % IPV4_TEST_NETS.length];
					return `${net}${((n - 1) % HOSTS_PER_NET) + 1}`;
				}
				case 'ipv6':
					return `${IPV6_DOCUMENTATION}${n.toString(16)}`;
				case 'mdns':
					return `masked-${n}.local`;
				default:
					return `masked-${n}.invalid`;
			}
		});
	}

	/** `address/ttl` in c= keeps its suffix. */
	connectionAddress(value: string): string {
		const slash = value.indexOf('/');
		if (slash < 0 || addressKind(value) === 'ipv6') return this.address(value);
		return this.address(value.slice(0, slash)) + value.slice(slash);
	}

	ufrag(value: string): string {
		return this.once('ufrag', value, () =>
			pad(`u${++this.counters.ufrag}`, value.length, ICE_UFRAG_MIN)
		);
	}

	pwd(value: string): string {
		return this.once('pwd', value, () => pad(`p${++this.counters.pwd}`, value.length, ICE_PWD_MIN));
	}

	/** hex pairs become 00, so the length still tells the hash function */
	fingerprint(value: string): string {
		return value.replace(/[0-9A-Fa-f]{2}/g, '00');
	}

	/** `inline:<base64 key>|lifetime|mki`: only the key goes */
	cryptoKey(value: string): string {
		return value.replace(
			/(inline:)([^|;\s]*)/g,
			(_, prefix: string, key: string) => prefix + 'A'.repeat(key.length)
		);
	}
}

/** Applies `mask` to the non-space tokens of a line, keeping every separator as it was. */
function mapTokens(
	raw: string,
	mask: (token: string, index: number, all: string[]) => string
): string {
	const parts = raw.split(/(\s+)/);
	const words = parts.filter((_, i) => i % 2 === 0 && parts[i] !== '');
	let index = 0;
	for (let i = 0; i < parts.length; i += 2) {
		if (parts[i] === '') continue;
		parts[i] = mask(parts[i]!, index, words);
		index++;
	}
	return parts.join('');
}

function afterColon(token: string, mask: (value: string) => string): string {
	const colon = token.indexOf(':');
	return colon < 0 ? token : token.slice(0, colon + 1) + mask(token.slice(colon + 1));
}

function maskLine(raw: string, masker: Masker): string {
	const text = raw.trimStart();
	if (text.startsWith('o=')) return mapTokens(raw, (t, i) => (i === 5 ? masker.address(t) : t));
	if (text.startsWith('c='))
		return mapTokens(raw, (t, i) => (i === 2 ? masker.connectionAddress(t) : t));
	if (!text.startsWith('a=')) return raw;
	const colon = text.indexOf(':');
	const attribute = colon < 0 ? text.slice(2) : text.slice(2, colon);
	switch (attribute) {
		case 'candidate':
			return mapTokens(raw, (t, i, all) => {
				if (i === 4) return masker.address(t);
				const previous = all[i - 1];
				if (i > 7 && previous === 'raddr') return masker.address(t);
				if (i > 7 && previous === 'ufrag') return masker.ufrag(t);
				return t;
			});
		case 'remote-candidates':
			return mapTokens(raw, (t, i) => (i % 3 === 1 ? masker.address(t) : t));
		case 'rtcp':
			return mapTokens(raw, (t, i) => (i === 3 ? masker.address(t) : t));
		case 'ice-ufrag':
			return mapTokens(raw, (t, i) => (i === 0 ? afterColon(t, (v) => masker.ufrag(v)) : t));
		case 'ice-pwd':
			return mapTokens(raw, (t, i) => (i === 0 ? afterColon(t, (v) => masker.pwd(v)) : t));
		case 'fingerprint':
			return mapTokens(raw, (t, i) => (i === 1 ? masker.fingerprint(t) : t));
		case 'crypto':
			return masker.cryptoKey(raw);
		default:
			return raw;
	}
}

function maskText(text: string, masker: Masker): string {
	if (typeof text !== 'string') return '';
	const parts = text.split(/(\r\n|\r|\n)/);
	for (let i = 0; i < parts.length; i += 2) parts[i] = maskLine(parts[i]!, masker);
	return parts.join('');
}

/** Masks a whole description; line count, line endings and structure stay as they were. */
export function maskSdp(text: string): string {
	return maskText(text, new Masker());
}

/**
 * Masks several descriptions with one mapping (an offer and its answer, or the two sides of a
 * diff): an address or ufrag found in both gets the same mask in both, and different ones
 * never share a mask, so the masked pair still tells who is who.
 */
export function maskSdps(texts: readonly string[]): string[] {
	const masker = new Masker();
	return texts.map((text) => maskText(text, masker));
}

/** Masks one value through `masker`, so that it agrees with everything else masked through it. */
function maskOne(masker: Masker, kind: MaskKind, value: string): string {
	switch (kind) {
		case 'address':
			return masker.connectionAddress(value);
		case 'ufrag':
			return masker.ufrag(value);
		case 'pwd':
			return masker.pwd(value);
		case 'fingerprint':
			return masker.fingerprint(value);
		case 'key':
			return masker
				.cryptoKey(value.startsWith('inline:') ? value : `inline:${value}`)
				.slice(value.startsWith('inline:') ? 0 : 'inline:'.length);
	}
}

/** Masks one value on its own (for a value shown outside the SDP text, e.g. in a summary card). */
export function maskValue(kind: MaskKind, value: string): string {
	return maskOne(new Masker(), kind, value);
}

/**
 * One mapping for a whole record (a session export): SDPs, candidate lines and single values
 * masked through it agree with each other, as in `maskSdps`.
 */
export interface SessionMasker {
	sdp(text: string): string;
	value(kind: MaskKind, value: string): string;
}

export function createMasker(): SessionMasker {
	const masker = new Masker();
	return {
		sdp: (text) => maskText(text, masker),
		value: (kind, value) => maskOne(masker, kind, value)
	};
}
