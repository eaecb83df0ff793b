import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { createSignalingServer } from './src/lib/server/signaling/server.js';

/**
 * `npm run dev` serves the signaling WebSocket on the dev server's own port, as server.js does in
 * production, so there is no second command. Other upgrades (Vite's HMR socket) are left alone.
 */
function signaling(): Plugin {
	return {
		name: 'peerscope-signaling',
		configureServer(server) {
			const signalingServer = createSignalingServer();
			server.httpServer?.on('upgrade', (req, socket, head) => {
				signalingServer.handleUpgrade(req, socket, head);
			});
			server.httpServer?.on('close', () => void signalingServer.close());
		}
	};
}

export default defineConfig({
	plugins: [sveltekit(), signaling()],
	server: { host: '127.0.0.1', port: 5173 },
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node'
	}
});
