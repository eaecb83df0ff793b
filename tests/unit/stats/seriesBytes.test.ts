import { describe, expect, it } from 'vitest';
import { SeriesBytes } from '$lib/stats/seriesBytes';

/** A series as a dump holds it: `"values":"<the array's JSON, escaped as a string>"`. */
function inFile(values: unknown[]): SeriesBytes {
	const head = '{"values":"';
	const tail = '","after":1}';
	const content = JSON.stringify(JSON.stringify(values)).slice(1, -1);
	const bytes = new TextEncoder().encode(head + content + tail);
	return new SeriesBytes(bytes, head.length, bytes.length - tail.length);
}

describe('SeriesBytes', () => {
	it('reads its text decoded and unescaped', () => {
		const values = ['a "quoted", \\ value', 'é ✓ 한국어', 1.5, null, { k: ['x'] }];
		expect(JSON.parse(inFile(values).text())).toEqual(values);
		expect(JSON.parse(inFile([1, 2, 3]).text())).toEqual([1, 2, 3]);
	});

	it('reads its last values from the end, however long they are', () => {
		const cases: unknown[][] = [
			[1, 2, 3],
			[7],
			[],
			Array.from({ length: 5000 }, (_, i) => i * 1.25),
			// elements longer than the first window, with commas and quotes inside
			Array.from({ length: 40 }, (_, i) => ({ n: i, text: `${'x, "y"'.repeat(200)} ${i}` })),
			Array.from({ length: 30 }, (_, i) => `${'한국어, ✓ '.repeat(i * 20)}${i}`),
			[{ a: [1, [2, { b: ']"' }]] }, 'last, "one"']
		];
		for (const values of cases) {
			const series = inFile(values);
			expect(series.tail(2), JSON.stringify(values).slice(0, 40)).toEqual(values.slice(-2));
			expect(series.tail(1)).toEqual(values.slice(-1));
		}
	});

	it('says null for a tail that does not read as the end of an array, and throws on bad text', () => {
		const bytes = new TextEncoder().encode('"1,2,3"');
		expect(new SeriesBytes(bytes, 1, 6).tail(2)).toBeNull();
		const broken = new TextEncoder().encode('"[\\"\\x\\"]"');
		expect(() => new SeriesBytes(broken, 1, broken.length - 1).text()).toThrow();
	});
});
