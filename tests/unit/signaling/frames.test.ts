import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { parseFrame } from '$lib/signaling/frames.js';

const SCHEMAS = {
	ping: v.strictObject({ type: v.literal('ping'), n: v.pipe(v.number(), v.integer()) }),
	nested: v.strictObject({ type: v.literal('nested'), inner: v.object({ name: v.string() }) })
};

describe('parseFrame', () => {
	it('returns the message a schema accepts, with its output', () => {
		expect(parseFrame(SCHEMAS, '{"type":"ping","n":3}')).toEqual({
			ok: true,
			message: { type: 'ping', n: 3 }
		});
	});

	it('names what broke: the JSON, the envelope, the type or a field', () => {
		const badJson = parseFrame(SCHEMAS, '{"type":');
		expect(badJson).toMatchObject({ ok: false, code: 'bad-json' });
		expect(badJson).not.toHaveProperty('type');
		for (const text of ['null', '[]', '"ping"', '3']) {
			expect(parseFrame(SCHEMAS, text)).toEqual({
				ok: false,
				code: 'invalid-message',
				reason: 'a message is a JSON object'
			});
		}
		expect(parseFrame(SCHEMAS, '{"type":7}')).toEqual({
			ok: false,
			code: 'invalid-message',
			reason: 'the message has no string "type"'
		});
		expect(parseFrame(SCHEMAS, '{"type":"pong"}')).toEqual({
			ok: false,
			code: 'unknown-type',
			reason: 'unknown message type "pong"',
			type: 'pong'
		});
		expect(parseFrame(SCHEMAS, '{"type":"nested","inner":{"name":1}}')).toMatchObject({
			ok: false,
			code: 'invalid-message',
			reason: expect.stringMatching(/^nested: inner\.name: /),
			type: 'nested'
		});
		expect(parseFrame(SCHEMAS, '{"type":"ping","n":1,"extra":true}')).toMatchObject({
			ok: false,
			code: 'invalid-message',
			type: 'ping'
		});
	});

	it('echoes at most 40 characters of an unknown type, and never finds inherited names', () => {
		const long = 'x'.repeat(500);
		const parsed = parseFrame(SCHEMAS, JSON.stringify({ type: long }));
		expect(parsed).toEqual({
			ok: false,
			code: 'unknown-type',
			reason: `unknown message type "${'x'.repeat(40)}"`,
			type: 'x'.repeat(40)
		});
		for (const type of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
			expect(parseFrame(SCHEMAS, JSON.stringify({ type }))).toMatchObject({ code: 'unknown-type' });
		}
	});
});
