import { describe, expect, it } from 'vitest';
import { canUseSynthetic, likelyCauseKey } from '$lib/lifecycle/failures';
import { en } from '$lib/i18n/en';

const err = (name: string) => ({ name, message: '' });

describe('likely causes', () => {
	it('explains each getUserMedia error by its name', () => {
		expect(likelyCauseKey('getUserMedia', err('NotAllowedError'))).toBe('cause.media.notAllowed');
		expect(likelyCauseKey('getUserMedia', err('SecurityError'))).toBe('cause.media.notAllowed');
		expect(likelyCauseKey('getUserMedia', err('NotFoundError'))).toBe('cause.media.notFound');
		expect(likelyCauseKey('getUserMedia', err('NotReadableError'))).toBe('cause.media.notReadable');
		expect(likelyCauseKey('getUserMedia', err('OverconstrainedError'))).toBe(
			'cause.media.overconstrained'
		);
		expect(likelyCauseKey('getUserMedia', err('Weird'))).toBe('cause.unknown');
	});

	it('explains description and candidate errors, and connection failures', () => {
		expect(likelyCauseKey('setRemoteAnswer', err('InvalidStateError'))).toBe('cause.invalidState');
		expect(likelyCauseKey('setRemoteOffer', err('OperationError'))).toBe('cause.operation');
		expect(likelyCauseKey('addIceCandidate', err('OperationError'))).toBe(
			'cause.candidate.operation'
		);
		expect(likelyCauseKey('connection', err('ConnectionFailed'))).toBe('cause.connection.failed');
		expect(likelyCauseKey('connectTimeout', err('TimeoutError'))).toBe('cause.connection.timeout');
		expect(likelyCauseKey('signaling', err('TimeoutError'))).toBe('cause.signaling.timeout');
	});

	it('every cause it can name is in the catalog', () => {
		const calls = [
			'getUserMedia',
			'createOffer',
			'addIceCandidate',
			'connection',
			'signaling',
			'connectTimeout'
		];
		const names = [
			'NotAllowedError',
			'NotFoundError',
			'NotReadableError',
			'AbortError',
			'OverconstrainedError',
			'TypeError',
			'InvalidStateError',
			'InvalidAccessError',
			'OperationError',
			'SecurityError',
			'X'
		];
		for (const call of calls) {
			for (const name of names) expect(en).toHaveProperty(likelyCauseKey(call, err(name)));
		}
	});

	it('offers the synthetic source only after a media failure', () => {
		expect(canUseSynthetic('getUserMedia')).toBe(true);
		expect(canUseSynthetic('createOffer')).toBe(false);
	});
});
