import { describe, expect, it } from 'vitest';
import {
	FALLBACK_UPDATE_MS,
	RenderSchedule,
	SLOW_UPDATE_MS,
	type FrameClock
} from '$lib/ui/renderSchedule';

/** A clock that runs nothing by itself: frames and timers fire when the test says so. */
function fakeClock() {
	let now = 0;
	let nextId = 1;
	const frames = new Map<number, () => void>();
	const timers = new Map<number, { at: number; run: () => void }>();
	const clock: FrameClock = {
		requestFrame: (run) => {
			frames.set(nextId, run);
			return nextId++;
		},
		cancelFrame: (id) => void frames.delete(id),
		setTimer: (run, ms) => {
			timers.set(nextId, { at: now + ms, run });
			return nextId++ as unknown as ReturnType<typeof setTimeout>;
		},
		clearTimer: (id) => void timers.delete(id as unknown as number)
	};
	return {
		clock,
		/** the browser paints: every requested frame runs */
		frame() {
			const due = [...frames.values()];
			frames.clear();
			for (const run of due) run();
		},
		/** time passes: every timer due by then runs */
		advance(ms: number) {
			now += ms;
			for (const [id, timer] of [...timers]) {
				if (timer.at <= now && timers.delete(id)) timer.run();
			}
		}
	};
}

function setup() {
	const time = fakeClock();
	let renders = 0;
	const schedule = new RenderSchedule(() => renders++, time.clock);
	return { time, schedule, renders: () => renders };
}

describe('RenderSchedule', () => {
	it('renders many changes once, in the next frame', () => {
		const { time, schedule, renders } = setup();
		schedule.changed('frame');
		schedule.changed('frame');
		schedule.changed('frame');
		expect(renders()).toBe(0);
		time.frame();
		expect(renders()).toBe(1);
		// the fallback timer of that frame was dropped with it
		time.advance(FALLBACK_UPDATE_MS);
		expect(renders()).toBe(1);
	});

	it('renders without frames (a hidden tab) after the fallback delay', () => {
		const { time, schedule, renders } = setup();
		schedule.changed('frame');
		time.advance(FALLBACK_UPDATE_MS - 1);
		expect(renders()).toBe(0);
		time.advance(1);
		expect(renders()).toBe(1);
	});

	it('holds slow changes back for the slow interval, not a frame', () => {
		const { time, schedule, renders } = setup();
		schedule.changed('slow');
		time.frame();
		time.advance(SLOW_UPDATE_MS - 1);
		expect(renders()).toBe(0);
		schedule.changed('slow');
		time.advance(1);
		expect(renders()).toBe(1);
		expect(schedule.pending).toBe(false);
	});

	it("renders a user's command at once when a slow render is waiting (Run all)", () => {
		const { time, schedule, renders } = setup();
		schedule.changed('slow');
		time.advance(10);
		schedule.changed('frame');
		expect(renders()).toBe(1);
		// nothing is left to render later for the slow change: it went with this one
		time.advance(SLOW_UPDATE_MS);
		time.frame();
		expect(renders()).toBe(1);
	});

	it("renders a user's command in the next frame when nothing was waiting", () => {
		const { time, schedule, renders } = setup();
		schedule.changed('frame');
		// machine events that follow during Run all ride along with that frame
		schedule.changed('slow');
		expect(renders()).toBe(0);
		time.frame();
		expect(renders()).toBe(1);
	});

	it('cancel drops what was scheduled', () => {
		const { time, schedule, renders } = setup();
		schedule.changed('slow');
		schedule.cancel();
		time.advance(SLOW_UPDATE_MS);
		expect(renders()).toBe(0);
		expect(schedule.pending).toBe(false);
	});
});
