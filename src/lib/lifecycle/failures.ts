import type { ErrorInfo } from './types';

/** The catalog keys of the likely causes (each one is in the catalog, en and ko). */
export type CauseKey =
	| 'cause.candidate.operation'
	| 'cause.connection.failed'
	| 'cause.connection.timeout'
	| 'cause.invalidAccess'
	| 'cause.invalidState'
	| 'cause.media.notAllowed'
	| 'cause.media.notFound'
	| 'cause.media.notReadable'
	| 'cause.media.overconstrained'
	| 'cause.media.typeError'
	| 'cause.operation'
	| 'cause.signaling.timeout'
	| 'cause.typeError'
	| 'cause.unknown';

/**
 * Maps a failed call and its DOMException name to the catalog key of its most likely cause.
 * Names come from the specs: Media Capture and Streams §10 (getUserMedia errors) and WebRTC 1.0
 * §4.4 (InvalidStateError, InvalidAccessError, OperationError for descriptions and candidates).
 */
export function likelyCauseKey(call: string, error: ErrorInfo): CauseKey {
	if (call === 'getUserMedia') {
		switch (error.name) {
			case 'NotAllowedError':
			case 'SecurityError':
				return 'cause.media.notAllowed';
			case 'NotFoundError':
				return 'cause.media.notFound';
			case 'NotReadableError':
			case 'AbortError':
				return 'cause.media.notReadable';
			case 'OverconstrainedError':
				return 'cause.media.overconstrained';
			case 'TypeError':
				return 'cause.media.typeError';
		}
		return 'cause.unknown';
	}
	if (call === 'connection') return 'cause.connection.failed';
	if (call === 'signaling') return 'cause.signaling.timeout';
	if (call === 'connectTimeout') return 'cause.connection.timeout';
	switch (error.name) {
		case 'InvalidStateError':
			return 'cause.invalidState';
		case 'InvalidAccessError':
			return 'cause.invalidAccess';
		case 'OperationError':
			return call === 'addIceCandidate' ? 'cause.candidate.operation' : 'cause.operation';
		case 'TypeError':
			return 'cause.typeError';
	}
	return 'cause.unknown';
}

/** Whether the user can fall back to the synthetic source after this failure. */
export function canUseSynthetic(call: string): boolean {
	return call === 'getUserMedia';
}
