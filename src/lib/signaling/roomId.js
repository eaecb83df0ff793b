// @ts-check
/**
 * Room ids: 80 random bits written in Crockford's base32 (./crockford.js), as four groups of
 * four, e.g. `7K2M-9QXA-B3DF-0ZPN`. 80 bits is well above the 64 the issue asks for: guessing one
 * live room among a million takes about 2^60 tries. Shared by the browser (creating a room) and
 * the server (checking).
 */
import { codeFormat } from './crockford.js';

/** 16 symbols of 5 bits = 80 bits of randomness (10 bytes). */
export const ROOM_ID_SYMBOLS = 16;
/** Longer input is not a room id, however it is spaced. */
export const MAX_ROOM_ID_INPUT = 64;
const ROOM_ID = codeFormat({ symbols: ROOM_ID_SYMBOLS, group: 4, maxInput: MAX_ROOM_ID_INPUT });

/**
 * A new room id from a cryptographic random source (Web Crypto, in browsers and in Node 20).
 * @param {(bytes: Uint8Array) => Uint8Array} [random]
 * @returns {string}
 */
export function newRoomId(random) {
	return ROOM_ID.create(random);
}

/**
 * Reads a room id as a person typed or scanned it: any case, with or without dashes or spaces,
 * I/L for 1 and O for 0. Returns the canonical form, or null when it is not a room id.
 * @param {string} input
 * @returns {string | null}
 */
export function normalizeRoomId(input) {
	return ROOM_ID.normalize(input);
}
