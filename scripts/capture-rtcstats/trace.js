// @ts-check
/**
 * An rtcstats-style trace of RTCPeerConnection, written for the capture only (from the wire
 * format rtcstats documents: rtcstats/rtcstats docs/file-format.md and the protocol 3 records of
 * Jitsi's rtcstats-server). Every API call, its result and every event becomes one line
 * `[method, pcId, payload, ...extra, time]`; getStats() is polled and written as a delta against
 * the previous result. Two protocols:
 *
 * - `v3`: method names as written, `getstats` deltas with the newest report time lifted to a
 *   top-level `timestamp` (reports at that time say 0), absolute epoch times, and Jitsi's
 *   `connectionInfo` first line;
 * - `v5`: the `RTCStatsDump` magic and metadata lines, method codes, compressed member names and
 *   types for the members in the tables below, `t` for the lifted time, a report that went away
 *   as null, section-compressed descriptions, and times as deltas to the previous line.
 */

/** A part of the format's method table (the codes are fixed by the format). */
const METHOD_CODES = {
	getStats: 'g',
	createOffer: 2,
	createOfferOnSuccess: 3,
	createAnswer: 4,
	createAnswerOnSuccess: 5,
	setLocalDescription: 6,
	setLocalDescriptionOnSuccess: 7,
	setRemoteDescription: 8,
	setRemoteDescriptionOnSuccess: 9,
	addIceCandidate: 10,
	addIceCandidateOnSuccess: 11,
	onicecandidate: 20,
	onsignalingstatechange: 23,
	oniceconnectionstatechange: 24,
	onconnectionstatechange: 25,
	onicegatheringstatechange: 26,
	addTrack: 30,
	createDataChannel: 35,
	close: 36,
	restartIce: 37,
	create: 39,
	setParameters: 50
};
/** A part of the member table, and the type table. */
const MEMBER_CODES = {
	timestamp: 't',
	ssrc: 10,
	kind: 11,
	codecId: 12,
	packetsReceived: 14,
	packetsLost: 15,
	jitter: 16,
	framesDecoded: 20,
	frameWidth: 23,
	frameHeight: 24,
	framesPerSecond: 25,
	bytesReceived: 41,
	roundTripTime: 75,
	packetsSent: 79,
	bytesSent: 80,
	qualityLimitationReason: 95,
	qualityLimitationDurations: 96,
	currentRoundTripTime: 152,
	availableOutgoingBitrate: 153
};
const TYPE_CODES = {
	'inbound-rtp': 1,
	'outbound-rtp': 2,
	'remote-inbound-rtp': 3,
	'remote-outbound-rtp': 4,
	transport: 5,
	'candidate-pair': 6,
	'local-candidate': 7,
	'remote-candidate': 8
};

/** @param {'v3' | 'v5'} protocol */
export function createTrace(protocol) {
	/** @type {string[]} */
	const lines = [];
	let last = 0;
	/** @param {string} method @param {string | null} pcId @param {unknown} value @param {unknown[]} extra */
	const trace = (method, pcId, value, ...extra) => {
		const now = Date.now();
		if (protocol === 'v5') {
			const code = /** @type {Record<string, unknown>} */ (METHOD_CODES)[method] ?? method;
			lines.push(JSON.stringify([code, pcId, value ?? null, ...extra, now - last]));
			last = now;
		} else {
			const name = method === 'getStats' ? 'getstats' : method;
			lines.push(JSON.stringify([name, pcId, value ?? null, now, ...extra]));
		}
	};
	const text = () => {
		if (protocol === 'v5')
			return `RTCStatsDump\n${JSON.stringify({ fileFormat: 3, userAgent: navigator.userAgent })}\n${lines.join('\n')}\n`;
		const info = JSON.stringify({ userAgent: navigator.userAgent, clientProtocol: '3.1_STANDARD' });
		return `${JSON.stringify(['connectionInfo', null, info, Date.now()])}\n${lines.join('\n')}\n`;
	};
	return { trace, text };
}

