// @ts-check
/**
 * Codes people read aloud and type by hand, in Crockford's base32
 * (https://www.crockford.com/base32.html): room ids (./roomId.js) and class codes
 * (../classroom/protocol.js). The alphabet has no I, L, O or U, so a spoken or hand-typed code
 * survives: a typed I or L reads as 1, an O as 0, and case, dashes and spaces do not matter.
 */

export const CROCKFORD_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * `count` random symbols: the bits of ceil(count × 5 / 8) random bytes, read 5 at a time.
 * @param {number} count
 * @param {(bytes: Uint8Array) => Uint8Array} random a cryptographic source (Web Crypto's, in browsers and in Node 20)
 */
export function randomSymbols(count, random) {
	const bytes = random(new Uint8Array(Math.ceil((count * 5) / 8)));
	let bits = 0;
	let value = 0;
	let symbols = '';
	for (const byte of bytes) {
		value = (value << 8) | byte;
		bits += 8;
		while (bits >= 5 && symbols.length < count) {
			symbols += CROCKFORD_ALPHABET[(value >> (bits - 5)) & 31];
			bits -= 5;
		}
		value &= (1 << bits) - 1;
	}
	return symbols;
}

/**
 * The symbols of a code as a person typed or scanned it (any case, with or without dashes or
 * spaces, I/L for 1 and O for 0) in canonical form, or null when it is not `count` of them.
 * @param {unknown} input
 * @param {number} count
 * @param {number} maxLength longer input is refused before it is looked at
 * @returns {string | null}
 */
export function readSymbols(input, count, maxLength) {
	if (typeof input !== 'string' || input.length > maxLength) return null;
	const symbols = input
		.toUpperCase()
		.replace(/[\s-]/g, '')
		.replace(/[IL]/g, '1')
		.replace(/O/g, '0');
	if (symbols.length !== count) return null;
	for (const symbol of symbols) if (!CROCKFORD_ALPHABET.includes(symbol)) return null;
	return symbols;
}

/**
 * Symbols in dash-separated groups, as they are read aloud: `7K2M-9QXA-…`, `7K2-M9Q`.
 * @param {string} symbols
 * @param {number} size
 */
export function groupSymbols(symbols, size) {
	const groups = [];
	for (let i = 0; i < symbols.length; i += size) groups.push(symbols.slice(i, i + size));
	return groups.join('-');
}

/**
 * @typedef {object} CodeFormat
 * @property {(random?: (bytes: Uint8Array) => Uint8Array) => string} create a new code in canonical
 *   form, from a cryptographic random source (Web Crypto's by default)
 * @property {(input: unknown) => string | null} normalize a code as a person typed it, in canonical
 *   form, or null when it is not one
 */

/**
 * One kind of code: so many symbols, shown in dash-separated groups of `group`.
 * @param {{ symbols: number, group: number, maxInput: number }} format maxInput: longer input is
 *   refused before it is looked at, however it is spaced
 * @returns {CodeFormat}
 */
export function codeFormat({ symbols, group, maxInput }) {
	return {
		create: (random = (bytes) => crypto.getRandomValues(bytes)) =>
			groupSymbols(randomSymbols(symbols, random), group),
		normalize: (input) => {
			const read = readSymbols(input, symbols, maxInput);
			return read === null ? null : groupSymbols(read, group);
		}
	};
}
