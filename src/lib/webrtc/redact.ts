/**
 * What the event log may show of an RTCConfiguration. A TURN credential (RFC 8489 §9.2, the
 * long-term password; with the REST scheme an HMAC good for hours) lets anyone who reads the
 * timeline or a shared export use the relay, so the log keeps that one was given, never its
 * value. Everything else (urls, username with its expiry, policies) stays: it is what teaches.
 */
export const REDACTED_CREDENTIAL = '(given, not shown)';

export function redactConfiguration(configuration: RTCConfiguration): RTCConfiguration {
	if (!configuration.iceServers) return { ...configuration };
	return {
		...configuration,
		iceServers: configuration.iceServers.map((server) =>
			server.credential === undefined || server.credential === ''
				? { ...server }
				: { ...server, credential: REDACTED_CREDENTIAL }
		)
	};
}
