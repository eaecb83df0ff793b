import { describe, expect, it } from 'vitest';
import { parsePipeReply, parsePipeRequest, PIPE_ERROR_CODES } from '$lib/faults/pipeProtocol.js';

describe("the pipe's protocol", () => {
	it('reads every request the browser sends', () => {
		const requests = [
			{ type: 'open', ref: 1, address: '127.0.0.1' },
			{ type: 'route', ref: 2, pipe: 1, peer: 'A', address: '::1', port: 50000 },
			{ type: 'cut', ref: 3, pipe: 1 },
			{ type: 'stats', ref: 4, pipe: 1 },
			{ type: 'close', ref: 5, pipe: 1 }
		];
		for (const request of requests) {
			expect(parsePipeRequest(JSON.stringify(request))).toEqual({ ok: true, message: request });
		}
	});

	it("names what is wrong, and keeps the request's ref when it can", () => {
		expect(parsePipeRequest('{')).toMatchObject({ ok: false, code: 'bad-json', ref: null });
		expect(parsePipeRequest('"open"')).toMatchObject({ code: 'invalid-message', ref: null });
		expect(parsePipeRequest('{"type":"flood","ref":7}')).toMatchObject({
			code: 'unknown-type',
			reason: 'unknown message type "flood"',
			ref: 7
		});
		expect(
			parsePipeRequest('{"type":"route","ref":8,"pipe":1,"peer":"A","address":"::1"}')
		).toMatchObject({
			code: 'invalid-message',
			reason: expect.stringContaining('port'),
			ref: 8
		});
		expect(parsePipeRequest('{"type":"cut","ref":-1,"pipe":1}')).toMatchObject({
			code: 'invalid-message',
			ref: null
		});
		expect(parsePipeRequest('{"type":"toString","ref":1}')).toMatchObject({ code: 'unknown-type' });
	});

	it("checks the server's replies too", () => {
		const opened = {
			type: 'opened',
			ref: 1,
			pipe: 1,
			address: '127.0.0.1',
			faces: { A: 40000, B: 40001 },
			lifetimeMs: 600000
		};
		expect(parsePipeReply(JSON.stringify(opened))).toEqual({ ok: true, message: opened });
		expect(parsePipeReply(JSON.stringify({ ...opened, faces: { A: 0, B: 1 } }))).toMatchObject({
			ok: false,
			code: 'invalid-message'
		});
		for (const code of PIPE_ERROR_CODES) {
			const error = { type: 'error', ref: null, code, message: 'why' };
			expect(parsePipeReply(JSON.stringify(error))).toEqual({ ok: true, message: error });
		}
	});
});
