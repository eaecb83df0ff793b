import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codeFormat, groupSymbols, randomSymbols, readSymbols } from '$lib/signaling/crockford.js';

/** Crockford's alphabet, written out here rather than read from the code under test. */
const CROCKFORD = /^[0-9A-HJKMNP-TV-Z]*$/;

describe('Crockford base32 codes', () => {
	it('draws 5 bits a symbol from as few bytes as hold them', () => {
		const asked: number[] = [];
		const zeros = (bytes: Uint8Array) => (asked.push(bytes.length), bytes);
		expect(randomSymbols(16, zeros)).toBe('0'.repeat(16));
		expect(randomSymbols(6, zeros)).toBe('000000');
		expect(randomSymbols(1, zeros)).toBe('0');
		// 80 bits in 10 bytes; 30 bits in 4 bytes (32 bits, 2 unused); 5 bits in 1 byte
		expect(asked).toEqual([10, 4, 1]);
		expect(randomSymbols(6, (bytes) => bytes.fill(255))).toBe('ZZZZZZ');
		// the first 5 bits make the first symbol: 0b00001_000 -> '1'
		expect(randomSymbols(1, (bytes) => bytes.fill(0b00001000))).toBe('1');
	});

	it('reads what people type: any case, dashes and spaces, I and L as 1, O as 0', () => {
		expect(readSymbols('7k2-m9q', 6, 20)).toBe('7K2M9Q');
		expect(readSymbols(' 7K2 M9Q ', 6, 20)).toBe('7K2M9Q');
		expect(readSymbols('iLo-IlO', 6, 20)).toBe('110110');
	});

	it('refuses the wrong count, letters outside the alphabet, long input and non-strings', () => {
		expect(readSymbols('7K2M9', 6, 20)).toBeNull();
		expect(readSymbols('7K2M9QX', 6, 20)).toBeNull();
		expect(readSymbols('7K2-M9U', 6, 20)).toBeNull(); // U is not in the alphabet
		expect(readSymbols('7K2-M9!', 6, 20)).toBeNull();
		expect(readSymbols(`7K2M9Q${' '.repeat(15)}`, 6, 20)).toBeNull();
		expect(readSymbols(null, 6, 20)).toBeNull();
		expect(readSymbols(123456, 6, 20)).toBeNull();
	});

	it('groups symbols with dashes', () => {
		expect(groupSymbols('7K2M9Q', 3)).toBe('7K2-M9Q');
		expect(groupSymbols('0123456789ABCDEF', 4)).toBe('0123-4567-89AB-CDEF');
		expect(groupSymbols('12345', 2)).toBe('12-34-5');
	});

	it('reads back every code it draws', () => {
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 32 }), fc.uint8Array({ minLength: 20 }), (n, pool) => {
				const symbols = randomSymbols(n, (bytes) => bytes.map((_, i) => pool[i] ?? 0));
				expect(symbols).toHaveLength(n);
				expect(symbols).toMatch(CROCKFORD);
				expect(readSymbols(groupSymbols(symbols, 4).toLowerCase(), n, 64)).toBe(symbols);
			})
		);
	});

	it('makes a kind of code: its count of symbols, its groups, its longest input', () => {
		const format = codeFormat({ symbols: 6, group: 3, maxInput: 12 });
		expect(format.create(() => new Uint8Array(4))).toBe('000-000');
		expect(format.create(() => new Uint8Array(4).fill(255))).toBe('ZZZ-ZZZ');
		expect(format.create()).toMatch(/^[0-9A-HJKMNP-TV-Z]{3}-[0-9A-HJKMNP-TV-Z]{3}$/);
		expect(format.normalize('7k2 m9q')).toBe('7K2-M9Q');
		expect(format.normalize('7K2-M9Q-')).toBe('7K2-M9Q');
		expect(format.normalize('7K2-M9Q      ')).toBeNull(); // 13 characters
		expect(format.normalize('7K2-M9')).toBeNull();
	});
});
