// @ts-check
/**
 * Room ids: 80 random bits written in Crockford's base32 (https://www.crockford.com/base32.html),
 * as four groups of four, e.g. `7K2M-9QXA-B3DF-0ZPN`. Crockford's alphabet has no I, L, O or U,
 * so a spoken or hand-typed id survives: a typed I or L reads as 1, an O as 0, case and spaces
 * do not matter. 80 bits is well above the 64 the issue asks for: guessing one live room among a
 * million takes about 2^60 tries. Shared by the browser (creating a room) and the server (checking).
 */

export const CROCKFORD_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** 16 symbols of 5 bits = 80 bits of randomness. */
export const ROOM_ID_SYMBOLS = 16;
const GROUP = 4;

/**
 * A new room id from a cryptographic random source (Web Crypto, in browsers and in Node 20).
 * @param {(bytes: Uint8Array) => Uint8Array} [random]
 * @returns {string}
 */
export function newRoomId(random = (bytes) => crypto.getRandomValues(bytes)) {
	// 10 bytes = 80 bits, read 5 bits at a time.
	const bytes = random(new Uint8Array((ROOM_ID_SYMBOLS * 5) / 8));
	let bits = 0;
	let value = 0;
	let symbols = '';
	for (const byte of bytes) {
		value = (value << 8) | byte;
		bits += 8;
		while (bits >= 5) {
			symbols += CROCKFORD_ALPHABET[(value >> (bits - 5)) & 31];
			bits -= 5;
		}
		value &= (1 << bits) - 1;
	}
	return formatRoomId(symbols);
}

/**
 * Groups 16 symbols as XXXX-XXXX-XXXX-XXXX.
 * @param {string} symbols
 */
function formatRoomId(symbols) {
	const groups = [];
	for (let i = 0; i < symbols.length; i += GROUP) groups.push(symbols.slice(i, i + GROUP));
	return groups.join('-');
}

/**
 * Reads a room id as a person typed or scanned it: any case, with or without dashes or spaces,
 * I/L for 1 and O for 0. Returns the canonical form, or null when it is not a room id.
 * @param {string} input
 * @returns {string | null}
 */
export function normalizeRoomId(input) {
	if (typeof input !== 'string' || input.length > 64) return null;
	const symbols = input
		.toUpperCase()
		.replace(/[\s-]/g, '')
		.replace(/[IL]/g, '1')
		.replace(/O/g, '0');
	if (symbols.length !== ROOM_ID_SYMBOLS) return null;
	for (const symbol of symbols) if (!CROCKFORD_ALPHABET.includes(symbol)) return null;
	return formatRoomId(symbols);
}
