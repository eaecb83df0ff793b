// @ts-check
/**
 * Where rooms and classes live: in this process (the default, nothing to set up), or, with
 * REDIS_URL, in Redis, so that several app instances behind a load balancer serve one class and
 * one two-device call (redisStore.js, and createRedisRegistry in ../signaling/rooms.js).
 */
import { randomBytes } from 'node:crypto';

/**
 * @typedef {object} SharedStores
 * @property {import('../signaling/rooms.js').RoomRegistry | undefined} registry undefined: in memory
 * @property {import('./store.js').ClassStore | undefined} classes undefined: in memory
 * @property {string | undefined} instance this process's name among the instances
 * @property {() => Promise<void>} close
 */

/** Commands wait this long for a lost Redis before they fail (and the hub answers with an error). */
const REDIS_COMMAND_TIMEOUT_MS = 5_000;

/**
 * @param {string | undefined} redisUrl
 * @returns {Promise<SharedStores>}
 */
export async function storesFromEnv(redisUrl) {
	if (!redisUrl) {
		return { registry: undefined, classes: undefined, instance: undefined, close: async () => {} };
	}
	// Imported only when asked for, so that the default needs nothing of Redis.
	const { Redis } = await import('ioredis');
	const { createRedisStore } = await import('./redisStore.js');
	const { createRedisRegistry } = await import('../signaling/rooms.js');
	/** @type {import('ioredis').RedisOptions} */
	const options = {
		lazyConnect: true,
		commandTimeout: REDIS_COMMAND_TIMEOUT_MS,
		maxRetriesPerRequest: 2
	};
	const client = new Redis(redisUrl, options);
	const subscriber = new Redis(redisUrl, options);
	for (const connection of [client, subscriber]) {
		// ioredis reconnects by itself; an error event without a listener would end the process.
		connection.on('error', (error) =>
			console.error(`Redis (${redactUrl(redisUrl)}): ${error.message}`)
		);
	}
	try {
		await Promise.all([client.connect(), subscriber.connect()]);
	} catch (error) {
		client.disconnect();
		subscriber.disconnect();
		throw new Error(
			`REDIS_URL is set, but Redis at ${redactUrl(redisUrl)} cannot be reached: ${/** @type {Error} */ (error).message}`
		);
	}
	const instance = randomBytes(6).toString('hex');
	const registry = await createRedisRegistry({ client, subscriber, instance });
	const classes = createRedisStore(client, subscriber);
	return {
		registry,
		classes,
		instance,
		async close() {
			await registry.close();
			await Promise.allSettled([client.quit(), subscriber.quit()]);
		}
	};
}

/**
 * The URL without its password, for messages.
 * @param {string} url
 */
function redactUrl(url) {
	try {
		const parsed = new URL(url);
		if (parsed.password) parsed.password = '***';
		return parsed.toString();
	} catch {
		return '(REDIS_URL is not a URL)';
	}
}
