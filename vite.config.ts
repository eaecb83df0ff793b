import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig, type Plugin } from 'vitest/config';
import { startTurn } from './src/lib/server/turn.js';

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

export default defineConfig({
	plugins: [turnServer(), sveltekit()],
	server: { host: '127.0.0.1', port: 5173 },
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node'
	}
});
