// @ts-check
/**
 * The class store in Redis, for several app instances behind one load balancer: a class's log,
 * step, checkpoint and answer counts live in Redis keys, and every broadcast is a PUBLISH on the
 * class's channel, which each instance with members of that class subscribes to. Every instance
 * hands the frames to its own sockets (hub.js deliverLocal).
 *
 * Keys, all under `peerscope:class:<code>`: `:meta` (hash: secret hash, masked, step, checkpoint,
 * round, bytes, students, teachers), `:log` (list of entry JSON), `:answered:<round>` (set of
 * students who answered) and `:counts:<round>` (hash choice → count). `peerscope:classes` is a
 * sorted set of codes by last use, which the sweep reads. Every key also expires on its own
 * (KEY_TTL_S) in case no instance is left to sweep it.
 */

const PREFIX = 'peerscope:class:';
const CLASSES = 'peerscope:classes';
/** A day: a class that nobody touched for that long is gone even if every instance died. */
const KEY_TTL_S = 24 * 60 * 60;

/**
 * @param {import('ioredis').Redis} client commands
 * @param {import('ioredis').Redis} subscriber a second connection, in subscriber mode
 * @returns {import('./store.js').ClassStore}
 */
export function createRedisStore(client, subscriber) {
	/** @type {Map<string, import('./store.js').BroadcastListener>} */
	const listeners = new Map();
	/** @param {string} code */
	const key = (code) => `${PREFIX}${code}`;
	/** @param {string} code */
	const channel = (code) => `${PREFIX}${code}`;

	/** @param {string} channelName @param {string} message */
	const onMessage = (channelName, message) => {
		const listener = listeners.get(channelName);
		if (!listener) return;
		const split = message.indexOf('\n');
		const audience = /** @type {import('./store.js').Audience} */ (message.slice(0, split));
		listener(audience, message.slice(split + 1));
	};
	subscriber.on('message', onMessage);

	/** @param {string} code */
	const refresh = (code) =>
		client
			.multi()
			.expire(`${key(code)}:meta`, KEY_TTL_S)
			.expire(`${key(code)}:log`, KEY_TTL_S)
			.exec();

	return {
		async create(code, secretHash, now) {
			const created = await client.hsetnx(`${key(code)}:meta`, 'secret', secretHash);
			if (created === 0) return false;
			await client
				.multi()
				.hset(`${key(code)}:meta`, { masked: '1', bytes: '0', students: '0', teachers: '0' })
				.expire(`${key(code)}:meta`, KEY_TTL_S)
				.zadd(CLASSES, now, code)
				.exec();
			return true;
		},
		async secretHash(code) {
			return client.hget(`${key(code)}:meta`, 'secret');
		},
		async count() {
			return client.zcard(CLASSES);
		},
		async snapshot(code) {
			const [meta, log] = await Promise.all([
				client.hgetall(`${key(code)}:meta`),
				client.lrange(`${key(code)}:log`, 0, -1)
			]);
			if (!meta.secret) return null;
			return {
				log,
				step: meta.step ?? null,
				checkpoint: meta.checkpoint ?? null,
				masked: meta.masked !== '0',
				teachers: Number(meta.teachers ?? 0)
			};
		},
		async logSize(code) {
			const [entries, bytes] = await Promise.all([
				client.llen(`${key(code)}:log`),
				client.hget(`${key(code)}:meta`, 'bytes')
			]);
			return { entries, bytes: Number(bytes ?? 0) };
		},
		async append(code, entries, masked, now) {
			const bytes = entries.reduce((sum, entry) => sum + entry.length, 0);
			const results = await client
				.multi()
				.rpush(`${key(code)}:log`, ...entries)
				.hincrby(`${key(code)}:meta`, 'bytes', bytes)
				.zadd(CLASSES, now, code)
				.exec();
			const length = Number(results?.[0]?.[1] ?? 0);
			// The first entries set the flag; after that one unmasked entry clears it for good.
			if (length === entries.length)
				await client.hset(`${key(code)}:meta`, 'masked', masked ? 1 : 0);
			else if (!masked) await client.hset(`${key(code)}:meta`, 'masked', 0);
			await refresh(code);
			return length;
		},
		async clearLog(code) {
			await client
				.multi()
				.del(`${key(code)}:log`)
				.hset(`${key(code)}:meta`, { bytes: '0', masked: '1' })
				.exec();
		},
		async setField(code, field, json, now) {
			const multi = client.multi();
			if (json === null) multi.hdel(`${key(code)}:meta`, field);
			else multi.hset(`${key(code)}:meta`, field, json);
			await multi.zadd(CLASSES, now, code).exec();
		},
		async resetAnswers(code, round) {
			await client.hset(`${key(code)}:meta`, 'round', round);
		},
		async answer(code, round, student, choice, choices) {
			const current = await client.hget(`${key(code)}:meta`, 'round');
			if (current !== round) return null;
			const answered = `${key(code)}:answered:${round}`;
			const counts = `${key(code)}:counts:${round}`;
			const results = await client
				.multi()
				.sadd(answered, student)
				.expire(answered, KEY_TTL_S)
				.exec();
			if (Number(results?.[0]?.[1]) === 0) return null;
			await client.multi().hincrby(counts, String(choice), 1).expire(counts, KEY_TTL_S).exec();
			return this.counts(code, round, choices);
		},
		async counts(code, round, choices) {
			const counts = await client.hgetall(`${key(code)}:counts:${round}`);
			return Array.from({ length: choices }, (_, i) => Number(counts[String(i)] ?? 0));
		},
		async members(code, role, delta) {
			const value = await client.hincrby(`${key(code)}:meta`, role, delta);
			if (value >= 0) return value;
			await client.hset(`${key(code)}:meta`, role, 0);
			return 0;
		},
		async broadcast(code, audience, frame) {
			await client.publish(channel(code), `${audience}\n${frame}`);
		},
		async subscribe(code, listener) {
			listeners.set(channel(code), listener);
			await subscriber.subscribe(channel(code));
		},
		async unsubscribe(code) {
			listeners.delete(channel(code));
			await subscriber.unsubscribe(channel(code));
		},
		async expire(now, idleMs) {
			const codes = await client.zrangebyscore(CLASSES, '-inf', now - idleMs);
			for (const code of codes) {
				// Earlier rounds' answers expire on their own (KEY_TTL_S).
				const round = await client.hget(`${key(code)}:meta`, 'round');
				const answers = round
					? [`${key(code)}:answered:${round}`, `${key(code)}:counts:${round}`]
					: [];
				await client
					.multi()
					.zrem(CLASSES, code)
					.del(`${key(code)}:meta`, `${key(code)}:log`, ...answers)
					.exec();
			}
			return codes;
		},
		async close() {
			subscriber.off('message', onMessage);
			listeners.clear();
		}
	};
}
