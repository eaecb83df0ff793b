// @ts-check
/**
 * Where rooms and classes live: in this process (the default, nothing to set up), or, with
 * REDIS_URL, in Redis, so that several app instances behind a load balancer serve one class and
 * one two-device call (redisStore.js, ../signaling/rooms.js createRedisRegistry).
 */

/**
 * @typedef {object} SharedStores
 * @property {import('../signaling/rooms.js').RoomRegistry | undefined} registry undefined: in memory
 * @property {import('./store.js').ClassStore | undefined} classes undefined: in memory
 * @property {() => Promise<void>} close
 */

/**
 * @param {string | undefined} redisUrl
 * @returns {Promise<SharedStores>}
 */
export async function storesFromEnv(redisUrl) {
	if (!redisUrl) return { registry: undefined, classes: undefined, close: async () => {} };
	throw new Error('REDIS_URL is not supported yet');
}
