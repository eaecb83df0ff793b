import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonLines, repeat, withDefaults } from '$lib/server/settings.js';

afterEach(() => {
	vi.useRealTimers();
	vi.restoreAllMocks();
});

describe('withDefaults', () => {
	const defaults = { heartbeatMs: 30_000, maxRooms: 10, label: 'x' };

	it('takes each given option, and the default where it is undefined or null', () => {
		expect(withDefaults({ maxRooms: 3, heartbeatMs: undefined }, defaults)).toEqual({
			heartbeatMs: 30_000,
			maxRooms: 3,
			label: 'x'
		});
		expect(withDefaults({ label: null }, defaults)).toEqual(defaults);
	});

	it('keeps a zero or an empty string (only `??` falls back), and leaves the defaults alone', () => {
		expect(withDefaults({ heartbeatMs: 0, label: '' }, defaults)).toEqual({
			heartbeatMs: 0,
			maxRooms: 10,
			label: ''
		});
		expect(defaults).toEqual({ heartbeatMs: 30_000, maxRooms: 10, label: 'x' });
	});

	it('leaves out options that are not settings', () => {
		const options = { maxRooms: 1, now: () => 5 } as { maxRooms: number };
		expect(withDefaults(options, defaults)).toEqual({
			heartbeatMs: 30_000,
			maxRooms: 1,
			label: 'x'
		});
	});
});

describe('jsonLines', () => {
	it('writes one JSON line per event, with its time and the fields it was made with', () => {
		vi.useFakeTimers({ now: Date.parse('2025-05-01T10:00:00Z') });
		const lines: string[] = [];
		vi.spyOn(console, 'log').mockImplementation((line: string) => void lines.push(line));
		jsonLines({ hub: 'class' })({ event: 'join', class: 'ab' });
		jsonLines()({ event: 'open' });
		expect(lines.map((line) => JSON.parse(line))).toEqual([
			{ t: '2025-05-01T10:00:00.000Z', hub: 'class', event: 'join', class: 'ab' },
			{ t: '2025-05-01T10:00:00.000Z', event: 'open' }
		]);
	});
});

describe('repeat', () => {
	it('runs each task at its period, never one set to 0, and stops them all', () => {
		vi.useFakeTimers();
		const runs = { fast: 0, slow: 0, never: 0 };
		const stop = repeat([
			[() => runs.fast++, 100],
			[() => runs.slow++, 250],
			[() => runs.never++, 0]
		]);
		vi.advanceTimersByTime(1_000);
		expect(runs).toEqual({ fast: 10, slow: 4, never: 0 });
		stop();
		vi.advanceTimersByTime(1_000);
		expect(runs).toEqual({ fast: 10, slow: 4, never: 0 });
	});
});
