import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig, type Plugin } from 'vitest/config';
import { startTurn } from './src/lib/server/turn.js';
import { createSignalingServer } from './src/lib/server/signaling/server.js';
import { createClassHub } from './src/lib/server/classroom/hub.js';
import { storesFromEnv } from './src/lib/server/classroom/backends.js';
import { createPipeServer } from './src/lib/server/pipe/server.js';

/**
 * `npm run dev` gets the same relay as `npm start`: the embedded coturn (or TURN_URLS) starts with
 * the dev server and stops with it. Vitest and builds never start it.
 */
function turnServer(): Plugin {
	return {
		name: 'peerscope-turn',
		apply: 'serve',
		async configureServer(server) {
			if (process.env.VITEST) return;
			const host =
				typeof server.config.server.host === 'string' ? server.config.server.host : '0.0.0.0';
			const relay = await startTurn({ appHost: host });
			server.httpServer?.once('close', () => void relay.close());
		}
	};
}

/**
 * `npm run dev` serves the signaling WebSocket, the class hub and the fault lab's pipe endpoint on
 * the dev server's own port, as server.js does in production, so there is no second command.
 * Other upgrades (Vite's HMR socket) are left alone.
 */
function signaling(): Plugin {
	return {
		name: 'peerscope-signaling',
		async configureServer(server) {
			if (process.env.VITEST) return;
			const shared = await storesFromEnv(process.env.REDIS_URL);
			const signalingServer = createSignalingServer({ registry: shared.registry });
			const classHub = createClassHub({ store: shared.classes, instance: shared.instance });
			const pipes = createPipeServer();
			server.httpServer?.on('upgrade', (req, socket, head) => {
				if (signalingServer.handleUpgrade(req, socket, head)) return;
				if (!pipes.handleUpgrade(req, socket, head)) classHub.handleUpgrade(req, socket, head);
			});
			server.httpServer?.on('close', () => {
				void signalingServer.close();
				void pipes.close();
				void classHub.close().then(() => shared.close());
			});
		}
	};
}

export default defineConfig({
	plugins: [turnServer(), sveltekit(), signaling()],
	server: { host: '127.0.0.1', port: 5173 },
	test: {
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['tests/unit/**/*.test.ts'],
					exclude: ['tests/unit/nat-lab/**'],
					environment: 'node',
					// The machines are shared and noisy: vitest's 5 s default failed the heaviest
					// imports (a 150,000-member report) under load although they take 3 s alone.
					// A timeout is a hang detector here, never a performance threshold.
					testTimeout: 30_000
				}
			},
			{
				// Real NAT lab runs (root): one lab at a time, each run takes seconds.
				extends: true,
				test: {
					name: 'nat-lab',
					include: ['tests/unit/nat-lab/**/*.test.ts'],
					environment: 'node',
					fileParallelism: false,
					testTimeout: 120_000,
					hookTimeout: 120_000
				}
			}
		]
	}
});
