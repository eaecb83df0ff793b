// @ts-check
/**
 * The in-page probe bench/run.js installs with `addInitScript` on both pages, before any page
 * script runs. It only observes: getUserMedia and RTCPeerConnection are wrapped so that the real
 * calls still happen, with `performance.now()` noted around them.
 *
 * Playwright sends this function to the page as source text, so it must not use anything from
 * its module scope.
 *
 *   t0     the first getUserMedia call
 *   t1     the moment the second peer connection reaches connectionState 'connected'
 *   click  the first click event (capture phase on window, before the page's own handler)
 *
 * `window.__benchDone` resolves with a plain copy of the marks at t1, or as soon as a peer
 * connection reports 'failed'; `window.__benchMarks()` returns a copy at any time. The three
 * moments are also User Timing marks (`bench:click`, `bench:t0`, `bench:t1`), so that a trace
 * (bench/profile.js, or the DevTools Performance panel) shows the same window.
 */

/**
 * @typedef {object} Marks what the probe records, in the page's performance.now() ms
 * @property {number | null} click
 * @property {number | null} t0
 * @property {number | null} gumResolved
 * @property {number | null} t1
 * @property {{ peerConnection: number, t: number } | null} failed
 * @property {number} peerConnections how many were constructed, in order: 0 is Peer A
 * @property {(number | null)[]} connected when each reached 'connected'
 * @property {[string, number, number, number | null][]} calls
 *   [call, peer connection index, start, end]; end is -1 when the call rejected
 * @property {[number, number][]} longTasks [startTime, duration] of main-thread tasks over 50 ms
 */

export function instrument() {
	/** The RTCPeerConnection calls whose start and settle times are recorded. */
	const TRACED_CALLS = /** @type {const} */ ([
		'addTrack',
		'createDataChannel',
		'createOffer',
		'createAnswer',
		'setLocalDescription',
		'setRemoteDescription',
		'addIceCandidate'
	]);
	const now = () => performance.now();
	/** @param {'click' | 't0' | 't1'} name */
	const mark = (name) => performance.mark(`bench:${name}`).startTime;

	/** @type {Marks} */
	const marks = {
		click: null,
		t0: null,
		gumResolved: null,
		t1: null,
		failed: null,
		peerConnections: 0,
		connected: [],
		calls: [],
		longTasks: []
	};
	const snapshot = () => /** @type {Marks} */ (JSON.parse(JSON.stringify(marks)));
	/** @type {(marks: Marks) => void} */
	let finish = () => {};
	const done = new Promise((resolve) => (finish = resolve));
	Object.defineProperty(window, '__benchDone', { value: done });
	Object.defineProperty(window, '__benchMarks', { value: snapshot });

	window.addEventListener('click', () => (marks.click ??= mark('click')), { capture: true });

	try {
		new PerformanceObserver((list) => {
			for (const task of list.getEntries()) marks.longTasks.push([task.startTime, task.duration]);
		}).observe({ type: 'longtask', buffered: true });
	} catch {
		// longtask is a Chromium extra; the main figures do not need it.
	}

	const media = navigator.mediaDevices;
	const getUserMedia = media.getUserMedia.bind(media);
	media.getUserMedia = (constraints) => {
		marks.t0 ??= mark('t0');
		const result = getUserMedia(constraints);
		result.then(
			() => (marks.gumResolved ??= now()),
			() => {}
		);
		return result;
	};

	const Native = window.RTCPeerConnection;
	/** @type {WeakMap<RTCPeerConnection, number>} */
	const indexOf = new WeakMap();

	class TimedPeerConnection extends Native {
		/** @param {RTCConfiguration} [configuration] */
		constructor(configuration) {
			super(configuration);
			const index = marks.peerConnections++;
			indexOf.set(this, index);
			const created = now();
			marks.calls.push(['RTCPeerConnection', index, created, created]);
			this.addEventListener('connectionstatechange', () => {
				const state = this.connectionState;
				if (state === 'failed' && marks.failed === null) {
					marks.failed = { peerConnection: index, t: now() };
					finish(snapshot());
				}
				if (state !== 'connected' || marks.connected[index] != null) return;
				const t = now();
				marks.connected[index] = t;
				const connectedCount = marks.connected.filter((c) => c != null).length;
				if (connectedCount >= 2 && marks.t1 === null) {
					marks.t1 = t;
					mark('t1');
					finish(snapshot());
				}
			});
		}
	}

	for (const name of TRACED_CALLS) {
		const original = /** @type {(...args: unknown[]) => unknown} */ (Native.prototype[name]);
		Object.defineProperty(TimedPeerConnection.prototype, name, {
			configurable: true,
			writable: true,
			/** @this {RTCPeerConnection} @param {unknown[]} args */
			value(...args) {
				/** @type {[string, number, number, number | null]} */
				const entry = [name, indexOf.get(this) ?? -1, now(), null];
				marks.calls.push(entry);
				const result = original.apply(this, args);
				if (result instanceof Promise) {
					result.then(
						() => (entry[3] = now()),
						() => (entry[3] = -1)
					);
				} else {
					entry[3] = entry[2];
				}
				return result;
			}
		});
	}
	window.RTCPeerConnection = TimedPeerConnection;
}
