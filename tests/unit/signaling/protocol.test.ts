import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseClientMessage, parseServerMessage } from '$lib/signaling/protocol.js';
import { CROCKFORD_ALPHABET } from '$lib/signaling/crockford.js';
import { newRoomId, normalizeRoomId } from '$lib/signaling/roomId.js';

describe('room ids', () => {
	it('are 16 Crockford base32 symbols in four groups, from 80 random bits', () => {
		const id = newRoomId();
		expect(id).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
		expect(newRoomId(() => new Uint8Array(10))).toBe('0000-0000-0000-0000');
		expect(newRoomId(() => new Uint8Array(10).fill(255))).toBe('ZZZZ-ZZZZ-ZZZZ-ZZZZ');
		// Every bit counts: one set bit moves exactly one symbol.
		const one = new Uint8Array(10);
		one[9] = 1;
		expect(newRoomId(() => one)).toBe('0000-0000-0000-0001');
	});

	it('survive how people type them', () => {
		const id = newRoomId();
		expect(normalizeRoomId(id)).toBe(id);
		expect(normalizeRoomId(id.toLowerCase().replace(/-/g, ' '))).toBe(id);
		expect(normalizeRoomId('ABCD-EFGH-JKMN-PQRS'.replace(/1/g, 'I'))).toBe('ABCD-EFGH-JKMN-PQRS');
		expect(normalizeRoomId('oooo-iiii-llll-0000')).toBe('0000-1111-1111-0000');
		expect(normalizeRoomId('UUUU-0000-0000-0000')).toBeNull(); // U is not in the alphabet
		expect(normalizeRoomId('0000-0000-0000')).toBeNull();
		expect(normalizeRoomId('')).toBeNull();
	});

	it('round-trip for any bytes', () => {
		fc.assert(
			fc.property(fc.uint8Array({ minLength: 10, maxLength: 10 }), (bytes) => {
				const id = newRoomId(() => bytes);
				expect(normalizeRoomId(id)).toBe(id);
				expect([...id.replace(/-/g, '')].every((c) => CROCKFORD_ALPHABET.includes(c))).toBe(true);
			})
		);
	});
});

describe('protocol', () => {
	const room = '7K2M-9QXA-B3DF-0ZPN';

	it('reads every client message and canonicalises the room', () => {
		expect(parseClientMessage(JSON.stringify({ type: 'join', room: '7k2m9qxab3df0zpn' }))).toEqual({
			ok: true,
			message: { type: 'join', room }
		});
		const offer = { type: 'offer', messageId: 1, description: { type: 'offer', sdp: 'v=0\r\n' } };
		expect(parseClientMessage(JSON.stringify(offer))).toEqual({ ok: true, message: offer });
		expect(parseClientMessage('{"type":"bye"}')).toEqual({ ok: true, message: { type: 'bye' } });
	});

	it('names what is wrong with a bad message', () => {
		expect(parseClientMessage('nope')).toMatchObject({ ok: false, code: 'bad-json' });
		expect(parseClientMessage('null')).toMatchObject({ ok: false, code: 'invalid-message' });
		expect(parseClientMessage('{"type":"joined"}')).toMatchObject({ code: 'unknown-type' }); // a server message
		const noCandidate = parseClientMessage(JSON.stringify({ type: 'candidate', messageId: 1 }));
		expect(noCandidate).toMatchObject({ ok: false, code: 'invalid-message', type: 'candidate' });
		const badIndex = parseClientMessage(
			JSON.stringify({
				type: 'candidate',
				messageId: 1,
				candidate: { candidate: 'x', sdpMid: '0', sdpMLineIndex: -1, usernameFragment: null }
			})
		);
		expect(badIndex.ok === false && badIndex.reason).toContain('candidate.sdpMLineIndex');
	});

	it('checks what the server sends as strictly', () => {
		expect(
			parseServerMessage(
				JSON.stringify({ type: 'joined', room, peer: 'A', peers: [], resume: '0'.repeat(32) })
			)
		).toMatchObject({ ok: true });
		expect(parseServerMessage(JSON.stringify({ type: 'bye' }))).toMatchObject({
			ok: false,
			code: 'invalid-message'
		});
		expect(
			parseServerMessage(JSON.stringify({ type: 'error', code: 'teapot', message: '' }))
		).toMatchObject({ ok: false });
	});

	it('never throws, whatever arrives', () => {
		fc.assert(
			fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
				expect(typeof parseClientMessage(text).ok).toBe('boolean');
				expect(typeof parseServerMessage(text).ok).toBe('boolean');
			})
		);
	});
});
