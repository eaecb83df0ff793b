/** The STUN codec alone (RFC 8489): what the TURN checks and the NAT lab's decoder build on. */
import { describe, expect, it } from 'vitest';
import { decodeStun, encodeStun, errorCodeOf } from '$lib/stun/codec.js';

describe('STUN codec', () => {
	it('round-trips a message and reads ERROR-CODE', () => {
		const errorValue = Buffer.from([0, 0, 4, 1, ...Buffer.from('Unauthorized')]);
		const message = decodeStun(
			encodeStun(0x0113, [[0x0009, errorValue]], { key: Buffer.alloc(16) })
		)!;
		expect(message.type).toBe(0x0113);
		expect(errorCodeOf(message)).toEqual({ code: 401, reason: 'Unauthorized' });
		// MESSAGE-INTEGRITY (0x0008) and FINGERPRINT (0x8028) were appended
		expect([...message.attributes.keys()]).toEqual([0x0009, 0x0008, 0x8028]);
		expect(decodeStun(Buffer.from('not stun at all, definitely'))).toBeNull();
	});
});
