import { describe, expect, it } from 'vitest';
import { IceConfigDraft } from '$lib/ui/iceConfig.svelte';

describe('the RTCConfiguration form', () => {
	it('is valid and empty at first: host candidates only', () => {
		const config = new IceConfigDraft();
		expect(config.problems).toEqual([]);
		expect(config.configuration()).toEqual({
			iceServers: [],
			iceTransportPolicy: 'all',
			iceCandidatePoolSize: 0
		});
	});

	it('names each problem with its server and the located URL error', () => {
		const config = new IceConfigDraft();
		config.addServer();
		expect(config.problems).toEqual([{ key: 'ice.server.noUrls', params: { n: 1 } }]);
		config.servers[0]!.urls = 'stun:ok.example\n  turn://bad.example  \n';
		expect(config.problems).toEqual([
			{
				key: 'ice.url.slashes',
				params: { n: 1, url: 'turn://bad.example', position: 6, text: '//' }
			}
		]);
		config.servers[0]!.urls = 'turn:127.0.0.1:3478?transport=tcp';
		expect(config.problems).toEqual([{ key: 'ice.server.turnNeedsCredentials', params: { n: 1 } }]);
		config.poolSize = 11;
		expect(config.problems.map((p) => p.key)).toContain('ice.config.poolRange');
	});

	it('fills itself from the server offer and builds the configuration', () => {
		const config = new IceConfigDraft();
		config.useOffer({
			available: true,
			source: 'embedded',
			stunUrls: ['stun:127.0.0.1:3478'],
			turnUrls: ['turn:127.0.0.1:3478?transport=udp'],
			username: '1:peerscope',
			credential: 'abc=',
			expiresAt: 1
		});
		config.policy = 'relay';
		expect(config.problems).toEqual([]);
		expect(config.urlCount).toBe(2);
		expect(config.configuration()).toEqual({
			iceServers: [
				{
					urls: ['stun:127.0.0.1:3478', 'turn:127.0.0.1:3478?transport=udp'],
					username: '1:peerscope',
					credential: 'abc='
				}
			],
			iceTransportPolicy: 'relay',
			iceCandidatePoolSize: 0
		});
		config.useOffer({ available: false, reason: 'notInstalled', detail: '' });
		expect(config.servers).toHaveLength(1);
		config.removeServer(config.servers[0]!.id);
		expect(config.servers).toEqual([]);
	});
});
