import { describe, expect, it } from 'vitest';
import { REDACTED_CREDENTIAL, redactConfiguration } from '$lib/webrtc/redact';

describe('redactConfiguration', () => {
	it('keeps that a TURN credential was given, never its value, and leaves the input alone', () => {
		const configuration: RTCConfiguration = {
			iceTransportPolicy: 'relay',
			iceServers: [
				{ urls: 'stun:127.0.0.1:3478' },
				{
					urls: ['turn:127.0.0.1:3478?transport=udp'],
					username: '1700000000:peerscope',
					credential: 'c2VjcmV0LWhtYWM='
				}
			]
		};
		const redacted = redactConfiguration(configuration);
		expect(JSON.stringify(redacted)).not.toContain('c2VjcmV0LWhtYWM=');
		expect(redacted.iceServers![1]).toEqual({
			urls: ['turn:127.0.0.1:3478?transport=udp'],
			username: '1700000000:peerscope',
			credential: REDACTED_CREDENTIAL
		});
		expect(redacted.iceServers![0]).toEqual({ urls: 'stun:127.0.0.1:3478' });
		expect(redacted.iceTransportPolicy).toBe('relay');
		expect(configuration.iceServers![1]!.credential).toBe('c2VjcmV0LWhtYWM=');
	});

	it('passes a configuration without servers through', () => {
		expect(redactConfiguration({})).toEqual({});
		expect(redactConfiguration({ iceServers: [] })).toEqual({ iceServers: [] });
	});
});