/** @param {unknown} a @param {unknown} b */
const same = (a, b) => a === b || JSON.stringify(a) === JSON.stringify(b);

/**
 * getStats() as a delta against the previous result.
 * @param {Record<string, any>} base @param {Record<string, any>} now @param {'v3' | 'v5'} protocol
 */
function delta(base, now, protocol) {
	/** @type {Record<string, any>} */
	const out = {};
	let newest = -Infinity;
	for (const [id, report] of Object.entries(now)) {
		const copy = { ...report };
		delete copy.id;
		const previous = base[id];
		if (previous)
			for (const k of Object.keys(copy))
				if (k !== 'timestamp' && same(copy[k], previous[k])) delete copy[k];
		if (previous && copy.timestamp === previous.timestamp) delete copy.timestamp;
		out[id] = copy;
		if (typeof report.timestamp === 'number') newest = Math.max(newest, report.timestamp);
	}
	for (const [id, report] of Object.entries(out)) {
		if (report.timestamp === newest) {
			if (protocol === 'v5') delete report.timestamp;
			else report.timestamp = 0;
		}
		// v5 leaves out a report whose only change was its time (the lifted time says it).
		if (protocol === 'v5' && Object.keys(report).length === 0 && base[id]) delete out[id];
	}
	if (protocol === 'v5') {
		for (const id of Object.keys(base)) if (!(id in now)) out[id] = null;
		for (const report of Object.values(out)) {
			if (!report) continue;
			for (const [name, code] of Object.entries(MEMBER_CODES)) {
				if (name in report && name !== 'timestamp') {
					report[code] = report[name];
					delete report[name];
				}
			}
			if (typeof report.type === 'string' && report.type in TYPE_CODES)
				report.type = /** @type {Record<string, number>} */ (TYPE_CODES)[report.type];
		}
		out.t = newest;
	} else out.timestamp = newest;
	return out;
}

/** @param {string} sdp */
const sections = (sdp) => sdp.split('\nm=').map((part, i) => (i > 0 ? `m=${part}` : part).trim());

/**
 * v5 description compression: a section equal to the previous description's is sent as `v=`/`m=`.
 * @param {RTCSessionDescriptionInit | null} base @param {RTCSessionDescriptionInit} description
 */
function compressDescription(base, description) {
	if (!base?.sdp || !description.sdp || base.type !== description.type) return description;
	const old = sections(base.sdp);
	const sdp = sections(description.sdp)
		.map((part, i) => (part === old[i] ? (i === 0 ? 'v=' : 'm=') : part))
		.join('\r\n');
	return { type: description.type, sdp: `${sdp}\r\n` };
}

/**
 * Makes `new RTCPeerConnection()` traced. Returns a function that stops the getStats polling.
 * @param {(method: string, pcId: string | null, value: unknown, ...extra: unknown[]) => void} trace
 * @param {'v3' | 'v5'} protocol
 * @param {number} intervalMs
 */
