import { describe, expect, it } from 'vitest';
import { isIpv6, parseIceServerUrl, validateIceServer } from '$lib/ice/serverUrl';

describe('ICE server URLs (RFC 7064, RFC 7065)', () => {
	it.each([
		['stun:stun.example.org', 'stun', 'stun.example.org', 3478, null],
		['stuns:stun.example.org:443', 'stuns', 'stun.example.org', 443, null],
		['STUN:127.0.0.1:19302', 'stun', '127.0.0.1', 19302, null],
		['turn:turn.example.org', 'turn', 'turn.example.org', 3478, null],
		['turns:turn.example.org', 'turns', 'turn.example.org', 5349, null],
		['turn:127.0.0.1:3478?transport=udp', 'turn', '127.0.0.1', 3478, 'udp'],
		['turn:[::1]:3478?transport=tcp', 'turn', '::1', 3478, 'tcp'],
		['turn:[2001:db8::1]', 'turn', '2001:db8::1', 3478, null],
		['turns:[::ffff:192.0.2.1]:5349?transport=TCP', 'turns', '::ffff:192.0.2.1', 5349, 'tcp']
	])('accepts %s', (input, scheme, host, port, transport) => {
		const result = parseIceServerUrl(input);
		expect(result.ok, JSON.stringify(result)).toBe(true);
		if (result.ok) expect(result.url).toMatchObject({ scheme, host, port, transport });
	});

	it.each([
		['', 'empty', 0, ''],
		['   ', 'empty', 0, ''],
		['stun.example.org', 'noScheme', 0, 'stun.example.org'],
		['http://example.org', 'unknownScheme', 0, 'http'],
		['stun://stun.example.org', 'slashes', 5, '//'],
		['turn:', 'noHost', 5, ''],
		['turn::3478', 'noHost', 5, ''],
		['turn:[::1', 'badIpv6', 5, '[::1'],
		['turn:[1:2:3]:3478', 'badIpv6', 5, '[1:2:3]'],
		['turn:::1:3478', 'badIpv6', 5, '::1:3478'],
		['turn:256.1.1.1', 'badIpv4', 5, '256.1.1.1'],
		['stun:stun_server.example', 'badHost', 9, 'stun_server.example'],
		['stun:example.org:34a', 'badPort', 17, '34a'],
		['stun:example.org:', 'badPort', 17, ''],
		['turn:example.org:70000', 'portRange', 17, '70000'],
		['turn:example.org:0', 'portRange', 17, '0'],
		['stun:example.org?transport=udp', 'queryOnStun', 16, '?'],
		['turn:example.org?proto=udp', 'badQuery', 17, 'proto=udp'],
		['turn:example.org?transport=sctp', 'badTransport', 27, 'sctp'],
		['turn:[::1]x', 'trailing', 10, 'x']
	])('rejects %j as %s, located', (input, problem, index, text) => {
		const result = parseIceServerUrl(input);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.error).toEqual({ problem, index, text });
	});

	it('recognises IPv6 literals', () => {
		for (const ok of [
			'::',
			'::1',
			'2001:db8::1',
			'fe80::1%eth0',
			'1:2:3:4:5:6:7:8',
			'::ffff:1.2.3.4'
		])
			expect(isIpv6(ok), ok).toBe(true);
		for (const bad of [
			'1:2:3',
			'1::2::3',
			':1:2:3:4:5:6:7',
			'1:2:3:4:5:6:7:8:9',
			'g::1',
			'12345::'
		])
			expect(isIpv6(bad), bad).toBe(false);
	});

	it('wants credentials for TURN, as RTCPeerConnection does', () => {
		expect(validateIceServer({ urls: ['stun:a.example'], username: '', credential: '' })).toEqual(
			[]
		);
		expect(validateIceServer({ urls: ['turn:a.example'], username: 'u', credential: '' })).toEqual([
			{ kind: 'turnNeedsCredentials' }
		]);
		expect(validateIceServer({ urls: [], username: '', credential: '' })).toEqual([
			{ kind: 'noUrls' }
		]);
		const problems = validateIceServer({
			urls: ['turn:a.example', 'stun://b'],
			username: 'u',
			credential: 'p'
		});
		expect(problems).toEqual([
			{ kind: 'url', url: 'stun://b', error: { problem: 'slashes', index: 5, text: '//' } }
		]);
	});
});
