import { describe, expect, it } from 'vitest';
import { lastOfArray, startsValue, ValueText } from '$lib/stats/jsonText';

/** Scans one value from the first chunk's start, chunk by chunk: its text and what follows it. */
function cut(chunks: string[]): { value: string; rest: string; done: boolean } {
	const value = new ValueText();
	let rest = '';
	for (const chunk of chunks) {
		if (value.done) {
			rest += chunk;
			continue;
		}
		const end = value.scan(chunk, 0);
		rest += chunk.slice(end);
	}
	return { value: value.take(), rest, done: value.done };
}

describe('ValueText', () => {
	it('ends a string, an object or an array at its close, whatever the chunks', () => {
		const text = '{"a":"x\\"}","b":[1,{"c":"]"}]},"next"';
		for (let size = 1; size <= text.length; size++) {
			const chunks = text.match(new RegExp(`[^]{1,${size}}`, 'g'))!;
			expect(cut(chunks), `chunks of ${size}`).toEqual({
				value: '{"a":"x\\"}","b":[1,{"c":"]"}]}',
				rest: ',"next"',
				done: true
			});
		}
	});

	it('follows backslashes split across chunks', () => {
		// "a\\" ends the string (an escaped backslash); "a\"b" does not end at the second quote
		expect(cut(['"a\\', '\\"', ',1'])).toMatchObject({ value: '"a\\\\"', rest: ',1' });
		expect(cut(['"a\\', '"b"', ',1'])).toMatchObject({ value: '"a\\"b"', rest: ',1' });
		expect(cut(['"a\\\\\\', '""', ','])).toMatchObject({ value: '"a\\\\\\""', rest: ',' });
	});

	it('ends a scalar at the first delimiter, left unread, or is still in it', () => {
		expect(cut(['-12.5e', '3 ,'])).toEqual({ value: '-12.5e3', rest: ' ,', done: true });
		const open = new ValueText();
		open.scan('true', 0);
		expect(open.inScalar).toBe(true);
		expect(open.done).toBe(false);
	});

	it('keeps count of the text it read', () => {
		const value = new ValueText();
		value.scan('"abc', 0);
		value.scan('def",', 0);
		expect(value.length).toBe(8);
		expect(value.take()).toBe('"abcdef"');
		expect(value.parts).toEqual([]);
	});

	it('knows what starts a JSON value', () => {
		for (const c of '"{[-0123456789tfn') expect(startsValue(c.charCodeAt(0)), c).toBe(true);
		for (const c of '}],:x+. ') expect(startsValue(c.charCodeAt(0)), c).toBe(false);
	});
});

describe('lastOfArray', () => {
	it('keeps the last n elements, whatever they hold', () => {
		expect(lastOfArray('[1,2,3,4,5,6,7]', 2)).toEqual({ text: '[6,7]', cut: true });
		expect(lastOfArray('["a,b","c\\"]","d",{"e":[1,2]},5]', 2)).toEqual({
			text: '[{"e":[1,2]},5]',
			cut: true
		});
		expect(lastOfArray('[1,2]', 2)).toEqual({ text: '[1,2]', cut: false });
		expect(lastOfArray('{"a":1,"b":2,"c":3}', 1).cut).toBe(false);
	});
});
