import { afterEach } from 'vitest';

/**
 * What a test opens (servers, clients), closed after each test whether it passed or not, the last
 * opened first: a client closes before the server it talks to.
 * @returns `keep(thing, close)`, which gives `thing` back
 */
export function closedAfterEach() {
	const closes: (() => unknown)[] = [];
	afterEach(async () => {
		for (const close of closes.splice(0).reverse()) await close();
	});
	return <T>(thing: T, close: (thing: T) => unknown): T => {
		closes.push(() => close(thing));
		return thing;
	};
}
