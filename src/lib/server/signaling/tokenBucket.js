// @ts-check
/**
 * A token bucket: `capacity` messages may arrive at once, then `refillPerSecond` a second. The
 * clock is injected so tests decide what time it is instead of sleeping.
 */
export class TokenBucket {
	/**
	 * @param {number} capacity
	 * @param {number} refillPerSecond
	 * @param {() => number} now milliseconds
	 */
	constructor(capacity, refillPerSecond, now) {
		this.capacity = capacity;
		this.refillPerSecond = refillPerSecond;
		this.now = now;
		this.tokens = capacity;
		this.updatedAt = now();
	}

	/** Takes one token; false when the bucket is empty (the message must be refused). */
	take() {
		const t = this.now();
		const refill = ((t - this.updatedAt) / 1000) * this.refillPerSecond;
		this.tokens = Math.min(this.capacity, this.tokens + refill);
		this.updatedAt = t;
		if (this.tokens < 1) return false;
		this.tokens -= 1;
		return true;
	}
}