export function wrapPeerConnection(trace, protocol, intervalMs) {
	const Native = window.RTCPeerConnection;
	let counter = 0;
	/** @type {ReturnType<typeof setInterval>[]} */
	const timers = [];
	/** @param {RTCConfiguration} [config] */
	function Traced(config) {
		const pc = new Native(config);
		const id = `PC_${counter++}`;
		trace('create', id, config ?? {});
		pc.addEventListener('icecandidate', (e) => trace('onicecandidate', id, e.candidate));
		pc.addEventListener('icecandidateerror', (e) => {
			const error = /** @type {RTCPeerConnectionIceErrorEvent} */ (e);
			trace('onicecandidateerror', id, {
				address: error.address,
				port: error.port,
				url: error.url,
				errorCode: error.errorCode,
				errorText: error.errorText
			});
		});
		pc.addEventListener('track', (e) => trace('ontrack', id, [e.track.kind, e.track.id]));
		for (const state of [
			'signalingState',
			'iceConnectionState',
			'connectionState',
			'iceGatheringState'
		]) {
			pc.addEventListener(`${state.toLowerCase()}change`, () =>
				trace(`on${state.toLowerCase()}change`, id, /** @type {any} */ (pc)[state])
			);
		}
		pc.addEventListener('negotiationneeded', () => trace('onnegotiationneeded', id, null));
		/** @type {Record<string, RTCSessionDescriptionInit | null>} */
		const previous = { local: null, remote: null };
		const describe = (
			/** @type {'local' | 'remote'} */ side,
			/** @type {RTCSessionDescriptionInit} */ d
		) => {
			const value = protocol === 'v5' ? compressDescription(previous[side], d) : d;
			previous[side] = d;
			return value;
		};
		for (const method of ['createOffer', 'createAnswer']) {
			const native = /** @type {any} */ (pc)[method].bind(pc);
			/** @type {any} */ (pc)[method] = async (/** @type {unknown} */ options) => {
				trace(method, id, options ?? null);
				try {
					const description = await native(options);
					trace(
						`${method}OnSuccess`,
						id,
						protocol === 'v5' ? compressDescription(pc.localDescription, description) : description
					);
					return description;
				} catch (error) {
					trace(`${method}OnFailure`, id, String(error));
					throw error;
				}
			};
		}
		for (const [method, side] of /** @type {const} */ ([
			['setLocalDescription', 'local'],
			['setRemoteDescription', 'remote']
		])) {
			const native = pc[method].bind(pc);
			/** @type {any} */ (pc)[method] = async (
				/** @type {RTCSessionDescriptionInit} */ description
			) => {
				trace(method, id, description ? describe(side, description) : null);
				try {
					await native(description);
					const now = side === 'local' ? pc.localDescription : pc.remoteDescription;
					trace(
						`${method}OnSuccess`,
						id,
						!description && now ? describe(side, now.toJSON()) : null
					);
				} catch (error) {
					trace(`${method}OnFailure`, id, String(error));
					throw error;
				}
			};
		}
		const addIceCandidate = pc.addIceCandidate.bind(pc);
		pc.addIceCandidate = async (candidate) => {
			trace('addIceCandidate', id, candidate ?? null);
			try {
				await addIceCandidate(candidate);
				trace('addIceCandidateOnSuccess', id, null);
			} catch (error) {
				trace('addIceCandidateOnFailure', id, String(error));
				throw error;
			}
		};
		for (const method of ['addTrack', 'createDataChannel', 'restartIce', 'close']) {
			const native = /** @type {any} */ (pc)[method].bind(pc);
			/** @type {any} */ (pc)[method] = (/** @type {any[]} */ ...args) => {
				trace(
					method,
					id,
					args.map((a) =>
						a instanceof MediaStreamTrack ? [a.kind, a.id] : a instanceof MediaStream ? a.id : a
					)
				);
				return native(...args);
			};
		}
		/** @type {Record<string, any>} */
		let base = {};
		const poll = async () => {
			if (pc.signalingState === 'closed') return;
			/** @type {Record<string, any>} */
			const now = {};
			(await pc.getStats()).forEach(
				(report) => (now[report.id] = JSON.parse(JSON.stringify(report)))
			);
			trace('getStats', id, delta(base, now, protocol));
			base = now;
		};
		pc.addEventListener('connectionstatechange', function first() {
			if (pc.connectionState !== 'connected') return;
			pc.removeEventListener('connectionstatechange', first);
			void poll();
			timers.push(setInterval(poll, intervalMs));
		});
		return pc;
	}
	Traced.prototype = Native.prototype;
	/** @type {any} */ (window).RTCPeerConnection = Traced;
	return () => timers.forEach(clearInterval);
}
